package vn.thidua.conference.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The emulation pledge (giao ước thi đua) of a cluster-year. */
@Schema(name = "PledgeView")
public record PledgeView(String clusterCode, int year,
        @Schema(description = "Signatures, earliest first") List<PledgeSignatureView> signed,
        @Schema(description = "Members of the cluster-year's roster that have not signed, in roster order")
        List<String> pending) {
}
