package vn.cascade.cli;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.corpus.DigitalWriter;
import vn.cascade.corpus.PageRenderer;
import vn.cascade.corpus.RenderOptions;
import vn.cascade.corpus.ScanWriter;

@Command(name = "corpus", mixinStandardHelpOptions = true, description = "Makes corpus material.",
        subcommands = CorpusCommand.Render.class)
final class CorpusCommand {

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = {"Prints accented text as A4 pages (serif font, slight skew and speckle) and writes",
                    "realistic scans (PNG pages, multi-page TIFF, image-only PDF) and digital copies (DOCX, text PDF)."})
    static final class Render implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEXT", description = "UTF-8 text file to render (light Markdown: **bold** lines).")
        Path input;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
        Path out;

        @Option(names = "--name", paramLabel = "NAME", description = "Base name of the outputs (default: the input's name).")
        String name;

        @Option(names = "--formats", split = ",", paramLabel = "F",
                defaultValue = "png,tiff,pdf,docx,textpdf",
                description = "Any of png, tiff, pdf (image-only), docx, textpdf (default ${DEFAULT-VALUE}).")
        Set<String> formats;

        @Option(names = "--lines", paramLabel = "N", description = "Render only the first N lines.")
        Integer lines;

        @Option(names = "--max-pages", paramLabel = "N", description = "Keep at most N scanned pages.")
        Integer maxPages;

        @Option(names = "--dpi", defaultValue = "300") int dpi;
        @Option(names = "--seed", defaultValue = "1") long seed;
        @Option(names = "--skew", defaultValue = "0.4", description = "Largest rotation in degrees.") double skew;
        @Option(names = "--speckle", defaultValue = "0.0002", description = "Share of pixels with a dust dot (default ${DEFAULT-VALUE}).") double speckle;
        @Option(names = "--font", description = "Font family (default Noto Serif, then Liberation Serif, DejaVu Serif).")
        String font;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(input)) {
                throw new Cascade.UserException("file " + input + " does not exist");
            }
            List<String> text = Files.readAllLines(input, StandardCharsets.UTF_8);
            if (lines != null) {
                text = text.subList(0, Math.min(lines, text.size()));
            }
            String base = name != null ? name : input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Files.createDirectories(out);
            RenderOptions opts = RenderOptions.defaults().withDpi(dpi).withSeed(seed).withSkew(skew).withSpeckle(speckle);
            if (font != null) {
                opts = opts.withFontFamily(font);
            }
            List<Path> written = new ArrayList<>();
            if (formats.contains("png") || formats.contains("tiff") || formats.contains("pdf")) {
                List<BufferedImage> pages = new PageRenderer().render(text, opts);
                if (maxPages != null && pages.size() > maxPages) {
                    pages = pages.subList(0, maxPages);
                }
                ScanWriter scans = new ScanWriter(dpi);
                if (formats.contains("png")) {
                    written.addAll(scans.writePng(pages, out, base));
                }
                if (formats.contains("tiff")) {
                    written.add(scans.writeTiff(pages, out, base));
                }
                if (formats.contains("pdf")) {
                    written.add(scans.writeImagePdf(pages, out, base + "-scan"));
                }
            }
            DigitalWriter digital = new DigitalWriter();
            if (formats.contains("docx")) {
                written.add(digital.writeDocx(text, out.resolve(base + ".docx")));
            }
            if (formats.contains("textpdf")) {
                written.add(digital.writeTextPdf(text, out.resolve(base + ".pdf")));
            }
            var o = spec.commandLine().getOut();
            for (Path p : written) {
                o.printf("%s (%d KB)%n", p, Files.size(p) / 1024);
            }
            return 0;
        }
    }
}
