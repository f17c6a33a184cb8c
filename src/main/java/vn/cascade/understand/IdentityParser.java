package vn.cascade.understand;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.cascade.normalize.PlaceNames;
import vn.cascade.normalize.PersonNames;
import vn.cascade.normalize.Syllables;

/**
 * Reads a document's identity from its header and closing, as the genre lays them out (DOMAIN.md
 * "Layout of a plan"): the left column's parent organisation and issuing committee, the
 * number-symbol after "Số", the right column's "Place, ngày dd tháng mm năm yyyy" (OCR flattens
 * the two columns into one line or interleaves them), the type in capitals and the subject under
 * it, and in the closing "T/M BAN THƯỜNG VỤ", the signer's title and name. A field the document
 * does not state is null. Thread-safe.
 */
public final class IdentityParser {

    /** Document types: capitals skeleton → name. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("ke hoach", "Kế hoạch");
        TYPES.put("chi thi", "Chỉ thị");
        TYPES.put("huong dan", "Hướng dẫn");
        TYPES.put("quy dinh", "Quy định");
        TYPES.put("quyet dinh", "Quyết định");
        TYPES.put("ket luan", "Kết luận");
        TYPES.put("nghi quyet", "Nghị quyết");
        TYPES.put("thong bao", "Thông báo");
        TYPES.put("bao cao", "Báo cáo");
        TYPES.put("chuong trinh", "Chương trình");
        TYPES.put("chuong trinh hanh dong", "Chương trình"); // an action programme: its number-symbol says CTr
    }

    private static final Pattern DATE = Pattern.compile(
            "(?<place>[a-z][a-z ]{1,40}?)\\s*,\\s*ngay\\s*(?<d>\\d{1,2})?[\\s._…]*thang\\s*(?<m>\\d{1,2})?[\\s._…]*nam\\s*(?<y>\\d{4})");
    /** "Số 16-KH/ĐU" where the left column prints it: at the start of a line (after "*" or debris). */
    private static final Pattern NUMBER = Pattern.compile(
            "^[^a-z0-9§$]{0,4}[s§$]{1,2}[o6]?\\s*:?\\s*(?<n>\\d{1,4})\\s?-\\s?(?<t>[a-z]{2,4})\\s?/\\s?(?<i>[a-z]{2,10})");
    private static final String PARTY = "dang cong san viet nam";
    private static final Pattern ISSUES = Pattern.compile(
            "((?:ban thuong vu|ban chap hanh|thuong truc) (?:thanh uy|tinh uy|dang uy(?: [a-z]+){0,4}?))\\s+(?:ban hanh|xay dung)\\s+(?:ke hoach|chuong trinh)");
    private static final Pattern TITLE = Pattern.compile(
            "(?<![a-z])(?:pho ?bi ?thu thuong truc|pho ?bi ?thu|bi ?thu|chu nhiem|pho chu nhiem|truong ban|pho truong ban|uy vien ban thuong vu)(?![a-z])");
    /**
     * The signature's form, folded: "T/M BAN THƯỜNG VỤ" (on behalf of), also as OCR runs it together
     * ("T/MCHIBO"); "K/T TRƯỞNG BAN" (signing for the head: a deputy signs), "T/L", "TUQ." (by
     * order, by authority), the forms of the rules on documents.
     */
    private static final Pattern ON_BEHALF = Pattern.compile("(?:t/m|k/t|t/l|tuq\\.)(?=\\s|[a-z])|(?<![a-z])(?:kt|tl)\\.(?=\\s)");
    /** A committee's organ named on its own header line under the committee ("TỈNH ỦY … / BAN TUYÊN GIÁO VÀ DÂN VẬN"). */
    private static final Pattern ORGAN_LINE = Pattern.compile("^(?:ban |van phong |uy ban kiem tra )");
    /** A committee's level ending an organ's line, folded ("ban to chuc thanh uy"). */
    private static final Pattern LEVEL_AT_END = Pattern.compile(" (tinh uy|thanh uy|huyen uy|quan uy|dang uy)$");
    /** A header line in capitals only (letters, spaces, a hyphen), two words or more. */
    private static final Pattern CAPITALS_ONLY = Pattern.compile("\\p{Lu}+(?:[ -]+\\p{Lu}+)+");

    /**
     * The second line of a committee's name the header wrapped ("ĐẢNG ỦY CÔNG TY TNHH MỘT THÀNH
     * VIÊN" / "CƠ KHÍ ĐÓNG TÀU VĨNH NIỆM"): the next line when it is capitals only and names no
     * organ, party or number; else null.
     */
    private static String wrappedName(List<Line> header, int at, String first) {
        if (!first.equals(first.toUpperCase(Locale.ROOT)) || at + 1 >= header.size()) {
            return null;
        }
        Line next = header.get(at + 1);
        String words = stripParty(next.text()).strip();
        String f = Syllables.fold(words).toLowerCase(Locale.ROOT);
        if (!CAPITALS_ONLY.matcher(words).matches() || ORGAN_LINE.matcher(f).find() || f.startsWith("dang ")
                || f.startsWith("chi bo ") || f.startsWith("so ") || f.contains("cong san") || f.split(" ").length > 8) {
            return null;
        }
        return words;
    }

    private static final Pattern COMMITTEE_LEVEL = Pattern.compile("^(tinh uy|thanh uy|huyen uy|quan uy|dang uy)\\b");
    /** Titles as the genre writes them (OCR may run their words together: "BITHU"). */
    private static final Map<String, String> TITLES = Map.of("phobithuthuongtruc", "Phó Bí thư Thường trực",
            "phobithu", "Phó Bí thư", "bithu", "Bí thư", "truongban", "Trưởng ban", "photruongban", "Phó Trưởng ban",
            "photruongbanthuongtruc", "Phó Trưởng ban Thường trực",
            "chunhiem", "Chủ nhiệm", "phochunhiem", "Phó Chủ nhiệm");

    /**
     * A rank before the name of a police or army signer ("Đại tá Phạm Đức Thịnh"): not part of the name.
     * The rank's second word may come out of OCR damaged ("Thường là" for "Thượng tá"): any short word
     * after the grade when a name of two words or more follows.
     */
    private static final Pattern RANK = Pattern.compile("^(?:dai|thuong|trung|thieu) (?:ta|uy|tuong|[a-z]{1,3})\\s+(?=\\S+\\s+\\S)");
    /** A word of two capitals or more: an abbreviation, no part of a person's name. */
    private static final Pattern CAPITALS_WORD = Pattern.compile("(?<!\\p{L})\\p{Lu}{2,}(?!\\p{L})");
    /** A person's name: two to five capitalised words. */
    private static final Pattern NAME = Pattern.compile("[\\p{Lu}][\\p{L}]*(\\s+[\\p{Lu}][\\p{L}]*){1,4}");
    /** Specks OCR prints at a line's ends (rules, stamps, dust): not the subject's words. */
    private static final Pattern LINE_SPECKS = Pattern.compile("^[\\s_~|*=.,:;'`\\p{Pd}]+|[\\s~|_=*]+$");
    /** A number-symbol OCR spaced ("97- KH/TU", "224 -KL/TW"): a number-symbol has no space. */
    private static final Pattern SPACED_ID = Pattern.compile("(\\d)\\s*-\\s*(\\p{Lu}[\\p{Lu}Đ]{0,5}/)");
    /** A number-symbol's type code whose first capital OCR read small ("50- cT/TW"): codes open with a capital. */
    private static final Pattern SMALL_CODE = Pattern.compile("(\\d)\\s*-\\s*(\\p{Ll})(\\p{Lu}{1,4}/\\p{Lu})");
    /** How a subject's line ends when the subject goes on: a preposition, a conjunction, a committee without its name, folded. */
    private static final Pattern DANGLING = Pattern.compile("(?<![a-z])(?:" + Line.CONNECTIVES + "|dang uy|ban thuong vu|ban chap hanh)\\s*$");
    /** How an opening paragraph starts, folded. */
    private static final Pattern OPENING = Pattern.compile("(?:thuc hien|can cu|de |nham|trien khai|ban thuong vu|ban chap hanh|thuong truc)");

    /** A word of one to three capitals, and any specks after it, ending a line. */
    private static final Pattern DUST_AT_END = Pattern.compile("\\s+(\\p{Lu}{1,3})(?:\\s+[|_~]+)*\\s*$");

    /**
     * A line without the word OCR read from a rule or a stamp at its end ("đảng viên SỐ | |"): one
     * to three capitals with an accent, which no acronym has ("UBND", "HĐND" stay).
     */
    static String withoutDustAtEnd(String line) {
        Matcher m = DUST_AT_END.matcher(line);
        if (m.find() && Syllables.hasDiacritic(m.group(1).replace("Đ", "D"))) { // "HĐND" has đ, no accent
            return line.substring(0, m.start());
        }
        return line;
    }

    /** The identity fields of the schema, in its order; absent ones null. */
    public Map<String, Object> parse(List<Line> lines, String text) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Extraction.DOC_FIELDS.forEach(f -> doc.put(f, null));
        int typeLine = -1;
        for (Line l : lines) {
            String f = l.folded().replaceAll("^[^a-z]+|[^a-z]+$", "");
            if (l.number() < 40 && TYPES.containsKey(f) && l.text().equals(l.text().toUpperCase(Locale.ROOT))) {
                doc.put("type", TYPES.get(f));
                typeLine = l.number();
                break;
            }
        }
        int headerEnd = typeLine >= 0 ? typeLine : Math.min(lines.size(), 12);
        String leftTail = null;
        int leftTailLine = -1;
        for (Line l : lines.subList(0, headerEnd)) {
            String f = l.folded();
            Matcher n = NUMBER.matcher(f);
            if (doc.get("id") == null && n.find()) {
                String raw = l.text().substring(n.start("n"), n.end("i"));
                String id = raw.replaceAll("\\s+", "");
                doc.put("id", id);
                doc.put("number", n.group("n"));
                doc.put("symbol", id.substring(id.indexOf('-') + 1));
            }
            Matcher d = DATE.matcher(f);
            if (doc.get("date") == null && d.find()) {
                String y = d.group("y");
                String m = d.group("m");
                String day = d.group("d");
                doc.put("date", m == null ? y : day == null ? y + "-" + pad(m) : y + "-" + pad(m) + "-" + pad(day));
                String place = l.text().substring(d.start("place"), d.end("place")).strip();
                place = place.replaceAll("(?i)^.*(việt nam|viet nam)\\s*", "").replaceAll("^[*\\s]+", "").strip();
                // Words in capitals before it belong to the left column, flattened into this line: the
                // end of the committee's name when they are words ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG" / "THÀNH PHỐ
                // Hải Phòng, ngày …")
                Matcher left = LEFT_COLUMN.matcher(place);
                if (left.lookingAt()) {
                    String caps = left.group().strip();
                    if (caps.matches("\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*") && l.text().strip().startsWith(caps)) {
                        leftTail = caps;
                        leftTailLine = l.number();
                    }
                    place = place.substring(left.end());
                }
                // a place's name has a capital on each word ("Đông khê" is OCR's)
                doc.put("place", place.isEmpty() ? null : Arrays.stream(place.split(" ")).map(UnitRecognizer::capitalise).collect(Collectors.joining(" ")));
            }
        }
        boolean organIssues = false;
        List<Line> header = lines.subList(0, headerEnd);
        for (int i = 0; i < header.size(); i++) {
            Line l = header.get(i);
            String f = l.folded().replace(PARTY, " ").replaceAll("\\s+", " ").strip();
            // a speck OCR printed after the name ("ĐẢNG BỘ TỈNH LÂM GIANG ý"): no name ends with a one-letter word
            String original = stripParty(l.text()).replaceFirst("\\s+\\p{L}$", "");
            if (f.startsWith("dang bo ") && doc.get("parent_organization") == null) {
                doc.put("parent_organization", properCase(original));
            } else if ((f.startsWith("dang uy ") || f.startsWith("thanh uy ") || f.startsWith("tinh uy ")
                    || f.startsWith("huyen uy ") || f.startsWith("quan uy ") || f.startsWith("thi uy ")
                    || f.startsWith("chi bo ")) && doc.get("organization") == null) {
                boolean tail = leftTail != null && leftTailLine > l.number() && leftTailLine <= l.number() + 3
                        && original.equals(original.toUpperCase(Locale.ROOT));
                String wrapped = tail ? null : wrappedName(header, i, original);
                doc.put("organization", properCase(tail ? original + " " + leftTail : wrapped != null ? original + " " + wrapped : original));
            } else if (ORGAN_LINE.matcher(f).find() && doc.get("organization") == null && !organIssues
                    && LEVEL_AT_END.matcher(f).find() && f.split(" ").length <= 8) {
                // an organ named with its level issues under the Party organisation above it ("ĐẢNG BỘ
                // THÀNH PHỐ …" / "BAN TỔ CHỨC THÀNH ỦY"): "Ban Tổ chức Thành ủy"
                Matcher level = LEVEL_AT_END.matcher(f);
                level.find();
                String name = original.strip();
                int cut = name.length() - (f.length() - level.start());
                doc.put("organization", organCase(name.substring(0, cut)) + " " + UnitRecognizer.capitalise(name.substring(cut).strip().toLowerCase(Locale.ROOT)));
                organIssues = true;
            } else if (ORGAN_LINE.matcher(f).find() && doc.get("organization") != null && !organIssues
                    && f.split(" ").length <= 8) {
                // The committee above and its organ below it: the organ issues, named with the committee's
                // level (GUIDE §5: "Ban Tuyên giáo và Dân vận Tỉnh ủy"); the committee is its parent.
                String committee = (String) doc.get("organization");
                Matcher level = COMMITTEE_LEVEL.matcher(Syllables.fold(committee).toLowerCase(Locale.ROOT));
                if (level.find()) {
                    if (doc.get("parent_organization") == null) {
                        doc.put("parent_organization", committee);
                    }
                    doc.put("organization", organCase(original) + " " + committee.substring(0, level.end()));
                    organIssues = true;
                }
            }
        }
        provinceAsDated(doc);
        // The header prints names in capitals; the body writes them as they are cased ("ĐẢNG ỦY SỞ
        // NỘI VỤ" → "Đảng ủy Sở Nội vụ" where the opening names it).
        for (String field : List.of("organization", "parent_organization")) {
            doc.put(field, asWrittenIn((String) doc.get(field), text, headerEnd, lines));
        }
        if (typeLine >= 0) {
            StringBuilder subject = new StringBuilder();
            boolean gap = false;
            int read = 0; // a subject runs to six lines; a scan's OCR may put blank lines between them
            for (Line l : lines.subList(typeLine + 1, Math.min(lines.size(), typeLine + 13))) {
                if (l.type() == Line.Type.BLANK) {
                    gap = subject.length() > 0;
                    continue;
                }
                if (++read > 6) {
                    break;
                }
                // a short word in capitals before the specks that end a line in lower case is dust
                // OCR read from a rule ("đảng viên SỐ | |")
                String line = l.text().matches(".*\\p{Ll}.*") ? withoutDustAtEnd(l.text()) : l.text();
                String words = LINE_SPECKS.matcher(line).replaceAll("");
                if (words.isEmpty()) {
                    continue; // a rule under the subject, or dust
                }
                // After a blank line the subject goes on only as a continuation does, in lower case
                // (a scan's OCR may leave a blank line inside it); the opening starts with a capital.
                // ... or as a name does after words that cannot end it ("… của Ban Thường vụ Đảng ủy" /
                // "Bộ đội Biên phòng thành phố về …")
                if (gap && !Character.isLowerCase(words.charAt(0))
                        && !(DANGLING.matcher(Syllables.fold(subject.toString()).toLowerCase(Locale.ROOT)).find()
                                && !OPENING.matcher(Syllables.fold(words).toLowerCase(Locale.ROOT)).lookingAt())) {
                    break;
                }
                String f = l.folded();
                if (f.startsWith("thuc hien chi thi") && subject.length() > 0 || f.startsWith("can cu")) {
                    break;
                }
                // specks inside the line ("tăng cường _ ; kiểm soát"): a run of tokens with no letter or digit
                words = words.replaceAll("(?<=\\S)(?:\\s+[_|~*=;:]+)+(?=\\s|$)", "").replaceAll("(?<=\\s)['`](?=\\p{L})", "");
                subject.append(subject.length() > 0 ? " " : "").append(words);
                gap = false;
            }
            doc.put("subject", subject.length() == 0 ? null
                    // the subject's lines joined with one space (GUIDE §1), also where a scan's justified line kept two
                    : subjectWithoutSpecks(SPACED_ID.matcher(SMALL_CODE.matcher(subject.toString())
                            .replaceAll(m -> m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT) + m.group(3)).replaceAll(",\\s*[.,]\\s", ", ").replaceAll("\\s{2,}", " ")).replaceAll("$1-$2")));
        }
        closing(lines, doc);
        if (doc.get("signer") == null) {
            doc.put("signer", signerBesideRecipients(lines));
        }
        if (doc.get("signer") != null) {
            doc.put("signer", withSurnameAccents((String) doc.get("signer")));
        }
        if (doc.get("issuing_body") == null) {
            // A header-less plan says who issues it in its opening: "… Ban Thường vụ Thành ủy ban hành Kế hoạch …".
            // The sentence may wrap ("… Thành ủy ban hành Kế / hoạch …"): the opening's lines are read as one text.
            StringBuilder opening = new StringBuilder();
            for (Line l : lines.subList(0, Math.min(lines.size(), 25))) {
                opening.append(opening.length() > 0 ? " " : "").append(l.text());
            }
            Matcher m = ISSUES.matcher(Syllables.fold(opening.toString()));
            if (m.find()) {
                doc.put("issuing_body", opening.substring(m.start(1), m.end(1)));
                if (doc.get("organization") == null) {
                    placeFromBody(doc, text);
                }
            }
        }
        return doc;
    }

    private static final Pattern PROVINCE_PARTY = Pattern.compile("^(Đảng bộ (?:tỉnh|thành phố) )(.+)$");

    /**
     * A province's Party organisation whose name OCR damaged in the header's capitals ("ĐẢNG BỘ TỈNH
     * THANI-J HÓA") while the place-and-date line printed it whole ("Thanh Hóa, ngày …"): the name a
     * few letters from the place, and no province's name itself, is the place's.
     */
    private static void provinceAsDated(Map<String, Object> doc) {
        String parent = (String) doc.get("parent_organization");
        String place = (String) doc.get("place");
        if (parent == null || place == null || !PlaceNames.provinces().contains(place)) {
            return;
        }
        Matcher m = PROVINCE_PARTY.matcher(parent);
        if (m.matches() && !m.group(2).equalsIgnoreCase(place) && !PlaceNames.provinces().contains(m.group(2))
                && vn.cascade.ocr.CharacterErrorRate.editDistance(Syllables.fold(m.group(2)).toLowerCase(Locale.ROOT),
                        Syllables.fold(place).toLowerCase(Locale.ROOT)) <= 3) {
            doc.put("parent_organization", m.group(1) + place);
        }
    }

    /** Capitals (words, codes) that open the place-and-date line: the left column, flattened into it. */
    private static final Pattern LEFT_COLUMN = Pattern.compile("(?:[\\p{Lu}\\d/.-]{2,}\\s+)+(?=[\\p{Lu}][\\p{Ll}])");

    /** A punctuation mark standing alone between two words: the genre's subject never has one. */
    private static final Pattern LONE_MARK = Pattern.compile("(?<=\\S) [.,:;)(|<>]+(?= \\S)");
    private static final Pattern CITED_CODE = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,4}-\\p{L}{1,4}/)([A-ZĐ]{2,5})(?![\\p{L}\\d])");
    /** A colon glued to a word inside the subject ("của: Đảng"). */
    private static final Pattern GLUED_COLON = Pattern.compile("(?<=\\p{L}):(?= )");

    /**
     * A subject is a noun phrase (GUIDE §1): what OCR printed between its words or at its end as a
     * lone mark, a colon glued to a word, a bracket closing nothing, or a hyphen between two words
     * that are neither numbers nor names, is a speck of the scan ("… Đảng tỉnh . về …", "của: Đảng",
     * "Kế hoạch Số) 15-KH/TU", "thực hiện - Chỉ thị"). Typed subjects have none of these.
     */
    static String subjectWithoutSpecks(String subject) {
        String s = LONE_MARK.matcher(subject).replaceAll("");
        // a cited number-symbol's committee code as the genre writes it ("43-KH/DU": OCR dropped Đ's bar)
        s = CITED_CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + NumberSymbol.canonicalIssuer(m.group(2))));
        s = GLUED_COLON.matcher(s).replaceAll("");
        if (s.indexOf('(') < 0) {
            s = s.replace(")", "");
        } else if (s.indexOf(')') < 0) {
            s = s.replace("(", "");
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = s.indexOf(" - "); at >= 0; at = s.indexOf(" - ", at + 3)) {
            String before = s.substring(0, at).replaceAll("^.*\\s", "");
            String after = s.substring(at + 3);
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            boolean numbers = Character.isDigit(before.charAt(before.length() - 1)) && Character.isDigit(after.charAt(0));
            boolean names = Character.isUpperCase(before.charAt(0)) && Character.isUpperCase(after.charAt(0));
            out.append(s, from, at).append(numbers || names ? " - " : " ");
            from = at + 3;
        }
        out.append(s.substring(from));
        return out.toString().replaceAll("\\s*[.,:;|_~]+$", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static final Pattern PROVINCE_COMMITTEE = Pattern.compile("(?:^| )(Thành ủy|Tỉnh ủy)$");

    /**
     * Each province's name as a whole word; the city named after the President only where the text
     * says it is the city ("tư tưởng Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh" name the man).
     */
    private static final Map<String, Pattern> PROVINCE_WRITTEN = PlaceNames.provinces().stream().collect(
            Collectors.toMap(p -> p, p -> Pattern.compile((p.equals("Hồ Chí Minh") ? "(?:(?i:thành phố)|TP\\.?) " : "(?<![\\p{L}\\p{M}])")
                    + Pattern.quote(p) + "(?![\\p{L}\\p{M}])"), (a, b) -> a));

    /**
     * A plan without its header names its province's committee without the name ("Ban Thường vụ Thành
     * ủy ban hành …"); the body still writes the province's own name in its proper names ("Báo Hải
     * Phòng", "Bản tin … Hải Phòng"). Where exactly one province of the gazetteer is named, it is the
     * committee's; where none or several are, nothing is guessed.
     */
    private static void placeFromBody(Map<String, Object> doc, String text) {
        Matcher committee = PROVINCE_COMMITTEE.matcher((String) doc.get("issuing_body"));
        if (!committee.find()) {
            return;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (var province : PROVINCE_WRITTEN.entrySet()) {
            if (province.getValue().matcher(text).find()) {
                named.add(province.getKey());
            }
        }
        if (named.size() == 1) {
            String place = named.iterator().next();
            doc.put("organization", committee.group(1) + " " + place);
            doc.put("issuing_body", doc.get("issuing_body") + " " + place);
        }
    }

    private void closing(List<Line> lines, Map<String, Object> doc) {
        for (int i = 0; i < lines.size(); i++) {
            String f = lines.get(i).folded();
            // "T/M BAN THƯỜNG VỤ", also as OCR runs it together ("T/MCHIBO")
            java.util.regex.Matcher tmAt = ON_BEHALF.matcher(f);
            if (!tmAt.find()) {
                continue;
            }
            int tm = tmAt.start();
            String body = f.substring(tmAt.end()).strip();
            String org = (String) doc.get("organization");
            if (standingCommittee(body) && org != null) {
                doc.put("issuing_body", "Ban Thường vụ " + org);
            } else if (org != null) {
                doc.put("issuing_body", org);
            }
            // The signer's title, then the name, on the next non-empty lines (the title may share the T/M line).
            String title = null;
            // K/T: the head's title follows the form ("K/T TRƯỞNG BAN"); the deputy's own is on the next line
            boolean deputy = tmAt.group().startsWith("k");
            // the title on the form's own line only when one is there ("T/M BAN THƯỜNG VỤ BÍ THƯ"); the
            // rest of that line is the body signed for ("T/M CHI BỘ")
            String line = lines.get(i).text();
            String rest = !deputy && f.length() == line.length() && TITLE.matcher(f.substring(tmAt.end())).find()
                    ? line.substring(tmAt.end()).strip() : "";
            int j = i + 1;
            if (!rest.isEmpty()) {
                title = rest;
            }
            for (; j < lines.size() && title == null; j++) {
                if (lines.get(j).type() != Line.Type.BLANK) {
                    title = lines.get(j).text();
                }
            }
            for (; j < lines.size(); j++) {
                Line l = lines.get(j);
                java.util.regex.Matcher rank = RANK.matcher(l.folded());
                // a speck OCR left after the name ("Phan Văn Thịnh ở") is not part of it
                String name = (rank.lookingAt() ? l.text().substring(rank.end()) : l.text()).replaceFirst("\\s+\\p{Ll}{1,2}\\.?$", "")
                        .replaceFirst("^[_~.,'`\\-]+\\s*", "");
                // a name is written with lower case after its capitals; a line in capitals is a title
                // (and has no word in capitals: "- Lưu VP Đảng ủy." is a recipient)
                if (l.type() != Line.Type.BLANK && NAME.matcher(name).matches() && name.chars().anyMatch(Character::isLowerCase)
                        && !CAPITALS_WORD.matcher(name).find()) {
                    doc.put("signer", name);
                    break;
                }
            }
            if (title != null) {
                String foldedTitle = Syllables.fold(title).toLowerCase(Locale.ROOT);
                java.util.regex.Matcher t = TITLE.matcher(foldedTitle);
                boolean found = t.find();
                // a recipients' line flattened beside the title ("- Ban Bí thư Trung ương (b/c), . PHÓ BÍ THƯ"):
                // the title is the one printed in capitals
                for (java.util.regex.Matcher c = TITLE.matcher(foldedTitle); found && c.find(); ) {
                    String written = title.substring(c.start(), c.end());
                    if (written.equals(written.toUpperCase(Locale.ROOT)) && !title.substring(t.start(), t.end())
                            .equals(title.substring(t.start(), t.end()).toUpperCase(Locale.ROOT))) {
                        t = c;
                        break;
                    }
                }
                if (found) {
                    String written = title.substring(t.start(), t.end());
                    // OCR ran the words together ("BITHU"): the title as the genre writes it
                    String key = t.group().replace(" ", "");
                    String tail = foldedTitle.substring(t.end()).replaceAll("[^a-z]", "");
                    if (key.equals("phobithu") && (near(tail, "thuongtruc", 2) || tail.length() >= 8 && tail.endsWith("truc"))) {
                        key = "phobithuthuongtruc"; // OCR damaged the last words ("THUG NG TRÚC")
                    } else if (key.equals("photruongban") && near(tail, "thuongtruc", 2)) {
                        key = "photruongbanthuongtruc"; // a board's standing deputy head
                    }
                    String before = foldedTitle.substring(0, t.start()).strip();
                    String last = before.replaceAll("^.*[^a-z]", "");
                    if (key.equals("bithu") && last.length() == 3 && last.endsWith("o")
                            && vn.cascade.ocr.CharacterErrorRate.editDistance(last, "pho") <= 1) {
                        key = "phobithu"; // OCR damaged the deputy's first letter ("RHO BÍ THƯ")
                    }
                    String canonical = TITLES.get(key);
                    doc.put("signer_title", canonical != null ? canonical : sentenceCase(written));
                }
            }
            break;
        }
    }

    /** Vietnamese family names, folded ({@link PersonNames}). */
    private static final java.util.Set<String> SURNAMES = PersonNames.SURNAMES;

    /**
     * The signer's family name as the closed set writes it: restoration may give its letters
     * another word's accents ("Đậm Thị Thanh Xuân" for Đàm), which no person's family name has.
     */
    static String withSurnameAccents(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return name;
        }
        String first = name.substring(0, space);
        String folded = Syllables.fold(first);
        String spelled = PersonNames.spelling(folded);
        if (spelled == null && !SURNAMES.contains(folded) && (folded.startsWith("b") || folded.startsWith("p"))) {
            // OCR reads a capital Đ as B or P ("Bo Van Khiém": Đỗ); a family name is one of a closed set
            spelled = PersonNames.spelling("d" + folded.substring(1));
        }
        String out = spelled == null || first.equals(spelled) || !Character.isUpperCase(first.charAt(0)) ? name
                : spelled + name.substring(space);
        // a woman's middle name Thị is the middle name of its letters (Vân shares Văn's); the language
        // model, which saw it little in capitals, may leave it bare
        String[] w = out.split(" ");
        if (w.length >= 3 && w[1].equals("Thi")) {
            w[1] = "Thị";
            out = String.join(" ", w);
        }
        return out;
    }

    /** A person's name ending a line: a family name, then one to three capitalised words. */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "(?:^|[,;.\\s])\\s*(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,3})\\s*$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:^| )(?:uy|bo|ban|phong|khoi|dang|thanh|tinh|xa|phuong)(?: |$)");

    /**
     * The signer when the signature's form was lost (stamped over, or cut by the scan) but the name
     * is printed: OCR flattens the two columns of the closing, so the name ends a line of the
     * recipients' list ("- Các chi, đảng bộ trực thuộc, Nguyễn Thu Thủy") or stands after it.
     * Only a name that starts with a family name counts; null when there is none.
     */
    static String signerBesideRecipients(List<Line> lines) {
        int from = -1;
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 40; i--) {
            if (lines.get(i).folded().replaceAll("[^a-z ]", "").strip().startsWith("noi nhan")) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return null;
        }
        String found = null;
        for (Line l : lines.subList(from + 1, lines.size())) {
            Matcher m = TRAILING_NAME.matcher(l.text());
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            String f = Syllables.fold(name).toLowerCase(Locale.ROOT);
            String family = surname(f.split(" ")[0]);
            if (family != null && !NOT_A_NAME.matcher(f.substring(f.indexOf(' ') + 1)).find()) {
                String spelled = PersonNames.spelling(family);
                found = spelled == null || family.equals(f.split(" ")[0]) ? name : spelled + name.substring(name.indexOf(' '));
            }
        }
        return found;
    }

    /** "ban thường vụ" after T/M, also as OCR damages it ("BAN THUỞ NÓ VỤ", "BAN THUỘC NGỮ VỤ"). */
    static boolean standingCommittee(String foldedBody) {
        foldedBody = foldedBody.replaceAll("^ban[.,:;'`]+(?=\\s)", "ban"); // a speck after BAN ("T/M BAN. THƯỜNG VỤ")
        if (!foldedBody.startsWith("ban ")) {
            return false;
        }
        String letters = foldedBody.substring(4).replaceAll("[^a-z]", "");
        // or one or two damaged words ending in "vụ" ("BAN THUỘC NGỮ VỤ"): no other body signed for
        // on behalf of is a "Ban … vụ"
        return near(letters.substring(0, Math.min(letters.length(), 8)), "thuongvu", 1)
                || foldedBody.matches("ban (?:[a-z]+ ){1,2}vu(?![a-z]).*") && !foldedBody.startsWith("ban nghiep vu");
    }

    /** Letters OCR damaged that were meant as {@code word}: within {@code edits} edits of it. */
    /**
     * The family name of the closed set a folded word is, also where OCR doubled or changed one of
     * its letters ("Nguyeén"): only for family names of five letters or more, which no other word of
     * the genre comes that near. Null when it is none.
     */
    static String surname(String folded) {
        if (SURNAMES.contains(folded)) {
            return folded;
        }
        for (String s : SURNAMES) {
            if (s.length() >= 5 && Math.abs(folded.length() - s.length()) <= 1
                    && vn.cascade.ocr.CharacterErrorRate.editDistance(folded, s) <= 1) {
                return s;
            }
        }
        return null;
    }

    private static boolean near(String letters, String word, int edits) {
        return letters.length() >= word.length() - edits && vn.cascade.ocr.CharacterErrorRate.editDistance(
                letters.substring(0, Math.min(letters.length(), word.length() + 1)), word) <= edits;
    }

    private static String stripParty(String s) {
        String f = Syllables.fold(s);
        int i = f.indexOf(PARTY);
        String out = i < 0 ? s : s.substring(0, i) + s.substring(i + PARTY.length());
        out = out.replaceAll("[*~=|]", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("(?<=\\p{L})['’`‘]+$", ""); // a speck after a header line's last word
        // OCR may have damaged the motto beyond recognition but its tail "VIỆT NAM": drop the
        // five words that end with it (ĐẢNG CỘNG SẢN VIỆT NAM).
        String[] w = out.split(" ");
        if (w.length > 5 && Syllables.fold(w[w.length - 2] + " " + w[w.length - 1]).equals("viet nam")) {
            out = String.join(" ", java.util.Arrays.copyOf(w, w.length - 5));
        }
        return out;
    }

    /**
     * The name as the body writes it, when the body, past the header, has it with the same letters
     * and accents (a line break counting as a space), starting with a capital and not all in
     * capitals; else its part after the committee's head ("Đảng ủy", "Chi bộ") so written inside a
     * sentence ("… của Đảng ủy / Trung tâm Y tế khu vực …"); else the name as given.
     */
    static String asWrittenIn(String name, String text, int headerEnd, List<Line> lines) {
        if (name == null || headerEnd >= lines.size()) {
            return name;
        }
        int bodyStart = 0;
        for (int k = 0; k < headerEnd; k++) {
            bodyStart = text.indexOf('\n', bodyStart) + 1;
            if (bodyStart == 0) {
                return name;
            }
        }
        String body = text.substring(bodyStart).replaceAll("\\s+", " ");
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.length() != body.length() || name.toLowerCase(Locale.ROOT).length() != name.length()) {
            return name;
        }
        String[] words = name.split(" ");
        for (int k = 0; k <= 2 && words.length - k >= 2; k++) {
            String head = String.join(" ", Arrays.asList(words).subList(0, k));
            String n = String.join(" ", Arrays.asList(words).subList(k, words.length)).toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
                int end = i + n.length();
                String w = body.substring(i, end);
                boolean whole = (i == 0 || !Character.isLetter(body.charAt(i - 1)))
                        && (end == body.length() || !Character.isLetter(body.charAt(end)));
                // a part's capital counts inside a sentence only: a sentence's first word has one anyway
                boolean inSentence = k == 0 || i >= 2 && Character.isLetter(body.charAt(i - 2));
                if (whole && inSentence && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    return k == 0 ? w : head + " " + w;
                }
            }
        }
        return name;
    }

    /**
     * Capitals as an organisation's name is written: "ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN" → "Đảng ủy phường
     * Thủy Nguyên". Words after an administrative word (phường, xã, tỉnh, thành phố …) are a place
     * name and keep capitals; "Đảng" meaning the Party (not in "đảng ủy", "đảng bộ") keeps its capital.
     */
    static String properCase(String caps) {
        String[] w = caps.toLowerCase(Locale.ROOT).split("\\s+");
        boolean place = false;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String word = w[i];
            String f = Syllables.fold(word);
            String next = i + 1 < w.length ? Syllables.fold(w[i + 1]) : "";
            String before = i > 0 ? w[i - 1] : "";
            // the committee's kind after its head ("Đảng ủy Khối …", "Đảng bộ Sở Tài chính")
            boolean kind = (before.equals("ủy") || before.equals("bộ") || before.equals("quan"))
                    && (word.matches("khối|sở|công|quân|trường|bệnh|trung|phòng") || word.equals("ủy") && next.equals("ban"))
                    || before.equals("sở");
            boolean cap = i == 0 || place || kind || f.equals("dang") && !next.matches("uy|bo|vien");
            // an abbreviation ("TNHH", "MTV", "THPT") is a short word that is no syllable and keeps
            // its capitals; a longer one is two words OCR ran together ("HAIPHONG")
            boolean abbreviation = word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(Character::isLetter) && !Syllables.isSyllable(word);
            out.append(i > 0 ? " " : "").append(abbreviation ? word.toUpperCase(Locale.ROOT) : cap ? UnitRecognizer.capitalise(word) : word);
            if (f.equals("uy") && i > 0 && Syllables.fold(w[i - 1]).matches("thanh|tinh|huyen|quan|thi")) {
                place = true; // "Thành ủy Hải Phòng", "Tỉnh ủy Lai Châu", "Huyện ủy Khe Vân"
            } else if (word.matches("phường|xã|tỉnh|phố|huyện|quận|thôn|vực") && !next.equals("uy")) {
                // a level, then the place's name ("xã Đồng Lau", "khu phố Đình Trung"); not "cơ quan", "quân sự"
                place = true;
            }
        }
        return out.toString();
    }

    /**
     * An organ's name as the genre writes it, from capitals: the head word, then each function it
     * names with a capital ("BAN TUYÊN GIÁO VÀ DÂN VẬN" → "Ban Tuyên giáo và Dân vận", "ỦY BAN KIỂM
     * TRA" → "Ủy ban Kiểm tra"); "Đảng" keeps its capital.
     */
    static String organCase(String caps) {
        String[] w = caps.toLowerCase(Locale.ROOT).strip().split("\\s+");
        int head = w.length > 1 && (w[0].equals("văn") || w[0].equals("ủy")) ? 2 : 1;
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < w.length; k++) {
            boolean capital = k == 0 || k == head || k > 0 && w[k - 1].equals("và") || Syllables.fold(w[k]).equals("dang");
            out.append(k == 0 ? "" : " ").append(capital ? UnitRecognizer.capitalise(w[k]) : w[k]);
        }
        return out.toString();
    }

    private static String sentenceCase(String caps) {
        String s = caps.toLowerCase(Locale.ROOT);
        // Titles keep "Bí thư" as a proper title word.
        s = s.replace("bí thư", "Bí thư");
        return UnitRecognizer.capitalise(s);
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
