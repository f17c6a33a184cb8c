package vn.cascade.domain;

/**
 * A unit named in a task and what it is asked to do there.
 *
 * @param name full unit name with its level, e.g. "Ban Tổ chức Thành ủy", its words one space apart
 *             (a scan's text may keep two where a line was justified), a committee's "Đảng ủy" in lower case
 */
public record UnitRole(String name, Role role) {

    public UnitRole {
        // a committee is "Đảng ủy" in every name; OCR reads the hooked ủ as a capital U ("Dang Uy")
        name = name == null ? null : name.strip().replaceAll("\\s+", " ").replaceAll("(?<=[Đđ]ảng )Ủy(?! ban)", "ủy");
    }

    public enum Role {
        LEAD("lead"), COOPERATE("cooperate"), REPORT_TO("report_to");

        private final String json;

        Role(String json) {
            this.json = json;
        }

        /** The schema's name of the role. */
        public String json() {
            return json;
        }
    }
}
