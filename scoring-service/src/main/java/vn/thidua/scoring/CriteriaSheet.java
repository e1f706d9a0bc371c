package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.thidua.support.problem.RuleViolation;

/**
 * A criteria table as clusters keep it in a spreadsheet: a header row, then one row per criterion with the columns
 * code (A), parent code (B), title (C), kind (D), maximum (E) and, optionally, target rule (F). Parents come before
 * their children. A bad row is a 400 {@code IMPORT_ROW_INVALID} naming the row (1-based, as the spreadsheet shows
 * it) and the column; nothing is imported. The tree's own rules are then checked by {@link ScoringTableValidator}.
 */
public final class CriteriaSheet {

    public static final int MAX_ROWS = 500;
    private static final String[] COLUMNS = {"A (code)", "B (parent code)", "C (title)", "D (kind)", "E (maximum)",
            "F (target rule)"};

    private CriteriaSheet() {
    }

    /** One spreadsheet row with its 1-based number and its cells as text. */
    public record SheetRow(int number, List<String> cells) {
        String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private static final class Node {
        final String code;
        final String title;
        final CriterionKind kind;
        final BigDecimal maxPoints;
        final TargetRule targetRule;
        final List<Node> children = new ArrayList<>();

        Node(String code, String title, CriterionKind kind, BigDecimal maxPoints, TargetRule targetRule) {
            this.code = code;
            this.title = title;
            this.kind = kind;
            this.maxPoints = maxPoints;
            this.targetRule = targetRule;
        }

        CriterionSpec spec() {
            return new CriterionSpec(code, title, kind, maxPoints, children.stream().map(Node::spec).toList(),
                    targetRule);
        }
    }

    /** The criteria tree of the rows after the header row. */
    public static List<CriterionSpec> parse(List<SheetRow> rows) {
        List<SheetRow> data = rows.stream().skip(1).filter(r -> !r.blank()).toList();
        if (data.isEmpty()) {
            throw new RuleViolation(400, "IMPORT_ROW_INVALID", "Row 2: the sheet has no criterion rows after the "
                    + "header row (columns: code, parent code, title, kind, maximum[, target rule])");
        }
        if (data.size() > MAX_ROWS) {
            throw new RuleViolation(400, "IMPORT_ROW_INVALID", "Row " + data.get(MAX_ROWS).number()
                    + ": a table has at most " + MAX_ROWS + " criteria");
        }
        Map<String, Node> byCode = new HashMap<>();
        Map<String, Node> roots = new LinkedHashMap<>();
        for (SheetRow row : data) {
            String code = row.cell(0);
            if (code.isEmpty() || code.length() > 32 || !code.matches("[A-Za-z0-9._-]+")) {
                throw bad(row, 0, "a code of 1 to 32 letters, digits, '.', '-' or '_' is required, found '"
                        + printable(code) + "'");
            }
            if (byCode.containsKey(code)) {
                throw bad(row, 0, "code " + code + " appears on an earlier row");
            }
            String parentCode = row.cell(1);
            Node parent = null;
            if (!parentCode.isEmpty()) {
                parent = byCode.get(parentCode);
                if (parent == null) {
                    throw bad(row, 1, "parent " + printable(parentCode) + " is not a criterion on an earlier row");
                }
                if (parent.kind != CriterionKind.GROUP) {
                    throw bad(row, 1, "parent " + parentCode + " is a " + parent.kind + "; only a GROUP has children");
                }
            }
            String title = row.cell(2);
            if (title.isEmpty() || title.length() > 500 || title.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                throw bad(row, 2, "a title of 1 to 500 characters without control characters is required");
            }
            CriterionKind kind;
            try {
                kind = CriterionKind.valueOf(row.cell(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(row, 3, "kind must be GROUP, SCORE, BONUS or PENALTY, found '" + printable(row.cell(3))
                        + "'");
            }
            BigDecimal max = decimal(row, 4);
            TargetRule targetRule = null;
            if (!row.cell(5).isEmpty()) {
                try {
                    targetRule = TargetRule.valueOf(row.cell(5).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw bad(row, 5, "target rule must be empty or PROPORTIONAL, found '" + printable(row.cell(5))
                            + "'");
                }
            }
            Node node = new Node(code, java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC), kind,
                    max, targetRule);
            byCode.put(code, node);
            if (parent == null) {
                roots.put(code, node);
            } else {
                parent.children.add(node);
            }
        }
        return roots.values().stream().map(Node::spec).toList();
    }

    private static BigDecimal decimal(SheetRow row, int column) {
        String text = row.cell(column).replace(" ", "");
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.'); // a Vietnamese spreadsheet writes 12,5
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw bad(row, column, "maximum must be a number, found '" + printable(row.cell(column)) + "'");
        }
        if (value.signum() <= 0) {
            throw bad(row, column, "maximum must be above zero, found " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 6) {
            throw bad(row, column, "maximum has at most 6 digits before and 2 after the decimal point, found "
                    + value.toPlainString());
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static RuleViolation bad(SheetRow row, int column, String message) {
        return new RuleViolation(400, "IMPORT_ROW_INVALID", "Row " + row.number() + ", column " + COLUMNS[column]
                + ": " + message + ". Nothing was imported.");
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
