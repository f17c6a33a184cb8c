package vn.cascade.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cascade.normalize.Syllables;
import vn.cascade.understand.UnitNames;

/**
 * Links each task or solution of a plan to the task or solution of its parent plan (its parent
 * in the {@link DocumentGraph}) that it carries out. Score: cosine similarity of the two texts'
 * TF-IDF vectors over skeleton words and word pairs (skeletons, so residual OCR damage costs
 * little; IDF over every task in the graph, so the genre's stock phrases weigh little), plus a
 * little for the same section number (plans mirror their parent's numbering; "II.3" and "2.3"
 * are the same item of the second part), for a shared unit head, and more for the same lead organ
 * at the two levels (Ban Tổ chức Tỉnh ủy and Ban Tổ chức Thành ủy: counterparts get the same
 * duties; {@link #organ}). Weights were chosen on the written plan 04 → 03 of corpus/understand
 * (models/trace/EVAL.md); the seeds' gold is held out. A task is linked to its best parent task
 * when that scores {@link #LINK_AT} or more, or {@link #LINK_LOW} or more and at least
 * {@link #MARGIN} above the second best (a clear choice among weak ones; chosen on 04 → 03 and
 * 11 → 09), or {@link #MUTUAL_LOW} or more when no other task of the child plan scores higher
 * with that parent task (mutual best; chosen on every written set, models/trace/EVAL.md). A task
 * is left unlinked otherwise.
 *
 * <p>A parent known only by citation (a directive whose text is not in the corpus) has no tasks
 * to link to. Its solutions are inferred from the plans that restate them, as DOMAIN.md says
 * every plan does: the earliest of its children in the tree stands for it, and each other child's
 * tasks are linked to that plan's tasks, {@code via} the absent parent. When the parent's own
 * text is ingested, it has tasks and the ordinary links replace these. Thread-safe once built.
 */
public final class TaskAligner {

    static final double LINK_AT = Double.parseDouble(System.getProperty("cascade.trace.linkAt", "0.3"));
    static final double LINK_LOW = Double.parseDouble(System.getProperty("cascade.trace.linkLow", "0.2"));
    static final double MARGIN = Double.parseDouble(System.getProperty("cascade.trace.margin", "0.1"));
    /** A weaker link is taken when the child and parent tasks are each other's best: {@link #link}. */
    static final double MUTUAL_LOW = Double.parseDouble(System.getProperty("cascade.trace.mutualLow", "0.15"));
    static final double MUTUAL_MARGIN = Double.parseDouble(System.getProperty("cascade.trace.mutualMargin", "0"));

    /**
     * A child task carrying out a parent task. {@code via} is null when {@code parent} is the
     * child's parent in the tree; otherwise it is that parent, known only by citation, and
     * {@code parent} is the sibling plan whose restatement of the same solution stands for it.
     */
    public record Link(DocumentGraph.Node child, TraceTask childTask, DocumentGraph.Node parent, TraceTask parentTask,
                       double score, DocumentGraph.Node via) {

        public Link(DocumentGraph.Node child, TraceTask childTask, DocumentGraph.Node parent, TraceTask parentTask,
                    double score) {
            this(child, childTask, parent, parentTask, score, null);
        }
    }

    private final Map<String, Double> idf = new HashMap<>();
    private final Map<TraceTask, Map<String, Double>> vectors = new java.util.concurrent.ConcurrentHashMap<>();

    public TaskAligner(DocumentGraph graph) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (DocumentGraph.Node node : graph.nodes()) {
            for (TraceTask t : node.tasks()) {
                n++;
                for (String term : terms(t.text()).keySet()) {
                    df.merge(term, 1, Integer::sum);
                }
            }
        }
        for (var e : df.entrySet()) {
            idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 0.5)));
        }
    }

    /** Every link between the tasks of each plan and those of its parent plan (or of its stand-in). */
    public List<Link> align(DocumentGraph graph) {
        List<Link> out = new ArrayList<>();
        Map<DocumentGraph.Node, java.util.Optional<DocumentGraph.Node>> standIns = new HashMap<>();
        for (DocumentGraph.Node child : graph.nodes()) {
            DocumentGraph.Node parent = graph.parent(child).orElse(null);
            if (parent == null) {
                continue;
            }
            if (!parent.tasks().isEmpty()) {
                link(child, parent, null, out);
            } else {
                DocumentGraph.Node standIn = standIns.computeIfAbsent(parent,
                        p -> java.util.Optional.ofNullable(standIn(graph, p))).orElse(null);
                if (standIn != null && standIn != child) {
                    link(child, standIn, parent, out);
                }
            }
        }
        return out;
    }

    private void link(DocumentGraph.Node child, DocumentGraph.Node parent, DocumentGraph.Node via, List<Link> out) {
        // a report ("sơ kết 06 tháng thực hiện Kế hoạch …") reviews the whole of what it reports on: no theme
        String themeSection = via == null && !"Báo cáo".equals(child.type()) ? themeSection(theme(child.title()), parent) : null;
        List<TraceTask> ps = parent.tasks();
        List<TraceTask> cs = child.tasks();
        double[][] matrix = new double[cs.size()][ps.size()];
        // each parent task's best score among the child's tasks: a link too weak for the bar is still
        // taken when the two tasks are each other's best (a plan restates each item once or twice; a
        // parent task that likes another child task better is not the one this task carries out)
        double[] bestForParent = new double[ps.size()];
        for (int i = 0; i < cs.size(); i++) {
            for (int j = 0; j < ps.size(); j++) {
                matrix[i][j] = score(cs.get(i), ps.get(j), via == null);
                bestForParent[j] = Math.max(bestForParent[j], matrix[i][j]);
            }
        }
        for (int i = 0; i < cs.size(); i++) {
            TraceTask c = cs.get(i);
            double[] scores = matrix[i];
            TraceTask best = null;
            int bestAt = -1;
            double bestScore = 0;
            double second = 0;
            for (int j = 0; j < ps.size(); j++) {
                double s = scores[j];
                if (s > bestScore) {
                    second = bestScore;
                    best = ps.get(j);
                    bestAt = j;
                    bestScore = s;
                } else if (s > second) {
                    second = s;
                }
            }
            boolean clear = best != null && (bestScore >= LINK_AT || bestScore >= LINK_LOW && bestScore - second >= MARGIN);
            if (!clear && best != null && bestScore >= MUTUAL_LOW && bestScore >= bestForParent[bestAt] - 1e-9
                    && bestScore - second >= MUTUAL_MARGIN) {
                clear = true;
            }
            if (themeSection != null && !(clear && bestScore >= THEME_LEAVE && !themeSection.equals(best.section()))) {
                // a thematic plan: what does not clearly carry out another item carries out its theme
                TraceTask t = null;
                double ts = -1;
                for (int j = 0; j < ps.size(); j++) {
                    if (themeSection.equals(ps.get(j).section()) && scores[j] > ts) {
                        t = ps.get(j);
                        ts = scores[j];
                    }
                }
                out.add(new Link(child, c, parent, t, ts, via));
            } else if (clear) {
                out.add(new Link(child, c, parent, best, bestScore, via));
            }
        }
    }

    /** Words of a plan's subject that say what it does rather than what it carries out. */
    private static final java.util.Set<String> CARRYING_OUT = java.util.Set.of("thuc", "hien", "trien", "khai", "tiep",
            "tuc", "ve", "va", "cua", "so", "viec", "ke", "hoach", "cu", "the", "hoa");
    private static final java.util.regex.Pattern CARRIED = java.util.regex.Pattern.compile(
            "\\b(chi thi|ke hoach so|ket luan|nghi quyet|quy dinh|huong dan|chuong trinh|thong bao|cong van)\\b");

    /**
     * A plan's theme: the words its subject puts before the document it carries out, without the
     * verbs of carrying out ("Tuyên truyền Chỉ thị số 50-CT/TW …" → "tuyen truyen"; "Thực hiện Chỉ
     * thị …" → ""). A plan with a theme (propaganda, inspection, a conference) carries out the
     * parent's one item on that theme, not the whole parent (models/trace/EVAL.md).
     */
    static String theme(String subject) {
        if (subject == null) {
            return "";
        }
        String f = Syllables.fold(subject).toLowerCase(java.util.Locale.ROOT);
        var m = CARRIED.matcher(f);
        String head = m.find() ? f.substring(0, m.start()) : "";
        StringBuilder out = new StringBuilder();
        for (String w : head.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !CARRYING_OUT.contains(w)) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    static final double THEME_AT = Double.parseDouble(System.getProperty("cascade.trace.themeAt", "0.1"));
    /** How clearly a thematic plan's task must carry out another item to leave the theme. */
    static final double THEME_LEAVE = Double.parseDouble(System.getProperty("cascade.trace.themeLeave", "0.5"));

    /**
     * The parent's section on the child's theme: the section of the parent task most like the
     * theme's words, when it is {@link #THEME_AT} or more alike and no task of another section is
     * as alike; null for no theme.
     */
    private String themeSection(String theme, DocumentGraph.Node parent) {
        if (theme.isBlank()) {
            return null;
        }
        Map<String, Double> q = new HashMap<>();
        for (var e : terms(theme).entrySet()) {
            q.put(e.getKey(), e.getValue() * idf.getOrDefault(e.getKey(), 1.0));
        }
        String best = null;
        double bestScore = 0;
        double other = 0;
        for (TraceTask p : parent.tasks()) {
            double sc = cosine(q, vector(p));
            if (sc > bestScore) {
                if (best != null && !best.equals(p.section())) {
                    other = Math.max(other, bestScore);
                }
                best = p.section();
                bestScore = sc;
            } else if (best != null && !best.equals(p.section())) {
                other = Math.max(other, sc);
            }
        }
        return best != null && bestScore >= THEME_AT && bestScore > other * 1.5 ? best : null;
    }

    /**
     * The plan that stands for a parent without text: the earliest-dated of its children in the
     * tree that has tasks (the first restatement of its solutions; later ones are read against it),
     * or null when fewer than two children could be compared.
     */
    public static DocumentGraph.Node standIn(DocumentGraph graph, DocumentGraph.Node absent) {
        List<DocumentGraph.Node> children = graph.children(absent).stream().filter(c -> !c.tasks().isEmpty()).toList();
        if (children.size() < 2) {
            return null;
        }
        return children.stream().min(java.util.Comparator
                .comparing((DocumentGraph.Node c) -> c.date() == null ? "9999" : c.date())
                .thenComparing(c -> -c.tasks().size())
                .thenComparing(DocumentGraph.Node::label)).orElse(null);
    }

    static final boolean CLOSING = Boolean.parseBoolean(System.getProperty("cascade.trace.closing", "true"));
    static final double SECTION_BONUS = Double.parseDouble(System.getProperty("cascade.trace.sectionBonus", "0.1"));
    static final double UNIT_BONUS = Double.parseDouble(System.getProperty("cascade.trace.unitBonus", "0.1"));
    /**
     * The same item number counts only between items of one kind: a plan that puts the solutions in
     * its part 1 has its 1.1 a solution, its parent's 1.1 a task (its conference); chosen on the 36
     * written trace runs (models/trace/EVAL.md).
     */
    static final boolean SAME_KIND = Boolean.parseBoolean(System.getProperty("cascade.trace.sameKind", "true"));
    static final double LEAD_BONUS = Double.parseDouble(System.getProperty("cascade.trace.leadBonus", "0.15"));

    double score(TraceTask child, TraceTask parent) {
        return score(child, parent, false);
    }

    /**
     * How alike two tasks are. {@code down}: the child plan is a level below the parent's, where the
     * child's own committee does what the parent asked of its subordinate committees ("các đảng ủy
     * trực thuộc … tổ chức quán triệt"), not what the parent's committee does itself (its own
     * conference): the committee's counterpart there is the subordinates; so is an organ's task that
     * advises its standing committee ("Tham mưu Ban Thường vụ Đảng ủy phường ban hành thông báo phân
     * công …"): the committee's duty, done through its organ.
     */
    double score(TraceTask child, TraceTask parent, boolean down) {
        double s = 0.8 * cosine(vector(child), vector(parent));
        if (child.section() != null && sectionKey(child.section()).equals(sectionKey(parent.section()))
                && (!SAME_KIND || java.util.Objects.equals(child.kind(), parent.kind()))) {
            s += SECTION_BONUS;
            if (CLOSING && child.section().indexOf('.') < 0) {
                s += SECTION_BONUS; // both a section's unnumbered text (its closing formula)
            }
        }
        if (sharedHead(child, parent)) {
            s += UNIT_BONUS;
        }
        java.util.Set<String> cs = down && SUBORDINATE_COMMITTEE && (ownCommittee(child.lead()) || FOR_COMMITTEE && forCommittee(child.text()))
                ? java.util.Set.of("subordinates")
                : counterpartsOf.computeIfAbsent(String.valueOf(child.lead()), k -> counterparts(child.lead()));
        java.util.Set<String> pc = counterpartsOf.computeIfAbsent(String.valueOf(parent.lead()), k -> counterparts(parent.lead()));
        if (!java.util.Collections.disjoint(cs, pc)) {
            s += LEAD_BONUS;
        }
        return s;
    }

    static final boolean FOR_COMMITTEE = Boolean.parseBoolean(System.getProperty("cascade.trace.forCommittee", "true"));
    private static final java.util.regex.Pattern ADVISES_COMMITTEE = java.util.regex.Pattern.compile(
            "^(chu tri,? (phoi hop [^,;.]{0,60},? )?)?(tham muu|giup) (cho )?ban thuong vu\\b.*");

    /** "Tham mưu Ban Thường vụ Đảng ủy xã phân công …": an organ doing its committee's duty. */
    static boolean forCommittee(String text) {
        return text != null && ADVISES_COMMITTEE.matcher(Syllables.fold(text)).matches(); // fold lower-cases
    }

    static final boolean SUBORDINATE_COMMITTEE = Boolean.parseBoolean(System.getProperty("cascade.trace.subordinateCommittee", "true"));

    /** A plan's committee itself, not one of its organs: "Ban Thường vụ Đảng ủy xã", "Đảng ủy", "Chi ủy", "Ban Chấp hành …". */
    private static final java.util.regex.Pattern COMMITTEE = java.util.regex.Pattern.compile(
            "(ban thuong vu)\\b.*");

    static boolean ownCommittee(String lead) {
        if (lead == null) {
            return false;
        }
        String f = UnitNames.folded(lead).strip();
        return COMMITTEE.matcher(f).matches() && !SUBORDINATES.matcher(" " + f + " ").matches();
    }

    static final boolean COUNTERPARTS = Boolean.parseBoolean(System.getProperty("cascade.trace.counterparts", "true"));
    /** Each lead's counterparts, read once: {@link #score} asks for them for every pair of tasks. */
    private final Map<String, java.util.Set<String>> counterpartsOf = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a lead unit is the counterpart of at another level: its organ ({@link #organ}); and the
     * bodies every level has under other names: the people's committee (Ủy ban nhân dân xã ↔ Đảng ủy
     * Ủy ban nhân dân tỉnh), the police, the Fatherland Front, the subordinate committees and cells;
     * a ward's or commune's Ban Xây dựng Đảng does what the province's organisation and propaganda
     * boards do (DOMAIN.md, the 2025 organisation).
     */
    static java.util.Set<String> counterparts(String unit) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (unit == null) {
            return out;
        }
        String o = organ(unit);
        if (!o.isEmpty()) {
            out.add(o);
        }
        if (!COUNTERPARTS) {
            return out; // the organ alone, as before the rule (models/trace/EVAL.md)
        }
        String f = UnitNames.folded(unit);
        if (f.contains(" uy ban nhan dan ")) {
            out.add("people's committee");
        }
        if (f.contains(" cong an ")) {
            out.add("police");
        }
        if (f.contains(" mat tran to quoc ")) {
            out.add("front");
        }
        if (SUBORDINATES.matcher(f).matches()) {
            out.add("subordinates");
        }
        if (o.equals("ban xay dung dang")) {
            out.add("ban to chuc");
            out.add("ban tuyen giao va dan van");
        }
        return out;
    }

    /** The party organisations under a committee, as plans name them ("các chi ủy, chi bộ", "đảng ủy các xã, phường"). */
    private static final java.util.regex.Pattern SUBORDINATES = java.util.regex.Pattern.compile(
            ".* (truc thuoc|cac chi bo|cac chi uy|cac dang uy|cac cap uy|cac dang bo|cac to chuc (co so )?dang"
                    + "|dang uy cac (xa|phuong)) .*");

    /** A unit's organ without its level ({@link UnitNames#organKey}); empty for none. */
    static String organ(String unit) {
        return unit == null ? "" : UnitNames.organKey(unit);
    }

    /** A section number with its leading Roman numeral in figures: "II.3" and "2.3" → "2.3", "III" → "3". */
    static String sectionKey(String section) {
        if (section == null) {
            return "";
        }
        int dot = section.indexOf('.');
        String head = dot < 0 ? section : section.substring(0, dot);
        if (!head.matches("[IVX]+")) {
            return section;
        }
        int value = 0;
        int last = 0;
        for (int i = head.length() - 1; i >= 0; i--) {
            int v = switch (head.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            value += v < last ? -v : v;
            last = Math.max(last, v);
        }
        return value + (dot < 0 ? "" : section.substring(dot));
    }

    private Map<String, Double> vector(TraceTask t) {
        return vectors.computeIfAbsent(t, k -> {
            Map<String, Double> v = new HashMap<>();
            for (var e : terms(k.text()).entrySet()) {
                v.put(e.getKey(), e.getValue() * idf.getOrDefault(e.getKey(), 1.0));
            }
            return v;
        });
    }

    private static Map<String, Integer> terms(String text) {
        Map<String, Integer> out = new HashMap<>();
        String prev = null;
        for (String w : Syllables.fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            out.merge(w, 1, Integer::sum);
            if (prev != null) {
                out.merge(prev + " " + w, 1, Integer::sum);
            }
            prev = w;
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    /** Whether a unit of the child and one of the parent have the same head ("Ban Tổ chức …"). */
    private static boolean sharedHead(TraceTask c, TraceTask p) {
        for (String u : c.units()) {
            String hu = head(u);
            for (String v : p.units()) {
                if (!hu.isEmpty() && hu.equals(head(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String head(String unitRole) {
        String name = Syllables.fold(unitRole.substring(0, Math.max(0, unitRole.lastIndexOf('|'))));
        String[] w = name.split("\\s+");
        return w.length >= 3 ? w[0] + " " + w[1] + " " + w[2] : name;
    }
}
