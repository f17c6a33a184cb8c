package vn.cascade.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.cascade.domain.Unit;
import vn.cascade.understand.UnitNames;

/**
 * The units named by the tasks of every document, each known once however documents write it.
 * A name is read as organ + committee ({@link UnitNames}); the committee's place, when the name
 * leaves it out, is the document's own when the level is the document's own ("Ban Tổ chức Tỉnh
 * ủy" in a plan of the Tỉnh ủy Lai Châu), else the one place the corpus knows for that organ and
 * level (a ward plan's "Ban Tổ chức Thành ủy" is the city's, as its parent plan names it). Names
 * of groups ("Các cấp ủy, tổ chức đảng") are not units. Immutable once built.
 */
public final class UnitRegistry {

    private final Map<String, Unit> byKey;
    /** (document label, name as written) → key. */
    private final Map<String, String> keyOf;

    private UnitRegistry(Map<String, Unit> byKey, Map<String, String> keyOf) {
        this.byKey = byKey;
        this.keyOf = keyOf;
    }

    public static UnitRegistry build(DocumentGraph graph) {
        // (1) every mention, with the committee completed from its document where the levels agree
        record Mention(String doc, String written, String organ, String committee) {
        }
        List<Mention> mentions = new ArrayList<>();
        for (DocumentGraph.Node n : graph.nodes()) {
            String own = UnitNames.committee(n.issuer());
            for (TraceTask t : n.tasks()) {
                for (String ur : t.units()) {
                    String name = ur.substring(0, Math.max(0, ur.lastIndexOf('|'))).strip();
                    if (name.isEmpty() || UnitNames.collective(name)) {
                        continue;
                    }
                    String organ = UnitNames.organ(name);
                    String committee = UnitNames.committee(name);
                    if (committee != null && !UnitNames.hasPlace(committee) && own != null && UnitNames.hasPlace(own)
                            && UnitNames.levelKey(committee).equals(UnitNames.levelKey(own))) {
                        committee = own;
                    }
                    mentions.add(new Mention(n.label(), name, organ, committee));
                }
            }
        }
        // (2) the places known for each level, to complete a placeless committee when only one fits
        Map<String, Set<String>> placesOfLevel = new HashMap<>();
        for (Mention m : mentions) {
            if (m.committee() != null && UnitNames.hasPlace(m.committee())) {
                placesOfLevel.computeIfAbsent(UnitNames.levelKey(m.committee()), k -> new LinkedHashSet<>())
                        .add(key(m.committee()));
            }
        }
        Map<String, String> committeeByKey = new HashMap<>();
        for (Mention m : mentions) {
            if (m.committee() != null) {
                committeeByKey.putIfAbsent(key(m.committee()), m.committee());
            }
        }
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        for (Mention m : mentions) {
            String committee = m.committee();
            if (committee != null && !UnitNames.hasPlace(committee)) {
                Set<String> places = placesOfLevel.getOrDefault(UnitNames.levelKey(committee), Set.of());
                if (places.size() == 1) {
                    committee = committeeByKey.get(places.iterator().next());
                }
            }
            String k = UnitNames.organKey(m.organ()) + "@" + (committee == null ? "" : key(committee));
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(new Mention(m.doc(), m.written(), m.organ(), committee));
            keyOf.put(m.doc() + "\u0000" + m.written(), k);
        }
        Map<String, Unit> byKey = new LinkedHashMap<>();
        for (var e : groups.entrySet()) {
            Map<String, Integer> spellings = new LinkedHashMap<>();
            Set<String> docs = new LinkedHashSet<>();
            for (Mention m : e.getValue()) {
                spellings.merge(m.written(), 1, Integer::sum);
                docs.add(m.doc());
            }
            List<String> variants = spellings.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            Mention first = e.getValue().get(0);
            String organ = mostFrequent(e.getValue().stream().map(Mention::organ).toList());
            String committee = first.committee();
            String name = committee == null ? organ : organ.isEmpty() ? committee : organ + " " + committee;
            byKey.put(e.getKey(), new Unit(name, organ, committee, variants, List.copyOf(docs)));
        }
        return new UnitRegistry(byKey, keyOf);
    }

    private static String key(String committee) {
        return UnitNames.levelKey(committee) + "|" + String.join(" ",
                vn.cascade.normalize.Syllables.fold(committee).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip());
    }

    private static String mostFrequent(List<String> values) {
        Map<String, Integer> c = new HashMap<>();
        values.forEach(v -> c.merge(v, 1, Integer::sum));
        return c.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("");
    }

    /** Every unit, by canonical name. */
    public List<Unit> units() {
        return byKey.values().stream().sorted(Comparator.comparing(Unit::name)).toList();
    }

    /** The unit a document means by a name as written, if it is one unit (not a group). */
    public Optional<Unit> resolve(String documentLabel, String written) {
        String k = keyOf.get(documentLabel + "\u0000" + (written == null ? "" : written.strip()));
        return Optional.ofNullable(k == null ? null : byKey.get(k));
    }
}
