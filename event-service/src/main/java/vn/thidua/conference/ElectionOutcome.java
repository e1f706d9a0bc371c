package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What cluster-service did with an election: PENDING until its leadership-resolution-processed event arrives. */
@Schema(name = "ElectionOutcome")
public enum ElectionOutcome {
    PENDING, APPLIED, REJECTED
}
