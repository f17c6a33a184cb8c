package vn.cascade.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cascade.normalize.Syllables;

/**
 * Finds the other documents a party text cites: directives, plans, conclusions, regulations …
 * identified by their number-symbol ({@code 50-CT/TW}).
 *
 * <h2>Contract</h2>
 * {@link #extract(String, NumberSymbol)} returns one {@link Reference} per distinct cited document,
 * in order of first mention, never the document's own number-symbol ({@code self}, which may be
 * null; a number-symbol printed in the header as {@code Số …} before the type heading is taken as
 * the document's own too). A document is its canonical number-symbol plus, when stated, its issuer
 * and year: the same number-symbol from two issuers (or years) is two documents; a mention that
 * states no issuer joins the most recently mentioned document with that number-symbol. Issuers are
 * compared as committees: a committee's organs (Ban Thường vụ, Ban Chấp hành, Thường trực) stand
 * for it, so {@code Thành ủy Hải Phòng} and {@code Ban Thường vụ Thành ủy} are one issuer, while
 * Ban Bí thư, Bộ Chính trị and Ban Chấp hành Trung ương are three.
 *
 * <h2>What is a mention</h2>
 * <ul>
 *   <li>A number-symbol in any spelling {@link NumberSymbol#parse} accepts, optionally preceded by
 *   a type word and {@code số} ({@code Chỉ thị số 50-CT/TW}, {@code Chỉ thị 50-CT/TW},
 *   {@code Ke hoach s6 15-KH/TU}); the type is the type word's, else the type code's. It may be
 *   followed by the date ({@code , ngày 23/7/2025} or {@code ngày 23 tháng 7 năm 2025}; a page
 *   break with its rule and footnotes may sit between {@code ngày} and the date) and the issuer
 *   ({@code của Ban Bí thư}, read by a small grammar of party bodies — Ban Bí thư, Bộ Chính trị,
 *   Ban Chấp hành / Ban Thường vụ / Ban Tổ chức / Ban Tuyên giáo và Dân vận … followed by a level,
 *   Trung ương, Thành ủy, Tỉnh ủy, Đảng ủy (Khối), Đảng bộ tỉnh … and a capitalised place name —
 *   else the raw words up to {@code về}, {@code ;}, {@code ,}, {@code (} or {@code khóa}).</li>
 *   <li>A short mention, {@code Chỉ thị 50} or {@code Kế hoạch số 15}, counts only when an earlier
 *   mention fixed the symbol (same type and number); {@code Chỉ thị của Ban Bí thư} only when
 *   exactly one earlier document has that type and issuer. Short mentions add spellings and can
 *   raise the relation; they never create a document.</li>
 * </ul>
 * Keywords are matched on the folded skeleton ({@link Syllables#fold}: lower case, no diacritics,
 * one char per char, so offsets stay valid) with room for the letters OCR damages, so
 * {@code Chi thi so}, {@code Ké hoach s6}, {@code Thue hién}, {@code Can ctr}, {@code ctia Ban Bi thw}
 * are read like their clean spellings.
 *
 * <h2>Relations</h2>
 * <ul>
 *   <li>{@code implements}: mentioned in the subject line under the type heading
 *   ({@code KẾ HOẠCH / thực hiện Chỉ thị …}; a first paragraph ending with a colon is the opening,
 *   not a subject), or in the opening sentence when it starts with
 *   <i>Thực hiện</i> or <i>Căn cứ</i> (up to its first {@code :} or full stop) and the document is
 *   a committee's (issuer code TW, or a committee code of at most three letters ending in U, or
 *   ĐUK). Guidance from a specialised board cited there ({@code 06-HD/BTGDVTU}) is the plan's
 *   context, not its basis: {@code cites}.</li>
 *   <li>{@code amends}: the text orders it amended: it is a list item right after <i>sửa đổi (, bổ
 *   sung)</i> — the first document after the words, or one introduced by {@code ;}, {@code ,},
 *   <i>và</i> or an enumeration mark — within the sentence, or, after a colon, within the
 *   enumeration that follows. Not when the words are a cited document's subject
 *   (<i>về sửa đổi …</i>).</li>
 *   <li>{@code cites}: every other mention. A document mentioned several ways takes the strongest
 *   relation: amends, then implements, then cites.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 * Documents cited without a number-symbol ({@code Quy định về những điều đảng viên không được
 * làm}, {@code Nghị quyết Trung ương 4}) are not references. A number-symbol whose digits or codes
 * OCR broke beyond the spellings above ({@code KHIDUK} with I for the slash) is missed. Issuer
 * names are canonical for the bodies of the grammar but keep the OCR damage of place names
 * ({@code Thành ủy Hai Phong}). The layout (type heading, subject, opening, first section
 * {@code I.}) is found by line shape; a text without a subject line or a Thực hiện / Căn cứ opening
 * has no {@code implements}. Amending is read from the words sửa đổi only; <i>thay thế</i>
 * (replace) and <i>bãi bỏ</i> (repeal) are cites. Every committee document in the opening sentence
 * is implemented, including one named only inside another's subject ({@code Thực hiện Kế hoạch
 * 15-KH/TU … về thực hiện Chỉ thị 50-CT/TW}: the plan carries out both).
 *
 * <p>Stateless and thread-safe.
 */
public final class CitationExtractor {

    /** A letter of an OCR-damaged word in the folded text: anything but space and separators. */
    private static final String W = "[^\\s,;:()/\"“”]";
    /** The same at the end of an issuer name, where a full stop ends the sentence. */
    private static final String WL = "[^\\s,;:()/\"“”.]";
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    /** Document type words (folded) and their names; a longer phrase wins over its tail. */
    private static final String[][] TYPE_WORDS = {
            {"Thông báo", "th" + W + "{1,2}ng\\s+b" + W + "{1,2}o(?:\\s+k" + W + "{0,2}t\\s+lu" + W + "{0,2}n)?"},
            {"Chỉ thị", "ch" + W + "\\s+th" + W + "{1,2}"},
            {"Kế hoạch", "k" + W + "{0,3}\\s+ho" + W + "{1,3}ch"},
            {"Hướng dẫn", "h" + W + "{1,4}ng\\s+d" + W + "{0,2}n"},
            {"Quyết định", "quy" + W + "{1,2}t\\s+d" + W + "{1,2}nh"},
            // OCR reads the Q of a capital "Quy" as O, which restoration then reads "Ủy"
            {"Quy định", "(?:q|o)?uy\\s+d" + W + "{1,2}nh"},
            {"Kết luận", "k" + W + "{0,2}t\\s+lu" + W + "{0,2}n"},
            {"Nghị quyết", "ngh" + W + "{1,2}\\s+quy" + W + "{1,2}t"},
            {"Báo cáo", "b" + W + "{1,2}o\\s+c" + W + "{1,2}o"},
            {"Chương trình", "ch" + W + "{1,5}g\\s+tr" + W + "{1,2}nh(?:\\s+h" + W + "{1,2}nh\\s+d" + W + "{1,2}ng)?"},
            {"Quy chế", "quy\\s+ch" + W + "{1,2}"},
            {"Đề án", "de\\s+an"},
            {"Công văn", "c" + W + "{1,2}ng\\s+v" + W + "{1,2}n"},
            {"Tờ trình", "t" + W + "{1,2}\\s+tr" + W + "{1,2}nh"},
    };

    /** {@code số} as OCR leaves it: so, s6, sé6, sb, s0, s. */
    private static final String SO = "[s$§]" + W + "{0,2}"; // OCR prints Số as "S6", "§6", "$6"

    private static final Pattern LINE_SPECK = Pattern.compile("(?m)^[_~|`]+(?=[\\p{L}\\s])");
    private static final Pattern TYPE_BEFORE_NUMBER;
    private static final Pattern SHORT_MENTION;
    private static final Pattern TYPE_OF_ISSUER;

    static {
        StringBuilder alt = new StringBuilder();
        for (int i = 0; i < TYPE_WORDS.length; i++) {
            alt.append(i == 0 ? "" : "|").append("(?<t").append(i).append('>').append(TYPE_WORDS[i][1]).append(')');
        }
        String types = B + "(?:" + alt + ")" + E;
        TYPE_BEFORE_NUMBER = Pattern.compile(types + "(?:\\s+" + SO + "\\s*[:.]?)?\\s*$");
        SHORT_MENTION = Pattern.compile(types + "(?:\\s+" + SO + ")?\\s+(?<num>\\d{1,4})"
                + "(?![\\d/]|[ \\t]{0,2}[-\u2010\u2011\u2013]|[ \\t]\\d[ \\t]*[-\u2013])");
        TYPE_OF_ISSUER = Pattern.compile(types + "\\s+c" + W + "{0,3}a\\s+");
    }

    /** Bodies of the issuer grammar (folded) with their canonical names. */
    private static final String[][] BODIES = {
            {"Ban Bí thư", "ban\\s+bi\\s+th[uw]" + WL + "?(?:\\s+trung\\s+" + WL + "{0,2}[uw]" + WL + "{0,2}ng)?"},
            {"Bộ Chính trị", "b" + WL + "{0,2}\\s+chinh\\s+tr" + WL + "{0,2}"},
            {"Ban Chấp hành", "ban\\s+ch" + WL + "{1,2}p\\s+h" + WL + "{1,2}nh"},
            {"Ban Thường vụ", "ban\\s+th" + WL + "{1,4}ng\\s+v" + WL + "{1,2}"},
            {"Thường trực", "th" + WL + "{1,4}ng\\s+tr" + WL + "{1,2}c"},
            {"Ban Tổ chức", "ban\\s+t" + WL + "{0,2}\\s+ch" + WL + "{1,4}"},
            {"Ban Tuyên giáo và Dân vận", "ban\\s+tuy" + WL + "{1,2}n\\s+gi" + WL + "{1,2}o\\s+v" + WL + "{0,2}\\s+d"
                    + WL + "{1,2}n\\s+v" + WL + "{1,2}n"},
            {"Ban Tuyên giáo", "ban\\s+tuy" + WL + "{1,2}n\\s+gi" + WL + "{1,2}o"},
            {"Ban Dân vận", "ban\\s+d" + WL + "{1,2}n\\s+v" + WL + "{1,2}n"},
            {"Ban Nội chính", "ban\\s+n" + WL + "{1,2}i\\s+ch" + WL + "{1,2}nh"},
            {"Ban Kinh tế", "ban\\s+kinh\\s+t" + WL + "{1,2}"},
            {"Ban Đối ngoại", "ban\\s+d" + WL + "{1,2}i\\s+ngo" + WL + "{1,2}i"},
            {"Ủy ban Kiểm tra", W + "{0,2}y\\s+ban\\s+ki" + WL + "{1,2}m\\s+tra"},
            {"Văn phòng", "v" + WL + "{1,2}n\\s+ph" + WL + "{1,2}ng"},
    };

    /** Levels of the issuer grammar (folded); {@code true} when a place name may follow. */
    private static final Object[][] LEVELS = {
            {"Trung ương", "trung\\s+" + WL + "{0,2}[uw]" + WL + "{0,2}ng(?:\\s+[dpbđ]" + WL + "{1,2}ng" + E + ")?", false},
            {"Thành ủy", "th" + WL + "{1,2}nh\\s+" + WL + "{0,2}y", true},
            {"Tỉnh ủy", "ti" + WL + "?nh\\s+" + WL + "{0,2}y", true},
            {"Đảng ủy Khối", "[dpbđ]" + WL + "{1,2}ng\\s+" + WL + "{0,2}y\\s+kh" + WL + "{1,2}i", true},
            {"Đảng ủy", "[dpbđ]" + WL + "{1,2}ng\\s+" + WL + "{0,2}y", true},
            {"Đảng bộ tỉnh", "[dpbđ]" + WL + "{1,2}ng\\s+b" + WL + "{0,2}\\s+tinh", true},
            {"Đảng bộ thành phố", "[dpbđ]" + WL + "{1,2}ng\\s+b" + WL + "{0,2}\\s+th" + WL + "{1,2}nh\\s+ph" + WL + "{1,2}", true},
            {"Huyện ủy", "huy" + WL + "{1,2}n\\s+" + WL + "{0,2}y", true},
            {"Quận ủy", "qu" + WL + "{1,2}n\\s+" + WL + "{0,2}y", true},
    };

    private static final Pattern[] BODY_PATTERNS = compileAll(BODIES, 1);
    private static final Pattern[] LEVEL_PATTERNS;

    static {
        LEVEL_PATTERNS = new Pattern[LEVELS.length];
        for (int i = 0; i < LEVELS.length; i++) {
            LEVEL_PATTERNS[i] = Pattern.compile((String) LEVELS[i][1] + E);
        }
    }

    /** Lower-case words that may open a place name after a level: phường Thủy Nguyên, các cơ quan. */
    private static final Set<String> PLACE_WORDS = Set.of("xa", "phuong", "dac", "khu", "khoi", "cac", "co",
            "quan", "thanh", "pho", "tinh", "huyen", "thi", "tran");

    /** Words that end an issuer read raw (folded). */
    private static final Pattern ISSUER_STOP_WORD = Pattern.compile("v[eê]" + W + "?|khoa|tai|nham|theo|ngay|thuc|va");

    private static final Pattern DATE_WORD = Pattern.compile("[ \\t]*,?\\s*ng" + W + "{1,2}y" + E + "[ \\t]*");
    private static final Pattern DATE_SLASH = Pattern.compile(
            "(\\d{1,2})[ \\t]?[/.\\-][ \\t]?(\\d{1,2})[ \\t]?[/.\\-][ \\t]?(\\d{4}|\\d{3} \\d|\\d{2} \\d{2}|\\d \\d{3})(?!\\d)");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(\\d{1,2})\\s+th" + W + "{1,2}ng\\s+(\\d{1,2})\\s+n" + W + "{1,2}m\\s+(\\d{4})(?!\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A word after optional spaces and at most one line break. */
    private static final Pattern WORD = Pattern.compile("[ \\t]*\\r?\\n?[ \\t]*(\\p{L}+)" + E);
    private static final Pattern OF = Pattern.compile("[ \\t]*,?\\s*c" + W + "{0,3}a\\s+");

    /** {@code Thực hiện} / {@code Căn cứ} opening a paragraph (folded), OCR-tolerant (a speck read as a dash before it). */
    private static final Pattern TRIGGER = Pattern.compile(
            "[ \\t#*_>]*(?:[-–][ \\t]+)?(?:th" + W + "{1,3}\\s+hi" + W + "{0,2}n|c" + W + "{1,2}n\\s+c" + W + "{1,3})" + E);
    private static final Pattern HEADING = Pattern.compile(
            // OCR's specks before the heading ("_ KẾ HOẠCH |", ". KẾ HOẠCH") do not hide it
            "(?m)^[ \\t#*_.,~'`|:;]*(ke hoach|chuong trinh|huong dan|quyet dinh|quy dinh|bao cao|thong bao|nghi quyet"
                    + "|chi thi|ket luan)" + E);
    private static final Pattern SECTION_ONE = Pattern.compile("(?m)^[ \\t#*_]*I[ \\t]*\\.[ \\t*_]*\\p{Lu}{2}");
    private static final Pattern RULE_LINE = Pattern.compile("[ \\t]*(?:[-_*=]{3,}|\\d{1,3})[ \\t]*");
    private static final Pattern FOOTNOTE = Pattern.compile("[ \\t]*(?:<sup>\\s*\\d+\\s*</sup>|\\[\\^\\d+\\]:?|\\^\\d+)");
    private static final Pattern HEADER_SELF_PREFIX = Pattern.compile("[\\s*_#]*(" + SO + W + "?)?\\s*[:.]?\\s*");
    private static final Pattern OPENING_END = Pattern.compile("\\.(?=[ \\t]*(?:\\r?\\n|$)|\\s+[\\p{Lu}(+\\-])|:");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=[ \\t]*(?:\\r?\\n|$)|\\s+[\\p{Lu}(+\\-])|:|\\n[ \\t]*\\r?\\n");
    private static final Pattern AMEND = Pattern.compile(
            B + "s" + W + "{1,3}a\\s+d" + W + "{1,2}i(?:\\s*,?\\s*b" + W + "{1,2}\\s+sung)?" + E);
    private static final Pattern AMEND_AS_SUBJECT = Pattern.compile(B + "v[eê]" + W + "?\\s+(?:vi" + W + "{1,2}c\\s+)?$");
    private static final Pattern LIST_MARK = Pattern.compile(
            "[ \\t*_]*(?:\\(\\d{1,2}\\)|\\d{1,2}\\)|[a-zđ]\\)|[-+•\u2013][ \\t])");
    private static final Pattern FIRST_ITEM = Pattern.compile(
            "[\\s:*_]*(?:\\(\\d{1,2}\\)|\\d{1,2}\\)|[a-z]\\)|[-+•\u2013])?[\\s*_]*"
                    // "sửa đổi, bổ sung một số nội dung của Kế hoạch số 14-KH/ĐU", "… một số điều của Quy định …"
                    + "(?:mot\\s+so\\s+(?:noi\\s+dung|dieu|diem)(?:\\s+cua)?\\s+"
                    // "sửa đổi, bổ sung Phụ lục lịch sinh hoạt … ban hành kèm theo Kế hoạch số 59-KH/ĐU": a part
                    // issued with the document is the document amended
                    + "|[^.;:\\n]{1,90}?\\s(?:ban\\s+hanh\\s+)?kem\\s+theo\\s+)?");
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "(?:[;,:]|\\(\\d{1,2}\\)|" + B + "\\d{1,2}\\)|" + B + "[a-z]\\)|(?:^|\\n)[ \\t]*[-+•\u2013]|" + B + "va)[\\s*_]*$");
    /** A party committee's issuer code: TW, TU, HU, ĐU, and ĐU with the committee's kind (ĐUK, ĐUCA, ĐUQS). */
    private static final Pattern COMMITTEE_CODE = Pattern.compile("TW|[A-ZĐ]{1,2}U|ĐU[A-Z]{1,3}");

    private static final int REL_CITES = 1;
    private static final int REL_IMPLEMENTS = 2;
    /** Strongest: a document the plan amends is not one it carries out, wherever else it is named. */
    private static final int REL_AMENDS = 3;

    /**
     * The documents {@code text} cites, once each, in order of first mention.
     *
     * @param text restored (or raw OCR) text of one document
     * @param self the document's own number-symbol, never reported; may be null
     */
    public List<Reference> extract(String text, NumberSymbol self) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // OCR's specks opening a line ("Quy / _định số 05-QĐi/ĐU") become spaces: offsets stay, words join up
        text = LINE_SPECK.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
        String folded = Syllables.fold(text);
        Layout layout = layout(text, folded);
        List<int[]> amendScopes = amendScopes(text, folded);
        List<Doc> docs = new ArrayList<>();

        Matcher m = NumberSymbol.IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<NumberSymbol> parsed = NumberSymbol.fromMatch(m);
            if (parsed.isEmpty()) {
                continue;
            }
            NumberSymbol ns = parsed.get();
            int numStart = m.start();
            int symEnd = m.end();
            if (self != null && ns.canonical().equals(self.canonical())) {
                continue;
            }
            if (isHeaderSelf(folded, numStart, layout)) {
                continue;
            }
            int start = numStart;
            String typeName = null;
            int windowStart = Math.max(0, numStart - 60);
            Matcher tw = TYPE_BEFORE_NUMBER.matcher(folded).region(windowStart, numStart)
                    .useTransparentBounds(true);
            if (tw.find()) {
                typeName = typeOf(tw);
                start = tw.start();
                ns = typeCodeOfTheWord(ns, typeName);
            }
            int pos = symEnd;
            String date = null;
            int[] dateSpan = date(text, folded, pos);
            if (dateSpan != null) {
                date = isoDate(text, dateSpan);
                pos = dateSpan[1];
            }
            Issuer issuer = issuerAfter(text, folded, pos);
            if (issuer != null && !issuerFitsCode(issuer.name, ns.issuerCode())) {
                // "kết quả thực hiện Chỉ thị số 33-CT/TW của Đảng bộ Khối": the results are the bloc's,
                // the directive is the centre's; the code says whose document it is.
                issuer = null;
            }
            if (issuer != null) {
                ns = codeOfIssuer(ns, issuer.name);
            }
            if (issuer != null && date == null) {
                // "… của Ban Bí thư, ngày 23/7/2025": the issuer before the date
                dateSpan = date(text, folded, issuer.end);
                date = dateSpan == null ? null : isoDate(text, dateSpan);
            }
            Mention mention = new Mention(ns, typeName, date, issuer == null ? null : issuer.name, start, symEnd,
                    relation(folded, start, ns, layout, amendScopes));
            add(docs, mention, text);
        }
        shortMentions(text, folded, layout, amendScopes, docs);

        List<Reference> out = new ArrayList<>();
        for (Doc d : docs) {
            out.add(d.toReference());
        }
        return out;
    }

    /**
     * Whether an issuer read after a number-symbol can have issued it: a TW document comes from a
     * central body; other codes say too little (a TU document may be a provincial council's).
     */
    static boolean issuerFitsCode(String issuer, String code) {
        String f = " " + Syllables.fold(issuer == null ? "" : issuer).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip() + " ";
        return switch (code) {
            case "TW" -> f.contains(" trung uong ") || f.contains(" bi thu ") || f.contains(" bo chinh tri ")
                    || f.contains(" tw ") || f.contains(" quoc hoi ") || f.contains(" chinh phu ");
            default -> true;
        };
    }

    /**
     * An issuer's code is its name's initials ("Ban Tuyên giáo và Dân vận Trung ương" → BTGDVTW,
     * "Ban Tổ chức Tỉnh ủy" → BTCTU): a code one letter off the initials of the issuer named after
     * it is OCR's misreading of them (BIGDVTW). Any other code is kept as printed.
     */
    static NumberSymbol codeOfIssuer(NumberSymbol ns, String issuer) {
        String code = ns.issuerCode();
        StringBuilder initials = new StringBuilder();
        String name = issuer.replaceAll("(?iu)trung ương", "TW");
        for (String w : name.split("[\\s,-]+")) {
            if (w.equals("TW")) {
                initials.append("TW");
            } else if (!w.isEmpty() && !Syllables.fold(w).equalsIgnoreCase("va")) {
                char c = Character.toUpperCase(w.charAt(0));
                initials.append(c == 'Đ' ? 'Đ' : Syllables.fold(String.valueOf(c)).toUpperCase(java.util.Locale.ROOT));
            }
        }
        String want = initials.toString();
        if (want.length() < 4) {
            return ns;
        }
        return oneLetterOff(code, want) ? new NumberSymbol(ns.number(), ns.typeCode(), want) : ns;
    }

    /**
     * Issuer codes the genre uses: the committees' (TW, TU, HU, QU, TXU, ĐU and its kinds) and the
     * boards' and offices' (BTCTU, VPTU, UBKTTU …). A bare mention with one of these is a document
     * of its own, however close its code is to another's (26-KH/HU is not 26-KH/TU).
     */
    private static final Pattern GENRE_CODE = Pattern.compile("TW|TU|HU|QU|TXU|TPU|ĐU[A-Z]{0,4}|B[A-ZĐ]{2,}|VP[A-Z]+|UBKT[A-Z]+");

    /** Two codes of one length that differ in exactly one letter. */
    private static boolean oneLetterOff(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return diff == 1;
    }

    // ---------------------------------------------------------------- mentions and documents

    private record Mention(NumberSymbol ns, String type, String date, String issuer, int start, int end,
                           int relation) {
    }

    private static final class Doc {
        final NumberSymbol ns;
        String type;
        String date;
        String issuer;
        int relation;
        final int start;
        final int end;
        int lastMention;
        final Set<String> spellings = new LinkedHashSet<>();

        Doc(NumberSymbol ns, int start, int end) {
            this.ns = ns;
            this.start = start;
            this.end = end;
        }

        String year() {
            return date == null ? null : date.substring(0, 4);
        }

        Reference toReference() {
            String t = type != null ? type : ns.typeName();
            String rel = relation == REL_IMPLEMENTS ? Reference.IMPLEMENTS
                    : relation == REL_AMENDS ? Reference.AMENDS : Reference.CITES;
            return new Reference(ns.canonical(), t, date, issuer, rel, start, end, List.copyOf(spellings));
        }
    }

    private static void add(List<Doc> docs, Mention m, String text) {
        String year = m.date == null ? null : m.date.substring(0, 4);
        Doc best = null;
        for (Doc d : docs) {
            if (!d.ns.equals(m.ns) || !compatibleIssuer(d.issuer, m.issuer)
                    || (year != null && d.year() != null && !year.equals(d.year()))) {
                continue;
            }
            if (best == null) {
                best = d;
            } else if (m.issuer != null) {
                // prefer the document already known under this issuer over one with none
                if (best.issuer == null && d.issuer != null) {
                    best = d;
                }
            } else if (d.lastMention > best.lastMention) {
                best = d;
            }
        }
        if (best == null && m.issuer == null && m.date == null) {
            // a bare mention whose issuer code is one letter off a document's named with its date or
            // issuer is that document, misread ("Kế hoạch số 26-KH/BU" after "Kế hoạch số 26-KH/ĐU, ngày …")
            for (Doc d : docs) {
                if (d.ns.number().equals(m.ns.number()) && d.ns.typeCode().equals(m.ns.typeCode())
                        && (d.date != null || d.issuer != null) && oneLetterOff(d.ns.issuerCode(), m.ns.issuerCode())
                        && !GENRE_CODE.matcher(m.ns.issuerCode()).matches()) {
                    best = d;
                    break;
                }
            }
        }
        if (best == null) {
            best = new Doc(m.ns, m.start, m.end);
            docs.add(best);
        }
        if (best.type == null) {
            best.type = m.type;
        }
        if (best.date == null) {
            best.date = m.date;
        }
        if (best.issuer == null || m.issuer != null && committeeKey(best.issuer).isEmpty() && !committeeKey(m.issuer).isEmpty()) {
            best.issuer = m.issuer; // a later mention names the committee an earlier one left out
        }
        best.relation = Math.max(best.relation, m.relation);
        best.lastMention = m.start;
        best.spellings.add(spelling(text, m.start, m.end));
    }

    /**
     * A type code the genre has no such document for, one letter from the code of the type word
     * written before it, is that code misread ("Chỉ thị số 50- Cr/TW": OCR read T as r).
     */
    static NumberSymbol typeCodeOfTheWord(NumberSymbol ns, String typeName) {
        if (typeName == null || NumberSymbol.TYPE_NAMES.containsKey(ns.typeCode())) {
            return ns;
        }
        for (var e : NumberSymbol.TYPE_NAMES.entrySet()) {
            if (e.getValue().equals(typeName) && oneLetterOff(e.getKey().toUpperCase(java.util.Locale.ROOT),
                    ns.typeCode().toUpperCase(java.util.Locale.ROOT))) {
                return new NumberSymbol(ns.number(), e.getKey(), ns.issuerCode());
            }
        }
        return ns;
    }

    /**
     * Whether two issuers may be the same organisation: equal once the organs of a committee are
     * taken for the committee (Ban Thường vụ / Ban Chấp hành / Thường trực Thành ủy = Thành ủy;
     * Ban Chấp hành Đảng bộ tỉnh = Tỉnh ủy) and a missing place name is taken for any; so is a
     * committee's organ named without its committee ("của Ban Thường vụ Tỉnh Gù": OCR's damage cut the
     * rest), which says nothing of which committee.
     */
    private static boolean compatibleIssuer(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String ka = committeeKey(a);
        String kb = committeeKey(b);
        return ka.startsWith(kb) || kb.startsWith(ka);
    }

    private static String committeeKey(String issuer) {
        String k = Syllables.fold(issuer).replaceAll("\\s+", " ").trim();
        k = k.replaceFirst("^(?:ban thuong vu|ban chap hanh|thuong truc)(?: (?=\\S)|$)", "");
        k = k.replaceFirst("^dang bo tinh", "tinh uy").replaceFirst("^dang bo thanh pho", "thanh uy");
        return k;
    }

    private static String spelling(String text, int start, int end) {
        return text.substring(start, end).replaceAll("\\s+", " ").trim();
    }

    /** {@code Chỉ thị 50} and {@code Chỉ thị của Ban Bí thư}: resolved against earlier documents only. */
    private static void shortMentions(String text, String folded, Layout layout, List<int[]> amendScopes,
                                      List<Doc> docs) {
        Matcher m = SHORT_MENTION.matcher(folded);
        while (m.find()) {
            if (!Character.isUpperCase(text.charAt(m.start()))) {
                continue;
            }
            String type = typeOf(m);
            String number = NumberSymbol.canonicalNumber(m.group("num"));
            Doc match = null;
            for (Doc d : docs) {
                String dt = d.type != null ? d.type : d.ns.typeName();
                if (d.start < m.start() && type.equals(dt) && d.ns.number().equals(number)
                        && (match == null || d.lastMention > match.lastMention)) {
                    match = d;
                }
            }
            if (match != null) {
                touch(match, text, folded, m.start(), m.end(), layout, amendScopes);
            }
        }
        m = TYPE_OF_ISSUER.matcher(folded);
        while (m.find()) {
            if (!Character.isUpperCase(text.charAt(m.start()))) {
                continue;
            }
            Issuer issuer = issuerAt(text, folded, m.end());
            if (issuer == null) {
                continue;
            }
            String type = typeOf(m);
            Doc match = null;
            int count = 0;
            for (Doc d : docs) {
                String dt = d.type != null ? d.type : d.ns.typeName();
                if (d.start < m.start() && type.equals(dt) && issuer.name.equals(d.issuer)) {
                    match = d;
                    count++;
                }
            }
            if (count == 1) {
                touch(match, text, folded, m.start(), issuer.end, layout, amendScopes);
            }
        }
    }

    private static void touch(Doc d, String text, String folded, int start, int end, Layout layout,
                              List<int[]> amendScopes) {
        d.spellings.add(spelling(text, start, end));
        d.relation = Math.max(d.relation, relation(folded, start, d.ns, layout, amendScopes));
    }

    private static String typeOf(Matcher m) {
        for (int i = 0; i < TYPE_WORDS.length; i++) {
            if (m.group("t" + i) != null) {
                return TYPE_WORDS[i][0];
            }
        }
        throw new IllegalStateException("no type word group matched");
    }

    // ---------------------------------------------------------------- date and issuer

    /** Span of the date after a number-symbol ({@code , ngày 23/7/2025}), or null. */
    private static int[] date(String text, String folded, int pos) {
        Matcher w = DATE_WORD.matcher(folded).region(pos, Math.min(folded.length(), pos + 40));
        if (!w.lookingAt()) {
            return null;
        }
        int p = skipPageFurniture(text, w.end());
        while (p < text.length() && p < w.end() + 8 && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        for (Pattern datePattern : new Pattern[]{DATE_SLASH, DATE_WORDS}) {
            Matcher d = datePattern.matcher(folded).region(p, Math.min(folded.length(), p + 40));
            if (d.lookingAt()) {
                return new int[]{d.start(), d.end(), p};
            }
        }
        return null;
    }

    private static String isoDate(String text, int[] span) {
        String folded = Syllables.fold(text.substring(span[0], span[1]));
        Matcher d = DATE_SLASH.matcher(folded);
        if (!d.matches()) {
            d = DATE_WORDS.matcher(folded);
            if (!d.matches()) {
                return null;
            }
        }
        int day = Integer.parseInt(d.group(1));
        int month = Integer.parseInt(d.group(2));
        int year = Integer.parseInt(d.group(3).replace(" ", ""));
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1930 || year > 2100) {
            return null;
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /**
     * Skips a page break met mid-sentence: blank lines, a rule ({@code ---}), a lone page number
     * and footnote paragraphs ({@code <sup>1</sup> …}, {@code [^1]: …}). Returns {@code pos} itself
     * when there is nothing of the kind.
     */
    private static int skipPageFurniture(String text, int pos) {
        int p = pos;
        boolean skipped = false;
        while (p < text.length()) {
            int q = p;
            while (q < text.length() && Character.isWhitespace(text.charAt(q))) {
                q++;
            }
            if (q == text.length()) {
                break;
            }
            int lineStart = text.lastIndexOf('\n', q - 1) + 1;
            int lineEnd = text.indexOf('\n', q);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean atLineStart = lineStart >= pos && text.substring(lineStart, q).isBlank();
            if (atLineStart && q > pos && RULE_LINE.matcher(text.substring(lineStart, lineEnd)).matches()) {
                p = lineEnd;
                skipped = true;
            } else if (atLineStart && q > pos && FOOTNOTE.matcher(text).region(lineStart, lineEnd).lookingAt()) {
                int para = text.indexOf("\n\n", q);
                p = para < 0 ? text.length() : para;
                skipped = true;
            } else {
                return skipped ? q : pos;
            }
        }
        return pos;
    }

    private record Issuer(String name, int end) {
    }

    /** The issuer after {@code của} following a citation (and its date), or null. */
    private static Issuer issuerAfter(String text, String folded, int pos) {
        Matcher of = OF.matcher(folded).region(pos, Math.min(folded.length(), pos + 20));
        if (!of.lookingAt()) {
            return null;
        }
        return issuerAt(text, folded, of.end());
    }

    /** Reads an issuing body at {@code pos}: the grammar of party bodies, else the raw words. */
    private static Issuer issuerAt(String text, String folded, int pos) {
        int limit = Math.min(folded.length(), pos + 160);
        int bestBody = -1;
        int bodyEnd = -1;
        for (int i = 0; i < BODY_PATTERNS.length; i++) {
            Matcher b = BODY_PATTERNS[i].matcher(folded).region(pos, limit);
            if (b.lookingAt() && b.end() > bodyEnd) {
                bestBody = i;
                bodyEnd = b.end();
            }
        }
        int levelFrom = bestBody >= 0 ? bodyEnd : pos;
        int bestLevel = -1;
        int levelEnd = -1;
        if (bestBody < 0 || !BODIES[bestBody][0].equals("Ban Bí thư") && !BODIES[bestBody][0].equals("Bộ Chính trị")) {
            int from = levelFrom;
            if (bestBody >= 0) {
                Matcher ws = SPACES.matcher(folded).region(from, limit);
                from = ws.lookingAt() ? ws.end() : -1;
            }
            for (int i = 0; from >= 0 && i < LEVEL_PATTERNS.length; i++) {
                Matcher l = LEVEL_PATTERNS[i].matcher(folded).region(from, limit);
                if (l.lookingAt() && l.end() > levelEnd) {
                    bestLevel = i;
                    levelEnd = l.end();
                }
            }
        }
        if (bestBody < 0 && bestLevel < 0) {
            return rawIssuer(text, folded, pos);
        }
        StringBuilder name = new StringBuilder();
        int end;
        if (bestBody >= 0) {
            name.append(BODIES[bestBody][0]);
            end = bodyEnd;
        } else {
            end = pos;
        }
        if (bestLevel >= 0) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append((String) LEVELS[bestLevel][0]);
            end = levelEnd;
            if ((Boolean) LEVELS[bestLevel][2]) {
                int[] tail = placeTail(text, folded, end);
                if (tail[1] > tail[0]) {
                    name.append(' ').append(spelling(text, tail[0], tail[1]));
                    end = tail[1];
                }
            }
        }
        return new Issuer(name.toString(), end);
    }

    /** A place name after a level: capitalised words, possibly opened by phường / xã / các cơ quan …. */
    private static final Pattern COMMITTEE_TAIL = Pattern.compile("(?:tinh|thanh|huyen|quan|thi|dang)\\s+uy");

    private static boolean capitalAfter(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && k > from && Character.isUpperCase(text.charAt(k));
    }

    private static int[] placeTail(String text, String folded, int pos) {
        Matcher tok = WORD.matcher(text);
        int prevStart = pos;
        int p = pos;
        int start = -1;
        int end = pos;
        for (int n = 0; n < 6; n++) {
            tok.region(p, text.length());
            if (!tok.lookingAt()) {
                break;
            }
            String word = text.substring(tok.start(1), tok.end(1));
            String f = folded.substring(tok.start(1), tok.end(1));
            if (ISSUER_STOP_WORD.matcher(f).matches()) {
                break;
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            // an agency's name runs on through its lower-case syllables ("Đảng ủy Văn phòng Tỉnh ủy"):
            // one after a capitalised word, before another capitalised one or closing a committee's name
            boolean inName = !capital && end == tok.start(1) - 1 && start >= 0
                    && (capitalAfter(text, tok.end()) || COMMITTEE_TAIL.matcher(folded.substring(prevStart, tok.end(1))).matches());
            if (!capital && !inName && !PLACE_WORDS.contains(f)) {
                break;
            }
            if (start < 0) {
                start = tok.start(1);
            }
            if (capital || inName) {
                end = tok.end(1);
            }
            prevStart = tok.start(1);
            p = tok.end();
        }
        return start < 0 || end <= start ? new int[]{pos, pos} : new int[]{start, end};
    }

    /** Up to eight words starting with a capital, ended by về, khóa, ; , ( . or a blank line. */
    private static Issuer rawIssuer(String text, String folded, int pos) {
        if (pos >= text.length() || !Character.isUpperCase(text.charAt(pos))) {
            return null;
        }
        Matcher tok = WORD.matcher(text);
        int p = pos;
        int end = pos;
        for (int n = 0; n < 8; n++) {
            tok.region(p, text.length());
            if (!tok.lookingAt()) {
                break;
            }
            String f = folded.substring(tok.start(1), tok.end(1));
            if (n > 0 && ISSUER_STOP_WORD.matcher(f).matches()) {
                break;
            }
            end = tok.end(1);
            p = tok.end();
        }
        return end > pos ? new Issuer(spelling(text, pos, end), end) : null;
    }

    // ---------------------------------------------------------------- layout and relations

    /**
     * Where the subject line and the opening sentence are: -1 spans when absent.
     * {@code headerEnd} is where the document's own header ends (its type heading).
     */
    private record Layout(int headerEnd, int titleStart, int titleEnd, int openingStart, int openingEnd) {
    }

    private static Layout layout(String text, String folded) {
        Matcher s = SECTION_ONE.matcher(text);
        boolean section = s.find();
        int preambleEnd = section ? s.start() : Math.min(text.length(), 3000);
        int headingStart = -1;
        int headingEnd = -1;
        Matcher h = HEADING.matcher(folded).region(0, preambleEnd);
        while (h.find()) {
            String word = text.substring(h.start(1), h.end(1));
            if (mostlyCapitals(word)) {
                headingStart = h.start(1);
                headingEnd = h.end(1);
                break;
            }
        }
        int titleStart = -1;
        int titleEnd = -1;
        int from = 0;
        if (headingEnd >= 0) {
            int[] title = title(text, folded, headingEnd, preambleEnd);
            if (title[0] >= 0 && text.substring(title[0], title[1]).replaceAll("[*_\\s]+$", "").endsWith(":")) {
                title = new int[]{-1, -1}; // "Thực hiện …, Ban Thường vụ ban hành Kế hoạch như sau:" is the opening
            }
            titleStart = title[0];
            titleEnd = title[1];
            from = titleEnd >= 0 ? titleEnd : headingEnd;
        }
        int openingStart = -1;
        int openingEnd = -1;
        for (int line = lineStartAtOrAfter(text, from); line >= 0 && line < preambleEnd;
             line = nextLine(text, line)) {
            Matcher t = TRIGGER.matcher(folded).region(line, lineEnd(text, line));
            if (headingStart < 0 && !section && !text.substring(0, line).isBlank()) {
                break; // no layout: only a text that opens with Thực hiện / Căn cứ has an opening
            }
            if (t.lookingAt()) {
                openingStart = line;
                // a scan's OCR leaves blank lines inside a paragraph: the opening runs to its full stop or
                // colon ("… như sau:"), never past the first section
                int cap = Math.min(text.length(), Math.max(line, Math.min(line + 3000, preambleEnd)));
                Matcher end = OPENING_END.matcher(text).region(t.end(), Math.max(t.end(), cap));
                openingEnd = end.find() ? end.start() : cap;
                break;
            }
        }
        return new Layout(headingStart >= 0 ? headingStart : -1, titleStart, titleEnd, openingStart, openingEnd);
    }

    /** The subject under the type heading: to a blank line, a rule or a Thực hiện / Căn cứ line. */
    private static int[] title(String text, String folded, int headingEnd, int limit) {
        int lineEnd = lineEnd(text, headingEnd);
        int start;
        if (!text.substring(headingEnd, lineEnd).replaceAll("[*_#\\s]", "").isEmpty()) {
            start = headingEnd;
        } else {
            start = -1;
            for (int line = nextLine(text, headingEnd); line >= 0 && line < limit; line = nextLine(text, line)) {
                String content = text.substring(line, lineEnd(text, line));
                if (!content.isBlank()) {
                    start = RULE_LINE.matcher(content).matches() ? -1 : line;
                    break;
                }
            }
            if (start < 0) {
                return new int[]{-1, -1};
            }
        }
        int end = lineEnd(text, start);
        int lines = 1;
        for (int line = nextLine(text, start); line >= 0 && line < limit && lines < 6; line = nextLine(text, line)) {
            int le = lineEnd(text, line);
            String content = text.substring(line, le);
            if (content.isBlank() || RULE_LINE.matcher(content).matches()
                    || TRIGGER.matcher(folded).region(line, le).lookingAt()) {
                break;
            }
            end = le;
            lines++;
        }
        return new int[]{start, end};
    }

    /** At least two thirds of the letters are capitals (OCR lowers one now and then: KE HOAcH). */
    private static boolean mostlyCapitals(String word) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                letters++;
                upper += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
            }
        }
        return letters > 0 && upper * 3 >= letters * 2;
    }

    private static int lineEnd(String text, int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? text.length() : e;
    }

    private static int nextLine(String text, int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? -1 : e + 1;
    }

    private static int lineStartAtOrAfter(String text, int pos) {
        if (pos == 0 || text.charAt(pos - 1) == '\n') {
            return pos;
        }
        return nextLine(text, pos);
    }

    /** A number-symbol printed as the header's {@code Số …} before the type heading. */
    private static boolean isHeaderSelf(String folded, int numStart, Layout layout) {
        boolean heading = layout.headerEnd() >= 0;
        int headerEnd = heading ? layout.headerEnd() : Math.min(folded.length(), 400);
        if (numStart >= headerEnd) {
            return false;
        }
        int lineStart = folded.lastIndexOf('\n', numStart - 1) + 1;
        Matcher prefix = HEADER_SELF_PREFIX.matcher(folded).region(lineStart, numStart);
        // without a type heading to bound the header, only an explicit "Số" marks the own number
        return prefix.matches() && (heading || prefix.group(1) != null);
    }

    private static int relation(String folded, int start, NumberSymbol ns, Layout layout, List<int[]> amendScopes) {
        // a plan that amends a document names it in its title too (GUIDE §2: 06 amends 14-KH/ĐU itself)
        for (int[] scope : amendScopes) {
            if (start >= scope[0] && start < scope[1] && isListItem(folded, scope[0], start)) {
                return REL_AMENDS;
            }
        }
        if (layout.titleStart() >= 0 && start >= layout.titleStart() && start < layout.titleEnd()) {
            return REL_IMPLEMENTS;
        }
        if (layout.openingStart() >= 0 && start >= layout.openingStart() && start < layout.openingEnd()
                && COMMITTEE_CODE.matcher(ns.issuerCode()).matches()) {
            return REL_IMPLEMENTS;
        }
        return REL_CITES;
    }

    /** Whether the mention at {@code start} is an item of the list opened at {@code scopeStart}. */
    private static boolean isListItem(String folded, int scopeStart, int start) {
        if (FIRST_ITEM.matcher(folded).region(scopeStart, start).matches()) {
            return true;
        }
        int from = Math.max(scopeStart, start - 24);
        return NEXT_ITEM.matcher(folded).region(from, start).useTransparentBounds(true).find();
    }

    /** Spans ordered amended: from each sửa đổi (, bổ sung) to its sentence's or enumeration's end. */
    private static List<int[]> amendScopes(String text, String folded) {
        List<int[]> scopes = new ArrayList<>();
        Matcher a = AMEND.matcher(folded);
        while (a.find()) {
            int before = Math.max(0, a.start() - 16);
            if (AMEND_AS_SUBJECT.matcher(folded).region(before, a.start()).useTransparentBounds(true).find()) {
                continue;
            }
            int p = a.end();
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            int cap = Math.min(text.length(), p + 3000);
            int end;
            if (p < text.length() && text.charAt(p) == ':') {
                end = enumerationEnd(text, p + 1, cap);
                scopes.add(new int[]{p + 1, end});
            } else {
                Matcher s = SENTENCE_END.matcher(text).region(p, cap);
                end = s.find() ? s.start() : cap;
                scopes.add(new int[]{a.end(), end});
            }
        }
        return scopes;
    }

    /** The end of the enumeration after a colon: a non-item line after a blank line or a full stop. */
    private static int enumerationEnd(String text, int from, int cap) {
        boolean closed = false;
        for (int line = nextLine(text, from); line >= 0 && line < cap; line = nextLine(text, line)) {
            int le = lineEnd(text, line);
            String content = text.substring(line, le);
            if (content.isBlank()) {
                closed = true;
                continue;
            }
            boolean item = LIST_MARK.matcher(content).lookingAt();
            if (closed && !item) {
                return line;
            }
            String trimmed = content.replaceAll("[*_\\s]+$", "");
            closed = trimmed.endsWith(".");
        }
        return cap;
    }

    private static Pattern[] compileAll(String[][] table, int column) {
        Pattern[] out = new Pattern[table.length];
        for (int i = 0; i < table.length; i++) {
            out[i] = Pattern.compile(table[i][column] + E);
        }
        return out;
    }
}
