package vn.thidua.nomination.rest.dto;

import java.time.OffsetDateTime;

import vn.thidua.nomination.DocumentType;

/** A dossier document's metadata; {@code sha256} is what the download must match. */
public record DocumentView(String id, DocumentType type, String fileName, String mediaType, long size,
        String sha256, OffsetDateTime uploadedAt) {
}
