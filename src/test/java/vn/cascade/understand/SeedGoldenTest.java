package vn.cascade.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.cascade.pipeline.CascadeConfig;

/**
 * Golden files for the seeds: each seed's OCR text restored and understood as ingest does, against
 * the approved output in src/test/resources/golden/seeds. The seeds' gold is held out, so these
 * are approval files, not truth: they make every change in what Cascade reads from a real
 * document visible in review. After a deliberate change, approve the new output with
 * {@code mvn test -Dtest=SeedGoldenTest -Dcascade.golden.update=true} and review the diff.
 */
class SeedGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "seeds");
    static final CascadeConfig CONFIG = CascadeConfig.standard();

    static Stream<Path> seeds() throws Exception {
        try (var s = Files.list(Path.of("corpus", "seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSeed_readsAsApproved(Path seed) throws Exception {
        String name = seed.getFileName().toString();
        String restored = CONFIG.normalizationChain().normalize(Files.readString(seed, StandardCharsets.UTF_8));
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(CONFIG.understanding().understand(name, restored).toJson()) + "\n";
        Path golden = GOLDEN.resolve(name.replace(".txt", ".json"));
        if (Boolean.getBoolean("cascade.golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(json).as("%s differs from %s; if the change is meant, approve it with "
                + "-Dcascade.golden.update=true and review the diff", name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
