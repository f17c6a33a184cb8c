package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

/**
 * Checks every {@link TextNormalizer} must pass, in the manner of Lucene's BaseTokenStreamTestCase:
 * the expected output, idempotence, line count kept, and no exception on random Unicode.
 */
public final class NormalizerAssertions {

    private NormalizerAssertions() {
    }

    public static void assertNormalizes(TextNormalizer n, String input, String expected) {
        String out = n.normalize(input);
        assertThat(out).isEqualTo(expected);
        assertThat(n.normalize(out)).as("idempotent").isEqualTo(out);
        assertThat(lines(out)).as("line count kept").isEqualTo(lines(input.replace("\r\n", "\n").replace('\r', '\n')));
    }

    /** Random strings of letters, Vietnamese, combining marks, controls and surrogates. */
    public static void checkRandomData(TextNormalizer n, long seed, int iterations) {
        Random r = new Random(seed);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "µÐ¶§ÖÑøöüéç0123456789 .,;:-/()\n\t\u00A0\u0300\u0301\u0303\u0309\u0323\u00AD\uFEFF\u2028";
        for (int i = 0; i < iterations; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int j = 0; j < len; j++) {
                if (r.nextInt(20) == 0) {
                    sb.appendCodePoint(r.nextInt(0x10FFFF));
                } else {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            String in = sb.toString();
            String out = n.normalize(in);
            assertThat(n.normalize(out)).as("idempotent on %s", escape(in)).isEqualTo(out);
        }
    }

    public static long lines(String s) {
        return s.chars().filter(c -> c == '\n').count();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }
}
