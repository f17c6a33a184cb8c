package vn.cascade.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.data.Percentage.withPercentage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    private static final List<String> PLAN = List.of(
            "**KẾ HOẠCH**",
            "**thực hiện Chỉ thị số 50-CT/TW của Ban Bí thư về tiếp tục đổi mới sinh hoạt chi bộ**",
            "-----",
            "",
            "Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư, Ban Thường vụ Thành ủy ban hành "
                    + "Kế hoạch thực hiện tại Đảng bộ thành phố như sau:",
            "",
            "## **I. MỤC ĐÍCH, YÊU CẦU**",
            "",
            "1. Nhằm triển khai, tổ chức thực hiện đồng bộ các nhiệm vụ, giải pháp nêu trong Chỉ thị; "
                    + "nâng cao ý thức, trách nhiệm và quyết tâm chính trị của cán bộ, đảng viên.");

    private final PageRenderer renderer = new PageRenderer();

    /** Small, quick pages for tests about structure rather than resolution. */
    private static final RenderOptions LOW_DPI = RenderOptions.defaults().withDpi(100);

    @Test
    void rendersA4PagesOf2480By3508GreyPixelsAt300Dpi() {
        List<BufferedImage> pages = renderer.render(PLAN, RenderOptions.defaults());

        assertThat(pages).hasSize(1);
        BufferedImage page = pages.get(0);
        assertThat(page.getWidth()).isEqualTo(2480);
        assertThat(page.getHeight()).isEqualTo(3508);
        assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(inkShare(page)).as("share of dark pixels").isBetween(0.005, 0.2);
    }

    @Test
    void keepsTheOfficialMarginsClearOfText() {
        BufferedImage page = renderer.render(PLAN, RenderOptions.defaults().withoutNoise()).get(0);
        double pxPerMm = 300 / 25.4;

        assertThat(darkPixelsIn(page, 0, 0, (int) (29 * pxPerMm), page.getHeight())).as("left margin").isZero();
        assertThat(darkPixelsIn(page, page.getWidth() - (int) (19 * pxPerMm), 0, page.getWidth(), page.getHeight()))
                .as("right margin").isZero();
        assertThat(darkPixelsIn(page, 0, 0, page.getWidth(), (int) (19 * pxPerMm))).as("top margin").isZero();
    }

    @Test
    void sameTextOptionsAndSeedGiveIdenticalPixels() {
        RenderOptions opts = RenderOptions.defaults().withSeed(42).withBlur(true);

        List<BufferedImage> first = renderer.render(PLAN, opts);
        List<BufferedImage> second = new PageRenderer().render(PLAN, opts);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(pixels(first.get(i))).isEqualTo(pixels(second.get(i)));
        }
    }

    @Test
    void differentSeedsGiveDifferentSkewAndSpeckle() {
        byte[] a = pixels(renderer.render(PLAN, RenderOptions.defaults().withSeed(1)).get(0));
        byte[] b = pixels(renderer.render(PLAN, RenderOptions.defaults().withSeed(2)).get(0));

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void noiseFreeOptionsIgnoreTheSeed() {
        RenderOptions clean = RenderOptions.defaults().withoutNoise();

        assertThat(pixels(renderer.render(PLAN, clean.withSeed(1)).get(0)))
                .isEqualTo(pixels(renderer.render(PLAN, clean.withSeed(2)).get(0)));
    }

    @Test
    void skewRotatesAboutTheCentreAndFillsTheCornersWithWhite() {
        List<String> fullPage = new ArrayList<>(Collections.nCopies(60, "Đảng bộ thành phố tổ chức học tập, quán triệt "
                + "Chỉ thị và Kế hoạch; bảo đảm thực chất, hiệu quả, tuyệt đối tránh hình thức."));
        RenderOptions straight = LOW_DPI.withoutNoise();
        BufferedImage level = renderer.render(fullPage, straight).get(0);
        BufferedImage skewed = renderer.render(fullPage, straight.withSkew(3)).get(0);

        assertThat(pixels(skewed)).isNotEqualTo(pixels(level));
        assertThat(skewed.getRaster().getSample(0, 0, 0)).isEqualTo(255);
        assertThat(skewed.getRaster().getSample(skewed.getWidth() - 1, skewed.getHeight() - 1, 0)).isEqualTo(255);
        assertThat(inkShare(skewed)).isCloseTo(inkShare(level), withPercentage(10));
    }

    @Test
    void speckleAddsDarkDotsToTheMargins() {
        BufferedImage page = renderer.render(PLAN, RenderOptions.defaults().withSkew(0).withSpeckle(0.002)).get(0);

        assertThat(darkPixelsIn(page, 0, 0, 300, page.getHeight())).isPositive();
    }

    @Test
    void longTextFlowsOntoSeveralPages() {
        List<String> longText = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            longText.addAll(PLAN);
        }

        List<BufferedImage> pages = renderer.render(longText, LOW_DPI);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages).allSatisfy(p -> assertThat(inkShare(p)).isPositive());
    }

    @Test
    void emptyInputGivesOneBlankPage() {
        List<BufferedImage> pages = renderer.render(List.of("", ""), LOW_DPI.withoutNoise());

        assertThat(pages).hasSize(1);
        assertThat(inkShare(pages.get(0))).isZero();
    }

    @Test
    void aDashedLineIsAHorizontalRuleNotAPageBreak() {
        List<BufferedImage> pages = renderer.render(List.of("Trước", "-----", "Sau"), LOW_DPI.withoutNoise());

        assertThat(pages).hasSize(1);
        assertThat(PageRenderer.visibleText(List.of("Trước", "-----", "Sau"))).containsExactly("Trước", "", "Sau");
    }

    @Test
    void boldMarkersAreRemovedAndTheLineDrawnBold() {
        RenderOptions clean = RenderOptions.defaults().withoutNoise();
        byte[] markdownBold = pixels(renderer.render(List.of("**Kế hoạch thực hiện**"), clean).get(0));
        byte[] htmlBold = pixels(renderer.render(List.of("<b>Kế hoạch thực hiện</b>"), clean).get(0));
        BufferedImage plain = renderer.render(List.of("Kế hoạch thực hiện"), clean).get(0);

        // <b> tags cannot leave asterisks behind, so identical pixels mean none were drawn.
        assertThat(markdownBold).isEqualTo(htmlBold);
        assertThat(markdownBold).isNotEqualTo(pixels(plain));
        assertThat(darkCount(markdownBold)).as("bold has more ink").isGreaterThan(darkCount(pixels(plain)));
    }

    @Test
    void visibleTextDropsMarkdownAndIsNfc() {
        String decomposed = Normalizer.normalize("Đảng bộ", Normalizer.Form.NFD);

        assertThat(PageRenderer.visibleText(List.of(
                "## **II. NỘI DUNG**",
                "#### ***1.1. Đối với cấp thành phố***",
                "**2.1.** Các cấp uỷ vào ngày **03** hằng tháng<sup>1</sup> (nếu vào ngày nghỉ)",
                "**T/M BAN THƯỜNG VỤ  ",
                "PHÓ BÍ THƯ**",
                "* Thủy Nguyên, 1\\. " + decomposed,
                "",
                "---")))
                .containsExactly(
                        "II. NỘI DUNG",
                        "1.1. Đối với cấp thành phố",
                        "2.1. Các cấp uỷ vào ngày 03 hằng tháng1 (nếu vào ngày nghỉ)",
                        "T/M BAN THƯỜNG VỤ",
                        "PHÓ BÍ THƯ",
                        "* Thủy Nguyên, 1. Đảng bộ",
                        "",
                        "");
    }

    @Test
    void boldSpansContinueOntoTheNextLineButNotPastABlankLine() {
        List<PageRenderer.Block> blocks = PageRenderer.parse(List.of("**T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ**",
                "**unclosed", "", "thường"));

        assertThat(blocks.get(1).runs()).allMatch(PageRenderer.Run::bold);
        assertThat(blocks.get(4).runs()).noneMatch(PageRenderer.Run::bold);
    }

    @Test
    void everyVietnameseLetterWithEveryToneRendersInEachFallbackFont() {
        List<String> alphabet = List.of(vietnameseAlphabet(), vietnameseAlphabet().toUpperCase(Locale.ROOT));

        List<byte[]> rendered = new ArrayList<>();
        for (String family : RenderOptions.FALLBACK_FONT_FAMILIES) {
            List<BufferedImage> pages = renderer.render(alphabet, LOW_DPI.withFontFamily(family).withoutNoise());
            assertThat(inkShare(pages.get(0))).as(family).isPositive();
            rendered.add(pixels(pages.get(0)));
        }
        // Distinct pixels: no family silently fell back to another one.
        assertThat(rendered.get(0)).isNotEqualTo(rendered.get(1)).isNotEqualTo(rendered.get(2));
        assertThat(rendered.get(1)).isNotEqualTo(rendered.get(2));
    }

    @Test
    void anUninstalledFontFallsBackToNotoSerif() {
        RenderOptions clean = RenderOptions.defaults().withoutNoise();

        assertThat(pixels(renderer.render(PLAN, clean.withFontFamily("No Such Font")).get(0)))
                .isEqualTo(pixels(renderer.render(PLAN, clean).get(0)));
    }

    @Test
    void textNoFontCanDisplayIsRejectedWithAClearMessage() {
        List<String> lines = List.of("Kế hoạch \uDBFF\uDFFD"); // U+10FFFD, private use

        assertThatThrownBy(() -> renderer.render(lines, LOW_DPI))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("U+10FFFD")
                .hasMessageContaining("No installed font");
    }

    @Test
    void optionsDefaultToA300DpiNotoSerifThirteenPointScan() {
        RenderOptions d = RenderOptions.defaults();

        assertThat(d.dpi()).isEqualTo(300);
        assertThat(d.fontFamily()).isEqualTo("Noto Serif");
        assertThat(d.fontSizePt()).isEqualTo(13);
        assertThat(d.skewDegrees()).isEqualTo(0.4);
        assertThat(d.speckleDensity()).isEqualTo(0.0002);
        assertThat(d.blur()).isFalse();
        assertThat(d.withSeed(7).withSkew(-1).withBlur(true))
                .extracting(RenderOptions::seed, RenderOptions::skewDegrees, RenderOptions::blur)
                .containsExactly(7L, 1.0, true);
    }

    // ---------------------------------------------------------------- ScanWriter

    @Test
    void pngsAreWrittenOnePerPageWith300DpiInPhys(@TempDir Path dir) throws IOException {
        List<BufferedImage> pages = renderer.render(PLAN, RenderOptions.defaults());

        List<Path> files = new ScanWriter().writePng(pages, dir, "plan");

        assertThat(files).containsExactly(dir.resolve("plan-p1.png"));
        BufferedImage back = ImageIO.read(files.get(0).toFile());
        assertThat(pixels(back)).isEqualTo(pixels(pages.get(0)));
        try (ImageInputStream in = ImageIO.createImageInputStream(files.get(0).toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            double dpi = Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertThat(dpi).isCloseTo(300, offset(0.01));
            reader.dispose();
        }
    }

    @Test
    void tiffHoldsAsManyPagesAsImagesWithTheirPixelsAndResolution(@TempDir Path dir) throws IOException {
        List<BufferedImage> pages = renderer.render(longPlan(), LOW_DPI);
        assertThat(pages).hasSizeGreaterThan(1);

        Path tiff = new ScanWriter(100).writeTiff(pages, dir, "plan");

        assertThat(tiff).isEqualTo(dir.resolve("plan.tif"));
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(pages.size());
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pixels(reader.read(i))).as("page %d", i + 1).isEqualTo(pixels(pages.get(i)));
            }
            TIFFDirectory ifd = TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
            long[] xres = ifd.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0);
            // Readers may report per centimetre (jai-imageio does): convert before comparing.
            boolean perCm = ifd.getTIFFField(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT).getAsInt(0)
                    == BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER;
            assertThat((double) xres[0] / xres[1] * (perCm ? 2.54 : 1)).isCloseTo(100, offset(0.01));
            assertThat(ifd.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0))
                    .isIn(BaselineTIFFTagSet.COMPRESSION_DEFLATE, BaselineTIFFTagSet.COMPRESSION_ZLIB);
            reader.dispose();
        }
    }

    @Test
    void imagePdfHasOneA4PagePerImageAndNoText(@TempDir Path dir) throws IOException {
        List<BufferedImage> pages = renderer.render(longPlan(), LOW_DPI);

        Path pdf = new ScanWriter(100).writeImagePdf(pages, dir, "plan");

        assertThat(pdf).isEqualTo(dir.resolve("plan.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.size());
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.5f));
                assertThat(page.getResources().getXObjectNames()).hasSize(1);
            }
            assertThat(new PDFTextStripper().getText(doc)).isBlank();
        }
    }

    @Test
    void rewritingAFileReplacesIt(@TempDir Path dir) throws IOException {
        ScanWriter writer = new ScanWriter(100);
        writer.writeTiff(renderer.render(longPlan(), LOW_DPI), dir, "plan");

        Path tiff = writer.writeTiff(renderer.render(PLAN, LOW_DPI.withoutNoise()), dir, "plan");

        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(1);
            reader.dispose();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> longPlan() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.addAll(PLAN);
        }
        return lines;
    }

    /** Every Vietnamese letter, and each vowel with each of the five tone marks. */
    static String vietnameseAlphabet() {
        StringBuilder sb = new StringBuilder("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y");
        String[] tones = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            sb.append(' ');
            for (String tone : tones) {
                sb.append(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        return sb.toString();
    }

    private static byte[] pixels(BufferedImage img) {
        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    private static long darkCount(byte[] px) {
        long n = 0;
        for (byte b : px) {
            if ((b & 0xFF) < 128) {
                n++;
            }
        }
        return n;
    }

    private static double inkShare(BufferedImage img) {
        return darkCount(pixels(img)) / (double) (img.getWidth() * img.getHeight());
    }

    private static long darkPixelsIn(BufferedImage img, int x0, int y0, int x1, int y1) {
        long n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (img.getRaster().getSample(x, y, 0) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
