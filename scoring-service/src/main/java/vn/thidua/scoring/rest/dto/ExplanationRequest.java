package vn.thidua.scoring.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import vn.thidua.support.web.FreeText;

/** The secretariat asks a unit to explain (giải trình) the named criteria. */
@Schema(name = "ExplanationRequest")
public record ExplanationRequest(@NotEmpty @Size(max = 300) List<@NotBlank @Size(max = 32) String> criterionCodes,
        @NotBlank @Size(max = 4000) @FreeText String question) {
}
