package vn.cascade.domain;

/**
 * A unit named in a task and what it is asked to do there.
 *
 * @param name full unit name with its level, e.g. "Ban Tổ chức Thành ủy", its words one space apart
 *             (a scan's text may keep two where a line was justified), a committee's "Đảng ủy" in lower case
 */
public record UnitRole(String name, Role role) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A committee is "Đảng ủy" in every name; OCR reads the hooked ủ as a capital U ("Dang Uy"). */
    private static final java.util.regex.Pattern CAPITAL_UY = java.util.regex.Pattern.compile("(?<=[Đđ]ảng )Ủy(?! ban)");

    public UnitRole {
        name = name == null ? null : CAPITAL_UY.matcher(SPACES.matcher(name.strip()).replaceAll(" ")).replaceAll("ủy");
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
