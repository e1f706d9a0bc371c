package vn.thidua.nomination.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A default quota per cluster-year: configuration that names its legal basis and validity dates. */
@Schema(name = "AwardQuotaView")
public record AwardQuotaView(int perClusterYear, String legalBasis, LocalDate validFrom,
        @Schema(description = "Last day in force; null while in force") LocalDate validTo) {
}
