package vn.cascade.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.cascade.domain.SourceFile;

/**
 * Where files that cannot be taken in are set aside: a copy of the file and a JSON record of why,
 * under {@code <data>/quarantine/}. The original is never moved or changed (the input folder is the
 * office's). A file set aside is not retried until its content changes. Thread-safe.
 */
public final class Quarantine {

    /** One file set aside. */
    public record Entry(String file, String path, String sha256, long size, String reason, String message,
                        String time) {
    }

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Quarantine(Path dataDir) {
        this.dir = dataDir.resolve("quarantine");
    }

    public Path dir() {
        return dir;
    }

    public synchronized Entry setAside(SourceFile source, UnreadableDocumentException why) {
        Entry e = new Entry(source.fileName(), source.path().toString(), source.sha256(), source.size(),
                why.reason().name(), why.getMessage(), Instant.now().toString());
        try {
            Files.createDirectories(dir);
            String stem = source.documentId();
            if (Files.isRegularFile(source.path())) {
                Files.copy(source.path(), dir.resolve(stem + "-" + source.fileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            json.writeValue(dir.resolve(stem + ".json").toFile(), e);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write to the quarantine " + dir, ex);
        }
        return e;
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(dir.resolve(sha256.substring(0, 16) + ".json"));
    }

    public List<Entry> entries() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(json.readValue(p.toFile(), Entry.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the quarantine " + dir, e);
        }
        return out;
    }
}
