package vn.cascade.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import vn.cascade.index.DocumentSearcher;
import vn.cascade.index.IndexedDocument;
import vn.cascade.ingest.PageImages;
import vn.cascade.normalize.NormalizationChain;
import vn.cascade.normalize.OcrRestorer;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.trace.DocumentGraph;
import vn.cascade.understand.DocumentLevel;
import vn.cascade.understand.Line;
import vn.cascade.understand.SectionOutline;

/**
 * A document: identity and level, its place in the implementation tree, the documents it cites
 * (linked when ingested), its sections and tasks, and the restored text beside what the scan
 * said (the page images for scanned files, else the raw text), with every restored word marked
 * and the doubtful ones highlighted.
 */
@Controller
class DocumentController {

    /**
     * Below this margin (log-odds of the chosen reading over its best rival, about 1 : 7) a
     * restoration is shown as doubtful. On the dev transcription of seed 001 the words below it are
     * wrong far more often than those above; models/normalizer/EVAL.md has the figures.
     */
    static final double DOUBTFUL_MARGIN = 2.0;
    private static final int PAGE_WIDTH = 1000;

    private final CascadeConfig config;
    private final TraceData trace;
    private volatile NormalizationChain chain;

    DocumentController(CascadeConfig config, TraceData trace) {
        this.config = config;
        this.trace = trace;
    }

    /** One restored word to show: where, what OCR printed, and whether it is doubtful. */
    record Mark(int start, int end, String observed, boolean doubtful) {
    }

    @GetMapping("/doc/{id}")
    String document(@PathVariable("id") String id, Model model) {
        IndexedDocument d;
        try (DocumentSearcher searcher = DocumentSearcher.open(config.dataDir())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no index"))) {
            d = searcher.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + id));
            model.addAttribute("tasks", searcher.tasksOf(d.id()));
        }
        model.addAttribute("d", d);
        model.addAttribute("level", DocumentLevel.ofKey(d.level()).map(DocumentLevel::label).orElse(null));
        model.addAttribute("sections", SectionOutline.read(Line.read(d.restoredText() == null ? "" : d.restoredText())));

        DocumentGraph g = trace.graph();
        Optional<DocumentGraph.Node> node = g.find(d.id());
        List<DocumentGraph.Node> ancestors = new ArrayList<>();
        for (Optional<DocumentGraph.Node> p = node.flatMap(g::parent); p.isPresent(); p = g.parent(p.get())) {
            ancestors.add(0, p.get());
            if (ancestors.size() > 16) {
                break;
            }
        }
        model.addAttribute("node", node.orElse(null));
        model.addAttribute("ancestors", ancestors);
        model.addAttribute("children", node.map(g::children).orElse(List.of()));
        model.addAttribute("cited", node.map(n -> g.edges().stream().filter(e -> e.from() == n).toList()).orElse(List.of()));

        List<Mark> marks = marks(d);
        model.addAttribute("restoredHtml", html(d.restoredText(), marks));
        model.addAttribute("changed", marks.size());
        model.addAttribute("doubtful", marks.stream().filter(Mark::doubtful).count());
        String mediaType = d.mediaType() == null ? "" : d.mediaType();
        boolean scanned = d.ocrPages() > 0 && (mediaType.startsWith("image/") || mediaType.equals("application/pdf"));
        model.addAttribute("pageNumbers", scanned ? IntStream.rangeClosed(1, d.pages()).boxed().toList() : List.of());
        return "document";
    }

    /** A page of the source file as PNG, rendered from the path the index recorded (never from the request). */
    @GetMapping(value = "/doc/{id}/page/{n}", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable("id") String id, @PathVariable("n") int n) throws IOException {
        IndexedDocument d;
        try (DocumentSearcher searcher = DocumentSearcher.open(config.dataDir())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no index"))) {
            d = searcher.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + id));
        }
        BufferedImage image = new PageImages(config.limits()).render(Path.of(d.path()), d.mediaType(), n, PAGE_WIDTH)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no page " + n + " of " + d.file()));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.IMAGE_PNG).body(png.toByteArray());
    }

    /**
     * The restored words of the document with their margins, by restoring the raw text again with
     * the current model; none when the model restores it differently now (ingested with another
     * model), so no mark ever points at the wrong word.
     */
    private List<Mark> marks(IndexedDocument d) {
        if (d.rawText() == null || d.restoredText() == null || d.rawText().length() > MARKS_MAX_CHARS) {
            return List.of(); // a very long document is shown without marks rather than slowly
        }
        synchronized (marksCache) {
            List<Mark> cached = marksCache.get(d.sha256());
            if (cached != null) {
                return cached;
            }
        }
        OcrRestorer.Scored scored = chain().normalizeScored(d.rawText());
        List<Mark> marks = !scored.text().equals(d.restoredText()) ? List.of() : scored.changes().stream()
                .map(c -> new Mark(c.start(), c.end(), c.observed(), c.margin() < DOUBTFUL_MARGIN)).toList();
        synchronized (marksCache) {
            marksCache.put(d.sha256(), marks);
        }
        return marks;
    }

    /** Restoring again costs about a second per 5,000 syllables on a first reading: bounded, and remembered. */
    private static final int MARKS_MAX_CHARS = 200_000;
    private final java.util.Map<String, List<Mark>> marksCache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Mark>> eldest) {
            return size() > 64;
        }
    };

    private NormalizationChain chain() {
        NormalizationChain c = chain;
        if (c == null) {
            synchronized (this) {
                if (chain == null) {
                    chain = config.normalizationChain();
                }
                c = chain;
            }
        }
        return c;
    }

    /** The restored text as safe HTML: every piece escaped, restored words wrapped with what OCR printed. */
    static String html(String text, List<Mark> marks) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 60);
        int last = 0;
        for (Mark m : marks) {
            if (m.start() < last || m.end() > text.length()) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(text.substring(last, m.start()), "UTF-8"));
            out.append("<span class=\"").append(m.doubtful() ? "doubt" : "fixed").append("\" title=\"OCR: ")
                    .append(HtmlUtils.htmlEscape(m.observed(), "UTF-8")).append("\">")
                    .append(HtmlUtils.htmlEscape(text.substring(m.start(), m.end()), "UTF-8")).append("</span>");
            last = m.end();
        }
        out.append(HtmlUtils.htmlEscape(text.substring(last), "UTF-8"));
        return out.toString();
    }
}
