package vn.thidua.nomination.rest;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.nomination.AwardCategory;
import vn.thidua.nomination.AwardLevel;
import vn.thidua.nomination.AwardSubject;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.rest.dto.AwardTypeView;
import vn.thidua.nomination.service.AwardCatalogService;
import vn.thidua.support.problem.Problem;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageView;

@Path("/api/v1/award-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Award types", description = "Catalogue of emulation titles and commendation forms, with default quotas")
public class AwardTypeResource {

    private final AwardCatalogService catalogue;

    public AwardTypeResource(AwardCatalogService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "The award catalogue", description = "Highest distinction first. subject=COLLECTIVE or "
            + "INDIVIDUAL also lists the award types for BOTH; subject=BOTH lists only those.")
    @APIResponse(responseCode = "200", description = "A page of award types")
    @APIResponse(responseCode = "400", description = "Unknown category, subject or level; page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public PageView<AwardTypeView> list(
            @QueryParam("category") @Pattern(regexp = "TITLE|FORM", message = "must be TITLE or FORM")
            @Parameter(schema = @Schema(implementation = AwardCategory.class)) String category,
            @QueryParam("subject") @Pattern(regexp = "COLLECTIVE|INDIVIDUAL|BOTH",
                    message = "must be COLLECTIVE, INDIVIDUAL or BOTH")
            @Parameter(description = "kind of recipient", schema = @Schema(implementation = AwardSubject.class))
            String subject,
            @QueryParam("level") @Pattern(regexp = "STATE|GOVERNMENT|MINISTRY_PROVINCE|GRASSROOTS",
                    message = "must be STATE, GOVERNMENT, MINISTRY_PROVINCE or GRASSROOTS")
            @Parameter(schema = @Schema(implementation = AwardLevel.class)) String level,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<AwardType> query = catalogue.search(
                category == null ? null : AwardCategory.valueOf(category),
                subject == null ? null : AwardSubject.valueOf(subject),
                level == null ? null : AwardLevel.valueOf(level));
        LocalDate today = catalogue.today();
        List<AwardTypeView> items = query.page(page, size).list().stream()
                .map(type -> AwardTypeMapper.toView(type, today)).toList();
        return new PageView<>(items, page, size, query.count());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One award type, with the quota per cluster-year in force today")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    @APIResponse(responseCode = "404", description = "No such award type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public Response get(@PathParam("code") String code) {
        AwardType type = catalogue.get(code);
        return Response.ok(AwardTypeMapper.toView(type, catalogue.today())).tag(Etags.of(type.version)).build();
    }
}
