package vn.cascade.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A task's deadline, normalised: the {@code tasks[].deadline} object of
 * {@code extraction.schema.json}. Immutable; build one with the static factories, which check
 * the fields each kind needs (and leave the others null).
 *
 * <ul>
 *   <li>{@link Kind#BY}: {@code value} is {@code YYYY}, {@code YYYY-MM}, {@code YYYY-Qn} or
 *       {@code YYYY-MM-DD} (done by the end of that period or on that day).</li>
 *   <li>{@link Kind#RECURRING}: {@code value} is one of {@code monthly}, {@code quarterly},
 *       {@code semiannual}, {@code yearly}, {@code continuous}.</li>
 *   <li>{@link Kind#AFTER_EVENT}: {@code event} (as the document words it) and
 *       {@code offsetDays} (null when the offset is not stated in days).</li>
 *   <li>{@link Kind#ON_CONDITION}: {@code condition} (as the document words it, e.g.
 *       "sau khi có hướng dẫn của Trung ương").</li>
 *   <li>{@link Kind#IMMEDIATE}: no field.</li>
 * </ul>
 *
 * @param kind       the kind of deadline
 * @param value      for {@code BY} and {@code RECURRING}, else null
 * @param event      for {@code AFTER_EVENT}, else null
 * @param offsetDays for {@code AFTER_EVENT} (nullable), else null
 * @param condition  for {@code ON_CONDITION}, else null
 */
public record Deadline(Kind kind, String value, String event, Integer offsetDays, String condition) {

    /** The kinds of the schema, with their JSON names. */
    public enum Kind {
        BY("by"), RECURRING("recurring"), AFTER_EVENT("after_event"), ON_CONDITION("on_condition"),
        IMMEDIATE("immediate");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        /** The schema's name of the kind ({@code after_event}). */
        public String json() {
            return json;
        }

        /** The kind with that schema name. */
        public static Kind ofJson(String name) {
            for (Kind k : values()) {
                if (k.json.equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown deadline kind: " + name);
        }
    }

    public static final String MONTHLY = "monthly";
    public static final String QUARTERLY = "quarterly";
    public static final String SEMIANNUAL = "semiannual";
    public static final String YEARLY = "yearly";
    public static final String CONTINUOUS = "continuous";

    /** The recurrence values the schema allows. */
    public static final Set<String> RECURRENCES = Set.of(MONTHLY, QUARTERLY, SEMIANNUAL, YEARLY, CONTINUOUS);

    private static final Pattern BY_VALUE =
            Pattern.compile("\\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?");

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case BY -> {
                if (value == null || !BY_VALUE.matcher(value).matches()) {
                    throw new IllegalArgumentException("by needs YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD: " + value);
                }
                requireNull(kind, event, offsetDays, condition);
            }
            case RECURRING -> {
                if (!RECURRENCES.contains(value)) {
                    throw new IllegalArgumentException("recurring needs one of " + RECURRENCES + ": " + value);
                }
                requireNull(kind, event, offsetDays, condition);
            }
            case AFTER_EVENT -> {
                if (event == null || event.isBlank()) {
                    throw new IllegalArgumentException("after_event needs an event");
                }
                if (offsetDays != null && offsetDays < 0) {
                    throw new IllegalArgumentException("negative offset: " + offsetDays);
                }
                requireNull(kind, value, condition);
            }
            case ON_CONDITION -> {
                if (condition == null || condition.isBlank()) {
                    throw new IllegalArgumentException("on_condition needs a condition");
                }
                requireNull(kind, value, event, offsetDays);
            }
            case IMMEDIATE -> requireNull(kind, value, event, offsetDays, condition);
            default -> throw new IllegalStateException();
        }
    }

    private static void requireNull(Kind kind, Object... fields) {
        for (Object f : fields) {
            if (f != null) {
                throw new IllegalArgumentException(kind.json() + " takes no field " + f);
            }
        }
    }

    /** Due by the end of a period or on a day: {@code value} is YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD. */
    public static Deadline by(String value) {
        return new Deadline(Kind.BY, value, null, null, null);
    }

    /** Due by the end of the year. */
    public static Deadline byYear(int year) {
        return by(String.format("%04d", year));
    }

    /** Due by the end of the month. */
    public static Deadline byMonth(YearMonth month) {
        return by(String.format("%04d-%02d", month.getYear(), month.getMonthValue()));
    }

    /** Due by the end of quarter {@code quarter} (1..4) of {@code year}. */
    public static Deadline byQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return by(String.format("%04d-Q%d", year, quarter));
    }

    /** Due on (by) the day. */
    public static Deadline byDate(LocalDate date) {
        return by(date.toString());
    }

    /** Recurring: one of {@link #RECURRENCES}. */
    public static Deadline recurring(String value) {
        return new Deadline(Kind.RECURRING, value, null, null, null);
    }

    /** Ongoing, with no due date (<i>thường xuyên</i>). */
    public static Deadline continuous() {
        return recurring(CONTINUOUS);
    }

    /** Due {@code offsetDays} (nullable: not stated in days) after an event. */
    public static Deadline afterEvent(String event, Integer offsetDays) {
        return new Deadline(Kind.AFTER_EVENT, null, event, offsetDays, null);
    }

    /** Due when a condition is met (<i>sau khi có hướng dẫn của Trung ương</i>). */
    public static Deadline onCondition(String condition) {
        return new Deadline(Kind.ON_CONDITION, null, null, null, condition);
    }

    /** Due at once (<i>thực hiện ngay</i>). */
    public static Deadline immediate() {
        return new Deadline(Kind.IMMEDIATE, null, null, null, null);
    }

    /**
     * Exactly the schema's shape, in its key order: {@code {"kind":"by","value":"2025-Q4"}},
     * {@code {"kind":"after_event","event":"…","offset_days":15}} (offset_days present, possibly
     * null), {@code {"kind":"on_condition","condition":"…"}}, {@code {"kind":"immediate"}}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.json());
        switch (kind) {
            case BY, RECURRING -> m.put("value", value);
            case AFTER_EVENT -> {
                m.put("event", event);
                m.put("offset_days", offsetDays);
            }
            case ON_CONDITION -> m.put("condition", condition);
            default -> {
            }
        }
        return m;
    }

    /** The inverse of {@link #toJson()}; null for null (the schema's "no deadline"). */
    public static Deadline fromJson(Map<String, ?> json) {
        if (json == null) {
            return null;
        }
        Kind kind = Kind.ofJson((String) json.get("kind"));
        return switch (kind) {
            case BY -> by((String) json.get("value"));
            case RECURRING -> recurring((String) json.get("value"));
            case AFTER_EVENT -> {
                Object off = json.get("offset_days");
                yield afterEvent((String) json.get("event"), off == null ? null : ((Number) off).intValue());
            }
            case ON_CONDITION -> onCondition((String) json.get("condition"));
            case IMMEDIATE -> immediate();
        };
    }
}
