package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.understand.eval.ExtractionEvaluation;

/**
 * Golden-file tests: each plan of corpus/understand, restored and understood as ingest does,
 * against its gold JSON. Floors sit under the measured figures (models/understand/EVAL.md), per
 * document, so that a change which breaks one kind of plan fails here even when the totals hold.
 */
class WrittenPlansGoldenTest {

    static final CascadeConfig CONFIG = CascadeConfig.standard();
    static final Understanding UNDERSTANDING = CONFIG.understanding();
    static final vn.cascade.normalize.NormalizationChain CHAIN = CONFIG.normalizationChain();

    static Stream<String> plans() throws Exception {
        try (var s = Files.list(Path.of("corpus", "understand", "gold"))) {
            // the written plans' golds; the seeds' (gold/seeds/) are measured by eval understand --restore
            return s.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("plans")
    @SuppressWarnings("unchecked")
    void eachPlan_matchesItsGold(String name) throws Exception {
        Map<String, Object> gold = new ObjectMapper().readValue(
                Path.of("corpus", "understand", "gold", name + ".json").toFile(), Map.class);
        String text = Files.readString(Path.of("corpus", "understand", "docs", name + ".txt"), StandardCharsets.UTF_8);
        ExtractionEvaluation ev = new ExtractionEvaluation();
        ev.add(gold, UNDERSTANDING.understand(name + ".txt", CHAIN.normalize(text)));
        assertThat(ev.identity()).as(name + " identity").isGreaterThanOrEqualTo(0.9);
        assertThat(ev.tasks().f1()).as(name + " tasks").isGreaterThanOrEqualTo(0.9);
        assertThat(ev.citations().f1()).as(name + " citations").isGreaterThanOrEqualTo(0.3);
        assertThat(ev.deadlines()).as(name + " deadlines").isGreaterThanOrEqualTo(0.7);
        assertThat(ev.units().f1()).as(name + " units").isGreaterThanOrEqualTo(0.1);
    }
}
