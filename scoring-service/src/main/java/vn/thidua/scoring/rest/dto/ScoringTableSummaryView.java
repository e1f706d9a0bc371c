package vn.thidua.scoring.rest.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scoring.ScoringTableStatus;

/** A scoring table in a list, without its criteria. */
@Schema(name = "ScoringTableSummaryView")
public record ScoringTableSummaryView(long id, String clusterCode, int year, String title, ScoringTableStatus status,
        Integer tableVersion, BigDecimal maxTotal, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
}
