package vn.cascade.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.cascade.normalize.Syllables;

/**
 * The analysts' compliance questions, as of a date, answered from the graph and the task links.
 * Each finding names the document, section and text it rests on. What the corpus cannot know it
 * does not claim: a task past its deadline is "overdue" only in the sense that its deadline has
 * passed (nothing in a plan says whether it was done).
 */
public final class ComplianceCheck {

    /** Kinds of finding. */
    public enum Kind {
        /** A task's deadline has passed. */
        OVERDUE,
        /** A plan was issued after the deadline its parent set for issuing plans. */
        LATE_PLAN,
        /**
         * Plans required by a parent, past its deadline, that the corpus does not hold: none at all,
         * or none from a subordinate committee the parent names in its tasks.
         */
        MISSING_PLANS,
        /** A child task's deadline is later than that of the parent task it carries out. */
        LATER_DEADLINE,
        /** A solution of the parent plan that a child plan does not carry down. */
        DROPPED_SOLUTION
    }

    /** One finding with its evidence. */
    public record Finding(Kind kind, String document, String section, String unit, String text, String evidence) {
    }

    /** Open and overdue task counts of one unit (its lead tasks). */
    public record UnitLoad(String unit, int open, int overdue) {
    }

    /** How many times a year each recurrence falls; continuous work has no period to compare. */
    private static final java.util.Map<String, Integer> PER_YEAR = java.util.Map.of(
            "monthly", 12, "quarterly", 4, "semiannual", 2, "yearly", 1);

    /** Whether both tasks recur and the child's recurs less often than the parent's. */
    static boolean lessOften(TraceTask child, TraceTask parent) {
        if (!"recurring".equals(child.deadlineKind()) || !"recurring".equals(parent.deadlineKind())) {
            return false;
        }
        Integer c = PER_YEAR.get(child.deadlineValue());
        Integer p = PER_YEAR.get(parent.deadlineValue());
        return c != null && p != null && c < p;
    }

    public List<Finding> check(DocumentGraph graph, List<TaskAligner.Link> links, LocalDate asOf) {
        TaskAligner aligner = null; // built only if a dropped solution needs its nearest task
        int today = asOf.getYear() * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
        List<Finding> out = new ArrayList<>();
        for (DocumentGraph.Node n : graph.nodes()) {
            for (TraceTask t : n.tasks()) {
                if (t.due() != null && t.due() < today) {
                    out.add(new Finding(Kind.OVERDUE, n.label(), t.section(), t.lead(), t.text(),
                            "deadline \"" + t.deadlineText() + "\" ended " + format(t.due())));
                }
            }
        }
        for (DocumentGraph.Node parent : graph.nodes()) {
            List<DocumentGraph.Node> children = graph.children(parent);
            for (TraceTask t : parent.tasks()) {
                if (t.due() == null || !ordersPlans(t)) {
                    continue;
                }
                for (DocumentGraph.Node c : children) {
                    Integer issued = day(c.date());
                    if (issued != null && issued > t.due()) {
                        out.add(new Finding(Kind.LATE_PLAN, c.label(), null, c.issuer(), c.title(),
                                "issued " + c.date() + "; " + parent.label() + " " + t.section() + " asked for plans by "
                                        + format(t.due()) + ": \"" + t.text() + "\""));
                    }
                }
                if (children.isEmpty() && t.due() < today) {
                    out.add(new Finding(Kind.MISSING_PLANS, parent.label(), t.section(), t.lead(), t.text(),
                            "plans were due by " + format(t.due()) + "; the corpus holds none that carries out "
                                    + parent.label()));
                } else if (t.due() < today) {
                    for (String committee : subordinateCommittees(parent)) {
                        boolean issued = children.stream().anyMatch(c -> sameCommittee(c.issuer(), committee));
                        if (!issued) {
                            out.add(new Finding(Kind.MISSING_PLANS, parent.label(), t.section(), committee, t.text(),
                                    committee + " is given tasks in " + parent.label() + ", which asked for plans by "
                                            + format(t.due()) + "; the corpus holds no plan of " + committee
                                            + " that carries it out"));
                        }
                    }
                }
            }
        }
        for (TaskAligner.Link l : links) {
            if (l.via() != null) {
                continue; // a sibling's deadline binds nobody else
            }
            Integer c = l.childTask().due();
            Integer p = l.parentTask().due();
            if (c != null && p != null && c > p) {
                out.add(new Finding(Kind.LATER_DEADLINE, l.child().label(), l.childTask().section(), l.childTask().lead(),
                        l.childTask().text(), "due " + format(c) + ", but " + l.parent().label() + " "
                        + l.parentTask().section() + " is due " + format(p)));
            } else if (lessOften(l.childTask(), l.parentTask())) {
                // a report the parent wants every six months, done once a year, is late every other time
                out.add(new Finding(Kind.LATER_DEADLINE, l.child().label(), l.childTask().section(), l.childTask().lead(),
                        l.childTask().text(), "recurs " + l.childTask().deadlineValue() + ", but " + l.parent().label()
                        + " " + l.parentTask().section() + " recurs " + l.parentTask().deadlineValue()));
            }
        }
        for (DocumentGraph.Node child : graph.nodes()) {
            DocumentGraph.Node parent = graph.parent(child).orElse(null);
            if (parent == null || !child.ingested() || child.tasks().isEmpty()) {
                continue;
            }
            // A parent known only by citation: its solutions are those its earliest restatement
            // gives (TaskAligner's stand-in), which the other plans under it are read against.
            DocumentGraph.Node source = parent.tasks().isEmpty() ? TaskAligner.standIn(graph, parent) : parent;
            if (source == null || source == child) {
                continue;
            }
            for (TraceTask p : source.tasks()) {
                if (!"solution".equals(p.kind())) {
                    continue;
                }
                boolean carried = links.stream().anyMatch(l -> l.child() == child && l.parentTask() == p);
                if (!carried) {
                    String whose = source == parent ? parent.label() + " " + p.section()
                            : parent.label() + "'s solution as " + source.label() + " " + p.section() + " restates it";
                    // The nearest task, so that a reader can judge a near miss of the aligner.
                    if (aligner == null) {
                        aligner = new TaskAligner(graph);
                    }
                    TraceTask nearest = null;
                    double best = 0;
                    for (TraceTask c : child.tasks()) {
                        double sc = aligner.score(c, p);
                        if (sc > best) {
                            best = sc;
                            nearest = c;
                        }
                    }
                    String near = nearest == null ? "" : String.format(java.util.Locale.ROOT,
                            "; nearest: %s %s (similarity %.2f, below the link threshold)", child.label(),
                            nearest.section(), best);
                    out.add(new Finding(Kind.DROPPED_SOLUTION, child.label(), p.section(), null, p.text(),
                            whose + " has no counterpart among the " + child.tasks().size() + " tasks of " + child.label()
                                    + near));
                }
            }
        }
        return out;
    }

    /**
     * Per lead unit across documents (the {@link UnitRegistry}'s canonical names; a group of
     * addressees counts under its name as written): tasks still open (no deadline, or not yet
     * passed) and overdue.
     */
    public List<UnitLoad> load(DocumentGraph graph, LocalDate asOf) {
        int today = asOf.getYear() * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
        UnitRegistry registry = UnitRegistry.build(graph);
        Map<String, int[]> counts = new TreeMap<>();
        for (DocumentGraph.Node n : graph.nodes()) {
            for (TraceTask t : n.tasks()) {
                String lead = t.lead();
                if (lead == null) {
                    continue;
                }
                String unit = registry.resolve(n.label(), lead).map(vn.cascade.domain.Unit::name).orElse(lead);
                int[] c = counts.computeIfAbsent(unit, k -> new int[2]);
                if (t.due() != null && t.due() < today) {
                    c[1]++;
                } else {
                    c[0]++;
                }
            }
        }
        List<UnitLoad> out = new ArrayList<>();
        counts.forEach((u, c) -> out.add(new UnitLoad(u, c[0], c[1])));
        return out;
    }

    /** The findings as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the accents), CRLF. */
    public static String csv(List<Finding> findings) {
        StringBuilder sb = new StringBuilder("\uFEFFkind,document,section,unit,text,evidence\r\n");
        for (Finding f : findings) {
            sb.append(String.join(",", quote(f.kind().name()), quote(f.document()), quote(f.section()), quote(f.unit()),
                    quote(f.text()), quote(f.evidence()))).append("\r\n");
        }
        return sb.toString();
    }

    /** A CSV field: quoted, inner quotes doubled; empty for null. */
    public static String quote(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /**
     * The committees below a plan's own that its tasks name one by one ("Đảng ủy Công an tỉnh",
     * "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh"): as far as the corpus can tell, the subordinates
     * expected to issue plans. Groups ("các đảng ủy trực thuộc") name nobody in particular.
     */
    static java.util.Set<String> subordinateCommittees(DocumentGraph.Node parent) {
        String ownLevel = vn.cascade.understand.UnitNames.levelKey(vn.cascade.understand.UnitNames.committee(parent.issuer()));
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (TraceTask t : parent.tasks()) {
            for (String ur : t.units()) {
                String name = ur.substring(0, Math.max(0, ur.lastIndexOf('|'))).strip();
                if (name.isEmpty() || vn.cascade.understand.UnitNames.collective(name)) {
                    continue;
                }
                String organ = vn.cascade.understand.UnitNames.organKey(name);
                String committee = vn.cascade.understand.UnitNames.committee(name);
                boolean committeeItself = organ.isEmpty() || organ.equals("ban thuong vu") || organ.equals("ban chap hanh");
                if (committee == null || !committeeItself) {
                    continue;
                }
                String level = vn.cascade.understand.UnitNames.levelKey(committee);
                if (level.isEmpty() || level.equals(ownLevel) || level.equals("thanh uy") || level.equals("tinh uy")) {
                    continue; // the plan's own committee (or its organs), not a subordinate
                }
                out.putIfAbsent(Syllables.fold(committee), committee);
            }
        }
        return new java.util.LinkedHashSet<>(out.values());
    }

    private static boolean sameCommittee(String issuer, String committee) {
        String c = vn.cascade.understand.UnitNames.committee(issuer);
        return c != null && Syllables.fold(c).equals(Syllables.fold(committee));
    }

    /** A task that orders subordinates to issue their own plans ("xây dựng kế hoạch", "ban hành kế hoạch"). */
    static boolean ordersPlans(TraceTask t) {
        String f = Syllables.fold(t.text() == null ? "" : t.text());
        return f.contains("xay dung ke hoach") || f.contains("ban hanh ke hoach") || f.contains("xay dung chuong trinh");
    }

    private static Integer day(String iso) {
        if (iso == null || iso.length() < 7) {
            return null;
        }
        try {
            LocalDate d = iso.length() == 10 ? LocalDate.parse(iso) : java.time.YearMonth.parse(iso.substring(0, 7)).atDay(1);
            return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String format(int yyyymmdd) {
        return String.format("%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }
}
