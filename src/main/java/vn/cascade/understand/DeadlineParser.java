package vn.cascade.understand;

import vn.cascade.domain.Deadline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cascade.normalize.Syllables;

/**
 * Finds the deadline phrase of one task sentence of a plan (<i>Kế hoạch</i>) and normalises it
 * into a {@link Deadline}.
 *
 * <h2>Contract</h2>
 * {@link #find(String, Temporal)} returns the deadline of the sentence, or empty when it has none.
 * The {@link Found} gives the phrase exactly as written ({@code deadlineText}, the convention of
 * the evaluation files: without the parentheses around it, with its verb <i>Hoàn thành</i> /
 * <i>Thực hiện</i> / <i>Triển khai</i> when the verb stands right before it, without a label such
 * as <i>Thời gian:</i>), its offsets in the input ({@code taskText.substring(start, end)} is the
 * phrase) and the normalised deadline.
 * <p>
 * Matching is done on the folded skeleton of the text ({@link Syllables#fold}: lower case, no
 * diacritics, đ → d, one character for one character), so unaccented or partly restored text
 * (<i>hoan thanh trong quy IV/2025</i>, <i>hang nam</i>) is read like accented text, and stray
 * spaces around separators ({@code Quý IV /2025}, {@code 11/ 2025}) are tolerated. The input should
 * be NFC (the project's text is); decomposed marks are not folded.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li><b>by</b>: <i>(Hoàn thành) trong / trước / đến (hết) / cuối / đầu / chậm nhất / vào</i> +
 *       <i>tháng 11/2025, tháng 11 năm 2025</i> → {@code 2025-11}; <i>quý IV/2025, Quý I năm 2026,
 *       quý 4/2025</i> (Roman or Arabic numerals; OCR's {@code l 1 |} for I) → {@code 2025-Q4};
 *       <i>năm 2025</i> → {@code 2025}; <i>trước / chậm nhất / hạn / đến ngày 30/11/2025</i> (also
 *       <i>ngày 30 tháng 11 năm 2025</i>, {@code -} and {@code .} as separators) →
 *       {@code 2025-11-30}; <i>6 tháng đầu năm 2026</i> → {@code 2026-06} (the end of the first
 *       <i>n</i> months), <i>6 tháng cuối năm 2025</i> → {@code 2025-12}; <i>năm nay</i> → the
 *       document's year. A period (month, quarter, year) without a preposition counts only when a
 *       deadline verb, an opening parenthesis or a label (<i>Thời gian:</i>, <i>Thời hạn:</i>,
 *       <i>Tiến độ:</i>) stands before it. A day needs one of <i>trước, chậm nhất, hạn, đến,
 *       trong</i>, or a deadline verb, parenthesis or label right before <i>ngày</i> (<i>Thực hiện
 *       ngày 15/10/2025</i>, <i>Thời gian: ngày …</i>): a bare date in running text or after a
 *       number-symbol (<i>Chỉ thị số 50-CT/TW, ngày 23/7/2025</i>) is a citation, never a
 *       deadline.</li>
 *   <li><b>trước</b> before a <i>period</i> is read literally, as the end of the period before:
 *       <i>trước tháng 12/2025</i> → {@code 2025-11}, <i>trước quý I/2026</i> → {@code 2025-Q4},
 *       <i>trước năm 2026</i> → {@code 2025}. Before a <i>day</i> it is the day itself (DOMAIN.md:
 *       <i>trước ngày 01/12</i> = by 1 December).</li>
 *   <li><b>recurring</b>: <i>hằng / hàng / mỗi tháng</i> → monthly; <i>hằng quý, 3 tháng một
 *       lần</i> → quarterly; <i>06 tháng (và hằng năm), 6 tháng một lần, định kỳ 6 tháng, hằng
 *       nửa năm</i> → semiannual; <i>hằng năm, định kỳ hằng năm, một năm một lần</i> → yearly;
 *       <i>thường xuyên</i> after a deadline verb, a parenthesis or a label → continuous (the
 *       adverb alone, <i>thường xuyên kiểm tra</i>, is not a deadline). A day or period without a
 *       year followed by <i>hằng năm / hằng tháng</i> (<i>trước ngày 01/12 (hằng năm)</i>, <i>trong
 *       quý I hằng năm</i>, <i>trước ngày 05 hằng tháng</i>) is recurring with that period: the
 *       schema has no "yearly by 1 December", and the recurrence is the fact that does not
 *       depend on guessing a year.</li>
 *   <li><b>after_event</b>: <i>sau 15 ngày tổ chức hội nghị cấp thành phố</i>, <i>trong (vòng /
 *       thời hạn) 30 ngày kể từ ngày ký</i>, <i>chậm nhất 15 ngày sau khi …</i>, <i>15 ngày làm
 *       việc sau …</i> → event (the rest of the clause, without <i>kể từ ngày</i>) and offset
 *       (weeks × 7; working days are given as their number; months give a null offset, since a
 *       month is not a fixed number of days); <i>Hoàn thành sau Hội nghị …</i> (a deadline verb or
 *       label, then <i>sau</i> + an event; a bare parenthesis is not enough: <i>(sau đây gọi
 *       là …)</i>) → offset null. <i>trong 30 ngày</i> with no
 *       starting point is not read.</li>
 *   <li><b>on_condition</b>: <i>(Thực hiện) sau khi có hướng dẫn của Trung ương</i>, <i>khi
 *       có …</i> after a deadline verb, a parenthesis or a label; the condition is the clause from
 *       <i>sau khi / khi</i> on. <i>Thực hiện <b>ngay</b> sau khi có văn bản chỉ đạo của cấp
 *       trên</i> is on_condition too, with condition <i>sau khi có văn bản …</i>: the development
 *       gold (eval/dev/002.json) records it so; the <i>ngay</i> stays in the deadline text.</li>
 *   <li><b>immediate</b>: <i>(Thực hiện / Triển khai) ngay</i>, <i>ngay lập tức</i>, <i>(ngay)</i>
 *       when no condition or period follows (<i>ngay trong tháng 10/2025</i> is by 2025-10).
 *       Where the text keeps its accents, <i>ngày</i> (day) is not taken for <i>ngay</i>.</li>
 * </ul>
 *
 * <h2>Several deadlines</h2>
 * The first deadline in the sentence wins, except that a bare recurrence word (<i>định kỳ hằng
 * quý</i> with no verb, parenthesis or label) gives way to any later marked deadline. Deadlines
 * written one after another (<i>Hoàn thành trong Quý IV/2025, trong quý I hằng năm</i>; <i>06
 * tháng và hằng năm</i>) form one deadline text, normalised as the first: {@code 2025-Q4},
 * {@code semiannual} (the schema has one deadline per task; the first is the nearest due date).
 *
 * <h2>Implicit years</h2>
 * A day, month or quarter written without a year (<i>trước ngày 01/12</i>, <i>trong tháng
 * 12</i>, <i>trong quý IV</i>) is resolved against the document's date: the next such day,
 * month or quarter on or after the document's date (a plan dated 18/9/2025: <i>01/12</i> →
 * 2025-12-01, <i>01/3</i> → 2026-03-01; <i>tháng 9</i> → 2025-09). When the document's date is a
 * {@link YearMonth} (day left blank), a day in the document's month counts as on or after it.
 * When the document's date is null the year cannot be known: the phrase is still returned, with
 * {@link Found#deadline()} null ({@code deadline_text} set, {@code deadline} null in the schema's
 * terms: not stated, never guessed).
 *
 * <h2>Not read</h2>
 * Standing rules are not deadlines: <i>sinh hoạt vào ngày 03 hằng tháng</i> (a recurrence word
 * right after a day number without <i>trước / chậm nhất</i>), <i>ít nhất mỗi quý 01 lần</i>.
 * Not handled: weeks and days as periods (<i>hằng tuần</i>, <i>trong tuần đầu của tháng</i>),
 * ranges and stages (<i>giai đoạn 2025-2030</i>, <i>từ … đến …</i> is read by its end only when
 * written <i>đến ngày …</i>), <i>vào ngày 15/12/2025</i> (a date of an event; read only as
 * <i>trước / chậm nhất / hạn / đến ngày</i>), numbers written in words beyond ten (except
 * <i>mười lăm</i>), quarters in words (<i>quý tư</i>), <i>trước</i> qualifying a deadline in the
 * past, and whether the sentence is a task at all: a solution (<i>giải pháp</i>) that says
 * <i>định kỳ hằng quý</i> gets a recurring deadline; deciding that solutions carry none is the
 * caller's business.
 * <p>
 * Immutable and thread-safe: the patterns are compiled once and matching keeps no state.
 */
public final class DeadlineParser {

    /**
     * A deadline found in a sentence.
     *
     * @param deadlineText the phrase as written ({@code taskText.substring(start, end)})
     * @param start        offset of the phrase in the task text
     * @param end          offset just past the phrase
     * @param deadline     the normalised deadline; null when it needs a year the text does not
     *                     give and the document's date is unknown
     */
    public record Found(String deadlineText, int start, int end, Deadline deadline) {

        /** Whether the deadline could be normalised (false only for a missing implicit year). */
        public boolean resolved() {
            return deadline != null;
        }
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /** Not after a letter or digit. */
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** Not before a letter or digit. */
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String SEP = "\\s*[/.\\-]\\s*";
    private static final String YEAR = "(?<y>(?:19|20)\\d{2})(?!\\d)";
    private static final String ONCE = "(?:mot|01|1)\\s+lan" + E;

    /** Prepositions before a month, quarter or year. */
    private static final String PERIOD_PREP = "(?<pre>(?:cham\\s+nhat(?:\\s+la)?(?:\\s+(?:vao|trong))?"
            + "|muon\\s+nhat(?:\\s+la)?|xong\\s+trong|xong\\s+truoc|ngay\\s+trong|trong\\s+suot|den\\s+het"
            + "|den\\s+cuoi|vao\\s+cuoi|vao\\s+dau|trong\\s+vong"
            // "trong kỳ sinh hoạt chi bộ tháng 6/2024", "vào dịp sơ kết tháng 12/2025": an occasion in that month
            + "|(?:trong|vao|tai)\\s+(?:ky|dip|buoi|phien|hoi\\s+nghi)(?:\\s+[a-z]+){1,5}"
            + "|truoc|den|het|cuoi|dau|trong|vao)\\s+)";
    /** Prepositions before a day. */
    private static final String DAY_PREP = "(?<pre>(?:cham\\s+nhat(?:\\s+la)?(?:\\s+(?:vao|truoc|trong))?"
            + "|muon\\s+nhat(?:\\s+la)?|xong\\s+truoc|han\\s+chot(?:\\s+la)?|han|den\\s+het"
            // "tại kỳ sinh hoạt chi bộ ngày 05/5/2026": an occasion on that day, as for a month above
            + "|(?:trong|vao|tai)\\s+(?:ky|dip|buoi|phien)(?:\\s+[a-z]+){1,5}"
            + "|truoc|den|trong)\\s+)";

    private static final Pattern MONTH = p(B + PERIOD_PREP + "?thang\\s*(?<m>\\d{1,2})(?!\\d)"
            + "(?:(?:" + SEP + "|\\s*,?\\s+nam\\s*|\\s+)" + YEAR + ")?" + "(?!\\s*[/.\\-]\\s*\\d)");
    private static final Pattern QUARTER = p(B + PERIOD_PREP + "?quy\\s*(?<q>[il1|]v|[il1|]{1,3}|[2-4])" + E
            + "(?:(?:" + SEP + "|\\s*,?\\s+nam\\s*|\\s+)" + YEAR + ")?");
    private static final Pattern YEAR_ONLY = p(B + PERIOD_PREP + "?nam\\s*" + YEAR);
    private static final Pattern THIS_YEAR = p(B + PERIOD_PREP + "nam\\s+nay" + E);
    private static final Pattern HALF = p(B + PERIOD_PREP + "?(?:(?<n>\\d{1,2}|sau|chin|ba)\\s+thang|nua)\\s+"
            + "(?<h>dau|cuoi)\\s+nam(?:\\s*" + YEAR + "|\\s+(?<nay>nay))?" + E);
    /** A clock time between the preposition and the day ("xong trước 07 giờ 30 phút ngày 06/12/2025"). */
    private static final String CLOCK = "(?:\\d{1,2}\\s*(?:gio|h)(?:\\s*\\d{1,2}(?:\\s*phut)?)?(?:\\s+(?:sang|chieu|toi))?\\s+)";
    private static final Pattern DATE = p(B + "(?:" + DAY_PREP + CLOCK + "?(?:ngay\\s*)?|ngay\\s*)(?<d>\\d{1,2})" + SEP + "(?<m>\\d{1,2})"
            + "(?:" + SEP + "(?<y>(?:19|20)\\d{2}|\\d{2}))?(?![\\d/])");
    private static final Pattern DATE_LONG = p(B + DAY_PREP + "?ngay\\s*(?<d>\\d{1,2})\\s+thang\\s*(?<m>\\d{1,2})(?!\\d)"
            + "(?:\\s*,?\\s*nam\\s*" + YEAR + ")?");
    private static final Pattern DAY_OF_PERIOD = p(B + DAY_PREP + "ngay\\s*(?<d>\\d{1,2})\\s+(?:cua\\s+)?"
            + "(?:hang|moi)\\s+(?<u>thang|quy|nam)" + E);
    /** A recurrence right after a yearless day, month or quarter. */
    private static final Pattern RECURRENCE_SUFFIX = p("^(?:\\s*\\(\\s*(?:hang|moi)\\s+(?<u>thang|quy|nam)\\s*\\)"
            + "|\\s*,?\\s*(?:hang|moi)\\s+(?<u2>thang|quy|nam)" + E + ")");

    /** A second day and month followed by "hằng năm" / "mỗi năm" ("… và 15/12 hằng năm"). */
    private static final Pattern SECOND_DAY_YEARLY = p("^\\s*(?:,|va)\\s*(?:ngay\\s*)?\\d{1,2}" + SEP + "\\d{1,2}(?!\\d)\\s*,?\\s*(?:hang|moi)\\s+nam" + E);
    /** "hằng năm" earlier in the same clause, before a yearless day. */
    private static final Pattern YEARLY_EARLIER = p("(?:hang|moi)\\s+nam(?![a-z])[^.;()]*$");
    /** A recurrence right before the parenthesis a day stands in ("định kỳ 6 tháng (", "hằng năm ("). */
    private static final Pattern RECURRENCE_BEFORE_PAREN = p("(?:(?:dinh\\s+ky|hang|moi)\\s+(?:(?:0?[36]|ba|sau)\\s+)?(?:thang|quy|nam)"
            + "|(?:0?6|sau)\\s+thang)\\s*\\(\\s*(?:" + "truoc|cham\\s+nhat|trong)?[^()]{0,12}$"
            // "06 tháng trước ngày 05/6, năm trước ngày 05/12", "định kỳ 06 tháng và năm, trước ngày 10/6 và 10/12":
            // each report's day, after the recurrence it belongs to
            + "|(?:0?6|sau)\\s+thang(?:\\s+(?:va|,)\\s+nam)?\\s*[,;]?\\s*$"
            + "|(?:0?6|sau)\\s+thang\\s+truoc\\s+ngay\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*[,;]\\s*nam\\s*$");
    private static final Pattern EVERY = p(B + "(?:dinh\\s+ky\\s+)?(?:hang|moi)[.,]?\\s+(?<u>thang|quy|nam)" + E
            + "(?:\\s+" + ONCE + ")?");
    private static final Pattern N_MONTHS_ONCE = p(B + "(?:(?:dinh\\s+ky|hang|moi)\\s+)?(?<n>12|0?[136]|mot|ba|sau)"
            + "\\s+thang\\s+" + ONCE);
    private static final Pattern EVERY_N_MONTHS = p(B + "(?:dinh\\s+ky|hang|moi)\\s+(?<n>0?[36]|ba|sau)\\s+thang" + E);
    /** "06 tháng và hằng năm", also with each report's day in parentheses ("06 tháng (trước ngày 25/5) và hằng năm"). */
    private static final Pattern SIX_MONTHS_AND_YEAR = p(B + "(?<n>0?6|sau)\\s+thang(?=\\s*(?:\\([^()]{0,40}\\)\\s*"
            + "|truoc\\s+ngay\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*)?(?:,|/|va|;)\\s*(?:(?:hang|ca|moi)\\s+)?nam" + E + ")");
    /** The month that ends or opens each quarter ("vào kỳ sinh hoạt chi bộ tháng cuối quý"): quarterly. */
    private static final Pattern QUARTER_MONTH = p(B + "thang\\s+(?:cuoi|dau)\\s+quy" + E);
    private static final Pattern HALF_YEARLY = p(B + "(?:(?:hang|moi)\\s+nua\\s+nam" + E + "|nua\\s+nam\\s+" + ONCE + ")");
    /** "(ít nhất) 01 lần/quý", "02 lần/năm": so many times in each period. */
    private static final Pattern TIMES_PER = p(B + "(?:it\\s+nhat\\s+)?(?<n>\\d{1,2}|mot|hai)\\s+lan\\s*/\\s*(?<u>thang|quy|nam)" + E);
    private static final Pattern ONE_PER = p(B + "(?:mot|01|1)\\s+(?<u>nam|quy)\\s+" + ONCE);
    /** The year-end routine ("vào dịp kiểm điểm cuối năm", "khi tổng kết cuối năm"), held every year. */
    private static final Pattern YEAR_END_ROUTINE = p(B + "(?:vao\\s+dip|trong\\s+dip|dip|khi|trong)\\s+"
            + "(?:kiem\\s+diem|tong\\s+ket|danh\\s+gia)(?:\\s*,?\\s+[a-z]+){0,4}\\s+cuoi\\s+nam" + E + "(?!\\s*[/.\\-]?\\s*\\d)");
    private static final Pattern CONTINUOUS = p(B + "thuong\\s*[.\\-|~]?\\s*[.\\-|~]?\\s*xuyen(?:\\s*,\\s*lien\\s+tuc)?" + E);

    private static final String NUM = "(?<n>\\d{1,3}|muoi\\s+(?:lam|nam)|mot|hai|ba|bon|bay|tam|chin|muoi)";
    private static final Pattern OFFSET = p(B + "(?<pre>sau|trong\\s+vong|trong\\s+thoi\\s+han|trong|cham\\s+nhat(?:\\s+la)?"
            + "|muon\\s+nhat(?:\\s+la)?|khong\\s+qua)\\s+" + NUM + "\\s+(?<u>ngay|tuan|thang)(?:\\s+lam\\s+viec)?" + E
            + "(?<conn>\\s*,?\\s*(?:(?:ke\\s+)?tu|tinh\\s+tu|sau)(?:\\s+(?:ngay|khi|thoi\\s+diem))?" + E + ")?\\s*");
    private static final Pattern OFFSET_AFTER = p(B + NUM + "\\s+(?<u>ngay|tuan)(?:\\s+lam\\s+viec)?\\s+"
            + "(?:sau(?:\\s+khi)?|ke\\s+tu(?:\\s+(?:ngay|khi))?)" + E + "\\s*");
    private static final Pattern AFTER = p(B + "sau\\s+(?!(?:khi|thang|quy|nam|do|nay|day|ngay|\\d)" + E + ")(?=\\p{L})");
    private static final Pattern CONDITION = p(B + "(?:ngay\\s+)?(?<kw>sau\\s+khi|khi)" + E + "\\s*");
    private static final Pattern IMMEDIATE = p(B + "(?:ngay(?:\\s+lap\\s+tuc)?|lap\\s+tuc)" + E
            + "(?!\\s*(?:\\d|(?:sau|khi|trong|ke|tu|tai|vao|cua|nay|mai|hom|thang|quy|nam|sang|chieu|toi)" + E + "))");

    // "thực hiện" as restored OCR may leave it ("thư hiện", "thre hiện"): the phrase is fixed, its first word damaged
    private static final Pattern VERB_BEFORE = p(B + "(?:hoan\\s+thanh(?:\\s+xong)?|th[a-z]{0,3}\\s+hien|trien\\s+khai)\\s+"
            + "(?:ngay\\s+)?$");
    private static final String LABEL = "(?:thoi\\s+gian|thoi\\s+han|tien\\s+do|han)"
            + "(?:\\s+(?:thuc\\s+hien|hoan\\s+thanh))?\\s*:";
    /** An opening parenthesis or a label, markdown emphasis allowed. */
    private static final Pattern INTRO_BEFORE = p("(?:\\(|" + LABEL + ")[\\s*_]*$");
    private static final Pattern LABEL_BEFORE = p(LABEL + "[\\s*_]*$");
    private static final Pattern STANDING_RULE_BEFORE = p("(?:" + B + "ngay\\s*[*_]*\\d{1,2}[*_]*(?:\\s+cua)?|"
            + B + "it\\s+nhat)\\s+$");
    private static final Pattern DAY_NUMBER_BEFORE = p(B + "ngay\\s*[*_]*\\d{1,2}[*_]*\\s*$");
    private static final Pattern CITATION_BEFORE = p("(?:\\d\\s*-\\s*\\p{L}+(?:/\\p{L}+(?:-\\p{L}+)?)+|" + B + "so\\s*\\d+)"
            + "\\s*[,(]?\\s*$");
    private static final Pattern CHAIN_GAP = p("\\s*(?:[,/]\\s*)?(?:(?:va|hoac)\\s+)?");

    /** When a candidate counts. */
    private enum Gate {
        /** Counts as found (it carries its own preposition). */
        ALWAYS,
        /** Counts only after a deadline verb, an opening parenthesis or a label. */
        INTRO,
        /** Counts only after a deadline verb or a label (not after a bare parenthesis). */
        VERB,
        /** Counts, but gives way to a later marked deadline unless itself marked. */
        WEAK
    }

    private record Candidate(int start, int end, Deadline deadline, Gate gate) {
    }

    /** What is known of the document's date. */
    private record DocDate(int year, Integer month, Integer day) {

        static DocDate of(Temporal t) {
            if (t == null || !t.isSupported(ChronoField.YEAR)) {
                return null;
            }
            Integer month = t.isSupported(ChronoField.MONTH_OF_YEAR) ? t.get(ChronoField.MONTH_OF_YEAR) : null;
            Integer day = month != null && t.isSupported(ChronoField.DAY_OF_MONTH) ? t.get(ChronoField.DAY_OF_MONTH) : null;
            return new DocDate(t.get(ChronoField.YEAR), month, day);
        }

        int yearOfMonth(int m) {
            return month == null || m >= month ? year : year + 1;
        }

        int yearOfQuarter(int q) {
            return month == null || q >= (month + 2) / 3 ? year : year + 1;
        }

        int yearOfDay(int m, int d) {
            if (month == null) {
                return year;
            }
            if (m != month) {
                return m > month ? year : year + 1;
            }
            return day == null || d >= day ? year : year + 1;
        }
    }

    /**
     * The deadline of a task sentence.
     *
     * @param taskText     the sentence (restored text, NFC; unaccented or OCR-spaced text works)
     * @param documentDate the plan's date: a {@link LocalDate}, a {@link YearMonth} when its day
     *                     is blank, or null when unknown (then deadlines without a year are
     *                     returned unresolved)
     * @return the first deadline, or empty when the sentence states none
     */
    private static final java.util.regex.Pattern LONE_DOT = java.util.regex.Pattern.compile("(?<= )\\.(?= )");

    public Optional<Found> find(String taskText, Temporal documentDate) {
        if (taskText == null || taskText.isBlank()) {
            return Optional.empty();
        }
        // a dot standing alone between words is OCR's dust ("trong quý . III/2026"): no sentence ends so
        String f = LONE_DOT.matcher(Syllables.fold(taskText)).replaceAll(" ");
        DocDate doc = DocDate.of(documentDate);
        List<Candidate> raw = new ArrayList<>();
        collectPeriods(taskText, f, doc, raw);
        collectDays(f, doc, raw);
        collectRecurring(f, raw);
        collectEvents(taskText, f, doc, raw);

        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : raw) {
            boolean verb = verbStart(f, c.start()) >= 0;
            boolean marked = verb || introduced(f, c.start());
            if (c.gate() == Gate.INTRO && !marked
                    || c.gate() == Gate.VERB && !(verb || LABEL_BEFORE.matcher(before(f, c.start())).find())) {
                continue;
            }
            accepted.add(marked && c.gate() == Gate.WEAK ? new Candidate(c.start(), c.end(), c.deadline(), Gate.ALWAYS) : c);
        }
        accepted.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -(c.end() - c.start())));
        List<Candidate> kept = new ArrayList<>();
        int reach = -1;
        for (Candidate c : accepted) {
            if (c.start() >= reach) {
                kept.add(c);
                reach = c.end();
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        int win = 0;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).gate() != Gate.WEAK) {
                win = i;
                break;
            }
        }
        if (verbStart(f, kept.get(win).start()) < 0) {
            // "đề xuất những chi bộ làm điểm trong năm 2026 (Hoàn thành trong quý I/2026)": the bracketed
            // "Hoàn thành …" the genre closes a task with is its deadline; a period before it is the object's
            for (int i = win + 1; i < kept.size(); i++) {
                int v = verbStart(f, kept.get(i).start());
                if (v > 0 && f.charAt(v - 1) == '(' && kept.get(i).gate() != Gate.WEAK) {
                    win = i;
                    break;
                }
            }
        }
        Candidate w = kept.get(win);
        int end = w.end();
        for (int i = win + 1; i < kept.size(); i++) {
            Candidate next = kept.get(i);
            if (next.start() < end || !CHAIN_GAP.matcher(f.substring(end, next.start())).matches()) {
                break;
            }
            end = next.end();
        }
        int verb = verbStart(f, w.start());
        int start = verb >= 0 ? verb : w.start();
        return Optional.of(new Found(taskText.substring(start, end), start, end, w.deadline()));
    }

    // ---------------------------------------------------------------- periods: month, quarter, year

    private static void collectPeriods(String text, String f, DocDate doc, List<Candidate> out) {
        Matcher m = MONTH.matcher(f);
        while (m.find()) {
            int month = Integer.parseInt(m.group("m"));
            if (month < 1 || month > 12 || afterDayNumber(f, m.start()) || citation(f, m.start()) && m.group("pre") == null) {
                continue;
            }
            int end = m.end();
            Deadline d;
            if (m.group("y") != null) {
                d = Deadline.byMonth(shiftMonth(YearMonth.of(Integer.parseInt(m.group("y")), month), m.group("pre")));
            } else {
                Matcher r = RECURRENCE_SUFFIX.matcher(f.substring(end));
                if (r.find()) {
                    out.add(new Candidate(m.start(), end + r.end(), recurrence(unit(r)), gate(m)));
                    continue;
                }
                d = doc == null ? null
                        : Deadline.byMonth(shiftMonth(YearMonth.of(doc.yearOfMonth(month), month), m.group("pre")));
            }
            out.add(new Candidate(m.start(), end, d, gate(m)));
        }
        m = QUARTER.matcher(f);
        while (m.find()) {
            int q = quarter(m.group("q"));
            if (q < 1 || citation(f, m.start()) && m.group("pre") == null) {
                continue;
            }
            int end = m.end();
            Deadline d;
            if (m.group("y") != null) {
                d = byQuarter(Integer.parseInt(m.group("y")), q, m.group("pre"));
            } else {
                Matcher r = RECURRENCE_SUFFIX.matcher(f.substring(end));
                if (r.find()) {
                    out.add(new Candidate(m.start(), end + r.end(), recurrence(unit(r)), gate(m)));
                    continue;
                }
                d = doc == null ? null : byQuarter(doc.yearOfQuarter(q), q, m.group("pre"));
            }
            out.add(new Candidate(m.start(), end, d, gate(m)));
        }
        m = YEAR_ONLY.matcher(f);
        while (m.find()) {
            if (citation(f, m.start()) && m.group("pre") == null || afterDayNumber(f, m.start())) {
                continue;
            }
            int y = Integer.parseInt(m.group("y"));
            out.add(new Candidate(m.start(), m.end(), Deadline.byYear(isBefore(m.group("pre")) ? y - 1 : y), gate(m)));
        }
        m = THIS_YEAR.matcher(f);
        while (m.find()) {
            Deadline d = doc == null ? null : Deadline.byYear(isBefore(m.group("pre")) ? doc.year() - 1 : doc.year());
            out.add(new Candidate(m.start(), m.end(), d, Gate.ALWAYS));
        }
        m = HALF.matcher(f);
        while (m.find()) {
            String n = m.group("n");
            int months = n == null ? 6 : switch (n) {
                case "sau" -> 6;
                case "chin" -> 9;
                case "ba" -> 3;
                default -> Integer.parseInt(n);
            };
            if (months < 1 || months > 12) {
                continue;
            }
            Integer year = m.group("y") != null ? Integer.valueOf(Integer.parseInt(m.group("y")))
                    : doc == null ? null : Integer.valueOf(doc.year());
            int month = m.group("h").equals("dau") ? months : 12;
            Deadline d = year == null ? null : Deadline.byMonth(YearMonth.of(year, month));
            out.add(new Candidate(m.start(), m.end(), d, gate(m)));
        }
    }

    private static Gate gate(Matcher m) {
        return m.group("pre") != null ? Gate.ALWAYS : Gate.INTRO;
    }

    private static boolean isBefore(String pre) {
        return pre != null && pre.contains("truoc");
    }

    private static YearMonth shiftMonth(YearMonth ym, String pre) {
        return isBefore(pre) ? ym.minusMonths(1) : ym;
    }

    private static Deadline byQuarter(int year, int q, String pre) {
        if (isBefore(pre)) {
            return q == 1 ? Deadline.byQuarter(year - 1, 4) : Deadline.byQuarter(year, q - 1);
        }
        return Deadline.byQuarter(year, q);
    }

    /** A quarter's number from a Roman (with OCR's l, 1, | for I) or Arabic numeral; -1 if none. */
    static int quarter(String token) {
        if (token.length() == 1 && token.charAt(0) >= '2' && token.charAt(0) <= '4') {
            return token.charAt(0) - '0';
        }
        return switch (token.replaceAll("[l1|]", "i")) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> -1;
        };
    }

    // ---------------------------------------------------------------- days

    private static void collectDays(String f, DocDate doc, List<Candidate> out) {
        for (Pattern pattern : List.of(DATE, DATE_LONG)) {
            Matcher m = pattern.matcher(f);
            while (m.find()) {
                // a cited document's date follows its number-symbol ("13-HD/BTCTU, ngày 15/9/2026"); a day
                // with its own deadline word does not ("13-HD/BTCTU (chậm nhất ngày 15/9/2026)")
                boolean ownWord = !f.startsWith("ngay", m.start()) && !Character.isDigit(f.charAt(m.start()));
                if (citation(f, m.start()) && !ownWord) {
                    continue;
                }
                int day = Integer.parseInt(m.group("d"));
                int month = Integer.parseInt(m.group("m"));
                if (day < 1 || day > 31 || month < 1 || month > 12) {
                    continue;
                }
                String y = m.group("y");
                int end = m.end();
                Deadline d = null;
                if (y == null) {
                    Matcher r = RECURRENCE_SUFFIX.matcher(f.substring(end));
                    if (r.find()) {
                        out.add(new Candidate(m.start(), end + r.end(), recurrence(unit(r)), gate(m)));
                        continue;
                    }
                    Matcher two = SECOND_DAY_YEARLY.matcher(f.substring(end));
                    if (two.find()) {
                        // "trước ngày 15/6 và 15/12 hằng năm": two days a year
                        out.add(new Candidate(m.start(), end + two.end(), Deadline.recurring(Deadline.SEMIANNUAL), gate(m)));
                        continue;
                    }
                    if (YEARLY_EARLIER.matcher(f.substring(Math.max(0, m.start() - 120), m.start())).find()) {
                        // "hằng năm báo cáo kết quả … trước ngày 01/12": the day of a yearly report, as
                        // "trước ngày 01/12 hằng năm" (GUIDE §6), not a one-off deadline
                        continue;
                    }
                    if (RECURRENCE_BEFORE_PAREN.matcher(before(f, m.start())).find()) {
                        // "định kỳ 6 tháng (trước ngày 10/6)": the day of a recurring report, not a one-off deadline
                        continue;
                    }
                    if (doc != null) {
                        d = dayDeadline(doc.yearOfDay(month, day), month, day);
                    }
                } else {
                    d = dayDeadline(y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y), month, day);
                    if (d == null) {
                        continue;
                    }
                }
                out.add(new Candidate(m.start(), end, d, gate(m)));
            }
        }
        Matcher m = DAY_OF_PERIOD.matcher(f);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), recurrence(m.group("u")), Gate.ALWAYS));
        }
    }

    private static Deadline dayDeadline(int year, int month, int day) {
        try {
            return Deadline.byDate(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- recurring

    private static void collectRecurring(String f, List<Candidate> out) {
        Matcher m = EVERY.matcher(f);
        while (m.find()) {
            if (!STANDING_RULE_BEFORE.matcher(before(f, m.start())).find()) {
                out.add(new Candidate(m.start(), m.end(), recurrence(m.group("u")), Gate.WEAK));
            }
        }
        for (Pattern pattern : List.of(N_MONTHS_ONCE, EVERY_N_MONTHS, SIX_MONTHS_AND_YEAR)) {
            m = pattern.matcher(f);
            while (m.find()) {
                if (STANDING_RULE_BEFORE.matcher(before(f, m.start())).find()) {
                    continue;
                }
                String value = switch (m.group("n")) {
                    case "1", "01", "mot" -> Deadline.MONTHLY;
                    case "3", "03", "ba" -> Deadline.QUARTERLY;
                    case "12" -> Deadline.YEARLY;
                    default -> Deadline.SEMIANNUAL;
                };
                out.add(new Candidate(m.start(), m.end(), Deadline.recurring(value), Gate.WEAK));
            }
        }
        m = HALF_YEARLY.matcher(f);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), Deadline.recurring(Deadline.SEMIANNUAL), Gate.WEAK));
        }
        m = QUARTER_MONTH.matcher(f);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), Deadline.recurring(Deadline.QUARTERLY), Gate.WEAK));
        }
        m = ONE_PER.matcher(f);
        while (m.find()) {
            if (!STANDING_RULE_BEFORE.matcher(before(f, m.start())).find()) {
                out.add(new Candidate(m.start(), m.end(), recurrence(m.group("u")), Gate.WEAK));
            }
        }
        m = TIMES_PER.matcher(f);
        while (m.find()) {
            int times = switch (m.group("n")) {
                case "mot" -> 1;
                case "hai" -> 2;
                default -> Integer.parseInt(m.group("n"));
            };
            String value = !m.group("u").equals("nam") || times <= 1 ? recurrence(m.group("u")).value()
                    : times >= 12 ? Deadline.MONTHLY : times >= 4 ? Deadline.QUARTERLY : times >= 2 ? Deadline.SEMIANNUAL
                    : Deadline.YEARLY;
            out.add(new Candidate(m.start(), m.end(), Deadline.recurring(value), Gate.WEAK));
        }
        m = YEAR_END_ROUTINE.matcher(f);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), Deadline.recurring(Deadline.YEARLY), Gate.ALWAYS));
        }
        m = CONTINUOUS.matcher(f);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), Deadline.continuous(), Gate.INTRO));
        }
    }

    private static String unit(Matcher suffix) {
        return suffix.group("u") != null ? suffix.group("u") : suffix.group("u2");
    }

    private static Deadline recurrence(String unit) {
        return Deadline.recurring(switch (unit) {
            case "thang" -> Deadline.MONTHLY;
            case "quy" -> Deadline.QUARTERLY;
            default -> Deadline.YEARLY;
        });
    }

    // ---------------------------------------------------------------- events, conditions, immediate

    private static void collectEvents(String text, String f, DocDate doc, List<Candidate> out) {
        Matcher m = OFFSET.matcher(f);
        while (m.find()) {
            boolean after = m.group("pre").equals("sau");
            if (!after && m.group("conn") == null) {
                continue;
            }
            addEvent(text, m, doc, out);
        }
        m = OFFSET_AFTER.matcher(f);
        while (m.find()) {
            addEvent(text, m, doc, out);
        }
        m = AFTER.matcher(f);
        while (m.find()) {
            if (accented(text, m.start() + 1, 'á')) {
                continue;
            }
            int[] clause = clause(text, m.end());
            if (clause[1] > clause[0]) {
                out.add(new Candidate(m.start(), clause[1],
                        Deadline.afterEvent(text.substring(clause[0], clause[1]), null), Gate.VERB));
            }
        }
        m = CONDITION.matcher(f);
        while (m.find()) {
            int[] clause = clause(text, m.start("kw"));
            if (clause[1] > m.end("kw")) {
                out.add(new Candidate(m.start(), clause[1],
                        Deadline.onCondition(text.substring(clause[0], clause[1])), Gate.INTRO));
            }
        }
        m = IMMEDIATE.matcher(f);
        while (m.find()) {
            if (f.startsWith("ngay", m.start()) && accented(text, m.start() + 2, 'à')) {
                continue;
            }
            out.add(new Candidate(m.start(), m.end(), Deadline.immediate(), Gate.INTRO));
        }
    }

    /** The plan's own issuing: "ban hành Kế hoạch (này)", "ký (ban hành)", "ban hành văn bản này". */
    private static final Pattern OWN_ISSUE = p("^(?:ngay\\s+)?(?:ky\\s+)?ban\\s+hanh(?:\\s+(?:ke\\s+hoach|van\\s+ban))?(?:\\s+nay)?\\s*[.;,)]?$"
            + "|^(?:ngay\\s+)?ky(?:\\s+ban\\s+hanh)?(?:\\s+(?:ke\\s+hoach|van\\s+ban))?(?:\\s+nay)?\\s*[.;,)]?$");

    private static void addEvent(String text, Matcher m, DocDate doc, List<Candidate> out) {
        int n = number(m.group("n"));
        if (n < 0) {
            return;
        }
        Integer offset = switch (m.group("u")) {
            case "ngay" -> n;
            case "tuan" -> n * 7;
            default -> null;
        };
        int[] clause = clause(text, m.end());
        if (clause[1] > clause[0]) {
            String event = text.substring(clause[0], clause[1]);
            Deadline d = Deadline.afterEvent(event, offset);
            if (offset != null && doc != null && doc.day() != null
                    && OWN_ISSUE.matcher(Syllables.fold(event).toLowerCase(java.util.Locale.ROOT).strip()).find()) {
                // "… ngày kể từ ngày ban hành Kế hoạch này": the event is the plan itself, whose date is known.
                d = Deadline.byDate(LocalDate.of(doc.year(), doc.month(), doc.day()).plusDays(offset));
            }
            out.add(new Candidate(m.start(), clause[1], d, Gate.ALWAYS));
        }
    }

    private static int number(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        if (n.startsWith("muoi") && n.length() > 4) {
            return 15;
        }
        return switch (n) {
            case "mot" -> 1;
            case "hai" -> 2;
            case "ba" -> 3;
            case "bon" -> 4;
            case "bay" -> 7;
            case "tam" -> 8;
            case "chin" -> 9;
            case "muoi" -> 10;
            default -> -1;
        };
    }

    /**
     * The clause from {@code from}: up to a parenthesis, a semicolon, a line break, an ellipsis
     * or a full stop that ends a sentence; trailing spaces and punctuation trimmed. Returns
     * {start, end}.
     */
    private static int[] clause(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '(' || c == ')' || c == ';' || c == '\n' || c == '\r' || c == '…'
                    || (c == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
                break;
            }
            end++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.:;-–".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new int[] {start, end};
    }

    // ---------------------------------------------------------------- context

    private static String before(String f, int at) {
        return f.substring(Math.max(0, at - 40), at);
    }

    /** Start of a deadline verb standing right before {@code at}, or -1. */
    private static int verbStart(String f, int at) {
        int from = Math.max(0, at - 40);
        Matcher m = VERB_BEFORE.matcher(f).region(from, at).useTransparentBounds(true).useAnchoringBounds(true);
        if (!m.find() || NOUN_BEFORE_VERB.matcher(before(f, m.start())).find()) {
            // "báo cáo kết quả thực hiện năm 2024": the results of a year's work, a report's subject,
            // not a deadline
            return -1;
        }
        return m.start();
    }

    private static final Pattern NOUN_BEFORE_VERB = p(B + "(?:ket\\s+qua|tinh\\s+hinh)\\s*$");

    /** Whether an opening parenthesis or a label (Thời gian:) stands before {@code at} (or its verb). */
    private static boolean introduced(String f, int at) {
        int verb = verbStart(f, at);
        int p = verb >= 0 ? verb : at;
        return INTRO_BEFORE.matcher(before(f, p)).find();
    }

    private static boolean afterDayNumber(String f, int at) {
        return DAY_NUMBER_BEFORE.matcher(before(f, at)).find();
    }

    /**
     * Whether a date right after a cited document's number-symbol is that document's date
     * ("Kết luận 176-KL/TW, ngày …"); a period the text introduces as a deadline ("176-KL/TW (trong
     * quý IV/2026)") is not, so callers ask only when no deadline preposition was read.
     */
    private static boolean citation(String f, int at) {
        return CITATION_BEFORE.matcher(before(f, at)).find();
    }

    /** Whether the original character at {@code i} is {@code accentedLower} (either case). */
    private static boolean accented(String text, int i, char accentedLower) {
        return i >= 0 && i < text.length() && Character.toLowerCase(text.charAt(i)) == accentedLower;
    }
}
