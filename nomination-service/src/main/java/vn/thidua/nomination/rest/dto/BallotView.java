package vn.thidua.nomination.rest.dto;

import java.time.OffsetDateTime;

public record BallotView(String voterUnitCode, boolean approve, OffsetDateTime castAt) {
}
