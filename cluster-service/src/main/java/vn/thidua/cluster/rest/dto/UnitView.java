package vn.thidua.cluster.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.cluster.UnitKind;

@Schema(name = "UnitView", description = "A member unit with its validity and merger links")
public record UnitView(
        String code,
        String name,
        UnitKind kind,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "The unit this one was merged into, if it ended by a merger") String successorCode,
        @Schema(description = "Units merged into this one") List<String> predecessorCodes,
        @Schema(description = "Version, as in the ETag") long version) {
}
