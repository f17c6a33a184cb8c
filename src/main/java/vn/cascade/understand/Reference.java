package vn.cascade.understand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One other document a text cites, found by {@link CitationExtractor}. Immutable.
 *
 * @param id        the canonical number-symbol ({@code 50-CT/TW})
 * @param type      the document type name ({@code Chỉ thị}), or null
 * @param date      the issue date, ISO {@code YYYY-MM-DD}, or null
 * @param issuer    the issuing body ({@code Ban Bí thư}, {@code Ban Thường vụ Thành ủy}), or null
 * @param relation  {@link #IMPLEMENTS}, {@link #CITES} or {@link #AMENDS}
 * @param start     offset of the first mention in the text (inclusive)
 * @param end       offset of the first mention in the text (exclusive)
 * @param spellings how it was written, distinct, in order of appearance, white space collapsed
 */
public record Reference(String id, String type, String date, String issuer, String relation,
                        int start, int end, List<String> spellings) {

    /** The citing text carries this document out (it is the basis of the plan). */
    public static final String IMPLEMENTS = "implements";
    /** The citing text mentions this document in passing. */
    public static final String CITES = "cites";
    /** The citing text orders this document amended (sửa đổi, bổ sung). */
    public static final String AMENDS = "amends";

    private static final Set<String> RELATIONS = Set.of(IMPLEMENTS, CITES, AMENDS);

    public Reference {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (!RELATIONS.contains(relation)) {
            throw new IllegalArgumentException("relation must be implements, cites or amends: " + relation);
        }
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }

    /** The reference in the shape of {@code extraction.schema.json}: id, type, date, issuer, relation. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", type);
        json.put("date", date);
        json.put("issuer", issuer);
        json.put("relation", relation);
        return json;
    }
}
