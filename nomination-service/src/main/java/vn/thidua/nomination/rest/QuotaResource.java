package vn.thidua.nomination.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.nomination.rest.dto.QuotaView;
import vn.thidua.nomination.rest.dto.SetQuotaRequest;
import vn.thidua.nomination.service.QuotaService;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.security.Caller;
import vn.thidua.support.security.Roles;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.ValidYear;

@Path("/api/v1/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Quotas", description = "Proposals a cluster-year may make per award type, with their legal basis")
public class QuotaResource {

    private final QuotaService quotas;
    private final SecurityIdentity identity;

    public QuotaResource(QuotaService quotas, SecurityIdentity identity) {
        this.quotas = quotas;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The quotas of a cluster-year", description = "Its own (CLUSTER_YEAR) or the catalogue's "
            + "default in force (DEFAULT)")
    @PermitAll
    public List<QuotaView> list(@QueryParam("clusterCode") @NotBlank @Size(max = 64) String clusterCode,
            @QueryParam("year") @NotNull @ValidYear Integer year) {
        return quotas.list(clusterCode, year);
    }

    @PUT
    @Path("{clusterCode}/{year}/{awardType}")
    @Operation(summary = "Set a cluster-year's quota of an award type (e.g. a bloc with two flags)")
    @RolesAllowed(Roles.CENTRAL_BOARD)
    @Audited(action = "set-quota", resource = "quota", id = "{clusterCode}/{year}/{awardType}")
    public QuotaView set(@PathParam("clusterCode") @Size(max = 64) String clusterCode, @PathParam("year") @ValidYear Integer year,
            @PathParam("awardType") @Size(max = 64) String awardType, @Valid @NotNull SetQuotaRequest request) {
        return quotas.set(clusterCode, year, awardType, request.perClusterYear(), request.legalBasis(),
                Caller.of(identity));
    }
}
