package vn.cascade.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Small helpers shared by the page controllers. */
final class Pages {

    private Pages() {
    }

    private static final Pattern MARK = Pattern.compile("«([^»]*)»");

    /**
     * A search snippet as safe HTML: the text is escaped first, then the matches the highlighter
     * marked with « » become {@code <mark>}. Nothing from a document reaches the page unescaped.
     */
    static String snippetHtml(String snippet) {
        String escaped = HtmlUtils.htmlEscape(snippet == null ? "" : snippet, "UTF-8");
        Matcher m = MARK.matcher(escaped);
        return m.replaceAll("<mark>$1</mark>");
    }
}
