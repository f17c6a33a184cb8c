package vn.cascade.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cascade.normalize.Syllables;

/**
 * Finds the units (party organs and groups of organisations) named in a text, by the genre's
 * conventions (DOMAIN.md "Units"): an organ's head ("Ban Tổ chức", "Ủy ban Kiểm tra", "Văn
 * phòng" …) with an optional level ("Thành ủy", "Tỉnh ủy", "Trung ương", "Đảng ủy Khối …"), or a
 * group ("các cấp ủy, tổ chức đảng", "các đảng ủy trực thuộc Thành ủy", "các cơ quan liên quan"
 * …). Matching is on the skeleton, so text that restoration left unaccented is read too. A short
 * form inside a document means the unit at the document's level: {@link #withLevel} completes it.
 * Thread-safe.
 */
public final class UnitRecognizer {

    /** A unit named in a text. */
    public record Mention(String name, int start, int end, boolean organ) {
    }

    private static final String LEVEL = "(?:\\s+(?:thanh uy|tinh uy|trung uong(?: dang)?"
            + "|dang uy khoi(?: (?:cac co quan|doanh nghiep|co quan)(?: va doanh nghiep)?(?: (?:tinh|thanh pho))?)?"
            + "|dang uy(?: (?:phuong|xa|dac khu)(?: [a-z]+){1,3})?|thanh pho|tinh|quan uy|huyen uy))?";
    /** "trực thuộc Thành ủy", "trong Đảng bộ tỉnh": the scope a group of organisations is taken in. */
    private static final String SCOPE = "(?:\\s+(?:truc thuoc|trong|cua)\\s+(?:dang bo(?: (?:tinh|thanh pho|khoi|xa|phuong))?"
            + "|dang uy khoi|thanh uy|tinh uy|dang uy(?: (?:phuong|xa))?))?";
    private static final String ORGANS = "ban to chuc|ban tuyen giao va dan van|ban tuyen giao|ban dan van|uy ban kiem tra"
            + "|van phong|ban xay dung dang|truong chinh tri|dang uy mat tran to quoc|uy ban mat tran to quoc viet nam"
            + "|uy ban mat tran to quoc|ban thuong vu|thuong truc|ban chap hanh|ban noi chinh|ban kinh te|ban bi thu|bo chinh tri";
    private static final String GROUPS = "cac cap uy, to chuc dang|cac cap uy truc thuoc|cac cap uy|cap uy cap tren|cap uy cung cap"
            + "|cap uy dia phuong, co quan, don vi|ban thuong vu cac cap uy truc thuoc|ban thuong vu cac dang uy truc thuoc"
            + "|cac dang uy truc thuoc|dang uy cac xa, phuong, dac khu|cac dang bo truc thuoc|cac to chuc dang truc thuoc"
            + "|cac to chuc dang|cac chi bo truc thuoc|cac chi bo|chi bo|dang uy co so|cac co quan co lien quan|cac co quan lien quan"
            + "|cac co quan chuyen trach tham muu, giup viec(?: cua)?|cac to chuc chinh tri - xa hoi|nguoi dung dau cap uy, co quan, don vi"
            + "|lanh dao cac co quan, don vi|cac so, ban, nganh";
    /** The party committee of a state agency or the armed forces ("Đảng ủy Công an tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"). */
    private static final String AGENCY_COMMITTEES = "dang uy (?:cong an|quan su|uy ban nhan dan|bo chi huy quan su|bo chi huy bo doi bien phong"
            + "|bien phong|hoi dong nhan dan|doan dai bieu quoc hoi)(?: (?:tinh|thanh pho|xa|phuong))?";
    private static final Pattern UNIT = Pattern.compile(
            "(?<![a-z])(?:(?<group>" + GROUPS + ")(?:\\s+(?:thanh uy|tinh uy|dang uy khoi|dang uy))?" + SCOPE
                    + "|" + AGENCY_COMMITTEES
                    + "|(?<organ>" + ORGANS + ")" + LEVEL + ")(?![a-z])");
    /** Government bodies and mass organisations, named with capitals after their head ("Sở Tài chính"). */
    private static final Pattern AGENCY = Pattern.compile(
            "(?<![\\p{L}])(?:Sở|Ủy ban nhân dân|Ủy ban Nhân dân|Công an|Bộ Chỉ huy Quân sự|Đoàn Thanh niên|Hội Liên hiệp Phụ nữ"
                    + "|Hội Cựu chiến binh|Hội Nông dân|Liên đoàn Lao động|Kho bạc Nhà nước|Báo|Đài Phát thanh"
                    // an agency's own organs and mass organisations: its board, its departments, its union cells
                    + "|Ban Giám đốc|Ban Giám hiệu|Ban Chỉ huy|Công đoàn|Chi đoàn)"
                    + "(?:\\s+(?:và\\s+)?(?:[\\p{Lu}][\\p{L}]*|tỉnh|thành phố|huyện|xã|phường|cấp xã|cơ sở|Cộng sản Hồ Chí Minh))+");

    private final opennlp.tools.namefind.TokenNameFinderModel names;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-/.][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    /** Rules only. */
    public UnitRecognizer() {
        this(null);
    }

    /**
     * Rules, and the spans of a trained name finder ({@code cascade train understand}) where the
     * rules find nothing: on held-out plans the name finder finds unit spans better (F1 0.79
     * against 0.57, models/understand/EVAL.md), while the rules know heads, levels and groups.
     *
     * @param names the name finder's model, or null for rules only
     */
    public UnitRecognizer(opennlp.tools.namefind.TokenNameFinderModel names) {
        this(names, null);
    }

    /**
     * As above, with the genre's sentence detector ({@code cascade train understand}): the name
     * finder was trained on sentences, so a long task text is given to it sentence by sentence.
     */
    public UnitRecognizer(opennlp.tools.namefind.TokenNameFinderModel names, opennlp.tools.sentdetect.SentenceModel sentences) {
        this.names = names;
        this.sentences = sentences;
    }

    private final opennlp.tools.sentdetect.SentenceModel sentences;

    /** Every unit named in {@code text}, in order, as written (first letter capitalised). */
    public List<Mention> find(String text) {
        List<Mention> out = findByRules(text);
        if (names == null) {
            return out;
        }
        opennlp.tools.util.Span[] parts = sentences == null || text.isEmpty()
                ? new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(0, text.length())}
                : new opennlp.tools.sentdetect.SentenceDetectorME(sentences).sentPosDetect(text);
        // NameFinderME keeps adaptive state: one per call.
        opennlp.tools.namefind.NameFinderME finder = new opennlp.tools.namefind.NameFinderME(names);
        List<int[]> found = new ArrayList<>();
        for (opennlp.tools.util.Span part : parts) {
            List<int[]> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(part.getStart(), part.getEnd());
            while (t.find()) {
                tokens.add(new int[] {t.start(), t.end()});
            }
            String[] words = tokens.stream().map(p -> text.substring(p[0], p[1])).toArray(String[]::new);
            for (opennlp.tools.util.Span span : finder.find(words)) {
                if ("unit".equals(span.getType())) {
                    found.add(new int[] {tokens.get(span.getStart())[0], tokens.get(span.getEnd() - 1)[1]});
                }
            }
        }
        for (int[] f : found) {
            int start = f[0];
            int end = f[1];
            if (out.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                String name = text.substring(start, end);
                boolean organ = Pattern.compile("^(?:" + ORGANS + ")(?![a-z])").matcher(Syllables.fold(name)).find();
                out.add(new Mention(capitalise(name), start, end, organ));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private List<Mention> findByRules(String text) {
        String folded = Syllables.fold(text);
        List<Mention> out = new ArrayList<>();
        Matcher m = UNIT.matcher(folded);
        while (m.find()) {
            String name = text.substring(m.start(), m.end());
            out.add(new Mention(capitalise(name), m.start(), m.end(), m.group("organ") != null));
        }
        Matcher a = AGENCY.matcher(text);
        while (a.find()) {
            int s = a.start();
            if (out.stream().noneMatch(x -> x.start() <= s && s < x.end())) {
                out.add(new Mention(a.group().strip(), a.start(), a.end(), false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The unit's full name at the document's level: an organ named without a level ("Ban Tổ
     * chức") gets the document's ("Ban Tổ chức Thành ủy"); other names are returned as they are.
     */
    public static String withLevel(Mention m, String documentLevel) {
        if (documentLevel == null) {
            return m.name();
        }
        if (!m.organ()) {
            String g = Syllables.fold(m.name()).strip();
            if (g.endsWith(" truc thuoc")) {
                // "Các chi bộ trực thuộc": the document's own subordinates (DOMAIN.md: a short form is at the document's level)
                return m.name().strip() + " " + documentLevel;
            }
            return m.name();
        }
        String f = Syllables.fold(m.name());
        String lf = Syllables.fold(documentLevel);
        if (lf.startsWith("dang uy") && f.endsWith(" dang uy") && !lf.equals("dang uy")) {
            // "Văn phòng Đảng ủy" inside a committee's own plan: that committee.
            return m.name().substring(0, m.name().length() - "Đảng ủy".length()) + documentLevel;
        }
        if (f.matches(".*(thanh uy|tinh uy|trung uong|dang uy.*|thanh pho|tinh|quan uy|huyen uy)$")
                || f.matches(".*(thanh uy|tinh uy|dang uy khoi|dang uy) .*")) {
            return m.name();
        }
        return m.name() + " " + documentLevel;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
