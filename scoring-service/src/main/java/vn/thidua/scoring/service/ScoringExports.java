package vn.thidua.scoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.scoring.Assessment;
import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.CriterionNotApplicable;
import vn.thidua.scoring.CriterionScore;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.scoring.rest.dto.RankingView;
import vn.thidua.support.problem.ResourceNotFound;

/** The ranking and the full score sheet as CSV and XLSX, with Vietnamese headers: the annex of the minutes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScoringExports {

    private static final List<String> RANKING_HEADER = List.of("Hạng", "Mã đơn vị", "Tổng điểm", "Điểm chấm",
            "Điểm thưởng", "Điểm trừ", "Điểm tối đa áp dụng", "Căn cứ xếp hạng", "Đồng hạng");
    private static final List<String> SHEET_HEADER = List.of("Mã đơn vị", "Mã tiêu chí", "Tiêu chí", "Loại",
            "Điểm tối đa", "Tự chấm", "Minh chứng", "Thẩm định", "Lý do điều chỉnh", "Điểm cuối cùng",
            "Không áp dụng (lý do)", "Giải trình");

    public byte[] rankingCsv(RankingView ranking) {
        return SpreadsheetFiles.csv(RANKING_HEADER, rankingRows(ranking));
    }

    public byte[] rankingXlsx(RankingView ranking) {
        return SpreadsheetFiles.xlsx("Xếp hạng", RANKING_HEADER, rankingRows(ranking));
    }

    public byte[] scoreSheetCsv(long tableId) {
        return SpreadsheetFiles.csv(SHEET_HEADER, sheetRows(tableId));
    }

    public byte[] scoreSheetXlsx(long tableId) {
        return SpreadsheetFiles.xlsx("Bảng điểm", SHEET_HEADER, sheetRows(tableId));
    }

    private static List<List<Object>> rankingRows(RankingView ranking) {
        return ranking.entries().stream().map(e -> List.<Object>of(e.rank(), e.unitCode(), e.total(), e.points(),
                e.bonus(), e.penalty(), e.applicableMax(), e.decidedBy(), e.shared() ? "Có" : "Không")).toList();
    }

    private static List<List<Object>> sheetRows(long tableId) {
        ScoringTable.<ScoringTable>findByIdOptional(tableId)
                .orElseThrow(() -> new ResourceNotFound("scoring table", tableId));
        List<Criterion> criteria = Criterion.ofTable(tableId);
        Map<String, Map<Long, String>> notApplicable = CriterionNotApplicable.ofTable(tableId).stream()
                .collect(Collectors.groupingBy(n -> n.unitCode, Collectors.toMap(n -> n.criterionId, n -> n.reason)));
        List<List<Object>> rows = new ArrayList<>();
        for (Assessment assessment : Assessment.ofTable(tableId)) {
            Map<Long, CriterionScore> scores = AssessmentService.scoresById(assessment.id);
            Map<Long, String> na = notApplicable.getOrDefault(assessment.unitCode, Map.of());
            for (Criterion c : criteria) {
                CriterionScore s = scores.get(c.id);
                List<Object> row = new ArrayList<>();
                row.add(assessment.unitCode);
                row.add(c.code);
                row.add(c.title);
                row.add(c.kind.name());
                row.add(c.maxPoints);
                row.add(s == null ? null : s.selfPoints);
                row.add(s == null || s.evidence == null ? null
                        : (s.note == null ? "" : s.note + " ") + s.evidence.replace('\n', ' '));
                row.add(s == null ? null : s.appraisedPoints);
                row.add(s == null ? null : s.appraisalReason);
                row.add(s == null ? null : s.finalPoints());
                row.add(na.get(c.id));
                row.add(s == null ? null : s.explanation);
                rows.add(row);
            }
        }
        return rows;
    }
}
