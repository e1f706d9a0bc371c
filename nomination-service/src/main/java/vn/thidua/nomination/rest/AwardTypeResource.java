package vn.thidua.nomination.rest;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageRequest;
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
    @PermitAll
    public PageView<AwardTypeView> list(
            @QueryParam("category") AwardCategory category,
            @QueryParam("subject") @Parameter(description = "kind of recipient") AwardSubject subject,
            @QueryParam("level") AwardLevel level,
            @Valid @BeanParam PageRequest page) {
        LocalDate today = catalogue.today();
        return catalogue.search(category, subject, level, page).map(type -> AwardTypeMapper.toView(type, today));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One award type, with the quota per cluster-year in force today")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    @PermitAll
    public Response get(@PathParam("code") String code) {
        AwardType type = catalogue.get(code);
        return Response.ok(AwardTypeMapper.toView(type, catalogue.today())).tag(Etags.of(type.version)).build();
    }
}
