package vn.thidua.nomination.rest.dto;

import vn.thidua.nomination.NomineeKind;

public record NomineeView(NomineeKind kind, String unitCode, String name, String position) {
}
