package vn.cascade.understand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Cascade understood of one document, in the shape of {@code extraction.schema.json}
 * (the contract of {@code extract --json}). Fields the document does not state, or that Cascade
 * cannot yet find, are null, never guessed.
 *
 * @param file       the input file's name
 * @param doc        identity fields (type, id, number, symbol, date, place, organization,
 *                   issuing_body, parent_organization, subject, signer, signer_title)
 * @param references documents cited
 * @param tasks      assignments
 */
public record Extraction(String file, Map<String, Object> doc, List<Map<String, Object>> references,
                         List<Map<String, Object>> tasks) {

    /** Identity field names of the schema, in its order. */
    public static final List<String> DOC_FIELDS = List.of("type", "id", "number", "symbol", "date", "place",
            "organization", "issuing_body", "parent_organization", "subject", "signer", "signer_title");

    /** An extraction with every identity field null and nothing found. */
    public static Extraction empty(String file) {
        Map<String, Object> doc = new LinkedHashMap<>();
        DOC_FIELDS.forEach(f -> doc.put(f, null));
        return new Extraction(file, doc, List.of(), List.of());
    }
}
