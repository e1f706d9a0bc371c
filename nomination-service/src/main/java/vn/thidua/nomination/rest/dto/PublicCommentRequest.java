package vn.thidua.nomination.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** A comment from the public on a nominee; the name is optional. */
public record PublicCommentRequest(@Size(max = 200) String authorName,
        @NotBlank @FreeText @Size(max = 4000) String text) {
}
