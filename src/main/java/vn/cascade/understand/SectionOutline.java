package vn.cascade.understand;

import java.util.ArrayList;
import java.util.List;

import vn.cascade.domain.Section;

/**
 * The numbering tree of a plan (I., 1., 2.3.) with each heading and what its part holds: purposes
 * and requirements, solutions (tasks and solutions addressed to all), concrete tasks of named
 * units, organisation of implementation. Section numbers are those the tasks carry
 * ({@link TaskExtractor}): a plain number takes its Roman section in front, a dotted number stands
 * alone. Only headings are sections; a numbered sentence is an item, not a section. Thread-safe.
 */
public final class SectionOutline {

    private SectionOutline() {
    }

    public static List<Section> read(List<Line> lines) {
        List<Section> out = new ArrayList<>();
        String roman = null;
        Section.Role romanRole = Section.Role.OTHER;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.folded().startsWith("noi nhan")) {
                break;
            }
            if (!l.heading() || l.type() != Line.Type.ROMAN && wraps(lines, i)) {
                continue;
            }
            switch (l.type()) {
                case ROMAN -> {
                    roman = l.label();
                    romanRole = role(l.folded(), Section.Role.OTHER);
                    out.add(new Section(roman, cut(l.text()), 0, romanRole, l.number()));
                }
                case NUMBER -> out.add(new Section(roman == null ? l.label() : roman + "." + l.label(), cut(l.text()), 1,
                        itemRole(l, romanRole), l.number()));
                case DOTTED -> out.add(new Section(l.label(), cut(l.text()), 2, itemRole(l, romanRole), l.number()));
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * Whether a short numbered line is the first line of a wrapped sentence rather than a heading:
     * OCR breaks lines where the page did, so "1. Nhằm triển khai, tổ chức thực hiện đồng bộ các"
     * looks short; the next line carrying on in lower case gives it away.
     */
    static boolean wraps(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line next = lines.get(j);
            if (next.type() == Line.Type.BLANK) {
                continue;
            }
            return next.type() == Line.Type.TEXT && !next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0));
        }
        return false;
    }

    /** A numbered item's role: its own words only when they are a heading's few ("Tổ chức thực hiện"). */
    private static Section.Role itemRole(Line l, Section.Role inherited) {
        return l.text().split("\\s+").length <= 10 ? role(l.folded(), inherited) : inherited;
    }

    /** The role a heading's words give, else the role of the part it sits in. */
    static Section.Role role(String folded, Section.Role inherited) {
        if (folded.contains("muc dich") || folded.contains("yeu cau")) {
            return Section.Role.PURPOSES;
        }
        if (folded.contains("to chuc thuc hien")) {
            return Section.Role.ORGANISATION;
        }
        if (folded.contains("nhiem vu cu the") || folded.contains("phan cong")
                || folded.contains("trach nhiem") && !folded.contains("giai phap")) {
            // "Nhiệm vụ, trách nhiệm của cấp ủy và cấp ủy viên": duties of named bodies, not solutions
            return Section.Role.TASKS;
        }
        if (folded.contains("giai phap") || folded.contains("nhiem vu")) {
            return Section.Role.SOLUTIONS;
        }
        return inherited;
    }

    private static String cut(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
