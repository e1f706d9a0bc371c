package vn.thidua.nomination.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

public record CommentAnswerRequest(@NotBlank @FreeText @Size(max = 4000) String answer) {
}
