package vn.cascade.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.cascade.domain.Citation;
import vn.cascade.normalize.Syllables;

/**
 * The documents and what they cite, as a graph: a node per document, ingested or known only by
 * citation (a directive is often not in the corpus); typed edges (implements, cites, amends).
 *
 * <p>Built in three steps. (1) Copies: files most of whose words are in another's restored text
 * (a plan received as a scan, a Word file and a PDF) are one node with several files. (2) Identity
 * resolution: a document that does not print its own number (DOMAIN.md: seed 002) is recognised as
 * the document others cite, from evidence: same type, same issuing committee, compatible date, and
 * carrying out the same parent as its citers say it does; the score and the evidence are kept, and
 * nothing is merged below {@value #RESOLVE_AT}. The same number-symbol from two issuers is two
 * documents. (3) The implementation tree: each document hangs under the most specific document it
 * implements (the deepest one), so a ward plan that implements both a city plan and the directive
 * hangs under the city plan. Immutable once built.
 */
public final class DocumentGraph {

    static final double RESOLVE_AT = 0.6;
    static final double COPY_AT = 0.6;

    /** A document in the graph. */
    public static final class Node {
        final String key;
        String number;
        String type;
        String title;
        String issuer;
        String date;
        /** The province or city the document belongs to, where its issuer names it (null: unknown). */
        String province;
        final List<String> files = new ArrayList<>();
        final List<String> docIds = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();
        final List<TraceTask> tasks = new ArrayList<>();
        String text;
        Resolution resolution;

        Node(String key) {
            this.key = key;
        }

        public String key() { return key; }
        public String number() { return number; }
        public String type() { return type; }
        public String title() { return title; }
        public String issuer() { return issuer; }
        public String date() { return date; }
        public List<String> files() { return List.copyOf(files); }
        public List<TraceTask> tasks() { return List.copyOf(tasks); }
        public boolean ingested() { return !docIds.isEmpty(); }
        /** Index ids of the ingested copies of this document (empty when known only by citation). */
        public List<String> docIds() { return List.copyOf(docIds); }
        public Resolution resolution() { return resolution; }

        /**
         * How the node is named to a person: number-symbol, else its first file. A local document
         * known only by citation carries its province ("03-HD/TU@Lai Châu"): each province numbers
         * its own documents, so the number alone does not name one.
         */
        public String label() {
            if (number != null) {
                return !ingested() && province != null && local(number) ? number + "@" + province : number;
            }
            return files.isEmpty() ? key : files.get(0);
        }

        public String province() { return province; }
    }

    /** Why an unnumbered document was taken for a cited one. */
    public record Resolution(String citedAs, double confidence, List<String> evidence) {
    }

    /** A typed edge from a citing document to a cited one. */
    public record Edge(Node from, Node to, String relation) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<Node, Node> parent = new HashMap<>();

    private DocumentGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = edges;
        for (Node n : nodes) {
            parentOf(n).ifPresent(p -> parent.put(n, p));
        }
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    public static DocumentGraph build(List<TraceDocument> documents) {
        // (1) copies
        List<Node> ingested = new ArrayList<>();
        List<TraceDocument> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing((TraceDocument d) -> d.number() == null)
                .thenComparing(d -> -d.citations().size()).thenComparing(d -> -d.tasks().size()));
        Map<Node, Set<String>> words = new HashMap<>();
        for (TraceDocument d : ordered) {
            Set<String> w = words(d.text());
            Node same = null;
            for (Node n : ingested) {
                if (copies(n, d, overlap(words.get(n), w))) {
                    same = n;
                    break;
                }
            }
            if (same == null) {
                same = new Node("doc:" + d.docId());
                same.number = d.number();
                same.type = d.type();
                same.title = d.subject();
                same.issuer = d.issuer();
                same.date = d.date();
                // the issuer's name, else the organisation above it in the header ("Đảng bộ thành phố Hải
                // Phòng" over a ward's committee), else the text
                String named = province(d.issuer());
                named = named != null ? named : province(d.parentOrganization());
                same.province = named != null ? named : mostNamedProvince(d.text(), d.place());
                same.citations.addAll(d.citations());
                same.tasks.addAll(d.tasks());
                same.text = d.text();
                ingested.add(same);
                words.put(same, w);
            }
            same.files.add(d.file());
            same.docIds.add(d.docId());
        }
        // Cited documents not ingested, keyed by number and issuing family.
        Map<String, Node> cited = new LinkedHashMap<>();
        Map<Node, List<Node>> citers = new HashMap<>();
        for (Node n : ingested) {
            for (Citation c : n.citations) {
                String where = provinceOf(c, n);
                Node target = ingestedTarget(ingested, c, where, n);
                if (target == null) {
                    target = cited.computeIfAbsent(citedKey(c, where), Node::new);
                    target.number = c.id();
                    target.province = where;
                    target.type = target.type != null ? target.type : c.type();
                    target.issuer = target.issuer != null ? target.issuer : c.issuer();
                    target.date = target.date != null ? target.date : c.date();
                }
                citers.computeIfAbsent(target, k -> new ArrayList<>()).add(n);
            }
        }
        // (1b) one document cited under two types: the same number, issuer code, province and day
        // ("Chỉ thị 21-CT/TW, ngày 25/10/2021" for that day's Kết luận 21-KL/TW) is a misprinted type;
        // the spelling more documents cite names it
        Map<Node, Node> misprinted = new HashMap<>();
        List<Node> citedOnly = new ArrayList<>(cited.values());
        for (int i = 0; i < citedOnly.size(); i++) {
            for (int j = i + 1; j < citedOnly.size(); j++) {
                Node a = citedOnly.get(i);
                Node b = citedOnly.get(j);
                if (misprinted.containsKey(a) || misprinted.containsKey(b) || !sameDocumentOtherType(a, b)) {
                    continue;
                }
                boolean keepA = citers.getOrDefault(a, List.of()).size() >= citers.getOrDefault(b, List.of()).size();
                Node kept = keepA ? a : b;
                Node alias = keepA ? b : a;
                misprinted.put(alias, kept);
                citers.computeIfAbsent(kept, k -> new ArrayList<>()).addAll(citers.getOrDefault(alias, List.of()));
                citers.remove(alias);
            }
        }
        Map<String, Node> renamed = new HashMap<>(); // an alias's key → the document it names
        misprinted.forEach((alias, kept) -> {
            cited.remove(alias.key);
            renamed.put(alias.key, kept);
        });
        // (2) identity resolution
        Map<Node, Node> resolvedAs = new HashMap<>();
        for (Node n : ingested) {
            if (n.number != null) {
                continue;
            }
            Node best = null;
            double bestScore = 0;
            List<String> bestEvidence = List.of();
            for (Node x : cited.values()) {
                if (resolvedAs.containsValue(x)) {
                    continue;
                }
                List<String> evidence = new ArrayList<>();
                double s = score(n, x, citers.getOrDefault(x, List.of()), evidence);
                if (s > bestScore) {
                    best = x;
                    bestScore = s;
                    bestEvidence = evidence;
                }
            }
            if (best != null && bestScore >= RESOLVE_AT) {
                resolvedAs.put(best, n);
                n.number = best.number;
                if (n.date == null) {
                    n.date = best.date;
                }
                n.resolution = new Resolution(best.number + (best.issuer == null ? "" : " of " + best.issuer)
                        + (best.date == null ? "" : ", " + best.date), Math.min(1.0, bestScore), List.copyOf(bestEvidence));
            }
        }
        List<Node> all = new ArrayList<>(ingested);
        for (Node x : cited.values()) {
            if (!resolvedAs.containsKey(x)) {
                all.add(x);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Node n : ingested) {
            for (Citation c : n.citations) {
                String where = provinceOf(c, n);
                Node target = java.util.Optional.ofNullable(ingestedTarget(ingested, c, where, n))
                        .orElseGet(() -> cited.getOrDefault(citedKey(c, where), renamed.get(citedKey(c, where))));
                if (target != null && target != n) {
                    Edge e = new Edge(n, resolvedAs.getOrDefault(target, target), c.relation());
                    if (!edges.contains(e)) {
                        edges.add(e);
                    }
                }
            }
        }
        return new DocumentGraph(all, edges);
    }

    /**
     * Whether document d is a copy of node n: most of its phrasing is n's, and nothing in their
     * identities disagrees. A plan restates its parent's phrasing at length, so a document that
     * prints a number the other does not must share almost all of it.
     */
    private static boolean copies(Node n, TraceDocument d, double overlap) {
        if (n.number != null && d.number() != null) {
            return overlap >= COPY_AT && n.number.equals(d.number());
        }
        if (n.type != null && d.type() != null && !n.type.equals(d.type())) {
            return false;
        }
        if (n.number != null || d.number() != null) {
            return overlap >= 0.85;
        }
        return overlap >= COPY_AT;
    }

    /** Evidence that the unnumbered document n is the cited document x. */
    static double score(Node n, Node x, List<Node> citersOfX, List<String> evidence) {
        if (n.type != null && x.type != null && !n.type.equals(x.type)) {
            return 0; // a plan is not the directive it carries out
        }
        for (Citation c : n.citations) {
            if (c.id().equals(x.number)) {
                return 0; // nor anything it cites
            }
        }
        double s = 0;
        if (n.type != null && n.type.equals(x.type)) {
            s += 0.25;
            evidence.add("same type: " + n.type);
        }
        if (n.issuer != null && x.issuer != null && sameIssuer(n.issuer, x.issuer)) {
            s += 0.35;
            evidence.add("same issuer: " + n.issuer + " ~ " + x.issuer);
        }
        if (n.date != null && x.date != null) {
            if (n.date.equals(x.date)) {
                s += 0.1;
                evidence.add("same date: " + n.date);
            } else if (!x.date.startsWith(n.date) && !n.date.startsWith(x.date)) {
                s -= 0.5;
                evidence.add("different date: " + n.date + " vs " + x.date);
            }
        }
        // Its citers carry out both x and what n carries out: x sits between them.
        Set<String> nImplements = new HashSet<>();
        for (Citation c : n.citations) {
            if (Citation.IMPLEMENTS.equals(c.relation())) {
                nImplements.add(c.id());
            }
        }
        for (Node citer : citersOfX) {
            for (Citation c : citer.citations) {
                if (Citation.IMPLEMENTS.equals(c.relation()) && nImplements.contains(c.id()) && !c.id().equals(x.number)) {
                    s += 0.3;
                    evidence.add(citer.label() + " carries out both " + x.number + " and " + c.id()
                            + ", which this document carries out");
                    return s;
                }
            }
        }
        return s;
    }

    /** The committee an issuer belongs to, for comparing issuers: "thanh uy", "tinh uy", "tw" … */
    static String family(String issuer) {
        if (issuer == null) {
            return "?";
        }
        String f = Syllables.fold(issuer);
        if (f.matches(".*(trung uong|bi thu|bo chinh tri).*")) {
            return "tw";
        }
        for (String k : List.of("thanh uy", "tinh uy", "huyen uy", "quan uy", "thi uy", "dang uy khoi", "dang uy")) {
            if (f.contains(k)) {
                return k;
            }
        }
        return f;
    }

    /** Whether two cited documents differ only in their type code: same number, issuer code, family, province and day. */
    static boolean sameDocumentOtherType(Node a, Node b) {
        if (a.number == null || b.number == null || a.date == null || !a.date.equals(b.date) || a.number.equals(b.number)) {
            return false;
        }
        java.util.regex.Matcher x = NUMBER_SYMBOL.matcher(a.number);
        java.util.regex.Matcher y = NUMBER_SYMBOL.matcher(b.number);
        return x.matches() && y.matches() && x.group(1).equals(y.group(1)) && x.group(3).equals(y.group(3))
                && !x.group(2).equals(y.group(2)) && family(a.issuer).equals(family(b.issuer)) && sameProvince(a.province, b.province);
    }

    private static final java.util.regex.Pattern NUMBER_SYMBOL = java.util.regex.Pattern.compile("(\\d+)-([^/]+)/(.+)");

    /** A document numbered within a province (any issuer code but the centre's TW). */
    static boolean local(String numberSymbol) {
        return numberSymbol != null && !numberSymbol.endsWith("/TW");
    }

    private static final java.util.regex.Pattern PROVINCE = java.util.regex.Pattern.compile(
            "(?:[Tt]ỉnh(?: ủy)?|[Tt]hành phố|[Tt]hành ủy) +(\\p{Lu}\\p{Ll}*(?:[ -]\\p{Lu}\\p{Ll}*){0,3})(?![\\p{L}\\d])");

    /** The province or city a name of a body names ("Ban Thường vụ Tỉnh ủy Lai Châu" → Lai Châu), or null. */
    static String province(String body) {
        if (body == null) {
            return null;
        }
        java.util.regex.Matcher m = PROVINCE.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The province a text names most often after a level's word (its own: the genre names no other);
     * where it names none, the place it is dated from ({@code datedFrom}, as understanding read it)
     * when that is a province; else null.
     */
    static String mostNamedProvince(String text, String datedFrom) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        java.util.regex.Matcher m = PROVINCE.matcher(text);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            // a body of the province that names it only in its header's capitals: the place it dates from
            // ("Hải Phòng, ngày 22 tháng 12 năm 2025"), where that place is a province. A document indexed
            // before the index kept the place has none: its date line is read here as identity reads it.
            String place = datedFrom;
            if (place == null) {
                java.util.regex.Matcher dated = DATED_AT.matcher(text);
                place = dated.find() ? dated.group(1) : null;
            }
            if (place != null && vn.cascade.normalize.PlaceNames.provinces().contains(place)) {
                return place;
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The place a document is dated from, at a line's start ("Hải Phòng, ngày …"). */
    private static final java.util.regex.Pattern DATED_AT = java.util.regex.Pattern.compile("(?m)^[\\s*]*(\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}), ngày");

    /**
     * Where a cited local document belongs: the province its issuer names, else the citing
     * document's ("Kế hoạch số 15-KH/TU của Ban Thường vụ Thành ủy" in a ward of Hải Phòng). Null
     * for the centre's documents, or when neither is known.
     */
    static String provinceOf(Citation c, Node citer) {
        if (!local(c.id()) || "tw".equals(family(c.issuer()))) {
            return null;
        }
        String named = province(c.issuer());
        return named != null ? named : citer.province;
    }

    private static String citedKey(Citation c, String province) {
        return "cited:" + c.id() + "@" + family(c.issuer()) + (province == null ? "" : "@" + Syllables.fold(province));
    }

    /**
     * The ingested document a citation names: its number, from a compatible issuer and province. When
     * several are (two communes' 39-KH/ĐU, neither naming its province where the citer does not), the
     * one the citation describes best: the same day, the issuer's kind of place (phường, xã) and the
     * province named by both. Null if none.
     */
    static Node ingestedTarget(List<Node> ingested, Citation c, String where, Node citer) {
        Node best = null;
        int bestScore = -1;
        String place = placeKind(c.issuer());
        for (Node m : ingested) {
            if (m == citer || !c.id().equals(m.number) || !sameIssuer(m.issuer, c.issuer()) || !sameProvince(m.province, where)) {
                continue;
            }
            int score = 0;
            if (c.date() != null && c.date().equals(m.date)) {
                score += 4;
            }
            if (place != null && place.equals(placeKind(m.issuer))) {
                score += 2;
            }
            if (where != null && m.province != null) {
                score += 1;
            }
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern PLACE_KIND = java.util.regex.Pattern.compile(
            "(?<![a-z])(" + vn.cascade.understand.PlaceKinds.FOLDED + ")(?![a-z])");

    /** The kind of place an issuer's committee governs ("Đảng ủy phường" → phuong), or null. */
    private static String placeKind(String issuer) {
        if (issuer == null) {
            return null;
        }
        java.util.regex.Matcher m = PLACE_KIND.matcher(Syllables.fold(issuer));
        return m.find() ? m.group(1) : null;
    }

    /** Unknown is compatible; names compare without accents (OCR's tones on a place's name differ). */
    static boolean sameProvince(String a, String b) {
        return a == null || b == null || Syllables.fold(a).equalsIgnoreCase(Syllables.fold(b));
    }

    static boolean sameIssuer(String a, String b) {
        if (a == null || b == null) {
            return true; // unknown is compatible
        }
        return family(a).equals(family(b));
    }

    /** The node for a number-symbol, a file name or a document id. */
    public Optional<Node> find(String idOrFile) {
        return nodes.stream().filter(n -> idOrFile.equals(n.number) || n.files.contains(idOrFile)
                || n.docIds.contains(idOrFile) || idOrFile.equals(n.key)).findFirst();
    }

    /** The documents that hang directly under {@code n} in the implementation tree. */
    public List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node m : nodes) {
            if (parent.get(m) == n) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Node::label));
        return out;
    }

    public Optional<Node> parent(Node n) {
        return Optional.ofNullable(parent.get(n));
    }

    /** Roots: documents implementing nothing in the graph, that something implements. */
    public List<Node> roots() {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!parent.containsKey(n) && !children(n).isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private Optional<Node> parentOf(Node n) {
        Node best = null;
        int bestDepth = -1;
        for (Edge e : edges) {
            if (e.from() == n && Citation.IMPLEMENTS.equals(e.relation())) {
                int d = depth(e.to(), new HashSet<>());
                if (d > bestDepth || d == bestDepth && moreSpecific(n, e.to(), best)) {
                    best = e.to();
                    bestDepth = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Of two documents plan {@code n} carries out that the graph cannot order (neither is known to
     * carry out the other: a city plan known only by citation, and the directive it carries out),
     * whether {@code a} is the nearer above it: the one issued by the level nearest above the
     * plan's own (a ward's plan carries out its city's plan of the directive; a province's own
     * resolution, at its own level, is not above it). Otherwise the first cited stays.
     */
    private static boolean moreSpecific(Node n, Node a, Node b) {
        if (b == null) {
            return true;
        }
        int own = level(n);
        int la = level(a);
        int lb = level(b);
        return own >= 0 && la >= 0 && la < own && (lb < 0 || lb >= own || la > lb);
    }

    /** A node's depth in the party system ({@link vn.cascade.understand.DocumentLevel#depth}), or -1 when nothing tells. */
    private static int level(Node n) {
        return vn.cascade.understand.DocumentLevel.of(n.issuer(), n.number())
                .map(vn.cascade.understand.DocumentLevel::depth).orElse(-1);
    }

    /** Length of the longest chain of implements edges above n (cycles cut). */
    private int depth(Node n, Set<Node> seen) {
        if (!seen.add(n)) {
            return 0;
        }
        int d = 0;
        for (Edge e : edges) {
            if (e.from() == n && Citation.IMPLEMENTS.equals(e.relation())) {
                d = Math.max(d, 1 + depth(e.to(), seen));
            }
        }
        seen.remove(n);
        return d;
    }

    /**
     * The text's runs of four consecutive words (skeletons): two plans of the genre share most of
     * their vocabulary, but only copies share most of their phrasing.
     */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        List<String> w = new ArrayList<>();
        for (String t : Syllables.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                w.add(t);
            }
        }
        for (int i = 0; i + 4 <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + 4)));
        }
        return out;
    }

    /**
     * Share of the smaller text's four-word runs found in the larger: a two-page scan of a plan is
     * a copy of the plan (OCR errors break some runs, hence a threshold well under 1). Texts of
     * under 50 runs are never called copies.
     */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.size() < 50 || b.size() < 50) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int in = 0;
        for (String w : small) {
            if (large.contains(w)) {
                in++;
            }
        }
        return in / (double) small.size();
    }
}
