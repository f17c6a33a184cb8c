package vn.cascade.testutil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Makes each kind of bad input the batch must set aside. */
public final class BadFiles {

    private BadFiles() {
    }

    public static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.txt"), new byte[0]);
    }

    public static Path corruptPdf(Path dir) throws IOException {
        return Files.writeString(dir.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n%garbage");
    }

    public static Path encryptedPdf(Path dir) throws IOException {
        Path p = dir.resolve("encrypted.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(p.toFile());
        }
        return p;
    }

    /** A ZIP archive renamed to .txt. */
    public static Path binaryAsText(Path dir) throws IOException {
        Path p = dir.resolve("notes.txt");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.bin"));
            byte[] junk = new byte[4096];
            new java.util.Random(1).nextBytes(junk);
            zip.write(junk);
            zip.closeEntry();
        }
        return p;
    }

    /**
     * A PNG of a few hundred bytes whose header claims 60,000 × 60,000 pixels: decoding it would
     * need gigabytes. Only the header is valid; a reader that checks sizes first never gets further.
     */
    public static Path decompressionBomb(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(60_000).putInt(60_000).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        byte[] zeros = deflate(new byte[1 << 16]);
        chunk(out, "IDAT", zeros);
        chunk(out, "IEND", new byte[0]);
        return Files.write(dir.resolve("scan-bomb.png"), out.toByteArray());
    }

    public static Path english(Path dir) throws IOException {
        String text = ("The committee reviewed the quarterly budget and agreed to publish the annual report "
                + "before the end of the year. Each department will submit its figures to the finance office, "
                + "which will consolidate them and circulate a draft for comment. ").repeat(4);
        return Files.writeString(dir.resolve("minutes-en.txt"), text, StandardCharsets.UTF_8);
    }

    /** A file larger than {@code bytes}. */
    public static Path oversized(Path dir, int bytes) throws IOException {
        return Files.writeString(dir.resolve("huge.txt"), "Kế hoạch thực hiện. ".repeat(bytes / 10 + 1), StandardCharsets.UTF_8);
    }

    private static byte[] deflate(byte[] data) {
        var d = new java.util.zip.Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[data.length];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        ByteBuffer len = ByteBuffer.allocate(4).putInt(data.length);
        out.write(len.array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
