package vn.cascade.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cascade.normalize.Syllables;

/**
 * One line of a document with its layout read: the numbering marker that opens it (I., 1., 2.3.,
 * -, +), whether it looks like a heading, and its text without Markdown emphasis. Lines are what
 * the section and task stages work on. Immutable.
 *
 * @param marker  the marker as printed ("II.", "1.", "2.3.", "-", "+"), or "" for none
 * @param type    what the marker is
 * @param text    the line's text after the marker, emphasis removed, trimmed
 * @param bold    whether the whole line was emphasised (**…**, #…) in the source
 */
public record Line(int number, String marker, Type type, String text, boolean bold) {

    public enum Type { ROMAN, NUMBER, DOTTED, BULLET, PLUS, TEXT, BLANK }

    private static final Pattern MARKER = Pattern.compile(
            "^(?:(?<roman>[IVX]{1,4})\\s*(?:[.)]|:(?=\\s*\\p{Lu}{2}))|(?<dotted>\\d{1,2}(?:\\.\\d{1,2})+)\\.?|(?<number>\\d{1,2})\\s*(?:[.),]|:(?=\\s+\\p{Lu}))|(?<bullet>[-–•]|[a-zđ]\\)(?=\\s+\\p{Lu}))|(?<plus>\\+))\\s*");

    private static final Pattern SPLIT_DOTTED = Pattern.compile("^(\\d{1,2})\\s*(?:,\\s*|\\.\\s*)(\\d{1,2})\\s*[.,]\\s+(?=\\p{Lu})");

    /** I read as l, 1 or |, a later I as L ("IL."), a last I as T ("IIT.") and a first one as T before another ("TIL."), before a heading in capitals. */
    private static final Pattern ROMAN_LOOKALIKE = Pattern.compile("((?:[IVXl1|]|T(?=[IVXl1|L]))[IVXl1|L]{0,2}[IVXl1|TL]?)\\s*[.):]\\s*(?=\\p{Lu})");

    /** Splits a text into lines and reads each line's marker. */
    public static List<Line> read(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int lastPart = 0;
        String lastNumber = null; // the last plain number ("2."), and the last sub-item under it ("2.3." → 3)
        int lastSub = 0;
        for (int i = 0; i < raw.length; i++) {
            Line l = parse(i, raw[i]);
            if (l.type() == Type.NUMBER && lastNumber != null && l.label().length() == 2
                    && l.label().charAt(0) == lastNumber.charAt(0) && lastNumber.length() == 1
                    && l.label().charAt(1) - '0' == lastSub + 1) {
                // OCR lost the dot of a sub-item ("21, Ban Xây dựng Đảng" after "2. Nhiệm vụ cụ thể"): a list
                // numbered 2., then 21 without 3. to 20. between, is "2.1."
                l = new Line(l.number(), lastNumber + "." + l.label().charAt(1) + ".", Type.DOTTED, l.text(), l.bold());
            }
            if (l.type() == Type.NUMBER) {
                lastNumber = l.label();
                lastSub = 0;
            } else if (l.type() == Type.DOTTED && lastNumber != null && l.label().startsWith(lastNumber + ".")) {
                String sub = l.label().substring(lastNumber.length() + 1);
                lastSub = sub.matches("\\d{1,2}") ? Integer.parseInt(sub) : lastSub;
            } else if (l.type() == Type.ROMAN) {
                lastNumber = null;
            }
            Matcher dash = TRAILING_DASH.matcher(l.text());
            if (dash.find() && dashIsSpeck(l.text().substring(0, dash.start()), nextNonBlank(raw, i + 1))) {
                l = new Line(l.number(), l.label(), l.type(), l.text().substring(0, dash.start()), l.bold());
            }
            if (l.type() == Type.ROMAN && l.heading()) {
                int part = roman(l.label());
                if (part > 0 && part <= lastPart && lastPart < ROMANS.length - 1) {
                    // a plan's parts go up one by one: "II." after part II is OCR's reading of "III." (an I lost)
                    part = lastPart + 1;
                    l = new Line(l.number(), ROMANS[part] + ".", Type.ROMAN, l.text(), l.bold());
                }
                lastPart = Math.max(lastPart, part);
            }
            out.add(l);
        }
        joinParagraphsOcrBrokeByABlankLine(out);
        dashesInsideASentence(out);
        return out;
    }

    /**
     * A dash before a lower-case word, on the line after one that stops inside a sentence (after a
     * comma or a word: "… phổ biến phương thức," / "- thủ đoạn của tội phạm …"), is a speck OCR read
     * at the line's start, not a bullet: the genre's bullets open with a capital, or follow a colon
     * or a semicolon when they do not.
     */
    private static void dashesInsideASentence(List<Line> lines) {
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            Line before = lines.get(i - 1);
            if (l.type() == Type.BULLET && "-".equals(l.label()) && !l.text().isEmpty()
                    && Character.isLowerCase(l.text().charAt(0)) && before.type() != Type.BLANK
                    && before.text().matches(".*[,\\p{L}]$")) {
                lines.set(i, new Line(l.number(), "", Type.TEXT, l.text(), l.bold()));
            }
        }
    }

    /**
     * OCR of a scan may leave a blank line inside a paragraph ("… tập trung lãnh" / "" / "đạo, chỉ
     * đạo …"). A line that ends without a sentence's end, then one blank line, then a line that goes
     * on in lower case (not a lettered item "a)"), are one paragraph: the continuation is joined to
     * the line before and its place left blank, so that line numbers stay as they were.
     */
    private static void joinParagraphsOcrBrokeByABlankLine(List<Line> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            Line before = lines.get(i - 1);
            Line next = lines.get(i + 1);
            if (lines.get(i).type() != Type.BLANK || before.type() == Type.BLANK || next.type() != Type.TEXT
                    || next.text().isEmpty() || !Character.isLowerCase(next.text().charAt(0))
                    || next.text().matches("^\\p{Ll}[).]\\s.*") || before.text().isEmpty()
                    || before.text().matches(".*[.;:!?…]\\W*$") || capitals(before.text())) {
                continue;
            }
            lines.set(i - 1, new Line(before.number(), before.label(), before.type(), before.text() + " " + next.text(), before.bold()));
            lines.set(i + 1, new Line(next.number(), "", Type.BLANK, "", false));
        }
    }

    /** A dash at a line's end, spaced or after an underscore ("phường -", "hội nghị_-"). */
    private static final Pattern TRAILING_DASH = Pattern.compile("(?:\\s+_?|_)[-–—]+$");

    /**
     * OCR of a scan often prints a speck at a line's right edge as a dash. A dash that ends a line
     * is the text's own only when a capitalised word follows it ("Phòng Tổ chức -" / "Hành chính",
     * "Tận tâm -" / "Thân thiện"); before a lower-case continuation ("Công -" / "đoàn cơ sở"), a
     * numbered item, a blank or the end, or after a sentence's end, it is a speck.
     */
    private static boolean dashIsSpeck(String before, String next) {
        if (before.isBlank() || before.matches(".*[.:;)]\\s*$") || next == null) {
            return true;
        }
        String n = next.strip().replaceFirst("^[.,_~'`|:;]+\\s*", "");
        return n.isEmpty() || !Character.isUpperCase(n.codePointAt(0)) || MARKER.matcher(n).lookingAt() && !n.startsWith("-");
    }

    private static String nextNonBlank(String[] raw, int from) {
        for (int k = from; k < raw.length; k++) {
            if (!raw[k].isBlank()) {
                return raw[k];
            }
        }
        return null;
    }

    private static final String[] ROMANS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private static int roman(String label) {
        for (int k = 1; k < ROMANS.length; k++) {
            if (ROMANS[k].equals(label)) {
                return k;
            }
        }
        return 0;
    }

    /** Whether a line is written in capitals, but for a speck or two OCR added ("TỔ CHỨC THỰC HIỆN ở"). */
    private static boolean capitals(String s) {
        int letters = 0;
        int lower = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return letters >= 4 && lower <= Math.max(1, letters / 10);
    }

    static Line parse(int number, String raw) {
        String s = raw.strip();
        boolean bold = s.startsWith("**") || s.startsWith("#") || s.startsWith("***");
        if (s.matches("(?:<sup>\\s*\\d{1,3}\\s*</sup>|\\[\\^\\d{1,3}\\]:).*")) {
            // a footnote a digital file's page carries at its foot, inside the paragraph that runs on
            // to the next page: not the body's text, which goes on after it
            return new Line(number, "", Type.BLANK, "", false);
        }
        s = s.replaceAll("^#+\\s*", "").replaceAll("<sup>.*?</sup>", "");
        // Emphasis may wrap the marker only ("**2.1.** text") or the whole line.
        boolean wholeBold = s.startsWith("**") && s.endsWith("**") && s.indexOf("**", 2) == s.length() - 2
                || s.startsWith("***") && s.endsWith("***");
        s = s.replace("***", "").replace("**", "").strip();
        if (s.isEmpty() || s.matches("-{3,}|_{3,}|\\*")) {
            return new Line(number, "", Type.BLANK, "", false);
        }
        // OCR specks around a line ("· 1. Quán triệt …", "_ 2.1. …", "… tháng 10/2025). |")
        // ("_- Tổ chức …": glued to a bullet's dash)
        s = s.replaceFirst("^[.,_~'`|:;]+(?:\\s+(?=\\S)|(?=[-–•]\\s))", "").replaceFirst("\\s+[|~_]+$", "");
        // a single quote glued to a line's first word ("'Thường vụ Tỉnh ủy …"): the genre quotes with
        // double quotes, so it is a speck, which would cut a unit's name where the line joins the last
        s = s.replaceFirst("^['`‘’]+(?=\\p{L})", "");
        // a speck read as a quote, a bracket or a dash before a numbered item ("\"2.2. Nâng cao …",
        // "(2. Ban Tuyên giáo …", "- 2. Nắm chắc …"): the genre never opens a line with "(2. "
        s = s.replaceFirst("^[\"“”(\\[]\\s*(?=\\d{1,2}(?:\\.\\d{1,2})*[.,]\\s+\\p{Lu})", "");
        s = s.replaceFirst("^[-–—−•]\\s+(?=\\d{1,2}(?:\\.\\d{1,2})*[.,]\\s+\\p{Lu})", "");
        // a quoted bullet of an amended plan ("\"- Tham mưu …)."): the bullet, without the quotes
        if (s.matches("^[\"“]\\s*[-–•]\\s+\\p{Lu}.*")) {
            s = s.replaceFirst("^[\"“]\\s*", "").replaceFirst("[\"”]\\s*$", "");
        }
        // a two-level number OCR printed with a comma or a space for a period ("3, 4. Các đồng chí …",
        // "3. 5, Đề nghị …"): the item's heading, not a list of numbers
        s = SPLIT_DOTTED.matcher(s).replaceFirst("$1.$2. ");
        Matcher lookalike = ROMAN_LOOKALIKE.matcher(s);
        if (lookalike.lookingAt() && !lookalike.group(1).matches("[IVX]+")) {
            // "Il. NHIỆM VỤ, GIẢI PHÁP": OCR reads I as l, 1 or |; a Roman section is in capitals
            String rest = s.substring(lookalike.end());
            if (rest.length() > 3 && capitals(rest) && !lookalike.group(1).equals("T")) {
                s = lookalike.group(1).replaceAll("[l1|TL]", "I") + s.substring(lookalike.end(1));
            }
        }
        Matcher m = MARKER.matcher(s);
        if (m.find() && m.end() < s.length()) {
            Type type = m.group("roman") != null ? Type.ROMAN
                    : m.group("dotted") != null ? Type.DOTTED
                    : m.group("number") != null ? Type.NUMBER
                    : m.group("bullet") != null ? Type.BULLET : Type.PLUS;
            String marker = s.substring(0, m.end()).strip();
            if (type == Type.BULLET && m.end() == 1 && s.length() > 1 && Character.isLowerCase(s.charAt(1))) {
                // "-viên, sinh viên …": a speck glued to a wrapped paragraph's next word, not a bullet
                return new Line(number, "", Type.TEXT, s.substring(1), wholeBold);
            }
            // "1. " must be followed by a letter to be a marker ("2025." starting a line is not).
            String rest = s.substring(m.end()).strip();
            if (type != Type.BULLET && type != Type.PLUS && (rest.isEmpty() || !Character.isLetter(rest.charAt(0)))) {
                return new Line(number, "", Type.TEXT, s, wholeBold || bold);
            }
            Line line = new Line(number, marker, type, rest, wholeBold || (bold && rest.length() < 120));
            if (type == Type.ROMAN && marker.startsWith("I") && !marker.startsWith("II") && !marker.startsWith("IV")
                    && !marker.startsWith("IX") && !line.heading()) {
                // "I." opening a sentence is OCR's reading of "1."; Roman sections are headings.
                return new Line(number, "1.", Type.NUMBER, rest, line.bold());
            }
            return line;
        }
        return new Line(number, "", Type.TEXT, s, wholeBold);
    }

    /** The section number the marker gives: "II" for "II.", "2.3" for "2.3.", "1" for "1.". */
    public String label() {
        return marker.replaceAll("[.),:\\s]+$", "");
    }

    /**
     * Folded prepositions and conjunctions a phrase does not end with: a line ending on one goes on
     * on the next (a task's wrapped line, a subject's).
     */
    static final String CONNECTIVES = "va|cua|voi|tai|trong|ve|cho";

    /** Skeleton of the text (lower case, no diacritics) for keyword tests. */
    public String folded() {
        return Syllables.fold(text);
    }

    /**
     * Whether the line is a heading rather than content: emphasised, or short and not ending as a
     * sentence does.
     */
    public boolean heading() {
        if (type == Type.BULLET || type == Type.PLUS || type == Type.BLANK) {
            return false;
        }
        int words = text.split("\\s+").length;
        boolean sentence = text.endsWith(".") || text.endsWith(";") || text.endsWith(":") && words > 12;
        return (bold && words <= 25) || (words <= 14 && !sentence) || text.equals(text.toUpperCase()) && words <= 12;
    }
}
