package vn.cascade.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders accented Vietnamese text as realistic scanned A4 pages.
 *
 * <p><b>Contract.</b> {@link #render(List, RenderOptions)} lays the lines out on A4 pages
 * (210 × 297 mm at {@link RenderOptions#dpi()}, {@link BufferedImage#TYPE_BYTE_GRAY}) with the
 * margins of a Vietnamese official document (30 mm left, 20 mm right, top and bottom), in an
 * anti-aliased serif font, word-wrapped and justified, then adds scanner damage: a small
 * rotation about the page centre (white fill), salt-and-pepper speckle with a few dust blobs,
 * and an optional light blur. Each input line is a paragraph; a blank line adds vertical space;
 * a new page starts when one is full. It always returns at least one page.
 *
 * <p>Input lines may carry the light Markdown of the project's source files:
 * <ul>
 *   <li>{@code **bold**} and {@code ***bold italic***} spans are drawn bold (and italic), a lone
 *       pair of {@code *…*} italic; the asterisks are never drawn. A span may continue on the next
 *       line (as in a two-line signature block) but never past a blank line.</li>
 *   <li>{@code # } … {@code ###### } heading markers are removed and the heading drawn bold.</li>
 *   <li>a line of three or more {@code -}, {@code *} or {@code _} (e.g. {@code -----}) is a
 *       <em>horizontal rule</em>, not a page break: in the sources it is the short rule under a
 *       document's title or the separator above a footnote, both of which a real page shows.
 *       Fully bold paragraphs before a rule that comes within the first few paragraphs are
 *       centred, like an official document's title block.</li>
 *   <li>{@code <sup>…</sup>} is drawn as a small raised superscript (footnote marks); other HTML
 *       tags are removed, common entities decoded, backslash escapes undone, and links reduced
 *       to their text.</li>
 * </ul>
 * Text is normalised to NFC first (precomposed Vietnamese letters render more reliably than
 * combining marks); {@link #visibleText(List)} gives exactly the text drawn, for use as OCR
 * ground truth.
 *
 * <p><b>Fonts.</b> The family of {@link RenderOptions#fontFamily()} is used when installed and
 * able to display every character of the text (checked with {@link Font#canDisplayUpTo}),
 * otherwise the first such family of {@link RenderOptions#FALLBACK_FONT_FAMILIES}; when none can,
 * {@code render} throws {@link IllegalStateException} naming the first character it could not
 * display.
 *
 * <p><b>Determinism.</b> All randomness comes from {@link RenderOptions#seed()}, separately for
 * each page, so the same lines and options give identical pixels (on the same JVM and fonts).
 *
 * <p><b>Thread safety.</b> Instances are stateless and may be shared; concurrent calls are safe.
 * Each call returns new images that the caller owns.
 */
public final class PageRenderer {

    static final double A4_WIDTH_MM = 210;
    static final double A4_HEIGHT_MM = 297;
    // Decree 30/2020/NĐ-CP page set-up: left 30–35 mm, right 15–20 mm, top/bottom 20–25 mm.
    static final double MARGIN_LEFT_MM = 30;
    static final double MARGIN_RIGHT_MM = 20;
    static final double MARGIN_TOP_MM = 20;
    static final double MARGIN_BOTTOM_MM = 20;
    static final double FIRST_LINE_INDENT_MM = 10;
    /** Line pitch in ems: roomy enough for stacked Vietnamese marks on capitals (Ấ, Ễ). */
    static final double LINE_PITCH_EM = 1.3;
    /** Height of an empty input line, as a share of the line pitch. */
    static final double BLANK_LINE_SHARE = 0.6;
    static final double RULE_LENGTH_MM = 40;
    static final double RULE_THICKNESS_MM = 0.25;
    /** Justification gives up (line left ragged) when a gap would grow beyond this many spaces. */
    static final double MAX_JUSTIFY_STRETCH = 3.0;
    static final double SUPERSCRIPT_SCALE = 0.62;
    static final double SUPERSCRIPT_RISE_EM = 0.38;
    /** A rule within this many text paragraphs of the top closes the title block. */
    static final int TITLE_BLOCK_MAX_PARAGRAPHS = 8;

    private static final FontRenderContext FRC = new FontRenderContext(
            null, RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    public PageRenderer() {
        // stateless
    }

    /**
     * Renders {@code lines} (one paragraph each, light Markdown allowed) as scanned A4 pages.
     *
     * @return one greyscale image per page, at least one
     * @throws IllegalStateException if no candidate font can display the text
     */
    public List<BufferedImage> render(List<String> lines, RenderOptions opts) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(opts, "opts");
        List<Block> blocks = parse(lines);
        List<BufferedImage> pages = new Layout(opts, blocks).run();
        double dpiScale = opts.dpi() / 300.0;
        for (int i = 0; i < pages.size(); i++) {
            pages.set(i, degrade(pages.get(i), opts, i, dpiScale));
        }
        return pages;
    }

    /**
     * The text {@link #render} draws for each input line: markup removed, NFC, spaces collapsed;
     * {@code ""} for blank lines and rules. One element per input line.
     */
    public static List<String> visibleText(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (Block b : parse(lines)) {
            out.add(b.text());
        }
        return out;
    }

    // ---------------------------------------------------------------- markup model (shared)

    enum Kind { TEXT, BLANK, RULE }

    /** A piece of text in one style; never contains line breaks. */
    record Run(String text, boolean bold, boolean italic, boolean superscript) {
        boolean sameStyle(Run o) {
            return bold == o.bold && italic == o.italic && superscript == o.superscript;
        }
    }

    /** One input line: a paragraph of runs, an empty line, or a horizontal rule. */
    record Block(Kind kind, List<Run> runs, boolean heading, boolean centred) {
        static final Block BLANK = new Block(Kind.BLANK, List.of(), false, false);
        static final Block RULE = new Block(Kind.RULE, List.of(), false, false);

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Run r : runs) {
                sb.append(r.text());
            }
            return sb.toString();
        }

        boolean allBold() {
            return runs.stream().allMatch(r -> r.bold() || r.text().isBlank());
        }

        Block centredCopy() {
            return new Block(kind, runs, heading, true);
        }
    }

    private static final Pattern RULE_LINE =
            Pattern.compile("(?:-[ ]*){3,}|(?:\\*[ ]*){3,}|(?:_[ ]*){3,}");
    private static final Pattern HEADING = Pattern.compile("#{1,6}(?:[ ]+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ ]+#+$");
    private static final Pattern IMAGE_LINK = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\]]+)\\]\\((?:https?://|mailto:|/|#|\\./)[^)]*\\)");
    private static final Pattern TAG =
            Pattern.compile("<(/)?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Map<String, String> ENTITIES = Map.of(
            "nbsp", " ", "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026");

    /** Bold/italic/superscript state that may carry from one line to the next. */
    private static final class InlineState {
        boolean bold;
        boolean italic;
        boolean superscript;

        void reset() {
            bold = false;
            italic = false;
            superscript = false;
        }
    }

    /** Parses light Markdown into one {@link Block} per input line. */
    static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>(lines.size());
        InlineState st = new InlineState();
        for (String raw : lines) {
            String line = clean(raw == null ? "" : raw);
            if (line.isEmpty()) {
                st.reset(); // emphasis never spans a blank line (as in Markdown)
                blocks.add(Block.BLANK);
                continue;
            }
            if (RULE_LINE.matcher(line).matches()) {
                st.reset();
                blocks.add(Block.RULE);
                continue;
            }
            boolean heading = false;
            Matcher h = HEADING.matcher(line);
            if (h.lookingAt()) {
                heading = true;
                st.reset();
                line = CLOSING_HASHES.matcher(line.substring(h.end())).replaceFirst("");
            }
            List<Run> runs = tidy(parseInline(line, st));
            if (heading) {
                st.reset(); // a heading is one line: whatever it opened ends with it
                List<Run> bold = new ArrayList<>(runs.size());
                for (Run r : runs) {
                    bold.add(new Run(r.text(), true, r.italic(), r.superscript()));
                }
                runs = tidy(bold);
            }
            blocks.add(runs.isEmpty() ? Block.BLANK : new Block(Kind.TEXT, List.copyOf(runs), heading, false));
        }
        markTitleBlock(blocks);
        return blocks;
    }

    /** Centres the fully bold paragraphs above an early rule: the title block of a plan. */
    private static void markTitleBlock(List<Block> blocks) {
        int paragraphs = 0;
        int rule = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Kind k = blocks.get(i).kind();
            if (k == Kind.RULE) {
                rule = i;
                break;
            }
            if (k == Kind.TEXT && ++paragraphs > TITLE_BLOCK_MAX_PARAGRAPHS) {
                return;
            }
        }
        for (int i = 0; i < rule; i++) {
            Block b = blocks.get(i);
            if (b.kind() == Kind.TEXT && b.allBold()) {
                blocks.set(i, b.centredCopy());
            }
        }
    }

    private static String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip(); // also drops Markdown's two-space hard breaks
        s = IMAGE_LINK.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        return s;
    }

    private static List<Run> parseInline(String s, InlineState st) {
        List<Run> runs = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) {
                buf.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '*') {
                int j = i;
                while (j < n && s.charAt(j) == '*') {
                    j++;
                }
                int count = j - i;
                boolean loneOpener = count == 1 && j < n && s.charAt(j) != ' ' && hasLoneStar(s, j);
                if (count >= 2 || st.italic && count == 1 || loneOpener) {
                    flush(buf, runs, st);
                    if ((count / 2) % 2 == 1) {
                        st.bold = !st.bold;
                    }
                    if (count % 2 == 1) {
                        st.italic = !st.italic;
                    }
                } else {
                    buf.append('*'); // a bullet or a footnote star, not emphasis
                }
                i = j;
            } else if (c == '<' && lookingAt(TAG, s, i)) {
                Matcher m = TAG.matcher(s).region(i, n);
                m.lookingAt();
                boolean closing = m.group(1) != null;
                String name = m.group(2).toLowerCase(Locale.ROOT);
                flush(buf, runs, st);
                switch (name) {
                    case "sup" -> st.superscript = !closing;
                    case "b", "strong" -> st.bold = !closing;
                    case "i", "em" -> st.italic = !closing;
                    case "br" -> buf.append(' ');
                    default -> { } // other tags carry no visible text
                }
                i = m.end();
            } else if (c == '&' && lookingAt(ENTITY, s, i)) {
                Matcher m = ENTITY.matcher(s).region(i, n);
                m.lookingAt();
                buf.append(decodeEntity(m.group(1), m.group()));
                i = m.end();
            } else {
                buf.append(c);
                i++;
            }
        }
        flush(buf, runs, st);
        return runs;
    }

    private static boolean lookingAt(Pattern p, String s, int from) {
        return p.matcher(s).region(from, s.length()).lookingAt();
    }

    /** Whether a single '*' (not part of '**') follows position {@code from}. */
    private static boolean hasLoneStar(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) == '*') {
                boolean prev = k > 0 && s.charAt(k - 1) == '*';
                boolean next = k + 1 < s.length() && s.charAt(k + 1) == '*';
                if (!prev && !next && s.charAt(k - 1) != ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    private static String decodeEntity(String body, String whole) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            }
            if (body.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return whole; // not a valid code point: keep the text as written
        }
        return ENTITIES.getOrDefault(body.toLowerCase(Locale.ROOT), whole);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static void flush(StringBuilder buf, List<Run> runs, InlineState st) {
        if (buf.length() > 0) {
            runs.add(new Run(buf.toString(), st.bold, st.italic, st.superscript));
            buf.setLength(0);
        }
    }

    /** Merges same-style neighbours, collapses spaces, trims the paragraph's ends. */
    private static List<Run> tidy(List<Run> in) {
        List<Run> merged = new ArrayList<>();
        for (Run r : in) {
            if (r.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1).sameStyle(r)) {
                Run last = merged.remove(merged.size() - 1);
                merged.add(new Run(last.text() + r.text(), r.bold(), r.italic(), r.superscript()));
            } else {
                merged.add(r);
            }
        }
        List<Run> out = new ArrayList<>(merged.size());
        boolean lastWasSpace = true; // drops leading spaces
        for (Run r : merged) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < r.text().length(); k++) {
                char c = r.text().charAt(k);
                boolean space = c == ' ';
                if (!(space && lastWasSpace)) {
                    sb.append(c);
                }
                lastWasSpace = space;
            }
            if (sb.length() > 0) {
                out.add(new Run(sb.toString(), r.bold(), r.italic(), r.superscript()));
            }
        }
        // Trailing space (e.g. before a closing marker at the line's end).
        while (!out.isEmpty()) {
            Run last = out.get(out.size() - 1);
            String t = last.text().stripTrailing();
            out.remove(out.size() - 1);
            if (!t.isEmpty()) {
                out.add(new Run(t, last.bold(), last.italic(), last.superscript()));
                break;
            }
        }
        return out;
    }

    /** Splits runs into words at spaces; a word may mix styles ("tháng" + superscript "1"). */
    static List<List<Run>> words(List<Run> runs) {
        List<List<Run>> words = new ArrayList<>();
        List<Run> cur = new ArrayList<>();
        for (Run r : runs) {
            String t = r.text();
            int start = 0;
            for (int k = 0; k <= t.length(); k++) {
                if (k == t.length() || t.charAt(k) == ' ') {
                    if (k > start) {
                        cur.add(new Run(t.substring(start, k), r.bold(), r.italic(), r.superscript()));
                    }
                    if (k < t.length() && !cur.isEmpty()) {
                        words.add(cur);
                        cur = new ArrayList<>();
                    }
                    start = k + 1;
                }
            }
        }
        if (!cur.isEmpty()) {
            words.add(cur);
        }
        return words;
    }

    // ---------------------------------------------------------------- fonts

    /** The four faces of one family at one pixel size. */
    private record Faces(String family, Font plain, Font bold, Font italic, Font boldItalic) {
        Font of(Run r) {
            Font f = r.bold() ? (r.italic() ? boldItalic : bold) : (r.italic() ? italic : plain);
            return r.superscript() ? f.deriveFont((float) (f.getSize2D() * SUPERSCRIPT_SCALE)) : f;
        }
    }

    private static final class InstalledFamilies {
        // Lazily, because asking the graphics environment is slow the first time.
        static final Map<String, String> BY_LOWER_NAME = load();

        private static Map<String, String> load() {
            Map<String, String> m = new TreeMap<>();
            for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT)) {
                m.put(f.toLowerCase(Locale.ROOT), f);
            }
            return m;
        }
    }

    private static Faces resolveFaces(String preferred, float sizePx, String text) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(preferred);
        candidates.addAll(RenderOptions.FALLBACK_FONT_FAMILIES);
        String distinct = text.codePoints().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        List<String> why = new ArrayList<>();
        for (String family : candidates) {
            String installed = InstalledFamilies.BY_LOWER_NAME.get(family.toLowerCase(Locale.ROOT));
            if (installed == null) {
                why.add(family + ": not installed");
                continue;
            }
            Faces faces = new Faces(installed,
                    new Font(installed, Font.PLAIN, 1).deriveFont(sizePx),
                    new Font(installed, Font.BOLD, 1).deriveFont(sizePx),
                    new Font(installed, Font.ITALIC, 1).deriveFont(sizePx),
                    new Font(installed, Font.BOLD | Font.ITALIC, 1).deriveFont(sizePx));
            String problem = null;
            for (Font f : List.of(faces.plain(), faces.bold(), faces.italic(), faces.boldItalic())) {
                int bad = f.canDisplayUpTo(distinct);
                if (bad >= 0) {
                    int cp = distinct.codePointAt(bad);
                    problem = String.format(Locale.ROOT, "%s: cannot display U+%04X '%s'",
                            f.getFontName(Locale.ROOT), cp, new String(Character.toChars(cp)));
                    break;
                }
            }
            if (problem == null) {
                return faces;
            }
            why.add(problem);
        }
        throw new IllegalStateException("No installed font can display the text; tried " + why);
    }

    // ---------------------------------------------------------------- layout

    /** One call's layout state: draws the blocks onto as many clean pages as they need. */
    private static final class Layout {
        private final RenderOptions opts;
        private final List<Block> blocks;
        private final int width;
        private final int height;
        private final double left;
        private final double textWidth;
        private final double top;
        private final double bottom;
        private final double indent;
        private final double pitch;
        private final double baselineOffset;
        private final Faces faces;
        private final double spaceWidth;
        private final double rise;
        private final Map<Run, Double> widths = new HashMap<>();
        private final List<BufferedImage> pages = new ArrayList<>();
        private Graphics2D g;
        private double y;

        Layout(RenderOptions opts, List<Block> blocks) {
            this.opts = opts;
            this.blocks = blocks;
            double pxPerMm = opts.dpi() / 25.4;
            width = (int) Math.round(A4_WIDTH_MM * pxPerMm);
            height = (int) Math.round(A4_HEIGHT_MM * pxPerMm);
            left = MARGIN_LEFT_MM * pxPerMm;
            textWidth = width - left - MARGIN_RIGHT_MM * pxPerMm;
            top = MARGIN_TOP_MM * pxPerMm;
            bottom = height - MARGIN_BOTTOM_MM * pxPerMm;
            indent = FIRST_LINE_INDENT_MM * pxPerMm;
            float sizePx = (float) (opts.fontSizePt() * opts.dpi() / 72.0);
            StringBuilder all = new StringBuilder();
            for (Block b : blocks) {
                all.append(b.text());
            }
            faces = resolveFaces(opts.fontFamily(), sizePx, all.toString());
            LineMetrics lm = faces.plain().getLineMetrics("Ấy", FRC);
            double natural = lm.getAscent() + lm.getDescent();
            pitch = Math.max(LINE_PITCH_EM * sizePx, natural + lm.getLeading());
            baselineOffset = (pitch - natural) / 2 + lm.getAscent(); // centre the glyphs in the line
            spaceWidth = faces.plain().getStringBounds(" ", FRC).getWidth();
            rise = SUPERSCRIPT_RISE_EM * sizePx;
        }

        List<BufferedImage> run() {
            newPage();
            for (Block b : blocks) {
                switch (b.kind()) {
                    case BLANK -> {
                        if (y > top) { // no empty space at the head of a page
                            y += BLANK_LINE_SHARE * pitch;
                        }
                    }
                    case RULE -> drawRule();
                    case TEXT -> drawParagraph(b);
                }
            }
            g.dispose();
            return pages;
        }

        private void newPage() {
            if (g != null) {
                g.dispose();
            }
            BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            g = page.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            pages.add(page);
            y = top;
        }

        private void ensureRoom() {
            if (y + pitch > bottom + 0.5 && y > top) {
                newPage();
            }
        }

        private void drawRule() {
            ensureRoom();
            double len = Math.min(RULE_LENGTH_MM * opts.dpi() / 25.4, textWidth);
            double thick = Math.max(1, RULE_THICKNESS_MM * opts.dpi() / 25.4);
            g.fill(new Rectangle2D.Double(left + (textWidth - len) / 2, y + pitch / 2 - thick / 2, len, thick));
            y += pitch;
        }

        private double width(Run r) {
            return widths.computeIfAbsent(r, k -> faces.of(k).getStringBounds(k.text(), FRC).getWidth());
        }

        private double width(List<Run> word) {
            double w = 0;
            for (Run r : word) {
                w += width(r);
            }
            return w;
        }

        private void drawParagraph(Block b) {
            boolean centred = b.centred();
            double firstIndent = centred || b.heading() ? 0 : indent;
            List<List<Run>> words = words(b.runs());
            List<List<List<Run>>> lines = new ArrayList<>();
            List<List<Run>> line = new ArrayList<>();
            double lineWidth = 0;
            for (List<Run> word : words) {
                double avail = textWidth - (lines.isEmpty() ? firstIndent : 0);
                double w = width(word);
                if (line.isEmpty() && w > avail) {
                    // A "word" wider than the line (a long URL or code): break it anywhere.
                    for (List<Run> piece : splitWord(word, avail, textWidth)) {
                        if (!line.isEmpty()) {
                            lines.add(line);
                            line = new ArrayList<>();
                        }
                        line.add(piece);
                        lineWidth = width(piece);
                    }
                } else if (line.isEmpty() || lineWidth + spaceWidth + w <= avail) {
                    lineWidth += (line.isEmpty() ? 0 : spaceWidth) + w;
                    line.add(word);
                } else {
                    lines.add(line);
                    line = new ArrayList<>();
                    line.add(word);
                    lineWidth = w;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            for (int i = 0; i < lines.size(); i++) {
                List<List<Run>> l = lines.get(i);
                double lead = i == 0 ? firstIndent : 0;
                double avail = textWidth - lead;
                double natural = 0;
                for (List<Run> w : l) {
                    natural += width(w);
                }
                natural += spaceWidth * (l.size() - 1);
                double gap = spaceWidth;
                double x = left + lead;
                if (centred) {
                    x = left + Math.max(0, (textWidth - natural) / 2);
                } else if (i < lines.size() - 1 && l.size() > 1) {
                    double stretched = spaceWidth + (avail - natural) / (l.size() - 1);
                    if (stretched <= MAX_JUSTIFY_STRETCH * spaceWidth) {
                        gap = stretched; // justified, as official documents are
                    }
                }
                ensureRoom();
                double baseline = y + baselineOffset;
                for (List<Run> w : l) {
                    for (Run r : w) {
                        g.setFont(faces.of(r));
                        g.drawString(r.text(), (float) x, (float) (r.superscript() ? baseline - rise : baseline));
                        x += width(r);
                    }
                    x += gap;
                }
                y += pitch;
            }
        }

        private List<List<Run>> splitWord(List<Run> word, double firstAvail, double avail) {
            List<List<Run>> pieces = new ArrayList<>();
            List<Run> piece = new ArrayList<>();
            double used = 0;
            double limit = firstAvail;
            for (Run r : word) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < r.text().length(); ) {
                    int cp = r.text().codePointAt(k);
                    String ch = new String(Character.toChars(cp));
                    double w = width(new Run(ch, r.bold(), r.italic(), r.superscript()));
                    if (used + w > limit && (used > 0)) {
                        if (sb.length() > 0) {
                            piece.add(new Run(sb.toString(), r.bold(), r.italic(), r.superscript()));
                            sb.setLength(0);
                        }
                        pieces.add(piece);
                        piece = new ArrayList<>();
                        used = 0;
                        limit = avail;
                    }
                    sb.append(ch);
                    used += w;
                    k += Character.charCount(cp);
                }
                if (sb.length() > 0) {
                    piece.add(new Run(sb.toString(), r.bold(), r.italic(), r.superscript()));
                }
            }
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            return pieces;
        }
    }

    // ---------------------------------------------------------------- scanner damage

    private static BufferedImage degrade(BufferedImage clean, RenderOptions opts, int pageIndex, double dpiScale) {
        // One generator per page, so a page's noise does not depend on the pages before it.
        Random rnd = new Random(opts.seed() * 0x9E3779B97F4A7C15L + (pageIndex + 1) * 0xBF58476D1CE4E5B9L);
        BufferedImage page = clean;
        double angle = (rnd.nextDouble() * 2 - 1) * opts.skewDegrees();
        if (angle != 0) {
            page = rotate(clean, angle);
        }
        if (opts.speckleDensity() > 0) {
            speckle(page, opts.speckleDensity(), dpiScale, rnd);
        }
        if (opts.blur()) {
            blur(page);
        }
        return page;
    }

    /** Rotates about the page centre; positive degrees turn the page clockwise. */
    static BufferedImage rotate(BufferedImage src, double degrees) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = dst.createGraphics();
        try {
            g.setColor(Color.WHITE); // the scanner lid: what shows at the corners
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    private static byte[] pixels(BufferedImage img) {
        WritableRaster r = img.getRaster();
        return ((DataBufferByte) r.getDataBuffer()).getData();
    }

    private static int stride(BufferedImage img) {
        return ((ComponentSampleModel) img.getRaster().getSampleModel()).getScanlineStride();
    }

    /** Salt-and-pepper dots over {@code density} of the pixels, plus a few dust blobs. */
    static void speckle(BufferedImage img, double density, double dpiScale, Random rnd) {
        byte[] px = pixels(img);
        int w = img.getWidth();
        int h = img.getHeight();
        int stride = stride(img);
        long dots = Math.round(density * w * h);
        for (long d = 0; d < dots; d++) {
            int x = rnd.nextInt(w);
            int y = rnd.nextInt(h);
            boolean pepper = rnd.nextDouble() < 0.7; // dark dust shows on white paper, so favour it
            int v = pepper ? rnd.nextInt(90) : 225 + rnd.nextInt(31);
            int size = Math.max(1, (int) Math.round((rnd.nextDouble() < 0.65 ? 1 : 2) * dpiScale));
            for (int yy = y; yy < Math.min(h, y + size); yy++) {
                for (int xx = x; xx < Math.min(w, x + size); xx++) {
                    px[yy * stride + xx] = (byte) v;
                }
            }
        }
        int blobs = 2 + rnd.nextInt(5);
        for (int b = 0; b < blobs; b++) {
            double cx = rnd.nextDouble() * w;
            double cy = rnd.nextDouble() * h;
            double rx = (1.5 + rnd.nextDouble() * 3.5) * dpiScale;
            double ry = rx * (0.55 + rnd.nextDouble() * 0.45);
            int core = rnd.nextInt(70);
            for (int yy = (int) Math.max(0, cy - ry - 1); yy <= Math.min(h - 1, cy + ry + 1); yy++) {
                for (int xx = (int) Math.max(0, cx - rx - 1); xx <= Math.min(w - 1, cx + rx + 1); xx++) {
                    double dx = (xx - cx) / rx;
                    double dy = (yy - cy) / ry;
                    double d = dx * dx + dy * dy;
                    if (d <= 1) {
                        // Soft rim: dust is darkest in its middle.
                        int shade = core + (int) ((255 - core) * Math.max(0, (d - 0.6) / 0.4));
                        int idx = yy * stride + xx;
                        px[idx] = (byte) Math.min(px[idx] & 0xFF, shade);
                    }
                }
            }
        }
    }

    /** Light 3×3 binomial blur (σ ≈ 0.85 px), edges clamped. */
    static void blur(BufferedImage img) {
        byte[] px = pixels(img);
        int w = img.getWidth();
        int h = img.getHeight();
        int stride = stride(img);
        byte[] src = px.clone();
        for (int y = 0; y < h; y++) {
            int ym = Math.max(0, y - 1) * stride;
            int y0 = y * stride;
            int yp = Math.min(h - 1, y + 1) * stride;
            for (int x = 0; x < w; x++) {
                int xm = Math.max(0, x - 1);
                int xp = Math.min(w - 1, x + 1);
                int sum = (src[ym + xm] & 0xFF) + 2 * (src[ym + x] & 0xFF) + (src[ym + xp] & 0xFF)
                        + 2 * (src[y0 + xm] & 0xFF) + 4 * (src[y0 + x] & 0xFF) + 2 * (src[y0 + xp] & 0xFF)
                        + (src[yp + xm] & 0xFF) + 2 * (src[yp + x] & 0xFF) + (src[yp + xp] & 0xFF);
                px[y0 + x] = (byte) ((sum + 8) >> 4);
            }
        }
    }
}
