package vn.cascade.ingest;

import java.util.List;

import vn.cascade.domain.Page;

/** What a reader got out of a file: its media type and its pages, before restoration. */
public record ExtractedText(String mediaType, List<Page> pages) {

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    /** Pages joined with a form feed on a line of its own between them. */
    public String joined() {
        StringBuilder sb = new StringBuilder();
        for (Page p : pages) {
            if (!sb.isEmpty()) {
                sb.append("\n\f\n");
            }
            sb.append(p.text().strip());
        }
        return sb.toString();
    }
}
