package vn.cascade.trace;

import java.util.List;

/**
 * A task as the trace sees it.
 *
 * @param units "name|role" pairs
 * @param due   last day of a "by" deadline as yyyymmdd, or null
 */
public record TraceTask(String section, String kind, List<String> units, String text, String deadlineText,
                        String deadlineKind, String deadlineValue, Integer due) {

    /** One line for people: section | units | deadline | text. */
    public String describe() {
        return String.join(" | ", section == null ? "-" : section, String.join(", ", units),
                deadlineText == null ? "no deadline" : deadlineText, text);
    }

    public String lead() {
        return units.stream().filter(u -> u.endsWith("|lead")).map(u -> u.substring(0, u.lastIndexOf('|')))
                .findFirst().orElse(null);
    }
}
