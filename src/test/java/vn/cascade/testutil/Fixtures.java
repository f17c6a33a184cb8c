package vn.cascade.testutil;

import java.nio.file.Path;
import java.util.List;

/** Paths to the committed corpus, and accented sample text, for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static final Path CORPUS = Path.of("corpus");
    public static final Path SEEDS = CORPUS.resolve("seeds");
    public static final Path SCANS = CORPUS.resolve("scans");
    public static final Path DIGITAL = CORPUS.resolve("digital");

    /** A short accented passage in the genre, written for tests. */
    public static final List<String> PLAN_PARAGRAPH = List.of(
            "**KẾ HOẠCH**",
            "thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư",
            "về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới",
            "1. Các cấp ủy, tổ chức đảng triển khai thực hiện Chỉ thị với các giải pháp toàn diện,",
            "đồng bộ, thống nhất, có trọng tâm, trọng điểm; bảo đảm thực chất, hiệu quả.",
            "2. Ban Tổ chức Thành ủy chủ trì, phối hợp với Ủy ban Kiểm tra Thành ủy hướng dẫn,",
            "kiểm tra, giám sát việc thực hiện (hoàn thành trong quý IV/2025).");
}
