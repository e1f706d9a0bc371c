package vn.thidua.nomination.rest.dto;

import java.time.LocalDate;

/**
 * The quota of an award type for a cluster-year: set for it by the Central Board ({@code CLUSTER_YEAR}) or the
 * catalogue's default in force ({@code DEFAULT}, with its validity).
 */
public record QuotaView(String clusterCode, int year, String awardType, int perClusterYear, String legalBasis,
        String source, LocalDate validFrom, LocalDate validTo) {
}
