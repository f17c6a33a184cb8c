package vn.cascade.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cascade.domain.Identity;
import vn.cascade.domain.Task;
import vn.cascade.domain.UnitRole;

/**
 * What Cascade understood of one document; {@link #toJson()} gives it in the shape of
 * {@code extraction.schema.json} (the contract of {@code extract --json}). Fields the document
 * does not state are null, never guessed.
 */
public record Extraction(String file, Identity identity, List<Reference> references, List<Task> tasks) {

    /** Identity field names of the schema, in its order. */
    public static final List<String> DOC_FIELDS = List.of("type", "id", "number", "symbol", "date", "place",
            "organization", "issuing_body", "parent_organization", "subject", "signer", "signer_title");

    public Extraction {
        references = List.copyOf(references);
        tasks = List.copyOf(tasks);
    }

    /** An extraction with every identity field null and nothing found. */
    public static Extraction empty(String file) {
        return new Extraction(file, Identity.unknown(), List.of(), List.of());
    }

    public Map<String, Object> doc() {
        Identity i = identity;
        Object[] values = {i.type(), i.id(), i.number(), i.symbol(), i.date(), i.place(), i.organization(),
                i.issuingBody(), i.parentOrganization(), i.subject(), i.signer(), i.signerTitle()};
        Map<String, Object> doc = new LinkedHashMap<>();
        for (int k = 0; k < DOC_FIELDS.size(); k++) {
            doc.put(DOC_FIELDS.get(k), values[k]);
        }
        return doc;
    }

    /** Builds the identity from the schema's field map. */
    public static Identity identityOf(Map<String, Object> doc) {
        return new Identity(s(doc, "type"), s(doc, "id"), s(doc, "number"), s(doc, "symbol"), s(doc, "date"),
                s(doc, "place"), s(doc, "organization"), s(doc, "issuing_body"), s(doc, "parent_organization"),
                s(doc, "subject"), s(doc, "signer"), s(doc, "signer_title"));
    }

    private static String s(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    public List<Map<String, Object>> referencesJson() {
        List<Map<String, Object>> out = new ArrayList<>();
        references.forEach(r -> out.add(r.toJson()));
        return out;
    }

    public List<Map<String, Object>> tasksJson() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Task t : tasks) {
            out.add(taskJson(t));
        }
        return out;
    }

    public static Map<String, Object> taskJson(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", t.section());
        m.put("kind", t.kind() == Task.Kind.SOLUTION ? "solution" : "task");
        List<Map<String, Object>> units = new ArrayList<>();
        for (UnitRole u : t.units()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("name", u.name());
            um.put("role", u.role().json());
            units.add(um);
        }
        m.put("units", units);
        m.put("text", t.text());
        m.put("deadline_text", t.deadlineText());
        m.put("deadline", t.deadline() == null ? null : t.deadline().toJson());
        return m;
    }

    /** The citations as domain records. */
    public List<vn.cascade.domain.Citation> citations() {
        List<vn.cascade.domain.Citation> out = new ArrayList<>();
        for (Reference r : references) {
            out.add(new vn.cascade.domain.Citation(r.id(), r.type(), r.date(), r.issuer(), r.relation()));
        }
        return out;
    }

    /** The schema's JSON object. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("doc", doc());
        m.put("references", referencesJson());
        m.put("tasks", tasksJson());
        return m;
    }
}
