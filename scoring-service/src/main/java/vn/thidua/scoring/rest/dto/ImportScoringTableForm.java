package vn.thidua.scoring.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MediaType;

/** multipart/form-data: the spreadsheet and the table's cluster, year, title and tie-break policy. */
@Schema(name = "ImportScoringTableForm")
public class ImportScoringTableForm {

    @RestForm("file")
    @NotNull
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "XLSX or CSV: a header row, then code, parent code, title, kind, maximum[, target rule]")
    public FileUpload file;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]+")
    public String clusterCode;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @NotNull
    @Min(1945)
    @Max(2100)
    public Integer year;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @NotBlank
    @Size(max = 300)
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "no control characters")
    public String title;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "(BONUS_DESC|PENALTY_ASC|SHARED)(,(BONUS_DESC|PENALTY_ASC|SHARED)){0,2}",
            message = "comma-separated rules of BONUS_DESC, PENALTY_ASC, SHARED, ending with SHARED")
    @Schema(examples = "BONUS_DESC,PENALTY_ASC,SHARED")
    public String tieBreak;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @Pattern(regexp = "POINTS|SHARE_OF_APPLICABLE")
    public String notApplicableRule;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @Size(max = 2000)
    public String notes;

    public String getClusterCode() {
        return clusterCode;
    }
}
