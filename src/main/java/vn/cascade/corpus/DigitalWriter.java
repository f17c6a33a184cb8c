package vn.cascade.corpus;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the "born digital" copies of a text, the ones Cascade reads through Tika rather than OCR.
 *
 * <p><b>Contract.</b> Both methods take the same lines as {@link PageRenderer#render} (one
 * paragraph per line, the same light Markdown, read by the same parser) and write text that,
 * extracted again (POI's {@code XWPFWordExtractor}, Tika, or PDFBox's {@code PDFTextStripper}),
 * gives the words of {@link PageRenderer#visibleText(List)}: markup removed, NFC. Layout follows
 * the rendered scans: A4, margins 30/20/20/20 mm, 13 pt serif, bold where the source is bold.
 * <ul>
 *   <li>{@link #writeDocx}: one Word paragraph per input line (blank lines become empty
 *       paragraphs, rules an empty paragraph with a bottom border), Times New Roman 13 pt, the
 *       font of Vietnamese official documents; body paragraphs justified.</li>
 *   <li>{@link #writeTextPdf}: a real text layer in an embedded (subset) TrueType font that
 *       covers the text: Liberation Serif (Times-compatible metrics), else Noto Serif, else
 *       DejaVu Serif; word-wrapped, left-aligned (Type 0 fonts ignore PDF word spacing, and
 *       placing each word separately makes extractors guess the spaces), new page when full.</li>
 * </ul>
 * Both throw {@link IllegalStateException} when no installed font file can display the text
 * (PDF only), and {@link IOException} when the file cannot be written. Parent directories are
 * created; an existing file is replaced.
 *
 * <p><b>Thread safety.</b> Instances are stateless and may be shared; concurrent calls are safe
 * as long as they write different files.
 */
public final class DigitalWriter {

    public static final double FONT_SIZE_PT = 13;
    public static final String DOCX_FONT = "Times New Roman";

    // Twips (1/20 pt): A4 and the Decree 30/2020 margins used by PageRenderer.
    private static final long A4_WIDTH_TWIPS = 11906;
    private static final long A4_HEIGHT_TWIPS = 16838;
    private static final long MARGIN_LEFT_TWIPS = 1701;
    private static final long MARGIN_OTHER_TWIPS = 1134;
    private static final long FIRST_LINE_INDENT_TWIPS = 567;

    private static final float PT_PER_MM = 72f / 25.4f;
    private static final float LINE_PITCH_EM = 1.3f;

    /** Font files tried for the PDF, family by family: regular, bold, italic, bold italic. */
    private static final List<List<String>> PDF_FONT_FILES = List.of(
            List.of("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                    "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
            List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf",
                    "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf"),
            List.of("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                    "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"));

    public DigitalWriter() {
        // stateless
    }

    /** Writes {@code lines} as a Word document, one paragraph per line. */
    public Path writeDocx(List<String> lines, Path file) throws IOException {
        Objects.requireNonNull(lines, "lines");
        List<PageRenderer.Block> blocks = PageRenderer.parse(lines);
        createParent(file);
        try (XWPFDocument doc = new XWPFDocument()) {
            pageSetup(doc);
            for (PageRenderer.Block b : blocks) {
                XWPFParagraph p = doc.createParagraph();
                switch (b.kind()) {
                    case BLANK -> { }
                    case RULE -> p.setBorderBottom(Borders.SINGLE);
                    case TEXT -> {
                        if (b.centred()) {
                            p.setAlignment(ParagraphAlignment.CENTER);
                        } else if (b.heading()) {
                            p.setAlignment(ParagraphAlignment.LEFT);
                        } else {
                            p.setAlignment(ParagraphAlignment.BOTH);
                            p.setIndentationFirstLine((int) FIRST_LINE_INDENT_TWIPS);
                        }
                        for (PageRenderer.Run r : b.runs()) {
                            XWPFRun run = p.createRun();
                            run.setText(r.text());
                            run.setBold(r.bold());
                            run.setItalic(r.italic());
                            if (r.superscript()) {
                                run.setSubscript(VerticalAlign.SUPERSCRIPT);
                            }
                            run.setFontFamily(DOCX_FONT);
                            run.setFontSize(FONT_SIZE_PT);
                        }
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                doc.write(os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        return file;
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT_TWIPS));
        mar.setRight(BigInteger.valueOf(MARGIN_OTHER_TWIPS));
        mar.setTop(BigInteger.valueOf(MARGIN_OTHER_TWIPS));
        mar.setBottom(BigInteger.valueOf(MARGIN_OTHER_TWIPS));
    }

    /**
     * Writes {@code lines} as a text PDF with an embedded font.
     *
     * @throws IllegalStateException if no installed serif font file covers the text
     */
    public Path writeTextPdf(List<String> lines, Path file) throws IOException {
        Objects.requireNonNull(lines, "lines");
        List<PageRenderer.Block> blocks = PageRenderer.parse(lines);
        StringBuilder all = new StringBuilder();
        for (PageRenderer.Block b : blocks) {
            all.append(b.text());
        }
        List<Path> faces = pdfFontFiles(all.toString());
        createParent(file);
        try (PDDocument doc = new PDDocument()) {
            new PdfLayout(doc, faces).run(blocks);
            // Through a stream: PDFBox's save(File) warns about (and does not truncate) an existing file.
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
                doc.save(os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        return file;
    }

    private static void createParent(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    // ---------------------------------------------------------------- PDF fonts

    private static final class FontFiles {
        // Walked once, lazily: a few hundred files, a few milliseconds.
        static final Map<String, List<Path>> BY_NAME = index();

        private static Map<String, List<Path>> index() {
            Map<String, List<Path>> m = new HashMap<>();
            String home = System.getProperty("user.home", "");
            for (String root : List.of("/usr/share/fonts", "/usr/local/share/fonts",
                    home + "/.local/share/fonts", home + "/.fonts")) {
                Path dir = Path.of(root);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).forEach(p ->
                            m.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
                } catch (IOException | RuntimeException e) {
                    // An unreadable font directory only narrows the choice.
                }
            }
            return m;
        }
    }

    /** Regular, bold, italic and bold-italic files of the first family that covers {@code text}. */
    private static List<Path> pdfFontFiles(String text) {
        String distinct = text.codePoints().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        List<String> why = new ArrayList<>();
        for (List<String> names : PDF_FONT_FILES) {
            List<Path> chosen = new ArrayList<>();
            for (String name : names) {
                Path ok = null;
                for (Path candidate : FontFiles.BY_NAME.getOrDefault(name, List.of())) {
                    String problem = coverageProblem(candidate, distinct);
                    if (problem == null) {
                        ok = candidate;
                        break;
                    }
                    why.add(problem);
                }
                if (ok == null) {
                    break;
                }
                chosen.add(ok);
            }
            if (chosen.size() == names.size()) {
                return chosen;
            }
            if (FontFiles.BY_NAME.get(names.get(0)) == null) {
                why.add(names.get(0) + ": not found");
            }
        }
        throw new IllegalStateException("No installed serif font file can display the text; tried " + why);
    }

    private static String coverageProblem(Path file, String text) {
        try {
            Font f = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            int bad = f.canDisplayUpTo(text);
            if (bad < 0) {
                return null;
            }
            int cp = text.codePointAt(bad);
            return String.format(Locale.ROOT, "%s: cannot display U+%04X '%s'",
                    file, cp, new String(Character.toChars(cp)));
        } catch (IOException | FontFormatException e) {
            return file + ": " + e.getMessage();
        }
    }

    // ---------------------------------------------------------------- PDF layout

    private enum Face { REGULAR, BOLD, ITALIC, BOLD_ITALIC }

    /** One call's PDF layout: pages, cursor and loaded fonts. */
    private static final class PdfLayout {
        private final PDDocument doc;
        private final List<Path> files;
        private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
        private final float pageWidth = PDRectangle.A4.getWidth();
        private final float pageHeight = PDRectangle.A4.getHeight();
        private final float left = 30 * PT_PER_MM;
        private final float textWidth = pageWidth - left - 20 * PT_PER_MM;
        private final float top = pageHeight - 20 * PT_PER_MM;
        private final float bottom = 20 * PT_PER_MM;
        private final float indent = 10 * PT_PER_MM;
        private final float size = (float) FONT_SIZE_PT;
        private final float pitch = LINE_PITCH_EM * size;
        private PDPageContentStream cs;
        private float y;

        PdfLayout(PDDocument doc, List<Path> files) {
            this.doc = doc;
            this.files = files;
        }

        void run(List<PageRenderer.Block> blocks) throws IOException {
            newPage();
            try {
                for (PageRenderer.Block b : blocks) {
                    switch (b.kind()) {
                        case BLANK -> {
                            if (y < top) {
                                y -= 0.6f * pitch;
                            }
                        }
                        case RULE -> rule();
                        case TEXT -> paragraph(b);
                    }
                }
            } finally {
                cs.close();
            }
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = top;
        }

        private void ensureRoom() throws IOException {
            if (y - pitch < bottom && y < top) {
                newPage();
            }
        }

        private PDType0Font font(PageRenderer.Run r) throws IOException {
            Face face = r.bold() ? (r.italic() ? Face.BOLD_ITALIC : Face.BOLD)
                    : (r.italic() ? Face.ITALIC : Face.REGULAR);
            PDType0Font f = fonts.get(face);
            if (f == null) {
                f = PDType0Font.load(doc, files.get(face.ordinal()).toFile()); // embedded as a subset
                fonts.put(face, f);
            }
            return f;
        }

        private float fontSize(PageRenderer.Run r) {
            return r.superscript() ? size * (float) PageRenderer.SUPERSCRIPT_SCALE : size;
        }

        private float width(PageRenderer.Run r) throws IOException {
            return font(r).getStringWidth(r.text()) / 1000f * fontSize(r);
        }

        private void rule() throws IOException {
            ensureRoom();
            float len = Math.min(40 * PT_PER_MM, textWidth);
            float ry = y - pitch / 2;
            cs.setLineWidth(0.7f);
            cs.moveTo(left + (textWidth - len) / 2, ry);
            cs.lineTo(left + (textWidth + len) / 2, ry);
            cs.stroke();
            y -= pitch;
        }

        private void paragraph(PageRenderer.Block b) throws IOException {
            float firstIndent = b.centred() || b.heading() ? 0 : indent;
            // Greedy wrap into lines of words; a word is a list of runs without spaces.
            List<List<List<PageRenderer.Run>>> lines = new ArrayList<>();
            List<List<PageRenderer.Run>> line = new ArrayList<>();
            float used = 0;
            for (List<PageRenderer.Run> word : PageRenderer.words(b.runs())) {
                float avail = textWidth - (lines.isEmpty() ? firstIndent : 0);
                float w = 0;
                for (PageRenderer.Run r : word) {
                    w += width(r);
                }
                float space = width(new PageRenderer.Run(" ", word.get(0).bold(), word.get(0).italic(), false));
                if (line.isEmpty() || used + space + w <= avail) {
                    used += (line.isEmpty() ? 0 : space) + w;
                    line.add(word); // an over-long word simply overflows into the margin
                } else {
                    lines.add(line);
                    line = new ArrayList<>();
                    line.add(word);
                    used = w;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            for (int i = 0; i < lines.size(); i++) {
                List<PageRenderer.Run> runs = joinWords(lines.get(i));
                float natural = 0;
                for (PageRenderer.Run r : runs) {
                    natural += width(r);
                }
                float x = left + (i == 0 ? firstIndent : 0);
                if (b.centred()) {
                    x = left + Math.max(0, (textWidth - natural) / 2);
                }
                ensureRoom();
                float baseline = y - size; // roughly the ascent below the line's top
                cs.beginText();
                cs.newLineAtOffset(x, baseline);
                for (PageRenderer.Run r : runs) {
                    cs.setFont(font(r), fontSize(r));
                    cs.setTextRise(r.superscript() ? (float) PageRenderer.SUPERSCRIPT_RISE_EM * size : 0);
                    cs.showText(r.text());
                }
                cs.endText();
                y -= pitch;
            }
        }

        /** A line's words as few same-style runs as possible, single spaces between words. */
        private static List<PageRenderer.Run> joinWords(List<List<PageRenderer.Run>> words) {
            List<PageRenderer.Run> out = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                List<PageRenderer.Run> word = new ArrayList<>(words.get(w));
                if (w < words.size() - 1) {
                    // The space takes the style of the word it follows (never superscript).
                    PageRenderer.Run last = word.get(word.size() - 1);
                    word.add(new PageRenderer.Run(" ", last.bold(), last.italic(), false));
                }
                for (PageRenderer.Run r : word) {
                    PageRenderer.Run prev = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (prev != null && prev.sameStyle(r)) {
                        out.set(out.size() - 1, new PageRenderer.Run(prev.text() + r.text(),
                                r.bold(), r.italic(), r.superscript()));
                    } else {
                        out.add(r);
                    }
                }
            }
            return out;
        }
    }
}
