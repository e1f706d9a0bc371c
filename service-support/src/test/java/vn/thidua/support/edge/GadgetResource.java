package vn.thidua.support.edge;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.FreeText;
import vn.thidua.support.web.Idempotent;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.ValidYear;

@Path("/gadgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
// Open on purpose: these tests prove the edge's mechanisms; tokens and scope have their own tests in the services
@PermitAll
public class GadgetResource {

    public record GadgetRequest(@NotBlank @Size(max = 100) String name, @NotNull Gadget.Kind kind, LocalDate madeOn,
            @FreeText @Size(max = 500) String note) {
    }

    public record GadgetView(long id, String name, Gadget.Kind kind, LocalDate madeOn) {
        static GadgetView of(Gadget g) {
            return new GadgetView(g.id, g.name, g.kind, g.madeOn);
        }
    }

    private final GadgetService gadgets;

    public GadgetResource(GadgetService gadgets) {
        this.gadgets = gadgets;
    }

    @POST
    public Response create(@Valid @NotNull GadgetRequest request) throws InterruptedException {
        Gadget gadget = gadgets.create(request.name(), request.kind(), request.madeOn());
        return Response.created(URI.create("/gadgets/" + gadget.id)).tag(Etags.of(gadget.version))
                .entity(GadgetView.of(gadget)).build();
    }

    @PUT
    @Path("{id}")
    public Response rename(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) ExpectedRevision expected,
            @Valid @NotNull GadgetRequest request) {
        Gadget gadget = gadgets.rename(id, ExpectedRevision.orAny(expected), request.name());
        return Response.ok(GadgetView.of(gadget)).tag(Etags.of(gadget.version)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Gadget gadget = gadgets.get(id);
        return Response.ok(GadgetView.of(gadget)).tag(Etags.of(gadget.version)).build();
    }

    @GET
    public PageView<GadgetView> list(@QueryParam("kind") Gadget.Kind kind, @QueryParam("madeOn") LocalDate madeOn,
            @QueryParam("year") @ValidYear Integer year, @Valid @BeanParam PageRequest page) {
        return gadgets.list(kind, madeOn, page).map(GadgetView::of);
    }

    @GET
    @Path("lock-waiters")
    public long lockWaiters() {
        return gadgets.advisoryLockWaiters();
    }
}
