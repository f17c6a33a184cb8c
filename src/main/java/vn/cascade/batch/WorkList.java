package vn.cascade.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.cascade.domain.SourceFile;

/**
 * The files one job instance must process, written once by the scan step so that a restart
 * processes exactly the same list. One line per file: SHA-256, size, path, tab-separated.
 */
final class WorkList {

    private WorkList() {
    }

    static void write(Path file, List<SourceFile> files) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (SourceFile f : files) {
                    w.write(f.sha256() + "\t" + f.size() + "\t" + f.path());
                    w.newLine();
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the work list " + file, e);
        }
    }

    static List<SourceFile> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> {
                        String[] f = l.split("\t", 3);
                        return new SourceFile(Path.of(f[2]), f[0], Long.parseLong(f[1]));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the work list " + file, e);
        }
    }
}
