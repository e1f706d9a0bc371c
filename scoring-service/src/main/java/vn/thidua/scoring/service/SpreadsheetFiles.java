package vn.thidua.scoring.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.thidua.scoring.CriteriaSheet.SheetRow;
import vn.thidua.support.problem.RuleViolation;

/** Reading CSV and XLSX into rows, writing rows as CSV (UTF-8 with BOM, for Excel) and XLSX. */
final class SpreadsheetFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetFiles() {
    }

    static boolean isXlsx(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K';
    }

    static List<SheetRow> readXlsx(InputStream in) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getText());
                }
                rows.add(new SheetRow(row.getRowNum(), cells));
                if (rows.size() > vn.thidua.scoring.CriteriaSheet.MAX_ROWS + 2) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation(400, "IMPORT_FILE_UNREADABLE", "The file is not a readable XLSX workbook: "
                    + e.getClass().getSimpleName() + ". Nothing was imported.");
        }
    }

    /** RFC 4180 CSV (comma or semicolon separated, as Excel writes it), with or without a BOM. */
    static List<SheetRow> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\uFFFD') >= 0) {
            throw new RuleViolation(400, "IMPORT_FILE_UNREADABLE", "The CSV file is not UTF-8 text. Nothing was "
                    + "imported.");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SheetRow(rowStart, List.copyOf(cells)));
                cells.clear();
                line++;
                rowStart = line;
                if (rows.size() > vn.thidua.scoring.CriteriaSheet.MAX_ROWS + 2) {
                    return rows;
                }
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetRow(rowStart, List.copyOf(cells)));
        }
        return rows;
    }

    static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        appendCsvRow(out, new ArrayList<>(header));
        rows.forEach(r -> appendCsvRow(out, r));
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static void appendCsvRow(StringBuilder out, List<?> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = row.get(i);
            String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            if (text.matches("(?s).*[\",\\r\\n].*") || text.startsWith("=") || text.startsWith("+")
                    || text.startsWith("@")) {
                // quoted; a leading '=' etc. is not a formula in Excel once quoted with a leading apostrophe
                String safe = text.startsWith("=") || text.startsWith("+") || text.startsWith("@") ? "'" + text : text;
                out.append('"').append(safe.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "thidua", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof BigDecimal d) {
                        sheet.value(r + 1, c, d);
                    } else if (value instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else if (value instanceof Boolean b) {
                        sheet.value(r + 1, c, b);
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
