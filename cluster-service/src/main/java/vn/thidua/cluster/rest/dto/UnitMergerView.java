package vn.thidua.cluster.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitMergerView", description = "A recorded merger of units")
public record UnitMergerView(long id, LocalDate effectiveDate, String successorCode, List<String> sourceCodes,
        Instant recordedAt) {
}
