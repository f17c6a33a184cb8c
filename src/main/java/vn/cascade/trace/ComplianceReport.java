package vn.cascade.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The compliance findings as a workbook an analyst can send on: a sheet of findings (the CSV's
 * columns) and a sheet of per-unit open and overdue counts. Apache POI comes with Tika.
 */
public final class ComplianceReport {

    /** The columns of the findings, in the CSV and in the workbook. */
    public static final List<String> HEADER = List.of("kind", "document", "section", "unit", "text", "evidence");

    private ComplianceReport() {
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void xlsx(List<ComplianceCheck.Finding> findings, List<ComplianceCheck.UnitLoad> load, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Findings");
            row(s, 0, HEADER);
            int r = 1;
            for (var f : findings) {
                row(s, r++, List.of(f.kind().name(), nz(f.document()), nz(f.section()), nz(f.unit()), nz(f.text()),
                        nz(f.evidence())));
            }
            Sheet u = wb.createSheet("Units");
            row(u, 0, List.of("unit", "open", "overdue"));
            r = 1;
            for (var l : load) {
                Row row = u.createRow(r++);
                row.createCell(0).setCellValue(l.unit());
                row.createCell(1).setCellValue(l.open());
                row.createCell(2).setCellValue(l.overdue());
            }
            wb.write(out);
        }
    }

    private static void row(Sheet s, int r, List<String> values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
