package vn.thidua.scoring.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.CriterionSpec;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.scoring.rest.dto.ScoringCriterionInput;
import vn.thidua.scoring.rest.dto.ScoringCriterionView;
import vn.thidua.scoring.rest.dto.ScoringTableSummaryView;
import vn.thidua.scoring.rest.dto.ScoringTableView;
import vn.thidua.scoring.service.ScoringTableService.TableWithCriteria;

final class ScoringTableMapper {

    private ScoringTableMapper() {
    }

    static List<CriterionSpec> toSpecs(List<ScoringCriterionInput> inputs) {
        return inputs == null ? List.of()
                : inputs.stream().map(i -> new CriterionSpec(i.code(), i.title(), i.kind(), i.maxPoints(),
                        toSpecs(i.children()), i.targetRule())).toList();
    }

    static ScoringTableView toView(TableWithCriteria loaded) {
        ScoringTable t = loaded.table();
        return new ScoringTableView(t.id, t.clusterCode, t.year, t.title, t.status, t.tableVersion, t.tieBreak,
                t.notApplicableRule, t.notes, plain(t.maxTotal), tree(loaded.criteria()), t.createdAt, t.publishedAt,
                t.supersededAt, t.supersededById, t.finalizedAt);
    }

    static ScoringTableSummaryView toSummary(ScoringTable t) {
        return new ScoringTableSummaryView(t.id, t.clusterCode, t.year, t.title, t.status, t.tableVersion,
                plain(t.maxTotal), t.createdAt, t.publishedAt);
    }

    /** Rebuilds the tree from rows: children by parent, siblings by position. */
    private static List<ScoringCriterionView> tree(List<Criterion> rows) {
        Map<Long, List<Criterion>> byParent = new HashMap<>();
        for (Criterion row : rows) {
            byParent.computeIfAbsent(row.parentId, k -> new ArrayList<>()).add(row);
        }
        return level(byParent, null);
    }

    private static List<ScoringCriterionView> level(Map<Long, List<Criterion>> byParent, Long parentId) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparingInt(c -> c.position))
                .map(c -> new ScoringCriterionView(c.code, c.title, c.kind, plain(c.maxPoints),
                        c.targetRule, level(byParent, c.id)))
                .toList();
    }

    /** 20.00 → 20, 2.50 → 2.5: points as the table's authors wrote them. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
