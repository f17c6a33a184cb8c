package vn.cascade.understand;

import vn.cascade.domain.Section;
import vn.cascade.domain.Task;
import vn.cascade.domain.UnitRole;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.cascade.normalize.Syllables;

/**
 * Finds every assignment in a plan, by its layout (DOMAIN.md "Layout of a plan"): tasks live in
 * the sections after "I. MỤC ĐÍCH, YÊU CẦU" and before the closing; each bullet, each numbered
 * item that is not a heading, and each paragraph directly under a heading is one task, with the
 * "+" lines and wrapped lines that follow it ("+" lines straight under a heading, with no bullet
 * before them, are items themselves; a lettered item "a)" is a bullet). Sections are numbered as the schema asks (a dotted
 * number stands alone; a plain number takes its Roman section in front; text under a Roman section
 * is that numeral). Units and roles: a heading naming a unit ("3.1. Ban Tổ chức Thành ủy", "Đối
 * với các đảng ủy trực thuộc") governs its items as lead; an introductory paragraph naming a
 * group ("Các cấp ủy, tổ chức đảng … căn cứ …") does so for items without one; in a task's text,
 * "Giao X", "X chủ trì", X opening the sentence lead, "phối hợp với X, Y" cooperate, "báo cáo X",
 * "(qua X)" report to. A task led only by a group of all committees is a {@code solution}.
 * Thread-safe.
 */
public final class TaskExtractor {

    private static final Pattern GROUP_LEAD = Pattern.compile(
            "cac cap uy.*|cap uy cap tren|cap uy dia phuong.*|cac to chuc dang|cac cap uy, to chuc dang");
    /** Where a sentence's subject may stand: the text's start, after a sentence's end, after "Căn cứ …, ". */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|(?<=[.;]\\s)|(?<=^[Cc]ăn cứ [^,.;]{3,80},\\s))(?=\\p{Lu}|các )");
    /** How a list or a scope goes on after a name: not the rest of the same name. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,|;|và |trong |trực thuộc |của |cùng )");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[^:]{2,30}:\\s*");

    private final UnitRecognizer units;
    private final DeadlineParser deadlines = new DeadlineParser();

    public TaskExtractor(UnitRecognizer units) {
        this.units = units;
    }

    private static final class Draft {
        String section;
        final StringBuilder text;
        final List<String> headingUnit;
        /** What the part it sits in is for (its heading's words): items of "Tổ chức thực hiện" are tasks. */
        final Section.Role part;
        /** Whether it is an item of a list an introduction addressed to one collective: a solution (GUIDE §3). */
        final boolean listed;

        Draft(String section, String text, List<String> headingUnit, Section.Role part, boolean listed) {
            this.section = section;
            this.text = new StringBuilder(text);
            this.headingUnit = headingUnit;
            this.part = part;
            this.listed = listed && !headingUnit.isEmpty();
        }

        Draft(Draft of, String text) {
            this(of.section, text, of.headingUnit, of.part, of.listed);
        }
    }

    public List<Task> extract(List<Line> lines, String documentLevel, Temporal documentDate) {
        return extract(lines, documentLevel, documentDate, false);
    }

    /** An item that only states a fact (GUIDE §3), folded. */
    private static final Pattern FACT = Pattern.compile("(?:cac noi dung khac (?:cua|tai) [^.]{0,80}giu nguyen|(?:ke hoach|quyet dinh|huong dan|chuong trinh|quy dinh) nay co hieu luc)");
    /** How an amending plan's instruction opens, folded. */
    private static final Pattern EDIT = Pattern.compile("(?:sua doi(?:, bo sung)?|bo sung|bai bo|thay the|tai |(?:gach dau dong|diem|khoan|tieu muc) )");
    /** The parts of a document an instruction names, folded. */
    private static final Pattern STRUCTURE = Pattern.compile("(?<![a-z])(?:diem|khoan|muc|gach dau dong|tieu muc)\\s");
    /** The point an instruction amends ("điểm 2.1, khoản 2"), folded. */
    private static final Pattern AMENDED_POINT = Pattern.compile("(?<![a-z])diem (\\d{1,2}(?:\\.\\d{1,2})+)");
    /** A body named in brackets after the point ("(Ban Xây dựng Đảng)"). */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{3,60})\\)");

    /** A report's closing formula, folded. */
    private static final Pattern REPORT_CLOSING = Pattern.compile("tren day la (?:bao cao|ket qua|tinh hinh)");

    /** A report's parts that assign what is to be done next ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"), folded. */
    private static final Pattern WHAT_NEXT = Pattern.compile("phuong huong|nhiem vu (?:trong )?(?:thoi gian toi|\\d+ thang|nam \\d{4}|cuoi)|nhiem vu, giai phap");

    /**
     * The tasks of a document. {@code report}: the document reports (a <i>Báo cáo</i>): what it
     * says was done, fell short or is asked of the level above is no assignment; only its parts on
     * what is to be done next hold tasks.
     */
    public List<Task> extract(List<Line> lines, String documentLevel, Temporal documentDate, boolean report) {
        List<Draft> drafts = new ArrayList<>();
        final int fullWidth = fullWidth(lines);
        // a scan's OCR keeps the page's lines (most under ~110 characters); typed text has a line per paragraph
        boolean wrappedText = wrapped(fullWidth);
        String roman = null;
        boolean zone = false;
        String section = null;
        List<String> headingUnit = List.of();
        List<String> introUnit = List.of(); // a part's introduction names who does every item under it
        int introDepth = -1; // the depth of the heading whose part it introduces (0: a Roman part)
        String introPart = null; // that heading's number ("1."): an item numbered otherwise is past the part
        String headingNumber = null;
        int headingDepth = Integer.MAX_VALUE;
        String dottedParent = null;
        boolean afterHeading = false;
        Draft current = null;
        java.util.Set<String> purposeHeadings = new java.util.HashSet<>();
        String itemSection = null; // a numbered item's label: the paragraphs after it are inside it
        // ... unless no numbered item follows in its part: then they close the part ("Quá trình thực hiện, …")
        List<Draft> afterItem = new ArrayList<>();
        // ... and a paragraph after a unit heading's bullets that names another doer ("Giao Văn phòng
        // Đảng ủy giúp Đảng ủy theo dõi …" after "9. Các chi bộ trực thuộc" and its dashes) closes the
        // part when the part ends there
        List<Draft> afterBullets = new ArrayList<>();
        boolean bulletsUnderHeading = false;
        boolean plusItems = false; // "+" lines opened the items under the last heading
        List<String> subheadingUnit = null; // the unit a dash sub-heading names ("- Đối với các chi bộ nghề cá:") for its "+" items
        Section.Role romanRole = Section.Role.OTHER;
        Section.Role partRole = romanRole; // the role of the part the next item sits in
        List<String> listUnit = null; // the doers an introduction of a list of solutions named (by identity)
        for (int index = 0; index < lines.size(); index++) {
            Line l = lines.get(index);
            String f = l.folded();
            if (f.startsWith("noi nhan") || f.contains("t/m ban") || f.startsWith("t/m ")) {
                break;
            }
            // a numbered line's heading test reads ahead, so it is made once
            boolean heading = (l.type() == Line.Type.NUMBER || l.type() == Line.Type.DOTTED) && isHeading(lines, index, fullWidth);
            if (l.type() == Line.Type.ROMAN || heading && zone && !nextSibling(itemSection, l, roman)) {
                closePart(afterItem, section);
            } else if (heading && zone) {
                afterItem.clear(); // the item before was its list's heading too: its paragraphs stay in it
            }
            if (l.type() != Line.Type.PLUS && l.type() != Line.Type.BLANK && l.type() != Line.Type.TEXT) {
                plusItems = false;
                subheadingUnit = null;
            }
            if (l.type() == Line.Type.ROMAN) {
                closePart(afterBullets, roman);
            } else if (l.type() == Line.Type.NUMBER || l.type() == Line.Type.DOTTED) {
                afterBullets.clear();
                bulletsUnderHeading = false;
            }
            if (zone && l.type() != Line.Type.BLANK && l.type() != Line.Type.ROMAN) {
                if (FACT.matcher(f).lookingAt()) {
                    current = null; // GUIDE §3: an item that only states a fact is no task
                    continue;
                }
                if (EDIT.matcher(f).lookingAt() && STRUCTURE.matcher(f).find()
                        && (l.text().strip().endsWith(":") || f.startsWith("bai bo") || f.contains("thay cum tu"))) {
                    // GUIDE §3: an amending plan's instruction ("3. Sửa đổi, bổ sung điểm 2.1, khoản 2, Mục II
                    // (Ban Xây dựng Đảng) như sau:") only edits another document's wording; the quoted
                    // items under it are that point's, and a body it names in brackets is their doer
                    java.util.regex.Matcher point = AMENDED_POINT.matcher(f);
                    if (point.find() && l.text().strip().endsWith(":")) {
                        section = point.group(1);
                        itemSection = point.group(1);
                        afterItem.clear();
                        java.util.regex.Matcher named = BRACKETED.matcher(l.text());
                        List<String> doer = named.find() ? headingUnit(named.group(1), documentLevel) : List.of();
                        headingUnit = doer.isEmpty() ? introUnit : doer;
                        headingDepth = Integer.MAX_VALUE;
                    }
                    current = null;
                    afterHeading = false;
                    continue;
                }
            }
            switch (l.type()) {
                case BLANK -> {
                }
                case ROMAN -> {
                    roman = l.label();
                    romanRole = SectionOutline.role(f, Section.Role.OTHER);
                    partRole = romanRole;
                    listUnit = null;
                    zone = report ? WHAT_NEXT.matcher(f).find() : !(f.contains("muc dich") || f.contains("yeu cau"));
                    purposeHeadings.clear();
                    section = roman;
                    itemSection = null;
                    headingUnit = List.of();
                    introUnit = List.of();
                    introDepth = -1;
                    introPart = null;
                    headingDepth = Integer.MAX_VALUE;
                    dottedParent = null;
                    afterHeading = true;
                    current = null;
                }
                case NUMBER, DOTTED -> {
                    if (!zone && opensTasksUnderPurposes(l, heading, purposeHeadings)) {
                        zone = true; // a scan whose page with the part's heading is missing
                    }
                    if (!zone) {
                        if (l.type() == Line.Type.NUMBER && l.heading() && heading) {
                            purposeHeadings.add(l.label());
                        }
                        current = null;
                        continue;
                    }
                    String label = l.type() == Line.Type.DOTTED ? l.label()
                            : (roman == null ? l.label() : roman + "." + l.label());
                    int depth = l.type() == Line.Type.DOTTED ? l.label().split("\\.").length : 1;
                    if (depth <= introDepth || introPart != null && !(l.label() + ".").startsWith(introPart)) {
                        // the next part ("2. Nhiệm vụ cụ thể", or "2.1." when a scan lost that heading):
                        // its introduction no longer governs
                        introUnit = List.of();
                        introDepth = -1;
                        introPart = null;
                    }
                    if (heading) {
                        section = label;
                        itemSection = null;
                        headingNumber = l.label();
                        if (depth == 1 || introDepth < 0) {
                            // a part's own heading ("2. Tổ chức thực hiện"); a topic's keeps its part's role
                            partRole = l.text().split("\\s+").length <= 10
                                    ? SectionOutline.role(f, romanRole) : romanRole;
                            if (partRole == Section.Role.PURPOSES) {
                                partRole = romanRole; // "1. Yêu cầu đối với sinh hoạt chuyên đề" inside the content part
                            }
                        }
                        headingUnit = headingUnit(l.text(), documentLevel);
                        if (headingUnit.isEmpty()) {
                            headingUnit = introUnit; // a topic's heading ("2. Về hoàn thiện cơ chế"): the part's doers go on
                        }
                        headingDepth = depth;
                        if (l.type() == Line.Type.NUMBER) {
                            dottedParent = label;
                        }
                        afterHeading = true;
                        current = null;
                    } else {
                        if (depth <= headingDepth) {
                            // "3. Giao Văn phòng …" after "2. Ban thường vụ các đảng ủy …": a sibling of the
                            // unit's heading ends the unit's scope.
                            headingUnit = introUnit;
                            headingDepth = introUnit.isEmpty() ? Integer.MAX_VALUE : 0;
                            if (l.type() == Line.Type.NUMBER && roman != null) {
                                section = roman; // and the heading's part: what closes the part after it is the Roman part's
                            }
                        }
                        if (detail(l.text())) {
                            current = appendDetail(current, l.text());
                            afterHeading = false;
                            continue;
                        }
                        current = new Draft(label, l.text(), headingUnit, partRole, headingUnit == listUnit);
                        itemSection = label;
                        afterItem.clear();
                        drafts.add(current);
                        afterHeading = false;
                    }
                }
                case BULLET -> {
                    if (!zone || section == null) {
                        continue;
                    }
                    if (wrappedText && current != null && Character.isLowerCase(l.text().charAt(0))
                            && afterFullLine(lines, index, fullWidth)) {
                        // a speck read as a dash at the start of a paragraph's next line ("- thư đoạn …")
                        current.text.append(' ').append(l.text());
                        continue;
                    }
                    if (detail(l.text())) {
                        current = appendDetail(current, l.text());
                        afterHeading = false;
                        continue;
                    }
                    if (SUBHEADING.matcher(l.text()).matches() && nextIsPlus(lines, index)) {
                        List<String> named = headingUnit(l.text(), documentLevel);
                        if (!named.isEmpty()) {
                            // "- Đối với các chi bộ nghề cá:" and "+" lines under it: its items, that unit's
                            subheadingUnit = named;
                            plusItems = true;
                            current = null;
                            afterHeading = false;
                            continue;
                        }
                    }
                    current = new Draft(itemSection != null ? itemSection : section, l.text(), headingUnit, partRole,
                            headingUnit == listUnit);
                    drafts.add(current);
                    if (itemSection != null) {
                        afterItem.add(current);
                    }
                    bulletsUnderHeading = itemSection == null && !headingUnit.isEmpty() && headingDepth > 0;
                    afterBullets.clear(); // dashes after the paragraph: it introduced them
                    afterHeading = false;
                }
                case PLUS -> {
                    if (zone && section != null && (current == null || plusItems)) {
                        // "+" lines straight under a heading are its items, not a bullet's details
                        List<String> unit = subheadingUnit != null ? subheadingUnit : headingUnit;
                        current = new Draft(itemSection != null ? itemSection : section, l.text(), unit, partRole,
                                unit == listUnit);
                        drafts.add(current);
                        if (itemSection != null) {
                            afterItem.add(current);
                        }
                        plusItems = true;
                        afterHeading = false;
                    } else if (current != null) {
                        current.text.append(' ').append(l.text());
                    }
                }
                case TEXT -> {
                    String lost = wrappedText ? lostPageSection(lines, index, !zone ? null : itemSection != null ? itemSection : section) : null;
                    if (lost != null) {
                        // a scan whose OCR lost a page: what follows until the next item is its predecessor's
                        zone = true;
                        section = lost;
                        itemSection = lost;
                        current = new Draft(lost, l.text(), headingUnit, partRole, headingUnit == listUnit);
                        drafts.add(current);
                        afterItem.clear();
                        afterItem.add(current);
                        afterHeading = false;
                        continue;
                    }
                    if (!zone || section == null) {
                        continue;
                    }
                    if (REPORT_CLOSING.matcher(Syllables.fold(l.text())).lookingAt() && !Character.isLowerCase(l.text().charAt(0))) {
                        continue; // "Trên đây là báo cáo …": a report's closing formula, no assignment
                    }
                    // In a scan's text a paragraph keeps the page's line breaks: after a line that ran to
                    // the full width, the next line goes on with the same paragraph.
                    boolean continuation = current != null && !afterHeading
                            && (Character.isLowerCase(l.text().charAt(0)) || !endsSentence(current.text)
                                    || wrappedText && afterFullLine(lines, index, fullWidth));
                    int words = l.text().split("\\s+").length;
                    if (afterHeading && current == null && Character.isLowerCase(l.text().charAt(0))
                            && (words <= 12 || words <= 18 && index + 1 < lines.size()
                                    && lines.get(index + 1).type() == Line.Type.BLANK)) {
                        continue; // the second line of a heading OCR wrapped ("… Chỉ thị 50-CT/TW / và Kế hoạch 15-KH/TU")
                    }
                    // a heading that names a whole set ("1. Đối với các tổ chức cơ sở đảng") may be introduced
                    // again by whom exactly ("Trong năm 2026, các đảng ủy cơ sở, chi bộ cơ sở trực thuộc … thực hiện
                    // những nội dung sau:"): the introduction's subject, the nearer, governs the items
                    // (so may a Roman part's title that names the plan's own body: "II. NHỮNG VIỆC CHI BỘ THỐNG
                    // NHẤT THỰC HIỆN" / "Chi ủy và toàn thể đảng viên trong Chi bộ … những việc sau:")
                    boolean reintroduced = afterHeading && !headingUnit.isEmpty() && !continuation
                            && (headingUnit.stream().allMatch(UnitNames::collective) || section != null && section.equals(roman));
                    int introEnd = afterHeading && (headingUnit.isEmpty() || reintroduced) && !continuation
                            ? paragraphEnd(lines, index, wrappedText, fullWidth) : index;
                    String paragraphText = introEnd == index ? l.text() : paragraph(lines, index, introEnd);
                    if (reintroduced && !(units.subject(paragraphText).isPresent() && endsWithColon(paragraphText))) {
                        reintroduced = false; // no subject of its own, or not a list's introduction: an item
                        introEnd = index;
                        paragraphText = l.text();
                    }
                    String intro = paragraphText;
                    if (continuation) {
                        current.text.append(' ').append(l.text());
                    } else if (afterHeading && (headingUnit.isEmpty() || reintroduced) && introducesGroup(intro, nextItem(lines, introEnd))) {
                        headingUnit = units.parts(units.subject(intro).orElseGet(() -> units.find(intro).get(0))).stream()
                                .map(p -> UnitRecognizer.withLevel(p, documentLevel)).toList();
                        if (section != null && section.equals(roman)) {
                            introUnit = headingUnit;
                            introDepth = 0;
                        } else if (section != null && headingDepth != Integer.MAX_VALUE && headingDepth > 0) {
                            // under a part's own heading ("1. Nhiệm vụ, giải pháp chủ yếu"): it governs that
                            // part's items, also those under its topic headings ("1.6. Bảo đảm điều kiện …:")
                            introUnit = headingUnit;
                            introDepth = headingDepth;
                            introPart = headingNumber + ".";
                        }
                        if (partRole == Section.Role.SOLUTIONS || partRole == Section.Role.OTHER) {
                            listUnit = headingUnit; // "… thực hiện các nhiệm vụ, giải pháp sau:"
                        }
                        headingDepth = 0; // an introduction governs every item of its part
                        current = null;
                        index = introEnd; // its wrapped lines are read
                    } else if (detail(l.text())) {
                        current = appendDetail(current, l.text());
                    } else {
                        current = new Draft(itemSection != null ? itemSection : section, l.text(), headingUnit, partRole,
                                headingUnit == listUnit);
                        drafts.add(current);
                        if (itemSection != null) {
                            afterItem.add(current);
                        } else if (bulletsUnderHeading && namesAnotherDoer(l.text(), headingUnit)) {
                            afterBullets.add(current);
                        }
                    }
                    afterHeading = false;
                }
            }
        }
        closePart(afterItem, section);
        closePart(afterBullets, roman);
        List<Task> out = new ArrayList<>();
        for (Draft d : drafts) {
            List<UnitRole> itemLead = List.of();
            for (Draft part : bySubject(d)) {
                Task t = toTask(part, documentLevel, documentDate, itemLead);
                if (itemLead.isEmpty()) {
                    itemLead = t.units().stream().filter(u -> u.role() == UnitRole.Role.LEAD).toList();
                }
                out.add(t);
            }
        }
        return withFullNames(out);
    }

    /**
     * GUIDE §3: an item is split where a {@code ;}-clause has another subject unit
     * ("Hội Cựu chiến binh phường vận động …; Hội Nông dân phường hướng dẫn …" is two tasks), and
     * after a sentence that closes with its own parenthesised deadline ("… (thực hiện thường
     * xuyên). Chủ trì, phối hợp …" is two tasks).
     */
    private List<Draft> bySubject(Draft d) {
        String text = d.text.toString();
        List<Draft> out = new ArrayList<>();
        int from = 0;
        var boundary = CLAUSE_BOUNDARY.matcher(text);
        while (boundary.find()) {
            boolean ownDeadline = boundary.group(1) != null
                    && deadlines.find(boundary.group(1), null).isPresent();
            // "Giao Đảng ủy Mặt trận Tổ quốc thành phố; Đảng ủy Ban Tuyên giáo … phối hợp …": a clause that
            // only names a unit is the first of the list the verb after it governs
            String bare = text.substring(from, boundary.start()).strip().replaceFirst("(?iu)^(?:giao|đề nghị)\\s+", "");
            boolean onlyNames = !bare.isEmpty() && units.find(bare).stream().anyMatch(m -> m.start() == 0 && m.end() >= bare.length());
            if (ownDeadline || boundary.group(1) == null && !onlyNames && units.subject(text.substring(boundary.end())).isPresent()) {
                out.add(new Draft(d, text.substring(from, boundary.start()).strip()));
                from = boundary.end();
            }
        }
        if (out.isEmpty()) {
            return List.of(d);
        }
        out.add(new Draft(d, text.substring(from).strip()));
        return out;
    }

    /**
     * A {@code ;}-clause opening with a capitalised name ("; Hội Nông dân phường …"; "; các tổ chức
     * đảng …" goes on listing the same subject, as in 002 1.1). A
     * sentence with its own subject stays in its item: the dev gold keeps 002's "… Cấp ủy địa
     * phương, cơ quan, đơn vị cần …" whole.
     */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(";\\s+(?=\\p{Lu}|giao |đề nghị )|(?<=\\(([^()]{3,120})\\)\\.)\\s+(?=\\p{Lu})");

    /**
     * A unit named in full once is named short after ("Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh",
     * then "(qua Phòng Chính trị)"): a short name that begins exactly one longer name of the same
     * document is that unit.
     */
    private static final Pattern MEMBER_OR_VERB = Pattern.compile("\\s+vien(?![a-z])");

    private static List<Task> withFullNames(List<Task> tasks) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        tasks.forEach(t -> t.units().forEach(u -> names.add(u.name())));
        java.util.Map<String, String> full = new java.util.HashMap<>();
        for (String n : names) {
            // the longer name goes on with the capitalised name of whose organ it is, not with a list
            List<String> longer = names.stream()
                    .filter(m -> m.length() > n.length() + 1 && m.regionMatches(true, 0, n, 0, n.length())
                            && m.charAt(n.length()) == ' ' && !LIST_GOES_ON.matcher(m.substring(n.length())).lookingAt()
                            // "Chi ủy viên …" is a member, "Chi ủy chịu trách nhiệm …" a sentence: not the unit's name
                            && !MEMBER_OR_VERB.matcher(Syllables.fold(m.substring(n.length()))).lookingAt()
                            && !(Character.isLowerCase(m.charAt(n.length() + 1)) && UnitRecognizer.goesOnWithVerb(m.substring(n.length()))))
                    .map(UnitNames::folded).distinct().toList();
            if (longer.size() == 1 && !UnitNames.collective(n)) {
                full.put(n, names.stream().filter(m -> UnitNames.folded(m).equals(longer.get(0))).findFirst().orElseThrow());
            }
        }
        if (full.isEmpty()) {
            return tasks;
        }
        List<Task> out = new ArrayList<>();
        for (Task t : tasks) {
            List<UnitRole> us = new ArrayList<>();
            for (UnitRole u : t.units()) {
                String name = full.getOrDefault(u.name(), u.name());
                if (us.stream().noneMatch(x -> x.name().equals(name))) {
                    us.add(new UnitRole(name, u.role()));
                }
            }
            out.add(new Task(t.section(), t.kind(), us, t.text(), t.deadlineText(), t.deadline()));
        }
        return out;
    }

    /** The genre's detail labels: when, where, who attends, in what form, with what content. */
    private static final Pattern DETAIL = Pattern.compile(
            "^(?:thoi gian|dia diem|doi tuong|thanh phan|noi dung|hinh thuc|bao cao vien|kinh phi|phuong phap)[^:]{0,40}:\\s*(.*)$");

    /**
     * Whether an item only details the task before it ("Thời gian: Hoàn thành sau 15 ngày …",
     * "Báo cáo viên: Mời …", "Đối tượng: …"): a detail label whose content names no unit as its
     * subject. A detail with a subject ("Thời gian: Ban Tuyên giáo … chủ trì …") is a task.
     */
    private boolean detail(String text) {
        var m = DETAIL.matcher(Syllables.fold(text));
        return m.matches() && units.subject(text.substring(text.length() - m.group(1).length())).isEmpty();
    }

    /** A detail belongs to the task before it; with none before it, it details the plan and assigns nothing. */
    private static Draft appendDetail(Draft current, String text) {
        if (current != null) {
            current.text.append(' ').append(text);
        }
        return current;
    }

    private static boolean endsSentence(CharSequence s) {
        String t = s.toString().strip();
        return (t.endsWith(".") || t.endsWith(";") || t.endsWith(":")) && !openBracket(t);
    }

    /** A bracket opened and not closed: the paragraph goes on ("… (Hoàn thành trong quý ." / "III/2026)."). */
    private static boolean openBracket(String t) {
        int open = t.lastIndexOf('(');
        return open >= 0 && t.indexOf(')', open) < 0 && t.length() - open < 60;
    }

    /**
     * A paragraph opening a section with a group ("Các cấp ủy, tổ chức đảng …") names who the
     * section's items address, when items follow it (or it says "căn cứ": on the basis of).
     */
    private static boolean endsWithColon(String text) {
        return text.strip().endsWith(":");
    }

    private boolean introducesGroup(String text, boolean itemsFollow) {
        List<UnitRecognizer.Mention> found = units.find(text);
        boolean opens = !found.isEmpty() && found.get(0).start() <= 3 && !found.get(0).organ()
                || units.subject(text).isPresent();
        return opens && (itemsFollow || Syllables.fold(text).contains("can cu"));
    }

    private static int width(Line l) {
        return l.marker().length() + 1 + l.text().length();
    }

    /** Whether a line runs to (about) the full width of the text's lines. */
    private static boolean full(Line l, int fullWidth) {
        return width(l) >= 0.85 * fullWidth;
    }

    /** Whether the line before {@code index} is not blank and ran to the full width: the paragraph goes on. */
    private static boolean afterFullLine(List<Line> lines, int index, int fullWidth) {
        return index > 0 && lines.get(index - 1).type() != Line.Type.BLANK && full(lines.get(index - 1), fullWidth);
    }

    /** The last line of the paragraph that starts at {@code index}: its wrapped lines follow it. */
    private static int paragraphEnd(List<Line> lines, int index, boolean wrappedText, int fullWidth) {
        int j = index;
        while (true) {
            int k = j + 1;
            // OCR may leave a blank line inside a paragraph; a line starting lower-case starts none
            if (k + 1 < lines.size() && lines.get(k).type() == Line.Type.BLANK && lines.get(k + 1).type() == Line.Type.TEXT
                    && !lines.get(k + 1).text().isEmpty() && Character.isLowerCase(lines.get(k + 1).text().charAt(0))) {
                k++;
            }
            if (k < lines.size() && lines.get(k).type() == Line.Type.TEXT && !lines.get(k).text().isEmpty()
                    && (Character.isLowerCase(lines.get(k).text().charAt(0)) || k == j + 1 && wrappedText && full(lines.get(j), fullWidth))) {
                j = k;
            } else {
                return j;
            }
        }
    }

    /** The paragraph from {@code index} to {@code end} ({@link #paragraphEnd}), its wrapped lines joined. */
    private static String paragraph(List<Line> lines, int index, int end) {
        StringBuilder b = new StringBuilder(lines.get(index).text());
        for (int j = index + 1; j <= end; j++) {
            if (lines.get(j).type() != Line.Type.BLANK) {
                b.append(' ').append(lines.get(j).text());
            }
        }
        return b.toString();
    }

    /**
     * Whether a numbered line is a heading rather than an item with content: emphasised or in
     * capitals; or followed by its own sub-items or bullets (the structure says so even where OCR
     * lost the emphasis); or short and not ending as a sentence, with no wrapped continuation.
     */
    /**
     * The width of a full line: a scan's OCR text keeps the page's line breaks, so a paragraph's
     * lines run to about the same width, and a heading is shorter; the 75th percentile of the
     * text's line lengths (in digital text, where a line is a paragraph, headings are shorter still).
     */
    static int fullWidth(List<Line> lines) {
        int[] lengths = lines.stream().filter(l -> l.type() != Line.Type.BLANK)
                .mapToInt(l -> l.marker().length() + 1 + l.text().length()).sorted().toArray();
        return lengths.length == 0 ? Integer.MAX_VALUE : lengths[(int) (lengths.length * 0.75)];
    }

    /** The paragraphs after a part's last numbered item close the part: they take the part's section. */
    /** A paragraph that charges a unit ("Giao X …", "X chủ trì …") other than the heading's. */
    private boolean namesAnotherDoer(String text, List<String> headingUnit) {
        String f = Syllables.fold(text).toLowerCase(java.util.Locale.ROOT);
        var subject = units.subject(text);
        if (!f.startsWith("giao ") && subject.isEmpty()) {
            return false;
        }
        String named = subject.map(m -> Syllables.fold(m.name()).toLowerCase(java.util.Locale.ROOT)).orElse("");
        return headingUnit.stream().map(u -> Syllables.fold(u).toLowerCase(java.util.Locale.ROOT))
                .noneMatch(u -> !named.isEmpty() && (u.startsWith(named) || named.startsWith(u)));
    }

    private static void closePart(List<Draft> afterItem, String partSection) {
        if (partSection != null) {
            for (Draft d : afterItem) {
                d.section = partSection;
            }
        }
        afterItem.clear();
    }

    /**
     * Whether a heading is the next of the numbered item before it ("2." after "II.1", "2.4." after
     * "2.3"): then that item, which a scan's wrapping hid, headed its own paragraphs as this one does.
     */
    private static boolean nextSibling(String itemSection, Line heading, String roman) {
        if (itemSection == null) {
            return false;
        }
        String label = heading.type() == Line.Type.DOTTED ? heading.label()
                : (roman == null ? heading.label() : roman + "." + heading.label());
        int a = itemSection.lastIndexOf('.');
        int b = label.lastIndexOf('.');
        if (a < 0 || b < 0 || !itemSection.substring(0, a).equals(label.substring(0, b))) {
            return false;
        }
        try {
            return Integer.parseInt(label.substring(b + 1)) == Integer.parseInt(itemSection.substring(a + 1)) + 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The section of a scan's text that resumes after a page OCR lost, or null: a line that goes on
     * mid-sentence (lower case) after a sentence's end, where the next numbered item ("2.8.") is not
     * the one after the item the text was in ("2.3.", or a part of purposes): the lost page held the
     * items between, and the text is the end of the one before the next ("2.7."). GUIDE §4: a task
     * carries the number of the item it sits in.
     */
    static String lostPageSection(List<Line> lines, int index, String section) {
        Line l = lines.get(index);
        if (l.text().isEmpty() || !Character.isLowerCase(l.text().charAt(0))) {
            return null;
        }
        int p = index - 1;
        while (p >= 0 && lines.get(p).type() == Line.Type.BLANK) {
            p--;
        }
        if (p < 0 || !lines.get(p).text().endsWith(".")) {
            return null;
        }
        for (int n = index + 1; n < lines.size(); n++) {
            Line next = lines.get(n);
            if (next.type() == Line.Type.ROMAN || next.type() == Line.Type.NUMBER) {
                return null;
            }
            if (next.type() == Line.Type.DOTTED) {
                String[] parts = next.label().split("\\.");
                if (parts.length != 2 || !parts[1].matches("\\d+") || Integer.parseInt(parts[1]) < 2) {
                    return null;
                }
                int item = Integer.parseInt(parts[1]);
                String before = parts[0] + "." + (item - 1);
                if (section == null) {
                    return before;
                }
                String[] at = section.split("\\.");
                boolean sameList = at.length == 2 && at[0].equals(parts[0]) && at[1].matches("\\d+");
                return sameList && Integer.parseInt(at[1]) < item - 1 ? before : null;
            }
        }
        return null;
    }

    /**
     * Whether a numbered line inside a part of purposes and requirements shows that the part has
     * ended though no Roman heading said so (a scan's page with it is missing): a heading whose
     * words name tasks, solutions or the organisation of implementation ("3. Nhiệm vụ cụ thể"),
     * or a two-level number ("2.3.") under no heading of its first number in the part (purposes
     * are numbered 1., 2.; their sub-items follow their own heading).
     */
    static boolean opensTasksUnderPurposes(Line l, boolean heading, java.util.Set<String> headings) {
        if (l.type() == Line.Type.DOTTED) {
            String[] parts = l.label().split("\\.");
            return parts.length == 2 && !headings.contains(parts[0]);
        }
        if (!heading) {
            return false;
        }
        var role = SectionOutline.role(l.folded(), Section.Role.OTHER);
        return role == Section.Role.TASKS || role == Section.Role.SOLUTIONS
                || role == Section.Role.ORGANISATION;
    }

    private static boolean isHeading(List<Line> lines, int index, int fullWidth) {
        Line l = lines.get(index);
        if (l.bold() || l.text().equals(l.text().toUpperCase(java.util.Locale.ROOT)) && l.text().length() > 3) {
            return true;
        }
        int n = nextNonBlank(lines, index);
        Line next = n < 0 ? null : lines.get(n);
        boolean full = full(l, fullWidth);
        boolean adjacent = n == index + 1; // no blank line between: in a scan, the same paragraph
        boolean lowerNext = next != null && !next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0));
        // a speck OCR read as a dash at the start of a wrapped paragraph's next line is not a bullet
        boolean speck = next != null && next.type() == Line.Type.BULLET && wrapped(fullWidth) && lowerNext && adjacent && full;
        if (next != null && !speck && opensItems(l, next)) {
            return true;
        }
        if (next != null && next.type() == Line.Type.TEXT && lowerNext && next.text().split("\\s+").length <= 12) {
            // a heading OCR wrapped onto a second short line, its bullets after it
            int a = nextNonBlank(lines, n);
            if (a >= 0 && opensItems(l, lines.get(a))) {
                return true;
            }
        }
        // a line that runs to the full width and goes on, lower-case, on the next is a wrapped paragraph;
        // in a scan's text it goes on on the very next line, whatever its first letter
        boolean textNext = next != null && next.type() == Line.Type.TEXT;
        boolean wrapped = textNext && lowerNext && (next.text().split("\\s+").length > 12 || full)
                || wrapped(fullWidth) && full && textNext && adjacent
                // a line that stops on a name's head or a word that cannot end a phrase ("… ; Đảng ủy Ban" /
                // "Tuyên giáo và Dân vận Thành ủy phối hợp …") goes on on the next
                || wrapped(fullWidth) && textNext && adjacent && DANGLING_END.matcher(Syllables.fold(l.text())).find();
        if (adjacent && textNext && lowerNext && wrapped(fullWidth) && !next.text().matches(".*[.;:,]$")
                && l.text().split("\\s+").length + next.text().split("\\s+").length <= 30) {
            // the same, wrapped onto a second line ("1. Nâng cao nhận thức của các cấp ủy, tổ chức đảng, cán bộ,
            // đảng" / "viên về vai trò, ý nghĩa, tầm quan trọng của sinh hoạt chi bộ"), then a blank line
            int after = nextNonBlank(lines, n);
            if (after > n + 1 && lines.get(after).type() == Line.Type.TEXT && !lines.get(after).text().isEmpty()
                    && Character.isUpperCase(lines.get(after).text().charAt(0))) {
                return true;
            }
        }
        if (!adjacent && textNext && !lowerNext && !l.text().matches(".*[.;:,]$") && l.text().split("\\s+").length <= 20) {
            // a numbered line that stops without a sentence's end, a blank line, then a paragraph of its
            // own: a heading ("2. Đổi mới căn bản, toàn diện về nội dung, hình thức sinh hoạt chi bộ", 15
            // words, more than a heading's usual few); an item's sentence ends with its stop
            return true;
        }
        return l.heading() && !wrapped;
    }

    /** The last word of a line that is no phrase's end: a body's head without its name, a conjunction, a preposition. */
    private static final Pattern DANGLING_END = Pattern.compile("(?:^|\\s)(?:ban|uy ban|so|phong|hoi|cac|nhung|theo|" + Line.CONNECTIVES + ")$");

    /** Whether a scan's OCR text (most lines under about 110 characters), not typed text with a line per paragraph. */
    private static boolean wrapped(int fullWidth) {
        return fullWidth < 110;
    }

    /** Whether {@code next} is an item under {@code heading}: a bullet, a "+" line, or its dotted sub-item. */
    private static boolean opensItems(Line heading, Line next) {
        return next.type() == Line.Type.BULLET || next.type() == Line.Type.PLUS
                || next.type() == Line.Type.DOTTED && next.label().startsWith(heading.label() + ".");
    }

    /** The index of the first non-blank line after {@code index}, or -1. */
    private static int nextNonBlank(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).type() != Line.Type.BLANK) {
                return i;
            }
        }
        return -1;
    }

    /** A dash line that only names whom the lines under it are for: "Đối với …:". */
    private static final Pattern SUBHEADING = Pattern.compile("(?iu)(?:đối với|doi voi)\\s[^.;]{3,90}:\\s*");

    /** Whether the next line that is not blank is a "+" line. */
    private static boolean nextIsPlus(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).type() != Line.Type.BLANK) {
                return lines.get(i).type() == Line.Type.PLUS;
            }
        }
        return false;
    }

    /** Whether the next non-blank line after {@code index} is a numbered item, a bullet or a "+" line. */
    private static boolean nextItem(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            Line.Type t = lines.get(i).type();
            if (t != Line.Type.BLANK) {
                return t == Line.Type.NUMBER || t == Line.Type.DOTTED || t == Line.Type.BULLET || t == Line.Type.PLUS;
            }
        }
        return false;
    }

    /** A plan's own subordinate organisations, to which things are sent down. */
    private static final Pattern SENT_DOWN = Pattern.compile("(?:cac )?(?:chi bo|to chuc co so dang|dang uy co so|dang bo co so|chi bo co so"
            + "|dang bo, chi bo co so|to chuc dang|dang bo, chi bo)(?: truc thuoc)?");
    /** What may stand between a verb of reporting and whom it reports to: "báo cáo trực tiếp đồng chí Bí thư Chi bộ", "báo cáo ngay Ban Thường vụ". */
    private static final String TO_WHOM = "(?: (?:truc tiep|ngay|kip thoi))?(?: (?:cho|len))?(?: dong chi)?";

    /**
     * The units a heading names for its items: "3.1. Ban Tổ chức Thành ủy", "Giao đồng chí Phó Bí
     * thư Chi bộ:", and headings joining two ("Đảng ủy quân sự các huyện … và các đảng bộ, chi bộ
     * trực thuộc"), each completed with the document's level; empty when it names none first.
     */
    private List<String> headingUnit(String heading, String level) {
        // "Đối với …", "Giao đồng chí …:", "Đề nghị …:": the unit the heading's items are for
        String h = heading.replaceAll("(?iu)^(đối với|doi voi|giao|đề nghị|de nghi)\\s+", "")
                .replaceAll("(?iu)^(đồng chí|dong chi)\\s+", "").replaceAll("[:.]\\s*$", "");
        Optional<UnitRecognizer.Mention> subject = units.subject(h);
        if (subject.isPresent() && subject.get().start() == 0 && subject.get().end() < h.length()
                && h.substring(subject.get().end()).strip().split("\\s+").length <= 14
                && (!UnitRecognizer.goesOnWithVerb(h.substring(subject.get().end()))
                        || namesOn(h.substring(subject.get().end())))) {
            // a heading is the unit's name alone, however long ("Phòng Công tác đảng và công tác chính trị"):
            // where the rules' name stops short of its end, the heading is the name
            subject = Optional.of(new UnitRecognizer.Mention(UnitRecognizer.capitalise(h.strip()), 0, h.strip().length(),
                    subject.get().organ()));
        }
        if (subject.isPresent()) {
            return units.parts(subject.get()).stream().map(p -> UnitRecognizer.withLevel(p, level)).toList();
        }
        List<UnitRecognizer.Mention> found = units.find(h);
        if (found.isEmpty() || found.get(0).start() > 2) {
            return List.of();
        }
        if (found.size() == 1 && found.get(0).start() == 0 && namesOn(h.substring(found.get(0).end()))) {
            return List.of(UnitRecognizer.withLevel(new UnitRecognizer.Mention(UnitRecognizer.capitalise(h.strip()), 0,
                    h.strip().length(), found.get(0).organ()), level));
        }
        return List.of(UnitRecognizer.withLevel(found.get(0), level));
    }

    /** The places a unit's name ends with: "… xã, phường", "… tỉnh". */
    private static final Pattern PLACES_AT_END = Pattern.compile(
            "\\s((?:" + PlaceKinds.WRITTEN + ")(?:,\\s*(?:" + PlaceKinds.WRITTEN + "))*)$");

    /**
     * "Đoàn Thanh niên cùng cấp" after "Ủy ban Mặt trận Tổ quốc Việt Nam xã, phường": the body at
     * the level of the unit named before it. Other names, and one with no level before, unchanged.
     */
    private static String sameLevel(String name, List<UnitRole> so) {
        if (!name.endsWith(" cùng cấp") || Syllables.fold(name).toLowerCase(java.util.Locale.ROOT).startsWith("cap uy") || so.isEmpty()) {
            return name;
        }
        java.util.regex.Matcher m = PLACES_AT_END.matcher(so.get(so.size() - 1).name());
        return m.find() ? name.substring(0, name.length() - "cùng cấp".length()) + m.group(1) : name;
    }

    /** A committee below the province named with its level ("Đảng ủy xã", "Đảng ủy phường Tân Hòa"), folded. */
    private static final Pattern LOCAL_COMMITTEE = Pattern.compile("(?:^|\\s)(dang uy (?:xa|phuong|dac khu|thi tran|co quan|khoi|cong an|quan su|so|cong ty|truong|benh vien|trung tam)(?: .*)?)$");

    /**
     * The organ a report goes through, in brackets after the committee it goes to ("báo cáo Đảng ủy
     * phường (qua Văn phòng Đảng ủy)"), is that committee's: named with it ("Văn phòng Đảng ủy
     * phường"), as the GUIDE names a committee's organs. Any other name is returned as it is.
     */
    private static String channelOf(String name, UnitRole.Role role, String before, boolean organ, List<UnitRole> so) {
        if (role != UnitRole.Role.REPORT_TO || !organ || !before.matches("(?s).*\\(qua\\s*$") || so.isEmpty()) {
            return name;
        }
        UnitRole last = so.get(so.size() - 1);
        String lastFolded = Syllables.fold(last.name());
        java.util.regex.Matcher c = LOCAL_COMMITTEE.matcher(lastFolded);
        if (last.role() != UnitRole.Role.REPORT_TO || !c.find()) {
            return name;
        }
        String f = Syllables.fold(name);
        // already named with a committee: its own ("Ban Xây dựng Đảng Đảng ủy xã") or another level's
        if (f.matches(".*\\bdang uy .*|.*(?:thanh uy|tinh uy|trung uong|huyen uy|quan uy)$")) {
            return name;
        }
        String committee = last.name().substring(c.start(1));
        String head = f.endsWith(" dang uy") ? name.substring(0, name.length() - " Đảng ủy".length()) : name;
        return head + " " + committee;
    }

    private static final Pattern COMRADE = Pattern.compile("\\s+(?:cac |nhung )?dong chi\\s+$");

    private static final Pattern AND_A_NAME = Pattern.compile("^và\\s+(\\p{Lu}.*)$");

    /** "… và Hợp tác quốc tế": the name goes on with a capitalised word after "và" that starts no unit of its own. */
    private boolean namesOn(String rest) {
        java.util.regex.Matcher m = AND_A_NAME.matcher(rest.strip());
        return m.matches() && units.find(m.group(1)).stream().noneMatch(u -> u.start() == 0);
    }

    /**
     * One task of a draft. {@code itemLead}: the lead of the item's earlier sentences, when the item
     * was split at a sentence's own deadline; a later sentence without a doer of its own goes on with
     * it ("2.1. Ban Xây dựng Đảng chủ trì … (Hoàn thành …). Tham mưu ban hành thông báo … (Hoàn thành …)").
     */
    private Task toTask(Draft d, String level, Temporal date, List<UnitRole> itemLead) {
        String text = d.text.toString().replaceAll("\\s+", " ").strip();
        List<UnitRole> us = new ArrayList<>();
        // GUIDE §3: an item whose first sentence has its own subject is that subject's, not the
        // collective an introduction addressed
        Optional<UnitRecognizer.Mention> own = units.subject(d.text.toString());
        // ... and an item whose subject is one of the units its heading names is that unit's alone
        // ("2.7. Hội Cựu chiến binh phường, Hội Nông dân phường": "Hội Nông dân phường hướng dẫn …")
        String ownKey = own.map(m -> UnitNames.folded(UnitRecognizer.withLevel(m, level))).orElse(null);
        boolean picksOne = ownKey != null && d.headingUnit.size() > 1
                && d.headingUnit.stream().anyMatch(h -> UnitNames.folded(h).equals(ownKey));
        for (String h : d.headingUnit) {
            if (!(own.isPresent() && UnitNames.collective(h)) && !(picksOne && !UnitNames.folded(h).equals(ownKey))) {
                us.add(new UnitRole(h, UnitRole.Role.LEAD));
            }
        }
        String folded = Syllables.fold(text);
        var m = LABEL_PREFIX.matcher(text);
        int opening = m.find() && m.end() < 32 ? m.end() : 0;
        UnitRole.Role previousRole = null;
        int previousEnd = -1;
        List<UnitRecognizer.Mention> mentions = new ArrayList<>(units.find(text));
        List<Integer> subjectEnds = new ArrayList<>();
        // GUIDE §3: a solution of a list addressed to a collective is the collective's unless its
        // first sentence names its own doer; a later sentence's subject ("Bí thư chi bộ tôn trọng …")
        // says how, not who else must act
        boolean collectives = own.isEmpty() && d.listed && !d.headingUnit.isEmpty()
                && d.headingUnit.stream().allMatch(UnitNames::collective);
        var sentence = SENTENCE_START.matcher(text);
        while (sentence.find()) {
            int at = sentence.end();
            if (at == 0 && opening > 0 || at > 0 && collectives) {
                continue;
            }
            Optional<UnitRecognizer.Mention> subject = units.subject(text.substring(at));
            if (subject.isPresent()) {
                // the sentence's subject is one name, however many units the rules read in it
                UnitRecognizer.Mention s = subject.get();
                mentions.removeIf(x -> x.start() < at + s.end() && at + s.start() < x.end());
                for (UnitRecognizer.Mention part : units.parts(s)) {
                    UnitRecognizer.Mention placed = new UnitRecognizer.Mention(part.name(), at + part.start(), at + part.end(), part.organ());
                    mentions.add(placed);
                    subjectEnds.add(placed.end());
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(UnitRecognizer.Mention::start));
        for (UnitRecognizer.Mention mention : mentions) {
            // "phối hợp với đồng chí Bí thư Chi đoàn", "Đề nghị đồng chí Hiệu trưởng": a courtesy between
            // the verb and the person it addresses
            String before = COMRADE.matcher(folded.substring(Math.max(0, mention.start() - 70), mention.start())).replaceFirst(" ");
            String after = folded.substring(mention.end(), Math.min(folded.length(), mention.end() + 12));
            if (mention.start() < previousEnd) {
                continue; // overlaps the previous mention
            }
            String between = previousEnd < 0 ? "" : folded.substring(previousEnd, mention.start());
            UnitRole.Role role = null;
            if (before.matches(".*phoi hop( chat che)?( voi)?\\s*$")) {
                role = UnitRole.Role.COOPERATE;
            } else if (previousRole != null && between.matches("\\s*(,|;|va|và)\\s*(cac )?")
                    // "báo cáo Ban Thường vụ Đảng ủy xã (qua Ban Xây dựng Đảng) và Sở Y tế": the list goes on after the channel
                    || previousRole == UnitRole.Role.REPORT_TO && between.matches("\\s*\\)\\s*(,|va)\\s*(cac )?")) {
                role = previousRole;
            } else if (before.matches(".*(bao cao|\\(qua|qua|gui ve|gui|trinh|nop ve|nop)" + TO_WHOM + "\\s*$")
                    || before.matches(".*(bao cao|phan anh|gui)( [^.;:()]{0,40})? ve" + TO_WHOM + "\\s*$")
                    || before.matches(".*(bao cao|phan anh)( (?!.*phoi hop)[^.;:()]{0,45})? voi" + TO_WHOM + "\\s*$")) {
                // reports go up: what is sent down to the plan's own subordinates ("gửi các chi bộ tài
                // liệu", "gửi các tổ chức cơ sở đảng") is an object, not whom the task reports to
                role = before.matches(".*\\bgui" + TO_WHOM + "\\s*$") && SENT_DOWN.matcher(Syllables.fold(mention.name())).matches()
                        ? null : UnitRole.Role.REPORT_TO;
            } else if (before.matches(".*(giao|de nghi)\\s*$") || after.startsWith(" chu tri")
                    || mention.start() <= opening + 1 || subjectEnds.contains(mention.end())) {
                role = UnitRole.Role.LEAD;
            }
            previousEnd = mention.end();
            previousRole = role;
            if (role == null) {
                continue;
            }
            String name = sameLevel(channelOf(UnitRecognizer.withLevel(mention, level), role, before, mention.organ(), us), us);
            boolean dup = us.stream().anyMatch(u -> Syllables.fold(u.name()).equals(Syllables.fold(name)));
            if (!dup) {
                us.add(new UnitRole(name, role));
            }
        }
        if (us.stream().noneMatch(u -> u.role() == UnitRole.Role.LEAD) && !itemLead.isEmpty()) {
            us.addAll(0, itemLead.stream().filter(l -> us.stream().noneMatch(u -> u.name().equals(l.name()))).toList());
        }
        String lead = us.stream().filter(u -> u.role() == UnitRole.Role.LEAD).map(UnitRole::name)
                .findFirst().orElse(null);
        // GUIDE §3: a solution is an item of the list an introduction addresses to one collective (its
        // own subject aside), or an item led by the collective of all committees; nothing in the
        // organisation of implementation or the assignment of concrete tasks is
        boolean assigning = d.part == Section.Role.ORGANISATION || d.part == Section.Role.TASKS;
        Task.Kind kind = !assigning && (d.listed || lead == null || GROUP_LEAD.matcher(Syllables.fold(lead)).matches())
                ? Task.Kind.SOLUTION : Task.Kind.TASK;
        Optional<DeadlineParser.Found> dl = deadlines.find(text, date);
        return new Task(d.section, kind, us, text, dl.map(DeadlineParser.Found::deadlineText).orElse(null),
                dl.map(DeadlineParser.Found::deadline).orElse(null));
    }
}
