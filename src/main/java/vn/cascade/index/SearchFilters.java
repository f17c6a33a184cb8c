package vn.cascade.index;

/**
 * Narrowing of a search, each field optional (null: no filter).
 *
 * @param type         document type (Kế hoạch …)
 * @param issuer       issuing body as indexed
 * @param dateFrom     ISO date (or prefix): documents dated on or after
 * @param dateTo       ISO date (or prefix): documents dated on or before
 * @param unit         documents with a task for this unit (its name as written)
 * @param dueFrom      documents with a task due on or after this day (yyyymmdd)
 * @param dueTo        documents with a task due on or before this day (yyyymmdd)
 * @param overdueAsOf  documents with a task whose deadline passed before this day (yyyymmdd)
 * @param level        the document's level, a {@code DocumentLevel} key (province, commune …)
 */
public record SearchFilters(String type, String issuer, String dateFrom, String dateTo, String unit,
                            Integer dueFrom, Integer dueTo, Integer overdueAsOf, String level) {

    public static SearchFilters none() {
        return new SearchFilters(null, null, null, null, null, null, null, null, null);
    }

    boolean onTasks() {
        return unit != null || dueFrom != null || dueTo != null || overdueAsOf != null;
    }
}
