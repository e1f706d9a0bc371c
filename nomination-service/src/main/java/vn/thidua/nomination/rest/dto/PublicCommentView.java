package vn.thidua.nomination.rest.dto;

import java.time.OffsetDateTime;

public record PublicCommentView(long id, String authorName, String text, OffsetDateTime receivedAt, String answer,
        OffsetDateTime answeredAt) {
}
