package vn.cascade.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitalWriterTest {

    private static final List<String> PLAN = List.of(
            "",
            "**KẾ HOẠCH**",
            "**thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư**",
            "-----",
            "Thực hiện Chỉ thị số 50-CT/TW, Ban Thường vụ Thành ủy ban hành Kế hoạch thực hiện tại Đảng bộ "
                    + "thành phố như sau:",
            "",
            "## **II. NỘI DUNG**",
            "#### ***1.1. Đối với cấp thành phố***",
            "- Tổ chức hội nghị cấp thành phố quán triệt, học tập: Chỉ thị 50-CT/TW và Kế hoạch.",
            "+ Ban Thường vụ Thành ủy tổ chức Hội nghị trực tiếp kết hợp trực tuyến.",
            "**2.1.** Sinh hoạt chi bộ vào ngày **03** hằng tháng<sup>1</sup> (nếu vào ngày nghỉ thì "
                    + "sinh hoạt trong tuần đầu tiên của tháng); “tự diễn biến”, “tự chuyển hóa”.",
            "---",
            "<sup>1</sup> Chi bộ nơi có nhiều đồng chí ủy viên ban thường vụ cấp uỷ sinh hoạt.",
            "**T/M BAN THƯỜNG VỤ  ",
            "PHÓ BÍ THƯ**",
            PageRendererTest.vietnameseAlphabet(),
            PageRendererTest.vietnameseAlphabet().toUpperCase(Locale.ROOT));

    private final DigitalWriter writer = new DigitalWriter();

    @Test
    void docxRoundTripsItsWordsThroughXwpfWordExtractor(@TempDir Path dir) throws IOException {
        Path docx = writer.writeDocx(PLAN, dir.resolve("plan.docx"));

        assertThat(normalise(docxText(docx))).isEqualTo(expectedWords(PLAN));
    }

    @Test
    void textPdfRoundTripsItsWordsThroughPdfTextStripper(@TempDir Path dir) throws IOException {
        Path pdf = writer.writeTextPdf(PLAN, dir.resolve("plan.pdf"));

        assertThat(normalise(pdfText(pdf))).isEqualTo(expectedWords(PLAN));
    }

    @Test
    void expectedWordsAreTheSourceWithoutMarkup() {
        assertThat(expectedWords(PLAN))
                .startsWith("KẾ HOẠCH thực hiện Chỉ thị số 50-CT/TW")
                .contains("II. NỘI DUNG 1.1. Đối với cấp thành phố - Tổ chức")
                .contains("2.1. Sinh hoạt chi bộ vào ngày 03 hằng tháng1 (nếu")
                .contains("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ")
                .doesNotContain("*", "#", "<sup>", "-----");
    }

    @Test
    void decomposedInputComesBackComposed(@TempDir Path dir) throws IOException {
        List<String> nfd = List.of(Normalizer.normalize("Đảng bộ thành phố quyết tâm chính trị", Normalizer.Form.NFD));

        String fromDocx = docxText(writer.writeDocx(nfd, dir.resolve("nfd.docx"))).strip();
        String fromPdf = pdfText(writer.writeTextPdf(nfd, dir.resolve("nfd.pdf"))).strip();

        assertThat(fromDocx).isEqualTo("Đảng bộ thành phố quyết tâm chính trị")
                .isEqualTo(Normalizer.normalize(fromDocx, Normalizer.Form.NFC));
        assertThat(fromPdf).isEqualTo("Đảng bộ thành phố quyết tâm chính trị");
    }

    @Test
    void docxHasOneParagraphPerLineWithBoldLinesBoldAndMarkersRemoved(@TempDir Path dir) throws IOException {
        Path docx = writer.writeDocx(PLAN, dir.resolve("plan.docx"));

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs).hasSize(PLAN.size());
            XWPFParagraph title = paragraphs.get(1);
            assertThat(title.getText()).isEqualTo("KẾ HOẠCH");
            assertThat(title.getRuns()).allMatch(XWPFRun::isBold);
            XWPFParagraph heading = paragraphs.get(6);
            assertThat(heading.getText()).isEqualTo("II. NỘI DUNG");
            assertThat(heading.getRuns()).allMatch(XWPFRun::isBold);
            XWPFParagraph body = paragraphs.get(4);
            assertThat(body.getRuns()).noneMatch(XWPFRun::isBold);
            XWPFParagraph mixed = paragraphs.get(10);
            assertThat(mixed.getRuns().get(0).text()).isEqualTo("2.1.");
            assertThat(mixed.getRuns().get(0).isBold()).isTrue();
            assertThat(mixed.getRuns().get(1).isBold()).isFalse();
            assertThat(paragraphs).allSatisfy(p -> assertThat(p.getText()).doesNotContain("**", "<sup>"));
        }
    }

    @Test
    void docxPageIsA4WithOfficialMargins(@TempDir Path dir) throws IOException {
        Path docx = writer.writeDocx(PLAN, dir.resolve("plan.docx"));

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(new BigInteger(sect.getPgSz().getW().toString())).isEqualTo(11906);
            assertThat(new BigInteger(sect.getPgSz().getH().toString())).isEqualTo(16838);
            assertThat(new BigInteger(sect.getPgMar().getLeft().toString())).isEqualTo(1701);
        }
    }

    @Test
    void textPdfEmbedsAType0FontOnA4Pages(@TempDir Path dir) throws IOException {
        Path pdf = writer.writeTextPdf(PLAN, dir.resolve("plan.pdf"));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.5f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void longTextWrapsOntoSeveralPdfPagesWithoutLosingWords(@TempDir Path dir) throws IOException {
        List<String> longText = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            longText.addAll(PLAN);
        }

        Path pdf = writer.writeTextPdf(longText, dir.resolve("long.pdf"));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(normalise(new PDFTextStripper().getText(doc))).isEqualTo(expectedWords(longText));
        }
    }

    @Test
    void writersCreateMissingDirectoriesAndReplaceExistingFiles(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("a/b/plan.docx");
        Path pdf = dir.resolve("a/b/plan.pdf");
        writer.writeDocx(PLAN, docx);
        writer.writeTextPdf(PLAN, pdf);

        writer.writeDocx(List.of("Ngắn"), docx);
        writer.writeTextPdf(List.of("Ngắn"), pdf);

        assertThat(docxText(docx).strip()).isEqualTo("Ngắn");
        assertThat(pdfText(pdf).strip()).isEqualTo("Ngắn");
    }

    // ---------------------------------------------------------------- helpers

    /** The words the renderer shows, whitespace-normalised. */
    private static String expectedWords(List<String> lines) {
        return normalise(String.join("\n", PageRenderer.visibleText(lines)));
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
