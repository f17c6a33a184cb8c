package vn.cascade.domain;

import java.nio.file.Path;

/**
 * A file offered to the pipeline, identified by its content.
 *
 * @param path   where the file was found
 * @param sha256 hex SHA-256 of the bytes; the document id is derived from it, so the same content
 *               under two names is one document
 * @param size   size in bytes
 */
public record SourceFile(Path path, String sha256, long size) {

    /** The document id for this content: the first 16 hex digits of its SHA-256. */
    public String documentId() {
        return sha256.substring(0, 16);
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
