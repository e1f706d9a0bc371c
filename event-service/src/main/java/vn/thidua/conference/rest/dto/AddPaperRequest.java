package vn.thidua.conference.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An experience paper (tham luận) of a member unit. */
@Schema(name = "AddPaperRequest")
public record AddPaperRequest(
        @NotBlank @Size(max = 32) String unitCode,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String presenter) {
}
