package vn.cascade.understand;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cascade.normalize.Syllables;

/**
 * How a unit's name is built in the genre (DOMAIN.md "Units"): an organ ("Ban Tổ chức", "Ủy ban
 * Kiểm tra", "Văn phòng") followed by the committee whose organ it is, named by its level word
 * ("Thành ủy", "Tỉnh ủy", "Đảng ủy phường …") and sometimes its place. Works on folded text, so
 * OCR's residual accent errors do not split one unit in two. Stateless.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** Level words, folded, longest first; a committee name starts with one. */
    private static final Pattern LEVEL = Pattern.compile(
            " (thanh uy|tinh uy|dang uy (?:khoi|xa|phuong|dac khu|thi tran|cac co quan|co quan)|dang uy|huyen uy|quan uy|thi uy|chi bo)( .*)? $");

    /** The folded name with single spaces and a space at each end, for word matching. */
    public static String folded(String name) {
        return " " + Syllables.fold(name == null ? "" : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }

    /** The organ without its committee: "Ban Tổ chức Tỉnh ủy Lai Châu" → "Ban Tổ chức"; a committee alone → "". */
    public static String organ(String name) {
        if (name == null) {
            return "";
        }
        String f = folded(name);
        Matcher m = LEVEL.matcher(f);
        if (!m.find()) {
            return name.strip(); // no committee named: the organ is all there is
        }
        if (m.start() == 0) {
            return "";
        }
        String[] words = name.strip().split("\\s+");
        int organWords = f.substring(0, m.start()).strip().split(" ").length;
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, organWords)));
    }

    /** The organ's folded key ("ban to chuc"); equal keys are counterparts at different levels. */
    public static String organKey(String name) {
        return folded(organ(name)).strip();
    }

    /** The committee part as written ("Tỉnh ủy Lai Châu", "Thành ủy"), or null when the name has none. */
    public static String committee(String name) {
        if (name == null) {
            return null;
        }
        String f = folded(name);
        Matcher m = LEVEL.matcher(f);
        if (!m.find()) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        int skip = m.start() == 0 ? 0 : f.substring(0, m.start()).strip().split(" ").length;
        return skip >= words.length ? null : String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length));
    }

    /** The folded level word of a committee ("tinh uy", "dang uy phuong"), or "" for none. */
    public static String levelKey(String committee) {
        Matcher m = LEVEL.matcher(folded(committee));
        return m.find() ? m.group(1) : "";
    }

    /** Whether the committee names its place ("Tỉnh ủy Lai Châu", not "Tỉnh ủy"). */
    public static boolean hasPlace(String committee) {
        Matcher m = LEVEL.matcher(folded(committee));
        return m.find() && m.group(2) != null && !m.group(2).isBlank();
    }

    /**
     * Whether the name is a group rather than one unit ("Các cấp ủy, tổ chức đảng", "Các cơ quan
     * liên quan", "Cấp ủy cấp trên"): such addressees are not registered.
     */
    public static boolean collective(String name) {
        String f = folded(name);
        return f.startsWith(" cac ") || f.startsWith(" cap uy ") || f.startsWith(" nhung ") || f.startsWith(" moi ")
                || f.startsWith(" toan the ") || f.contains(" cac cap uy ") || f.contains(" cac dang uy ")
                || f.contains(" cac chi bo ") || f.contains(" cac xa ") || f.contains(" cac to chuc ");
    }
}
