package vn.cascade.normalize.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyllableLanguageModelTest {

    private static SyllableLanguageModel small() {
        KneserNeyTrainer t = new KneserNeyTrainer();
        for (String s : List.of("ban thường vụ đảng ủy phường", "đảng ủy phường ban hành kế hoạch",
                "kế hoạch thực hiện chỉ thị của ban bí thư", "ban thường vụ thành ủy ban hành kế hoạch",
                "các chi bộ xây dựng kế hoạch thực hiện", "đảng ủy các xã phường thực hiện chỉ thị")) {
            t.add(Arrays.asList(s.split(" ")));
        }
        return t.build();
    }

    @Test
    void everyContextsDistributionSumsToAboutOne() {
        SyllableLanguageModel lm = small();
        int n = lm.vocabularySize();
        int[][] contexts = {{lm.bos(), lm.bos()}, {lm.id("đảng"), lm.id("ủy")}, {lm.id("kế"), lm.id("hoạch")},
                {lm.id("hoạch"), lm.id("ban")}, {lm.id("chỉ"), lm.id("thị")}};
        for (int[] c : contexts) {
            double sum = 0;
            for (int w = 0; w < n; w++) {
                if (w != lm.bos()) {
                    sum += Math.exp(lm.logProb(c[0], c[1], w));
                }
            }
            // a little is kept for words the model never saw (the unknown word's share)
            assertTrue(sum <= 1.0 + 1e-4 && sum >= 0.98, "P(. | " + c[0] + " " + c[1] + ") sums to " + sum);
        }
    }

    @Test
    void decoderLayoutAnswersAsTheStoredForm(@TempDir Path dir) throws Exception {
        Path file = Path.of("models/normalizer/lm.bin.gz");
        SyllableLanguageModel lm = Files.exists(file) ? SyllableLanguageModel.load(file) : small();
        Random r = new Random(7);
        int n = lm.vocabularySize();
        int[] frequent = {lm.bos(), lm.id("của"), lm.id("đảng"), lm.id("ủy"), lm.id("kế"), lm.id("hoạch"), lm.id("thực")};
        for (int i = 0; i < 200_000; i++) {
            int u = r.nextBoolean() ? frequent[r.nextInt(frequent.length)] : r.nextInt(n);
            int v = r.nextBoolean() ? frequent[r.nextInt(frequent.length)] : r.nextInt(n);
            int w = r.nextInt(n);
            float expected = lm.logProbFromStoredForm(u, v, w);
            assertEquals(expected, lm.logProb(u, v, w), 0f);
            int context = lm.context(u, v);
            assertEquals(expected, lm.logProb(context, v, w, lm.trigramBackoff(context), lm.bigramBackoff(v)), 0f);
        }
        Path copy = dir.resolve("lm.bin.gz");
        lm.save(copy);
        SyllableLanguageModel again = SyllableLanguageModel.load(copy);
        for (int i = 0; i < 10_000; i++) {
            int u = r.nextInt(n);
            int v = r.nextInt(n);
            int w = r.nextInt(n);
            assertEquals(lm.logProb(u, v, w), again.logProb(u, v, w), 0f);
        }
    }
}
