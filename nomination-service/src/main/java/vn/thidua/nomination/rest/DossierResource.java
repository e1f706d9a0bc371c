package vn.thidua.nomination.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.thidua.nomination.DocumentType;
import vn.thidua.nomination.rest.dto.DocumentView;
import vn.thidua.nomination.service.DossierService;
import vn.thidua.nomination.service.Nominations;
import vn.thidua.problems.ProblemCatalog;
import vn.thidua.support.audit.Audited;
import vn.thidua.support.problem.ProblemException;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.security.ActsFor;
import vn.thidua.support.security.Caller;
import vn.thidua.support.security.Roles;
import vn.thidua.support.web.InvalidParameter;
import vn.thidua.support.web.Texts;

@Path("/api/v1/nominations/{id}/documents")
@Tag(name = "Nominations")
public class DossierResource {

    private final DossierService dossiers;
    private final SecurityIdentity identity;

    public DossierResource(DossierService dossiers, SecurityIdentity identity) {
        this.dossiers = dossiers;
        this.identity = identity;
    }

    /** 413: a document over the configured limit. */
    static final class DocumentTooLarge extends ProblemException {
        DocumentTooLarge(String detail) {
            super(ProblemCatalog.PAYLOAD_TOO_LARGE, detail);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a dossier document", description = "multipart: type (a DocumentType) and file; "
            + "answers its size and SHA-256")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "413", description = "larger than the service accepts")
    @RolesAllowed(Roles.CLUSTER_SECRETARIAT)
    @ActsFor(cluster = "{id}", lookup = Nominations.class)
    @Audited(action = "upload-document", resource = "nomination", id = "{id}")
    public Response upload(@PathParam("id") String id, @RestForm("type") DocumentType type,
            @RestForm("file") FileUpload file) throws IOException {
        if (type == null || file == null) {
            throw RuleViolation.unprocessable("DOCUMENT_FIELDS_REQUIRED", "multipart fields type (one of "
                    + List.of(DocumentType.values()) + ") and file are required");
        }
        if (file.size() > dossiers.maxBytes()) {
            throw new DocumentTooLarge("the document has " + file.size() + " bytes; at most " + dossiers.maxBytes()
                    + " are accepted");
        }
        String fileName = file.fileName() == null || file.fileName().isBlank() ? "document" : file.fileName();
        String dirty = Texts.controlCharacterMessage(fileName, false);
        if (dirty != null) {
            throw new InvalidParameter("file", "file name", "a file name that " + dirty);
        }
        fileName = Texts.nfc(fileName);
        String mediaType = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        if (fileName.length() > 255 || mediaType.length() > 255) {
            throw new InvalidParameter("file", fileName.length() > 255 ? "file name" : "media type",
                    "a file name and a media type of at most 255 characters");
        }
        DocumentView view = dossiers.upload(id, type, fileName, mediaType, Files.readAllBytes(file.uploadedFile()),
                Caller.of(identity));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents of the dossier (metadata)")
    @RolesAllowed({ Roles.CENTRAL_BOARD, Roles.CLUSTER_SECRETARIAT })
    @ActsFor(cluster = "{id}", lookup = Nominations.class, unlessRole = Roles.CENTRAL_BOARD)
    public List<DocumentView> list(@PathParam("id") String id) {
        return dossiers.list(id);
    }

    @GET
    @Path("{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document", description = "the stored bytes; header Digest-SHA256 and ETag "
            + "carry its SHA-256")
    @RolesAllowed({ Roles.CENTRAL_BOARD, Roles.CLUSTER_SECRETARIAT })
    @ActsFor(cluster = "{id}", lookup = Nominations.class, unlessRole = Roles.CENTRAL_BOARD)
    public Response download(@PathParam("id") String id, @PathParam("docId") String docId) {
        DossierService.Download d = dossiers.download(id, docId);
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(d.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("X-Content-SHA256", d.sha256())
                .tag(d.sha256()).build();
    }
}
