package vn.cascade.normalize;

import java.text.Normalizer;

/**
 * First stage: Unicode NFC, and look-alike spaces and punctuation folded to their plain forms.
 * Word and PDF text layers often carry NFD letters, no-break spaces, soft hyphens and curly
 * quotes; later stages and the index expect one spelling of each.
 *
 * <p>Line breaks: CR LF and CR become LF, other line separators (U+2028, U+0085) become LF too,
 * so the line count is that of the text as a person sees it. Stateless and thread-safe.
 */
public final class UnicodeCleaner implements TextNormalizer {

    @Override
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                     '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { /* invisible: drop */ }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                case '\u2018', '\u2019', '\u201A', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2212' -> out.append('-');
                case '\u2013', '\u2014' -> out.append(c); // dashes carry meaning in titles; keep
                case '\u2026' -> out.append("...");
                case '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
