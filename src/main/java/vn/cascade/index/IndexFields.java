package vn.cascade.index;

/** Field names of the Lucene index, in one place. */
public final class IndexFields {
    private IndexFields() {
    }

    /** "document" for a document entry; child entries (tasks) will carry other kinds. */
    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String FILE = "file";
    public static final String PATH = "path";
    public static final String SHA256 = "sha256";
    public static final String MEDIA_TYPE = "media_type";
    public static final String PAGES = "pages";
    public static final String OCR_PAGES = "ocr_pages";
    /** Per-page OCR confidence, "page:confidence" pairs separated by spaces. */
    public static final String OCR_CONFIDENCE = "ocr_confidence";
    public static final String TYPE = "type";
    public static final String NUMBER_SYMBOL = "number_symbol";
    public static final String ISSUER = "issuer";
    public static final String DATE = "date";
    /** Raw text as read (OCR or text layer), folded analysis, stored. */
    public static final String RAW = "raw";
    /** Restored text, folded analysis, stored (snippets come from here). */
    public static final String TEXT = "text";
    /** Restored text, exact (accented) analysis, not stored. */
    public static final String TEXT_EXACT = "text_exact";
    public static final String INGESTED_AT = "ingested_at";
    /** Cited documents, one stored value each: id|relation|type|date|issuer (empty parts for null). */
    public static final String CITATION = "citation";
    /** Cited number-symbols, indexed, for "who cites X". */
    public static final String CITES = "cites";
    public static final String SUBJECT = "subject";
    public static final String ORGANIZATION = "organization";
    /** The document's level (a {@code DocumentLevel} key: central, province, commune, agency, grassroots). */
    public static final String LEVEL = "level";
    /** The place a document is dated from ("Hải Phòng, ngày …"), as identity read it. */
    public static final String PLACE = "place";
    /** The Party organisation above the issuer, as the header names it ("Đảng bộ thành phố Hải Phòng"). */
    public static final String PARENT_ORGANIZATION = "parent_organization";

    // Task entries (kind "task"), one per task, beside their document's entry.
    /** The id of the task's document. */
    public static final String PARENT = "parent";
    public static final String SECTION = "section";
    /** "task" or "solution". */
    public static final String TASK_KIND = "task_kind";
    /** Unit names, one value each, as written. */
    public static final String UNIT = "unit";
    /** "name|role" pairs, stored. */
    public static final String UNIT_ROLE = "unit_role";
    public static final String DEADLINE_TEXT = "deadline_text";
    /** by, recurring, after_event, on_condition, immediate. */
    public static final String DEADLINE_KIND = "deadline_kind";
    public static final String DEADLINE_VALUE = "deadline_value";
    /** For "by" deadlines, the last day as yyyymmdd (an IntPoint, for "due between" queries). */
    public static final String DUE = "due";
}
