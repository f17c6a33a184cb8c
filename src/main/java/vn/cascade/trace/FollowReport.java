package vn.cascade.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A followed task as a report an analyst can send on: one row per task of the chain, its depth
 * below the task followed first, as CSV (UTF-8 with a byte-order mark, CRLF) or an XLSX sheet.
 */
public final class FollowReport {

    public static final List<String> HEADER = List.of("level", "document", "section", "units", "deadline", "link_score",
            "via", "text");

    private FollowReport() {
    }

    public static String csv(List<FollowChain> chains) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (FollowChain c : chains) {
            for (FollowChain.Row r : c.rows()) {
                List<String> v = values(r);
                for (int i = 0; i < v.size(); i++) {
                    sb.append(i == 0 ? "" : ",").append(i == 0 || i == 5 ? v.get(i) : ComplianceCheck.quote(v.get(i)));
                }
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }

    public static void xlsx(List<FollowChain> chains, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Follow");
            Row head = s.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (FollowChain c : chains) {
                for (FollowChain.Row row : c.rows()) {
                    List<String> v = values(row);
                    Row x = s.createRow(r++);
                    x.createCell(0).setCellValue(row.depth());
                    for (int i = 1; i < v.size(); i++) {
                        if (i == 5) {
                            x.createCell(i).setCellValue(row.score());
                        } else {
                            x.createCell(i).setCellValue(v.get(i));
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    private static List<String> values(FollowChain.Row r) {
        TraceTask t = r.task();
        return List.of(Integer.toString(r.depth()), r.document().label(), t.section() == null ? "" : t.section(),
                String.join("; ", t.units()), t.deadlineText() == null ? "" : t.deadlineText(),
                String.format(Locale.ROOT, "%.3f", r.score()), r.via() == null ? "" : r.via().label(), t.text());
    }
}
