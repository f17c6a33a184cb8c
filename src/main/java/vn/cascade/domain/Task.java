package vn.cascade.domain;

import java.util.List;

/**
 * One assignment of a plan.
 *
 * @param section      the item's number, unambiguous within the document (2.3, II.1, III)
 * @param kind         a task for named units, or a solution addressed to all committees
 * @param units        the units with their roles, lead first
 * @param text         the task's text
 * @param deadlineText the deadline as written, or null
 * @param deadline     the deadline normalised, or null
 */
public record Task(String section, Kind kind, List<UnitRole> units, String text, String deadlineText,
                   Deadline deadline) {

    public enum Kind { TASK, SOLUTION }

    public Task {
        units = List.copyOf(units);
    }
}
