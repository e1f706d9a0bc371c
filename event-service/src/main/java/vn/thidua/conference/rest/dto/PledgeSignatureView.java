package vn.thidua.conference.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "PledgeSignatureView")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PledgeSignatureView(String unitCode, LocalDate signedOn,
        @Schema(description = "Absent when signed outside a conference") String conferenceId) {
}
