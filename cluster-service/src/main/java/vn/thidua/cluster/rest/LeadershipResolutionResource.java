package vn.thidua.cluster.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.cluster.LeadershipResolution;
import vn.thidua.cluster.mapping.ClusterMapper;
import vn.thidua.cluster.rest.dto.LeadershipResolutionView;
import vn.thidua.cluster.rest.dto.Pages;
import vn.thidua.cluster.service.ClusterService;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

/** Every leadership election received from conferences, including those naming a cluster this service lacks. */
@Path("/api/v1/leadership-resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters")
public class LeadershipResolutionResource {

    private final ClusterService clusters;

    public LeadershipResolutionResource(ClusterService clusters) {
        this.clusters = clusters;
    }

    @GET
    @Operation(summary = "Leadership elections received from conferences, applied or rejected, newest first")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = Pages.LeadershipResolutionPage.class)))
    @PermitAll
    public PageView<LeadershipResolutionView> list(
            @QueryParam("clusterCode") String clusterCode,
            @QueryParam("year") @ValidYear Integer year,
            @QueryParam("status") LeadershipResolution.Status status,
            @Valid @BeanParam PageRequest page) {
        return clusters.resolutions(clusterCode, year, status, page).map(ClusterMapper::toView);
    }
}
