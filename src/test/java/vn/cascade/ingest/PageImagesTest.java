package vn.cascade.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan pages the web page shows beside the restored text, from the committed sample scans. */
class PageImagesTest {

    static final Path SCANS = Path.of("corpus", "scans");
    final PageImages images = new PageImages(ReadLimits.defaults());

    @Test
    void eachPageOfAMultiPageTiffAndAnImagePdf_isRendered_toTheWidthAsked() throws Exception {
        for (String[] f : new String[][] {{"002-sample.tif", "image/tiff"}, {"002-sample-scan.pdf", "application/pdf"}}) {
            var first = images.render(SCANS.resolve(f[0]), f[1], 1, 800).orElseThrow();
            var second = images.render(SCANS.resolve(f[0]), f[1], 2, 800).orElseThrow();
            assertThat(first.getWidth()).as(f[0]).isBetween(780, 800);
            assertThat(second.getHeight()).as(f[0]).isGreaterThan(second.getWidth());
            assertThat(images.render(SCANS.resolve(f[0]), f[1], 3, 800)).as(f[0] + " has two pages").isEmpty();
        }
    }

    @Test
    void aMissingFile_aTextFile_orPageZero_giveNothing(@TempDir Path tmp) throws Exception {
        assertThat(images.render(tmp.resolve("gone.png"), "image/png", 1, 800)).isEmpty();
        Path text = Files.writeString(tmp.resolve("a.txt"), "Kế hoạch");
        assertThat(images.render(text, "text/plain", 1, 800)).isEmpty();
        assertThat(images.render(SCANS.resolve("002-sample-p1.png"), "image/png", 0, 800)).isEmpty();
    }
}
