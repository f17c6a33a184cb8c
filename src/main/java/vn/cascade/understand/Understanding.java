package vn.cascade.understand;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import vn.cascade.domain.Task;
import vn.cascade.normalize.Syllables;

/**
 * Turns a document's restored text into an {@link Extraction}: identity ({@link IdentityParser}),
 * the documents it cites or carries out ({@link CitationExtractor}), and its tasks
 * ({@link TaskExtractor}, with {@link UnitRecognizer} and {@link DeadlineParser}). The stages are
 * composed here, in order; each is testable alone. Fields the document does not state are null.
 * Thread-safe.
 */
public final class Understanding {

    private final IdentityParser identity = new IdentityParser();
    private final CitationExtractor citations = new CitationExtractor();
    private final TaskExtractor tasks;

    /** Rules only. */
    public Understanding() {
        this(new UnitRecognizer());
    }

    public Understanding(UnitRecognizer units) {
        this.tasks = new TaskExtractor(units);
    }

    /**
     * With the name finder in {@code nerModel} when it exists (and the sentence detector trained
     * beside it, {@code sent-vi.bin}, when that exists too), else rules only.
     */
    public static Understanding withModel(java.nio.file.Path nerModel) {
        if (nerModel == null || !java.nio.file.Files.isRegularFile(nerModel)) {
            return new Understanding();
        }
        try {
            java.nio.file.Path sent = nerModel.resolveSibling("sent-vi.bin");
            return new Understanding(new UnitRecognizer(new opennlp.tools.namefind.TokenNameFinderModel(nerModel),
                    java.nio.file.Files.isRegularFile(sent) ? new opennlp.tools.sentdetect.SentenceModel(sent) : null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the name finder " + nerModel, e);
        }
    }

    public Extraction understand(String file, String restoredText) {
        String text = restoredText == null ? "" : restoredText;
        List<Line> lines = Line.read(text);
        Map<String, Object> doc = identity.parse(lines, text);
        NumberSymbol self = doc.get("id") == null ? null : NumberSymbol.parse((String) doc.get("id")).orElse(null);
        if (self != null) {
            doc.put("id", self.canonical());
            doc.put("symbol", self.canonical().substring(self.canonical().indexOf('-') + 1));
        }
        List<Reference> refs = citations.extract(text, self);
        doc.put("subject", citedAsCanonical((String) doc.get("subject"), refs));
        Temporal date = date((String) doc.get("date"));
        List<Task> ts = ofTheIssuingOrgan(tasks.extract(lines, level(doc, text), date, "Báo cáo".equals(doc.get("type"))), (String) doc.get("organization"));
        return new Extraction(file, Extraction.identityOf(doc), refs, ts);
    }

    /**
     * The subject with each document it cites written as the citations read it: a number-symbol OCR
     * damaged there ("Chỉ thị số 50- Cr/TW") is the one the citation grammar resolved ("50-CT/TW").
     */
    static String citedAsCanonical(String subject, List<Reference> refs) {
        if (subject == null) {
            return null;
        }
        String out = subject;
        for (Reference r : refs) {
            for (String spelling : r.spellings()) {
                java.util.regex.Matcher m = NumberSymbol.IN_TEXT.matcher(spelling);
                if (m.find() && !m.group().equals(r.id())) {
                    out = out.replace(m.group(), r.id());
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ORGAN = java.util.regex.Pattern.compile("^(?:ban|van phong|uy ban kiem tra) ");
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("^phong [a-z]");

    /**
     * A plan an organ issues (a board of a committee) names its own departments short ("Phòng
     * Tuyên truyền và Báo chí"); a body of the issuing organisation is named with it (GUIDE §5):
     * "Phòng Tuyên truyền và Báo chí Ban Tuyên giáo và Dân vận Tỉnh ủy". Another organisation's
     * plan names its agency's head by the title alone ({@link UnitRecognizer#headOfTheHouse}).
     */
    static List<Task> ofTheIssuingOrgan(List<Task> ts, String organization) {
        String organKey = organization == null ? "" : Syllables.fold(organization).toLowerCase(java.util.Locale.ROOT);
        if (!ORGAN.matcher(organKey).find()) {
            // an agency's cell names its agency's head by the title alone ("đồng chí Trưởng phòng")
            return ts.stream().map(t -> new Task(t.section(), t.kind(), t.units().stream()
                    .map(u -> new vn.cascade.domain.UnitRole(UnitRecognizer.headOfTheHouse(u.name(), organization), u.role())).toList(),
                    t.text(), t.deadlineText(), t.deadline())).toList();
        }
        return ts.stream().map(t -> new Task(t.section(), t.kind(), t.units().stream().map(u -> {
            String f = Syllables.fold(u.name()).toLowerCase(java.util.Locale.ROOT);
            return DEPARTMENT.matcher(f).find() && !f.contains(organKey) && !f.matches(".*(uy|so|tinh|thanh pho|xa|phuong)$")
                    ? new vn.cascade.domain.UnitRole(u.name() + " " + organization, u.role()) : u;
        }).toList(), t.text(), t.deadlineText(), t.deadline())).toList();
    }

    private static Temporal date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return iso.length() == 10 ? LocalDate.parse(iso) : iso.length() == 7 ? YearMonth.parse(iso) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The level a short unit name refers to: the committee that issues the document ("Thành ủy",
     * "Tỉnh ủy", "Đảng ủy"), from the header, else from which the text names most.
     */
    /** The committee of an agency, named by the agency's kind (GUIDE §5: the level designation, without the place or name). */
    private static final java.util.regex.Pattern AGENCY_COMMITTEE = java.util.regex.Pattern.compile(
            "dang uy(?: co quan)? (?:tong cong ty|cong ty|trung tam|benh vien|truong|vien|cuc|chi cuc)(?![a-z])");

    static String level(Map<String, Object> doc, String text) {
        String org = doc.get("organization") == null ? "" : Syllables.fold((String) doc.get("organization"));
        if (org.startsWith("thanh uy")) {
            return "Thành ủy";
        }
        if (org.startsWith("tinh uy")) {
            return "Tỉnh ủy";
        }
        if (org.startsWith("huyen uy")) { // a district's, before the 2025 reform
            return "Huyện ủy";
        }
        if (org.startsWith("quan uy")) {
            return "Quận ủy";
        }
        if (org.startsWith("thi uy")) {
            return "Thị ủy";
        }
        if (org.startsWith("dang uy khoi")) {
            return "Đảng ủy Khối";
        }
        if (org.startsWith("dang uy")) {
            // Organs carry their committee's level without its place, as "Ban Tổ chức Thành ủy" does
            // (DOMAIN.md): "Văn phòng Đảng ủy xã", "Ban Xây dựng Đảng Đảng ủy các cơ quan Đảng tỉnh".
            String name = (String) doc.get("organization");
            String[] w = name.split("\\s+");
            java.util.regex.Matcher agency = AGENCY_COMMITTEE.matcher(org);
            if (agency.lookingAt()) {
                // "Đảng ủy Công ty TNHH MTV Thủy lợi Sơn Nam" → "Đảng ủy Công ty": the agency's kind, not its name
                int words = agency.group().split(" ").length;
                return String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
            }
            StringBuilder level = new StringBuilder();
            for (String word : w) {
                level.append(level.length() > 0 ? " " : "").append(word);
                if (Syllables.fold(word).matches("xa|phuong|khu|so")) { // "Đảng ủy cơ quan Sở", without the Sở's name
                    break;
                }
            }
            return level.toString();
        }
        String f = Syllables.fold(text);
        int city = count(f, "thanh uy");
        int province = count(f, "tinh uy");
        int party = count(f, "dang uy");
        int district = count(f, "huyen uy");
        if (district > city && district > province && district >= party) {
            return "Huyện ủy";
        }
        if (city >= province && city >= party && city > 0) {
            return "Thành ủy";
        }
        if (province >= party && province > 0) {
            return "Tỉnh ủy";
        }
        return party > 0 ? "Đảng ủy" : null;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
