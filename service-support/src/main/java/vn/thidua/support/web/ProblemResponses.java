package vn.thidua.support.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.thidua.problems.ProblemCatalog;
import vn.thidua.support.problem.Problem;

/**
 * Documents the HTTP edge once for every operation, so resources only name what is specific to them (their 2xx and
 * the rules of their 409/422): the {@code Problem} schema, problem+json on every 4xx/5xx, the 400 and 500 every
 * operation may answer, 404 where the path names a resource, 412 where {@code If-Match} is taken, 304 on reads, and
 * {@code Idempotency-Key} (with its 409/422) on every POST and PUT.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("ProblemFieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string("JSON path of the field, or the parameter name"))
                .addProperty("message", string("What is wrong with it")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; 'type' resolves to a page at the gateway ("
                        + ProblemCatalog.BASE + "{name}) in Vietnamese and English")
                .addProperty("type", string("Stable URI of the kind of problem; clients switch on it"))
                .addProperty("title", string(null))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string(null))
                .addProperty("instance", string("The request path"))
                .addProperty("rule", string("For a broken domain rule, its name, e.g. CHAIR_NOT_MEMBER"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemFieldError")))
                .addProperty("requestId", string("X-Request-Id of the request, to find it in the logs")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.forEach((method, operation) -> document(path.getKey(), method, operation));
        }
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        add(responses, "400", ProblemCatalog.INVALID_REQUEST.titleEn()
                + ": malformed JSON, unknown or invalid field, bad parameter, control characters");
        if (path.contains("{")) {
            add(responses, "404", ProblemCatalog.NOT_FOUND.titleEn());
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412", "Stale If-Match");
        }
        // a single resource (the path ends with its id) is versioned: reads answer 304 to If-None-Match
        if (method == PathItem.HttpMethod.GET && path.endsWith("}") && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag"));
        }
        if (write) {
            if (!hasHeader(operation, IdempotencyKeys.HEADER)) {
                operation.addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER)
                        .in(Parameter.In.HEADER).required(false)
                        .description("Unique per intended write (at most " + IdempotencyKeys.MAX_LENGTH
                                + " characters); a retry with the same key gets the first answer again, with "
                                + IdempotencyKeys.REPLAYED + ": true")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .maxLength(IdempotencyKeys.MAX_LENGTH)));
            }
            add(responses, "409", ProblemCatalog.IDEMPOTENCY_KEY_IN_USE.titleEn());
            add(responses, "422", ProblemCatalog.IDEMPOTENCY_KEY_REUSED.titleEn());
        }
        add(responses, "500", ProblemCatalog.INTERNAL_ERROR.titleEn());
        // every error answer, declared here or by the resource (with its rules), is a problem document
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        } else if (responses.getAPIResponse(code).getDescription() == null) {
            responses.getAPIResponse(code).setDescription(description);
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema string(String description) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return description == null ? schema : schema.description(description);
    }
}
