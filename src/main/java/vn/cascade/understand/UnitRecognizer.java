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
    private static final String SCOPE = "(?:\\s+(?:truc thuoc|trong|cua)\\s+(?:dang bo(?: (?:tinh|thanh pho|khoi|xa|phuong|huyen|thi xa|thi tran))?"
            + "|dang uy khoi|thanh uy|tinh uy|dang uy(?: (?:phuong|xa))?))?";
    /**
     * A committee's grassroots organisations and their committees ("các tổ chức cơ sở đảng", "Ban
     * thường vụ các đảng ủy cơ sở", "chi ủy các chi bộ cơ sở", "các đảng bộ, chi bộ cơ sở").
     */
    static final String GRASSROOTS = "ban thuong vu cac dang uy co so|chi uy cac chi bo co so|chi uy cac chi bo|cac to chuc co so dang"
            + "|cac dang uy co so, chi bo co so|cac dang bo, chi bo co so|cac dang uy co so|cac dang bo co so|cac chi bo co so";
    private static final Pattern GRASSROOTS_SET = Pattern.compile("(?:" + GRASSROOTS + ")");
    private static final String ORGANS = "ban to chuc|ban tuyen giao va dan van|ban tuyen giao|ban dan van|uy ban kiem tra"
            + "|van phong(?! (?:hoi dong nhan dan|uy ban nhan dan))|ban xay dung dang|truong chinh tri|dang uy mat tran to quoc|uy ban mat tran to quoc viet nam"
            + "|uy ban mat tran to quoc|ban thuong vu|thuong truc|ban chap hanh|ban noi chinh|ban kinh te|ban bi thu|bo chinh tri";
    private static final String GROUPS = GRASSROOTS + "|cac cap uy, to chuc dang|cac cap uy truc thuoc|cac cap uy|cap uy cap tren(?: truc tiep| co so)?|cap uy cung cap"
            + "|cap uy dia phuong, co quan, don vi|ban thuong vu cac cap uy truc thuoc|ban thuong vu cac dang uy truc thuoc"
            + "|cac dang uy truc thuoc|dang uy cac (?:xa|phuong|thi tran|dac khu)(?:, (?:xa|phuong|thi tran|dac khu))*|cac dang bo truc thuoc|cac to chuc dang truc thuoc"
            + "|cac to chuc dang|cac chi bo truc thuoc|cac chi bo|chi bo|dang uy co so|cac co quan co lien quan|cac co quan lien quan"
            + "|cac co quan chuyen trach tham muu, giup viec(?: cua)?"
            // the mass organisations, of a place when it is written ("… và các đoàn thể chính trị - xã hội huyện")
            + "|cac (?:to chuc|doan the) chinh tri - xa hoi(?: (?:" + PlaceKinds.FOLDED + "))?|nguoi dung dau (?:cac )?(?:cap uy, )?co quan, don vi|thu truong (?:cac )?co quan, don vi"
            + "|lanh dao cac co quan, don vi|cac so, ban, nganh";
    /** The party committee of a state agency or the armed forces ("Đảng ủy Công an tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"). */
    private static final String AGENCY_COMMITTEES = "(?:dang uy (?:cong an|quan su|uy ban nhan dan|bo chi huy quan su|bo chi huy bo doi bien phong"
            + "|bien phong|hoi dong nhan dan|doan dai bieu quoc hoi)"
            // the party's groups in the state and the Front ("Đảng đoàn Hội đồng nhân dân huyện",
            // "Ban cán sự đảng Ủy ban nhân dân tỉnh")
            + "|dang doan (?:hoi dong nhan dan|mat tran to quoc(?: viet nam)?|uy ban mat tran to quoc(?: viet nam)?)"
            + "|ban can su dang (?:uy ban nhan dan|toa an nhan dan|vien kiem sat nhan dan))"
            + "(?: (?:" + PlaceKinds.FOLDED + "|trung uong))?";
    private static final Pattern UNIT = Pattern.compile(
            "(?<![a-z])(?:(?<group>" + GROUPS + ")(?:\\s+(?:thanh uy|tinh uy|dang uy khoi|dang uy(?: (?:xa|phuong|dac khu))?))?" + SCOPE
                    + "|" + AGENCY_COMMITTEES
                    // an officer of a committee named by its level alone: "Bí thư Đảng ủy" is the
                    // secretary of the committee whose document it is
                    + "|(?<organ2>(?:pho )?bi thu) (?:dang uy(?: (?:phuong|xa|dac khu)(?: [a-z]+){1,3}"
                    // an agency's committee by its kind: "Bí thư Đảng ủy Sở", "Phó Bí thư Đảng ủy Công ty"
                    + "| (?:so|cong ty|truong|benh vien|trung tam|khoi))?|chi bo|chi uy)"
                    // a hamlet's or quarter's officers, named by the place's kind ("Trưởng thôn", "Trưởng ban công tác Mặt trận khu phố")
                    + "|(?:pho )?truong (?:thon|khu pho|ap|ban|to dan pho)(?: cong tac mat tran(?: (?:thon|khu pho|ap|to dan pho))?)?(?<!truong ban)"
                    + "|to truong to dan pho"
                    + "|(?<organ>" + ORGANS + ")" + LEVEL + ")(?![a-z])");
    /** Folded first syllables of the genre's verbs and prepositions: what goes on after a name is not more name. */
    private static final String NOT_NAME = "(?:va|chu|phoi|co|to|thuc|duoc|chi (?:dao|dinh|tiet|dan)|tham|trien|huong|xay"
            // "vận động", "chỉ đạo" are verbs; "Dân vận", "Báo chí" are names; "bố trí" and "thông báo"
            // are verbs, "cán bộ" and "giao thông" end names ("Phòng Tổ chức cán bộ")
            + "|theo|ra|bao|phat|van (?:dong|hanh)|tuyen|kiem|de|lanh|tong|chuan|bo (?:tri|sung)|nghien|quan|giam|trinh|ban|cap|la|trong|cua|voi|ve|tai"
            + "|duy|don|thuong|tiep|nam|chiu|giup|dua|lap|tang|day|lam|phu|lay|cung|so|mo|hoan|ung|gui|nop|du|viet"
            + "|dam|nang|sap|thong (?:bao|qua|nhat|ke)|xu|khao|kich|cu|truoc|sau|khi|nay|phan|viec|nhung|cac)(?![\\p{L}])";
    /**
     * A word of a proper name, on the case-keeping skeleton: a name's first syllable is capitalised
     * and the rest of its word is not ("Sở Tài chính", "Sở Khoa học và Công nghệ", "Phòng Hậu cần"),
     * so one lower-case syllable may follow a capitalised one, unless it opens a verb or a preposition.
     */
    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}]*(?:\\s+(?!" + NOT_NAME + ")\\p{Ll}\\p{L}*(?![\\p{L}]))?";
    private static final Pattern VERB_FIRST = Pattern.compile("\\s*" + NOT_NAME);

    /** The text without diacritics (đ → d), each letter keeping its case; one char for one char. */
    static String foldKeepingCase(String text) {
        String f = Syllables.fold(text);
        if (f.length() != text.length()) {
            return text;
        }
        char[] out = f.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                out[i] = Character.toUpperCase(out[i]);
            }
        }
        return new String(out);
    }

    /** Whether a text goes on with a verb or a preposition rather than with more of a name ("chủ trì …", "của …"). */
    public static boolean goesOnWithVerb(String rest) {
        return VERB_FIRST.matcher(Syllables.fold(rest)).lookingAt();
    }

    /** Government bodies, agencies' organs and mass organisations, named with capitals after their head ("Sở Tài chính"), on the case-keeping skeleton. */
    /** What goes on with an agency's name after its head: a further name word, a level, "và" or "-" and a name. */
    private static final String AGENCY_GOES_ON = "(?:\\s+(?:(?:va(?!\\s+(?:Dang uy|Ban|So|Phong|Uy ban|Chi bo|Cong an|Hoi|Doan"
            + "|Cong doan|Khoa|Trung tam|Cuc|Chi hoi|Chi doan|To)(?![\\p{L}]))|-)\\s+)?(?:" + NAME_WORD
            + "|tinh|thanh pho|huyen|xa(?! hoi)|phuong|dac khu|thi xa|thi tran|cap xa|co so|Cong san Ho Chi Minh|so \\d{1,2}|xa hoi"
            // a school's bodies, named by their members and the house ("Chi đoàn giáo viên nhà trường")
            + "|giao vien|hoc sinh|nha truong"
            // a residential group's or hamlet's own ("Chi hội Phụ nữ tổ dân phố", "Chi đoàn thôn")
            + "|to dan pho|khu pho|khu dan cu|thon|ban|ap|buon"
            // the body in every commune: "Công an các xã, phường"
            + "|cac (?:xa|phuong|huyen|don vi)(?:, (?:xa|phuong|thi tran|dac khu|thi xa|thanh pho))*)(?![\\p{L}]))";
    /** Government bodies, agencies' organs and mass organisations, named with capitals after their head ("Sở Tài chính"), on the case-keeping skeleton. */
    private static final Pattern AGENCY = Pattern.compile(
            "(?<![\\p{L}])(?:(?:So|Cuc|Uy ban nhan dan|Uy ban Nhan dan"
                    // the office of the people's council and committee, a state body ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân")
                    + "|Van phong (?:Hoi dong nhan dan|Uy ban nhan dan)(?: va (?:Hoi dong nhan dan|Uy ban nhan dan))?|Cong an|Bo Chi huy Quan su|Doan Thanh nien|Hoi Lien hiep Phu nu"
                    + "|Hoi Cuu chien binh|Hoi Nong dan|Lien doan Lao dong|Kho bac Nha nuoc|Bao|Dai Phat thanh"
                    // the border guard and its posts and squadrons ("Bộ đội Biên phòng thành phố", "Đồn Biên phòng Cát Hải")
                    + "|Bo doi Bien phong|Bo Chi huy Bo doi Bien phong|Don Bien phong|Hai doi Bien phong"
                    // a residence's cell named by its kind and name ("Chi bộ bản Lũng Phầy", "Chi bộ thôn Đông")
                    + "|Chi bo (?:thon|ban|ap|buon|to dan pho|khu pho|khu dan cu)(?=\\s+\\p{Lu})"
                    // an agency's own organs and mass organisations: its board, its departments, its union cells
                    + "|Ban Giam doc|Ban Giam hieu|Ban Chi huy|Cong doan|Chi doan|Chi hoi|Phong|Doi|Trung tam|Khoa|Benh vien|Hoi dong"
                    + "|Tram|Xi nghiep|Phan xuong"
                    // an agency's own committee named by its kind with capitals ("Đảng ủy Công ty", "Đảng ủy Trường")
                    + "|Dang uy(?=\\s+\\p{Lu}))" + AGENCY_GOES_ON + "+)");

    /** An officer's title, folded, right before a unit: "(đồng chí) (phó) bí thư ". */
    private static final String TITLES = "bi thu|chu nhiem|truong phong|truong ban|chu tich|giam doc|chinh uy|chinh tri vien"
            + "|chi huy truong|thu truong|to truong|truong khoa|hieu truong|chi hoi truong";
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:dong chi\\s+)?((?:pho\\s+)?(?:" + TITLES + "))\\s+$"
            // "đồng chí Trưởng Công an xã": after "đồng chí", "Trưởng" alone is the head of the unit named next
            + "|dong chi\\s+((?:pho\\s+)?truong)\\s+$");
    /** An officer named by a title and the capitalised name of the organ ("đồng chí Chủ nhiệm Phòng Hậu cần"). */
    /** Heads' titles as the skeleton writes them, with their capital: those of {@link #OFFICER} and {@link #OFFICER_OF_THE_HOUSE}. */
    private static final String HEADS = "Bi thu|Chu nhiem|Truong phong|Chu tich|Giam doc|Chi huy truong|Chinh tri vien|Thu truong"
            + "|To truong|Truong khoa|Hieu truong";
    private static final Pattern OFFICER = Pattern.compile("(?<![\\p{L}])(?:[Dd]ong chi\\s+)?((?:Pho\\s+)?(?:" + HEADS + "|Truong ban)"
            + "(?:\\s+(?:" + NAME_WORD + "|va|tinh|thanh pho|huyen|xa|phuong))*(?:\\s+" + NAME_WORD + "))");
    /** "đồng chí" and a title, with the house's common noun or nothing after it, then a lower-case word or a stop (on the skeleton). */
    private static final Pattern OFFICER_OF_THE_HOUSE = Pattern.compile("(?<![\\p{L}])[Dd]ong chi\\s+((?:Pho\\s+)?(?:" + HEADS + "|Chinh uy)"
            + "(?:\\s+(?:nha truong|co quan|don vi|cong ty|benh vien|trung tam|doanh nghiep))?)(?=\\s+\\p{Ll}|\\s*[,.;:)]|\\s*$)");
    /** Folded words a unit's name ends with when its last word is not capitalised ("… các đoàn thể tỉnh"). */
    private static final Pattern NAME_END = Pattern.compile(
            "(?:tinh|pho|xa|phuong|huyen|uy|bo|thuoc|khoi|quan|vi|dang|the|khu|so|doan|nghiep|huong|phong)$");

    /** Whether a span ends as a unit's name does: a capitalised word, or a level or collective noun. */
    static boolean endsLikeName(String span) {
        String[] w = span.strip().split("\\s+");
        String last = w[w.length - 1].replaceAll("[^\\p{L}]", "");
        // or a capitalised word's second syllable, as a name word is written ("Công ty", "Y tế")
        String previous = w.length > 1 ? w[w.length - 2] : "";
        return !last.isEmpty() && (Character.isUpperCase(last.charAt(0)) || NAME_END.matcher(Syllables.fold(last)).find()
                || !previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && previous.matches("\\p{L}+")
                && !VERB_FIRST.matcher(Syllables.fold(last)).lookingAt());
    }

    /** A capitalised word after a name's first: its proper part ("Phòng Cảnh sát", "Phân xưởng Cơ"). */
    private static final Pattern CAPITALISED_AFTER_HEAD = Pattern.compile("\\s\\p{Lu}");
    /** One to four lower-case words. */
    private static final Pattern LOWER_TAIL = Pattern.compile("(?:\\s+\\p{Ll}\\p{L}*){1,4}");
    /** Folded words a name's lower-case rest does not hold: prepositions, conjunctions, plurals. */
    private static final Pattern NOT_IN_TAIL = Pattern.compile("(?<![a-z])(?:cua|voi|ve|tai|trong|theo|de|va|cac|nhung|la|cho|tu)(?![a-z])");

    /**
     * Whether a learned span goes on past the rules' name with the lower-case rest of the same
     * name: the genre capitalises only the first syllable of a name's proper part ("Phòng Cảnh sát
     * hình sự", "Phân xưởng Cơ khí sửa chữa", "Khoa Kiểm soát bệnh tật"), so where the rules' name
     * has such a capitalised part, the name finder's end is trusted unless a verb or a preposition
     * is in the rest. Not after a party organ: its name is a closed set that ends with its level.
     */
    private static boolean lowerCaseTail(String text, int ruleStart, int ruleEnd, int spanEnd) {
        String rule = text.substring(ruleStart, ruleEnd).strip();
        String tail = text.substring(ruleEnd, spanEnd);
        String foldedTail = Syllables.fold(tail);
        // a name that ends with its level is whole: "… Hồ Chí Minh phường" / "lập tổ …" is the sentence
        return ruleEnd < spanEnd && CAPITALISED_AFTER_HEAD.matcher(rule).find() && !LEVELLED.matcher(Syllables.fold(rule)).find()
                && LOWER_TAIL.matcher(tail).matches() && !SUBJECTS_VERB.matcher(foldedTail).find()
                && !NOT_IN_TAIL.matcher(foldedTail).find();
    }

    /**
     * Where a learned span ends when it ends inside a verb of two words ("… Tổ Công đoàn Phòng Hồ sơ
     * tổ | chức để …"): before that verb. Otherwise {@code end}.
     */
    static int beforeStraddlingVerb(String text, int start, int end) {
        String f = Syllables.fold(text.substring(start, Math.min(text.length(), end + 12)));
        int at = end - start;
        for (Pattern p : STRADDLED) {
            Matcher v = p.matcher(f);
            while (v.find() && v.start() < at) {
                if (v.end() > at && v.start() > 0) {
                    return start + text.substring(start, start + v.start()).stripTrailing().length();
                }
            }
        }
        return end;
    }

    private static final Pattern TO_CHUC = Pattern.compile("(?<![a-z])(?<!, )(?<!cac )to chuc(?![a-z])"); // not the noun of a list ("các chi bộ, tổ chức …")

    /**
     * Where a committee's place ends: "Đảng ủy xã Tân Phong" names its place with capitals, so
     * lower-case words after "Đảng ủy xã" are the sentence going on ("… xã tổ chức hội nghị").
     */
    private static int placeEnd(String text, String folded, int start, int end) {
        Matcher p = PLACED.matcher(folded.substring(start, end));
        if (!p.matches()) {
            return end;
        }
        int at = start + p.end(1);
        Matcher w = Pattern.compile("\\G\\s+(\\S+)").matcher(text);
        w.region(at, end);
        while (w.find() && Character.isUpperCase(w.group(1).charAt(0))) {
            at = w.end();
        }
        return at;
    }

    private static final Pattern PLACED = Pattern.compile(".*?(dang uy (?:phuong|xa|dac khu))(?: [a-z]+)+");

    private static final Pattern ORGAN_FIRST = Pattern.compile("^(?:" + ORGANS + ")(?![a-z])");

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

    /** Words a sentence's subject that names units starts with, folded ("Chi ủy, đảng viên trong Chi bộ …"). */
    private static final Pattern SUBJECT_HEAD = Pattern.compile("(?:moi\\s+|toan the\\s+)?(?:dong chi\\s+(?:pho\\s+)?truong(?= \\p{L})|(?:dong chi\\s+)?(?:pho\\s+)?(?:" + TITLES + ")"
            + "|(?:dong chi\\s+)?(?:cac|chi uy|cap uy|dang vien|bi thu|pho bi thu"
            // a hamlet's or quarter's officers; a committee member by the charge given
            + "|(?:pho )?truong (?:thon|khu pho|ap|to dan pho|ban cong tac)|(?:dang|chi|cap) uy vien|uy vien(?= ban)"
            + "|nguoi dung dau|thu truong|to(?! chuc)|hoi(?! nghi)|doan(?! ket)|ban(?! hanh)|uy ban|van phong|phong(?! chong| ngua)"
            + "|dang uy|chi bo|lanh dao(?= cac)|cong doan|khoa|trung tam|tram|xi nghiep|phan xuong|benh vien|cuc|chi doan|hoi dong))(?![a-z])");
    /**
     * The genre's verbs that open a predicate, folded: a subject's name does not go on past one
     * (after "công tác" they name a field of work: "Chi ủy viên phụ trách công tác kiểm tra").
     */
    private static final Pattern SUBJECTS_VERB = Pattern.compile("(?<![a-z])(?<!cong tac )(?:chiu trach nhiem|chu tri|phoi hop|thuc hien|bao cao(?! vien)|phan anh"
            // an adverb opening the predicate ("… thành phố trực tiếp lãnh đạo")
            + "|(?:truc tiep|thuong xuyen|kip thoi|chu dong)(?= (?:lanh dao|chi dao|phu trach|theo doi|chiu trach nhiem|to chuc|bao cao|phan anh|kiem tra|huong dan|tham muu))"
            + "|lanh dao|chi dao|trien khai|xay dung|huong dan|theo doi|tap trung|quan triet|kiem tra|giam sat"
            + "|tuyen truyen|ra soat|duy tri|chuan bi|don doc|day manh|tiep tuc|chu trong|tang cuong|nang cao|quan tam)(?![a-z])");
    /** The verbs a learned span may end inside ({@link #beforeStraddlingVerb}). */
    private static final List<Pattern> STRADDLED = List.of(SUBJECTS_VERB, TO_CHUC);
    /** A phrase of time or occasion before a sentence's subject, up to its comma, folded ("Trong năm 2026, "). */
    private static final Pattern FRONTED = Pattern.compile("(?:tai|trong|sau|truoc|ngay sau|tu|den|vao|qua|khi|dinh ky)\\s[^,;.:()]{3,80},\\s+"
            // or a condition: "(Trong quá trình thực hiện,) nếu có khó khăn, vướng mắc, các chi bộ phản ánh …"
            + "|(?:neu\\s+)?(?:co|gap|phat sinh)\\s+(?:kho khan|vuong mac)(?:,?\\s*(?:va\\s+)?(?:kho khan|vuong mac))*(?:\\s[^,;.:()]{0,30})?,\\s+");
    /** A request or a charge before the unit it is addressed to, folded. */
    private static final Pattern ASKED = Pattern.compile("(?:de nghi|giao)\\s+");
    /** What keeps a subject going after a unit's name: a scope or a further unit. */
    /** Words that open an aside after a subject's name, singling some of them out, folded. */
    private static final String ASIDE_WORDS = "(?:truoc het|nhat la|dac biet la|trong do|ke ca)(?![a-z])";
    private static final Pattern ASIDE = Pattern.compile("\\s*,\\s*" + ASIDE_WORDS);
    private static final Pattern SUBJECT_GOES_ON = Pattern.compile("^\\s*(?:,(?!\\s*" + ASIDE_WORDS + ")|;|va |trong |cua |truc thuoc |thuoc |cung cap|cac )");

    /**
     * The units a sentence opens with as its subject, up to the last unit's name before the verb:
     * "Chi ủy, đảng viên trong Chi bộ tập trung …" → "Chi ủy, đảng viên trong Chi bộ"; "Đồng chí Bí
     * thư Chi bộ lãnh đạo …" → "Bí thư Chi bộ". Empty when the sentence opens with a verb or names
     * no unit in its first twenty-five words.
     */
    public java.util.Optional<Mention> subject(String text) {
        String f = Syllables.fold(text);
        // "Tại kỳ sinh hoạt chi bộ ngày 05/01/2026, đồng chí Bí thư Chi bộ phổ biến …": a fronted phrase
        // of time or occasion, then the subject
        Matcher fronted = FRONTED.matcher(f);
        if (fronted.lookingAt()) {
            int at = fronted.end();
            // a list there is read only when it is all names of units: after such a phrase a clause's
            // own subject ("đảng viên có đề xuất, vướng mắc báo cáo …") is no unit
            return subject(text.substring(at)).filter(m -> java.util.Arrays.stream(Syllables.fold(m.name()).split(",\\s*"))
                            .allMatch(part -> SUBJECT_HEAD.matcher(part).lookingAt()))
                    .map(m -> new Mention(m.name(), at + m.start(), at + m.end(), m.organ()));
        }
        // "Đề nghị Ủy ban nhân dân phường bố trí …", "Giao Văn phòng tham mưu …": the unit asked or
        // charged is the subject
        Matcher ask = ASKED.matcher(f);
        int asked = ask.lookingAt() ? ask.end() : 0;
        Matcher h = SUBJECT_HEAD.matcher(f).region(asked, f.length());
        if (!h.lookingAt()) {
            return java.util.Optional.empty();
        }
        int from = f.startsWith("moi ", asked) ? asked + "moi ".length() : asked;
        // "(Các) đồng chí" is courtesy: the unit is the post (GUIDE §5)
        from = f.startsWith("cac dong chi ", from) ? from + "cac dong chi ".length()
                : f.startsWith("dong chi ", from) ? from + "dong chi ".length() : from;
        Matcher verb = SUBJECTS_VERB.matcher(f).region(h.end(), f.length());
        int verbAt = verb.find() ? verb.start() : f.length();
        boolean wentOn = false; // the last name read went on with a scope or a further part
        boolean named = false;
        for (Mention m : find(text)) {
            if (m.start() < from) {
                continue;
            }
            if (m.start() >= verbAt) {
                // "Chi ủy chịu trách nhiệm trước Đảng ủy phường …": the unit after the verb is its
                // object; the subject is what stands before the verb
                String head = text.substring(from, verbAt).strip();
                // a list before the verb is read only after the heads of organisations ("Người đứng đầu
                // cấp ủy, tổ chức đảng, cơ quan, đơn vị liên quan"); elsewhere a comma there is OCR's debris
                boolean whole = !head.contains(",") || f.startsWith("nguoi dung dau", from) || f.startsWith("thu truong", from);
                return head.isEmpty() || !whole || head.split("\\s+").length > 16 ? java.util.Optional.empty()
                        : java.util.Optional.of(new Mention(capitalise(head), from, from + head.length(), false));
            }
            if (text.substring(0, m.end()).split("\\s+").length > 25) {
                break;
            }
            String after = f.substring(m.end());
            named = true;
            wentOn = SUBJECT_GOES_ON.matcher(after).find();
            if (wentOn) {
                continue;
            }
            Matcher charge = CHARGE.matcher(f);
            if (f.substring(from, m.end()).contains("uy vien") && charge.find(m.end())) {
                // "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã phụ trách chi bộ": the charge is part of the name
                return java.util.Optional.of(new Mention(capitalise(memberInCharge(text.substring(from, charge.end()))),
                        from, charge.end(), false));
            }
            boolean verbFollows = after.matches("(?s)^\\s+\\p{Ll}.*")
                    && Character.isLowerCase(text.charAt(m.end() + after.indexOf(after.strip())));
            // "Các chi bộ trực thuộc Đảng ủy xã, trước hết là các chi bộ …": an aside singles some out
            boolean aside = ASIDE.matcher(after).lookingAt();
            if (verbFollows || after.isBlank() || aside) { // a heading may be the name alone
                return java.util.Optional.of(new Mention(m.start() == from ? m.name() : capitalise(text.substring(from, m.end())), from, m.end(),
                        m.start() == from && m.organ()));
            }
            wentOn = false;
            break;
        }
        // The names ran out before the verb while the subject went on with what no name covers: a
        // group of all the organisations ("Các cấp ủy, tổ chức đảng và hệ thống chính trị trong tỉnh
        // chú trọng …", "Cấp ủy, tổ chức đảng, chính quyền các cấp trong tỉnh tập trung …") is the
        // subject up to the verb
        if (verbAt < f.length() && (wentOn || !named) && GROUP_SUBJECT.matcher(f).region(from, f.length()).lookingAt()) {
            String head = text.substring(from, verbAt).strip();
            // a word OCR opened with a speck ("… của xã 'ấp trung", its verb's first letter lost) ends the
            // name: a unit's name holds no quote
            Matcher speck = QUOTED_WORD.matcher(head);
            if (speck.find()) {
                head = head.substring(0, speck.start()).strip();
            }
            if (!head.isEmpty() && head.split("\\s+").length <= 16 && !head.contains(";") && !head.contains(":")) {
                return java.util.Optional.of(new Mention(capitalise(head), from, from + head.length(), false));
            }
        }
        return java.util.Optional.empty();
    }

    /** A word OCR opened with a speck read as a quote ("'ấp trung"): no unit's name holds one. */
    private static final Pattern QUOTED_WORD = Pattern.compile("\\s['‘`]\\p{L}");

    /** A subject naming every organisation of a level, folded: "(các) cấp ủy, tổ chức đảng …", "các chi bộ, tổ chức …". */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("(?:(?:cac )?cap uy, to chuc dang|cac chi bo, to chuc)(?![a-z])");

    /**
     * The units a subject joins ("Các cấp ủy, tổ chức đảng và người đứng đầu các cơ quan, đơn vị
     * trong Đảng bộ"; "Đảng ủy Quân sự thành phố, Đảng ủy Công an thành phố"): split at "và" and at
     * a comma before a capitalised name where each part names a unit; a scope written once after
     * the last part ("trong Đảng bộ", "trực thuộc") is shared by all.
     */
    /** Where coordinated names meet: "và", a comma before a capitalised name or a grassroots committee ("…, chi ủy các chi bộ cơ sở"). */
    private static final Pattern COORDINATION = Pattern.compile(" và |[,;] (?=\\p{Lu}|(?:chi ủy|ban thường vụ) các )");

    public List<Mention> parts(Mention subject) {
        String name = subject.name();
        List<int[]> cuts = new ArrayList<>();
        Matcher c = COORDINATION.matcher(name);
        int from = 0;
        while (c.find()) {
            String left = name.substring(from, c.start());
            String right = name.substring(c.end());
            // "đồng chí Tổ trưởng và đồng chí Trưởng ban công tác Mặt trận": the courtesy before the next part
            int courtesy = Syllables.fold(right).startsWith("cac dong chi ") ? "cac dong chi ".length()
                    : Syllables.fold(right).startsWith("dong chi ") ? "dong chi ".length() : 0;
            right = right.substring(courtesy);
            // "Chi ủy và đảng viên trong Chi bộ": the members are not a unit of their own, the two are one subject
            // "Phó Bí thư Đảng ủy Trung tâm, Giám đốc Trung tâm": a party post and the other post its holder has, one person
            // ("Bí thư, Phó Bí thư Đảng ủy phường": two titles sharing one committee, two people)
            boolean onePerson = c.group().startsWith(",") && PARTY_POST.matcher(Syllables.fold(name.substring(from))).find()
                    && TITLE_FIRST.matcher(Syllables.fold(right)).find() && !bareTitle(left);
            boolean massBody = c.group().equals(" và ") && MASS_BODY.matcher(Syllables.fold(left)).matches();
            boolean posts = c.group().startsWith(",") && BARE_POST.matcher(Syllables.fold(left).strip()).matches()
                    && TITLE_FIRST.matcher(Syllables.fold(right)).find();
            if (posts || !onePerson && (massBody || bareTitle(left) || !find(left).isEmpty()) && startsWithUnit(right) && !Syllables.fold(right).matches("(?:toan the |cac )?dang vien.*")) {
                cuts.add(new int[] {from, c.start()});
                from = c.end() + courtesy;
            }
        }
        if (cuts.isEmpty()) {
            return List.of(subject);
        }
        cuts.add(new int[] {from, name.length()});
        String last = name.substring(from);
        Matcher scope = Pattern.compile("\\s(?:trong|trực thuộc)\\s.*$|\\strực thuộc$").matcher(last);
        String shared = scope.find() ? last.substring(scope.start()) : "";
        // an agency the last part names is shared by the bare mass bodies before it ("Công đoàn cơ sở
        // và Chi đoàn Thanh niên Sở Tài chính": the union of the same department)
        Matcher agency = AGENCY_TAIL.matcher(last);
        String bodysAgency = agencyAfterBody(last);
        String agencyOf = !bodysAgency.isEmpty() ? bodysAgency : agency.find() ? last.substring(agency.start()) : "";
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < cuts.size(); k++) {
            int[] cut = cuts.get(k);
            String part = name.substring(cut[0], cut[1]);
            if (k + 1 < cuts.size() && BARE_POST.matcher(Syllables.fold(part).strip()).matches()) {
                // "Bí thư, Phó Bí thư Đảng ủy phường": the post written bare is of the committee the next names
                String next = name.substring(cuts.get(k + 1)[0], cuts.get(k + 1)[1]);
                Matcher title = TITLE_FIRST.matcher(Syllables.fold(next));
                if (title.find() && title.end() < next.length()) {
                    part = part + next.substring(title.end());
                }
            }
            // ... but not by a committee named with its own places ("Đảng ủy quân sự các huyện, thị xã,
            // thành phố và các đảng bộ, chi bộ trực thuộc": the cells are the committees')
            if (!shared.isEmpty() && !part.endsWith(shared)
                    && !Syllables.fold(part).matches(".*\\s(trong|truc thuoc)\\s.*")
                    && !Syllables.fold(part).toLowerCase(java.util.Locale.ROOT).startsWith("dang uy ")) {
                part = part + shared;
            }
            if (!agencyOf.isEmpty() && cut[1] < name.length() && MASS_BODY.matcher(Syllables.fold(part)).matches()) {
                part = part + agencyOf;
            }
            // a head named by the title alone shares the residence the last part names ("Tổ trưởng" and
            // "Trưởng ban công tác Mặt trận tổ dân phố": the group's head)
            Matcher residence = RESIDENCE_AT_END.matcher(last);
            if (cut[1] < name.length() && residence.find() && bareTitle(part)) {
                part = part + last.substring(residence.start());
            }
            out.add(new Mention(capitalise(part), subject.start() + cut[0], subject.start() + cut[1],
                    cut[0] == 0 ? subject.organ() : findByRules(part).stream().anyMatch(x -> x.start() == 0 && x.organ())));
        }
        return out;
    }

    private boolean startsWithUnit(String s) {
        return findByRules(s).stream().anyMatch(x -> x.start() == 0)
                || SUBJECT_HEAD.matcher(Syllables.fold(s)).lookingAt() && !find(s).isEmpty();
    }

    /** What goes on with a learned name: a dash and a capitalised name word. */
    private static final Pattern NAME_TAIL = Pattern.compile("\\s+[-–]\\s+" + NAME_WORD);

    /** Every unit named in {@code text}, in order, as written (first letter capitalised). */
    public List<Mention> find(String text) {
        List<Mention> out = findByRules(text);
        if (names == null) {
            return cellsOfOrgans(text, out);
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
                    int last = span.getEnd() - 1;
                    // no name ends with a conjunction or a preposition ("Đoàn Thanh niên và")
                    while (last > span.getStart() && SPAN_CANNOT_END.matcher(Syllables.fold(words[last])).matches()) {
                        last--;
                    }
                    found.add(new int[] {tokens.get(span.getStart())[0], tokens.get(last)[1]});
                }
            }
        }
        String cased = foldKeepingCase(text);
        for (int[] f : found) {
            int start = f[0];
            int spanEnd = f[1];
            // the model's span stops at a dash: "Ban Hậu cần - Kỹ thuật" is one name
            Matcher tail = NAME_TAIL.matcher(cased).region(spanEnd, text.length());
            while (tail.lookingAt() && tail.end() > spanEnd) {
                spanEnd = tail.end();
                tail.region(spanEnd, text.length());
            }
            int end = beforeStraddlingVerb(text, start, spanEnd);
            // The rules know heads, the model knows where a name ends: a learned span that
            // contains a rule's and reaches further ("Sở Khoa học và Công nghệ" over "Sở Khoa",
            // "Các cấp ủy, chi bộ trong Đảng bộ xã" over "Các cấp ủy") is the name.
            List<Mention> inside = out.stream().filter(m -> start <= m.start() && m.end() <= end).toList();
            boolean crossing = out.stream().anyMatch(m -> m.start() < end && start < m.end() && !inside.contains(m));
            if (!inside.isEmpty() && !crossing && end - start > inside.get(0).end() - inside.get(0).start()
                    && (endsLikeName(text.substring(start, end)) || !inside.get(inside.size() - 1).organ()
                            && lowerCaseTail(text, inside.get(inside.size() - 1).start(), inside.get(inside.size() - 1).end(), end))
                    && !listOfWholeUnits(text, inside)) {
                out.removeAll(inside);
                String name = text.substring(start, end);
                boolean organ = inside.get(0).start() == start && inside.get(0).organ();
                out.add(new Mention(capitalise(name), start, end, organ));
                continue;
            }
            if (out.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                String name = text.substring(start, end);
                boolean organ = ORGAN_FIRST.matcher(Syllables.fold(name)).find();
                out.add(new Mention(capitalise(name), start, end, organ));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return sharedScope(text, cellsOfOrgans(text, out));
    }

    /** The kinds of residence below a commune that name their own bodies ("Chi hội Phụ nữ tổ dân phố"), as written. */
    private static final String RESIDENCES = "tổ dân phố|khu phố|khu dân cư|thôn|bản|ấp|buôn";

    /** Where a scope written once after coordinated bodies starts: a kind of place or residence, or the school. */
    private static final Pattern SCOPE_AT_END = Pattern.compile(
            "\\s(?:" + PlaceKinds.WRITTEN + "|" + RESIDENCES + "|nhà trường)$");

    /**
     * Mass bodies named bare and joined to a last one that names its scope ("Đoàn Thanh niên và Hội
     * Liên hiệp Phụ nữ phường", "Bí thư Chi đoàn, Chi hội trưởng Chi hội Phụ nữ tổ dân phố") share
     * that scope (GUIDE §5: a shared qualifier is distributed).
     */
    private static List<Mention> sharedScope(String text, List<Mention> in) {
        List<Mention> out = new ArrayList<>(in);
        for (int i = out.size() - 2; i >= 0; i--) {
            Mention m = out.get(i);
            Mention next = out.get(i + 1);
            if (m.end() > next.start() || !text.substring(m.end(), next.start()).matches("\\s*(?:,|và)\\s*")) {
                continue;
            }
            Matcher scope = SCOPE_AT_END.matcher(next.name());
            String body = Syllables.fold(m.name()).replaceFirst("^(?:pho )?(?:" + TITLES + ")\\s+", "");
            if (!MASS_BODY.matcher(body).matches() || SCOPE_AT_END.matcher(m.name()).find()) {
                continue;
            }
            String agency = agencyAfterBody(next.name());
            if (!agency.isEmpty() || scope.find()) {
                out.set(i, new Mention(m.name() + (agency.isEmpty() ? next.name().substring(scope.start()) : agency),
                        m.start(), m.end(), m.organ()));
            }
        }
        return out;
    }

    /** A unit's name that ends with its level: it is whole, and what follows a comma after it is another unit. */
    private static final Pattern LEVELLED = Pattern.compile("(?:tinh uy|thanh uy|huyen uy|quan uy|tinh|thanh pho|huyen|xa|phuong)$");

    /**
     * Whether the rules' mentions inside a learned span are a list of whole units ("Ban Nội chính
     * Tỉnh ủy, Đảng ủy Công an tỉnh"): one ends with its level and a comma follows it. The name
     * finder's span then joined two units; a group's parts ("Các cấp ủy, chi bộ …") are one.
     */
    private static boolean listOfWholeUnits(String text, List<Mention> inside) {
        for (int i = 0; i + 1 < inside.size(); i++) {
            Mention m = inside.get(i);
            if (LEVELLED.matcher(Syllables.fold(m.name()).toLowerCase(java.util.Locale.ROOT)).find()
                    && text.substring(m.end(), inside.get(i + 1).start()).strip().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "Chi bộ" right before an organ's capitalised name is that organ's cell: one unit ("Chi bộ Khoa Khám bệnh"). */
    private static List<Mention> cellsOfOrgans(String text, List<Mention> found) {
        return mergeAdjacent(text, found, (m, next) -> Syllables.fold(m.name()).matches("chi bo|chi doan")
                && next.start() == m.end() + 1 && text.charAt(m.end()) == ' ' && Character.isUpperCase(next.name().charAt(0)));
    }

    /** Each mention joined with the one after it, as one unit spanning both, where {@code joined} says so. */
    private static List<Mention> mergeAdjacent(String text, List<Mention> in,
                                               java.util.function.BiPredicate<Mention, Mention> joined) {
        List<Mention> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Mention m = in.get(i);
            // overlapping mentions (two rules reading one name) are not joined
            if (i + 1 < in.size() && in.get(i + 1).start() >= m.end() && joined.test(m, in.get(i + 1))) {
                Mention next = in.get(++i);
                out.add(new Mention(capitalise(text.substring(m.start(), next.end())), m.start(), next.end(), false));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private List<Mention> findByRules(String text) {
        String folded = Syllables.fold(text);
        List<Mention> out = new ArrayList<>();
        // a committee member named by the charge given to them: "Đảng ủy viên (được phân công) phụ
        // trách chi bộ", "chi ủy viên phụ trách công tác tổ chức, kiểm tra"
        Matcher charged = MEMBER_IN_CHARGE.matcher(folded);
        while (charged.find()) {
            out.add(new Mention(capitalise(memberInCharge(text.substring(charged.start(), charged.end()))),
                    charged.start(), charged.end(), false));
        }
        Matcher m = UNIT.matcher(folded);
        while (m.find()) {
            int ms = m.start();
            if (out.stream().anyMatch(x -> x.start() <= ms && ms < x.end())) {
                continue;
            }
            int end = placeEnd(text, folded, m.start(), m.end());
            int start = m.start();
            boolean organ = m.group("organ") != null || m.group("organ2") != null;
            // "Bí thư Chi bộ", "Phó Bí thư Đảng ủy", "Chủ nhiệm Phòng Hậu cần": an officer of the unit
            // that follows the title is addressed as that unit's officer ("Đồng chí" is courtesy).
            Matcher t = TITLE_BEFORE.matcher(folded.substring(Math.max(0, start - 30), start));
            if (t.find()) {
                start = start - (t.end() - titleStart(t));
                organ = true;
            } else if (end - ms == "chi bo".length() && folded.startsWith("chi bo", ms) && text.charAt(ms) == 'c'
                    && !BEFORE_A_CELL.matcher(folded.substring(Math.max(0, ms - 12), ms)).find()) {
                // "báo cáo chi bộ nội dung làm việc": a bare cell in lower case is the common noun
                // (GUIDE: not a unit), unless a determiner makes it one ("mỗi chi bộ", "từng chi bộ")
                continue;
            }
            String name = text.substring(start, end);
            out.add(new Mention(capitalise(name), start, end, organ));
        }
        // agencies and officers are named with capitals: matched on the skeleton with its case kept,
        // so OCR's and restoration's wrong accents ("Hỏi Liên hiệp Phụ nỉ") do not hide them
        String skeleton = foldKeepingCase(text);
        Matcher a = AGENCY.matcher(skeleton);
        while (a.find()) {
            int s = a.start();
            int e = a.end();
            // a residence's cell named in full ("Chi bộ bản Sà Phìn") over the bare cell the groups read
            if (skeleton.startsWith("Chi bo ", s)) {
                out.removeIf(x -> x.start() == s && x.end() < e && Syllables.fold(x.name()).equalsIgnoreCase("chi bo"));
            }
            if (out.stream().noneMatch(x -> x.start() <= s && s < x.end())) {
                int start = s;
                Matcher t = TITLE_BEFORE.matcher(folded.substring(Math.max(0, s - 30), s));
                if (t.find()) {
                    start = s - (t.end() - titleStart(t)); // "Chủ nhiệm" + "Phòng Hậu cần"
                }
                out.add(new Mention(capitalise(text.substring(start, a.end()).strip()), start, a.end(), false));
            }
        }
        // "đồng chí Hiệu trưởng nhà trường không xếp lịch …", "đồng chí Giám đốc chỉ đạo …": a title
        // with no capitalised organ after it names the officer of the house the plan speaks for
        Matcher h = OFFICER_OF_THE_HOUSE.matcher(skeleton);
        while (h.find()) {
            int s = h.start(1);
            if (out.stream().noneMatch(x -> x.start() < h.end(1) && s < x.end())) {
                out.add(new Mention(capitalise(text.substring(s, h.end(1)).strip()), s, h.end(1), false));
            }
        }
        Matcher o = OFFICER.matcher(skeleton);
        while (o.find()) {
            int s = o.start(1);
            if (out.stream().noneMatch(x -> x.start() < o.end() && s < x.end())) {
                out.add(new Mention(capitalise(text.substring(s, o.end()).strip()), s, o.end(), false));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return concurrentTitles(text, folded, out);
    }

    /** Where the title {@link #TITLE_BEFORE} found starts. */
    private static int titleStart(Matcher t) {
        return t.start(1) >= 0 ? t.start(1) : t.start(2);
    }

    /** Determiners that make a bare cell a unit ("mỗi chi bộ", "từng chi bộ", "các chi bộ"), folded. */
    private static final Pattern BEFORE_A_CELL = Pattern.compile("(?:^|\\s)(?:moi|tung|cac|nhung)\\s+$");

    /** A committee member by the charge given: a cell, or a field of work (two two-syllable words at most). */
    private static final Pattern MEMBER_IN_CHARGE = Pattern.compile("(?<![a-z])(?:cac (?:dong chi )?)?(?:dang|chi|cap) uy vien"
            + " (?:duoc phan cong )?phu trach (?:chi bo|cong tac [a-z]+ [a-z]+(?:, [a-z]+ [a-z]+)?)(?![a-z])");

    /**
     * A member named by their charge, the courtesy dropped and the assignment kept, as the golds
     * write it (9 of 11): "Các đồng chí Đảng ủy viên được phân công phụ trách chi bộ" → "Đảng ủy
     * viên được phân công phụ trách chi bộ".
     */
    private static String memberInCharge(String name) {
        return name.replaceFirst("(?iu)^(?:các |cac )?(?:đồng chí|dong chi) ", "");
    }

    /** The charge after a member of a body: "(được phân công) phụ trách chi bộ", folded. */
    private static final Pattern CHARGE = Pattern.compile("\\G\\s+(?:duoc phan cong\\s+)?phu trach\\s+"
            + "(?:chi bo|thon, (?:ban|to dan pho|khu pho)|thon|ban|khu dan cu|to dan pho|khu pho|dia ban)(?![a-z])");

    /** A mass body named by its kind alone, which takes the agency of the unit joined to it. */
    private static final Pattern MASS_BODY = Pattern.compile(
            "(?:cong doan(?: co so)?|to cong doan|chi doan(?: thanh nien)?|hoi dong quan nhan|doan thanh nien|hoi phu nu|hoi cuu chien binh"
                    + "|hoi lien hiep phu nu|hoi nong dan|chi hoi(?: phu nu| cuu chien binh| nong dan)?)");
    /** A mass body's name with its national name, folded, as the start of a unit's name. */
    private static final Pattern BODY_FIRST = Pattern.compile("(?:" + MASS_BODY.pattern() + ")(?: cong san ho chi minh| viet nam)?(?![a-z])");

    /**
     * What a mass body's name says after the body, when that is a capitalised agency: "Đoàn Thanh
     * niên Công an thành phố" → " Công an thành phố", "Hội Cựu chiến binh Công ty" → " Công ty";
     * else "" ("Đoàn Thanh niên xã" has a place, read elsewhere).
     */
    static String agencyAfterBody(String name) {
        Matcher own = BODY_FIRST.matcher(Syllables.fold(name));
        if (own.lookingAt() && name.startsWith(" ", own.end()) && own.end() + 1 < name.length()
                && Character.isUpperCase(name.charAt(own.end() + 1))) {
            return name.substring(own.end());
        }
        return "";
    }

    /** An agency closing a unit's name ("… Sở Tài chính", "… Phòng Hậu cần"). */
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            " (?:(?:Sở|Phòng|Công ty|Trường|Bệnh viện|Trung tâm|Cục|Khoa|Ban)(?: \\p{Lu}[\\p{L}]*(?: [\\p{L}]+)*)"
                    // a bloc's bodies: "Công đoàn, Đoàn Thanh niên và Hội Cựu chiến binh các cơ quan Đảng tỉnh"
                    + "|các cơ quan Đảng(?: [\\p{L}]+)?|Khối các cơ quan(?: [\\p{L}]+)*|nhà trường"
                    // a place's: "Hội Nông dân, Hội Cựu chiến binh và Đoàn Thanh niên xã"
                    + "|" + PlaceKinds.WRITTEN + ")$");
    private static final Pattern SPAN_CANNOT_END = Pattern.compile("va|voi|cua|hoac|cung|,|;");
    private static final Pattern PARTY_POST = Pattern.compile("^(?:pho\\s+)?bi thu(?![a-z])");
    /** A party post written alone, folded. */
    private static final Pattern BARE_POST = Pattern.compile("(?:pho\\s+)?bi thu");
    private static final Pattern ONE_COMRADE = Pattern.compile("(?<!cac )dong chi\\s+$");
    private static final Pattern TITLE_FIRST = Pattern.compile("^(?:pho\\s+)?(?:" + TITLES + "|truong (?:thon|khu pho|ap))(?![a-z])");

    /**
     * One comrade holding two posts ("đồng chí Phó Bí thư Đảng ủy Trung tâm, Giám đốc Trung tâm"):
     * the genre names the person by both titles, one unit. Not after "các đồng chí", where the
     * titles are several people.
     */
    private static List<Mention> concurrentTitles(String text, String folded, List<Mention> in) {
        return mergeAdjacent(text, in, (m, next) -> TITLE_FIRST.matcher(folded.substring(m.start(), m.end())).find()
                && ONE_COMRADE.matcher(folded.substring(Math.max(0, m.start() - 20), m.start())).find()
                && text.substring(m.end(), next.start()).matches(",\\s*")
                && TITLE_FIRST.matcher(folded.substring(next.start(), next.end())).find());
    }

    /**
     * The unit's full name at the document's level: an organ named without a level ("Ban Tổ
     * chức") gets the document's ("Ban Tổ chức Thành ủy"); other names are returned as they are.
     */
    public static String withLevel(Mention m, String documentLevel) {
        if (documentLevel == null) {
            return m.name();
        }
        if (Syllables.fold(m.name()).strip().endsWith(" truc thuoc")) {
            // "Các chi bộ trực thuộc": the document's own subordinates (DOMAIN.md: a short form is at the document's level)
            return m.name().strip() + " " + documentLevel;
        }
        String f = Syllables.fold(m.name());
        String lf = Syllables.fold(documentLevel);
        if (GRASSROOTS_SET.matcher(f.strip()).matches() && committeeLevel(lf)) {
            // a committee's own grassroots organisations, named without their scope (GUIDE §5: a set
            // is completed with the level the text leaves implicit)
            return m.name().strip() + " trực thuộc " + documentLevel;
        }
        if (lf.startsWith("dang uy ") && f.strip().equalsIgnoreCase("cac chi bo")) {
            // "các chi bộ" in a committee's own plan are its cells (GUIDE §5: "Các chi bộ trực thuộc Đảng ủy xã")
            return m.name().strip() + " trực thuộc " + documentLevel;
        }
        if (lf.startsWith("dang uy ") && f.strip().equalsIgnoreCase("dang uy")) {
            // a committee's own plan names itself "Đảng ủy" ("báo cáo về Đảng ủy hằng quý")
            return documentLevel;
        }
        if (lf.startsWith("dang uy") && f.endsWith(" dang uy") && !lf.equals("dang uy")) {
            // "Văn phòng Đảng ủy", "Các chi bộ trực thuộc Đảng ủy" inside a committee's own plan: that committee.
            return m.name().substring(0, m.name().length() - "Đảng ủy".length()) + documentLevel;
        }
        if (!m.organ()) {
            return m.name();
        }
        if (f.strip().matches("(?:dang uy )?(?:uy ban )?mat tran to quoc(?: viet nam)?")) {
            // the Front is the place's, not the committee's: "Ủy ban Mặt trận Tổ quốc Việt Nam xã" in a
            // commune committee's plan, "… huyện" in a district's; elsewhere (a bloc's, an agency's) as written
            String place = placeOf(lf);
            return place == null ? m.name() : m.name().strip() + " " + place;
        }
        // a name that ends with its agency ("Văn phòng Sở", "Văn phòng Công ty") is complete, and so is a
        // central organ's ("Ban Bí thư", "Văn phòng Trung ương Đảng"): no local level has one; the state's
        // departments are no committee's ("Thủ trưởng các sở, ban, ngành")
        if (f.strip().matches("ban bi thu|bo chinh tri") || f.contains("trung uong") || f.contains("so, ban, nganh") || f.matches(".*(thanh uy|tinh uy|trung uong|dang uy.*|thanh pho|tinh|quan uy|huyen uy|chi bo|dang bo|xa|phuong|dac khu|huyen|thi xa|thi tran)$")
                || m.name().matches(".*\\s(Sở|Công ty|Trường|Bệnh viện|Trung tâm|Cục)$")
                || f.matches(".*(thanh uy|tinh uy|dang uy khoi|dang uy) .*")) {
            return m.name();
        }
        return m.name() + " " + documentLevel;
    }

    /** A head's title alone, folded. */
    private static final Pattern BARE_TITLE = Pattern.compile("(pho )?(truong phong|giam doc|hieu truong|thu truong|to truong|truong thon)");
    private static final Pattern RESIDENCE_AT_END = Pattern.compile("\\s(?:" + RESIDENCES + ")$");

    /** Whether a name is a head's title alone ("Tổ trưởng", "Phó Giám đốc"). */
    private static boolean bareTitle(String name) {
        return BARE_TITLE.matcher(Syllables.fold(name).strip()).matches();
    }
    /** Which houses each title heads. */
    private static final java.util.Map<String, Pattern> HEAD_OF = java.util.Map.of(
            "truong phong", Pattern.compile("Phòng "),
            "giam doc", Pattern.compile("(?:Sở|Trung tâm|Công ty|Bệnh viện|Bưu điện|Kho bạc|Ngân hàng) "),
            "hieu truong", Pattern.compile("Trường "),
            "thu truong", Pattern.compile("(?:Sở|Phòng|Trung tâm|Cục|Chi cục|Công an|Ban Chỉ huy) "));

    /**
     * A head named by the title alone ("đồng chí Trưởng phòng chỉ đạo …") in the plan of the party
     * organisation of an agency ("Chi bộ Phòng Quản lý giá và công sản") is that agency's head:
     * "Trưởng phòng Quản lý giá và công sản". Any other name is returned as it is.
     */
    public static String headOfTheHouse(String unit, String organization) {
        if (organization == null) {
            return unit;
        }
        Matcher house = HOUSE.matcher(organization.strip());
        Matcher bare = BARE_TITLE.matcher(Syllables.fold(unit).strip());
        if (!house.matches() || !bare.matches() || !HEAD_OF.containsKey(bare.group(2))
                || !HEAD_OF.get(bare.group(2)).matcher(house.group(1)).lookingAt()) {
            return unit;
        }
        String agency = house.group(1);
        return bare.group(2).equals("truong phong") ? unit.strip() + agency.substring("Phòng".length()) : unit.strip() + " " + agency;
    }

    private static final Pattern HOUSE = Pattern.compile("(?:Chi bộ|Đảng ủy|Đảng bộ)(?: cơ quan)? ((?:Phòng|Sở|Trung tâm|Công ty|Bệnh viện|Trường|Cục|Chi cục|Công an|Ban Chỉ huy|Bưu điện|Kho bạc|Ngân hàng) .+)");

    /** The kind of place a committee governs, as a unit's level word ("Huyện ủy" → "huyện"); null if none. */
    private static String placeOf(String foldedCommittee) {
        String c = foldedCommittee.strip();
        for (String[] kind : PLACE_OF_COMMITTEE) {
            if (kind[0].startsWith("dang uy ") ? c.startsWith(kind[0]) : c.equals(kind[0])) {
                return kind[1];
            }
        }
        return null;
    }

    /** A committee's folded name (or, for a commune's or ward's, its start) and the place it governs. */
    private static final String[][] PLACE_OF_COMMITTEE = {
            {"tinh uy", "tỉnh"}, {"thanh uy", "thành phố"}, {"huyen uy", "huyện"}, {"quan uy", "quận"},
            {"thi uy", "thị xã"}, {"dang uy xa", "xã"}, {"dang uy phuong", "phường"}, {"dang uy dac khu", "đặc khu"},
            {"dang uy thi tran", "thị trấn"}};

    /** Whether a document's level is a party committee, which has grassroots organisations under it. */
    private static boolean committeeLevel(String foldedLevel) {
        return foldedLevel.startsWith("dang uy") || placeOf(foldedLevel) != null;
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
