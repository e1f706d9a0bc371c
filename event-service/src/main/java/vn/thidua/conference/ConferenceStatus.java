package vn.thidua.conference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** SCHEDULED → HELD → CLOSED, or SCHEDULED → CANCELLED (with a reason). */
@Schema(name = "ConferenceStatus")
public enum ConferenceStatus {
    SCHEDULED, HELD, CLOSED, CANCELLED;

    /** The statuses this one may change to. */
    public List<ConferenceStatus> next() {
        return switch (this) {
            case SCHEDULED -> List.of(HELD, CANCELLED);
            case HELD -> List.of(CLOSED);
            case CLOSED, CANCELLED -> List.of();
        };
    }
}
