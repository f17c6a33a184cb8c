package vn.cascade.index;

import java.util.List;

/**
 * A task entry as stored in the index.
 *
 * @param unitRoles "name|role" pairs
 * @param due       last day of a "by" deadline as yyyymmdd, or null
 */
public record IndexedTask(String docId, String section, String kind, List<String> unitRoles, String text,
                          String deadlineText, String deadlineKind, String deadlineValue, Integer due) {
}
