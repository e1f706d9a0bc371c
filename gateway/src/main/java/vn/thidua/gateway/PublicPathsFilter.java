package vn.thidua.gateway;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Trims the merged document to what a client can call through the gateway: a service may document its
 * {@code /internal/...} endpoints, which the gateway answers 404, and its own server URL, which a browser
 * must not call directly.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublicPathsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            List<String> unrouted = openAPI.getPaths().getPathItems().keySet().stream()
                    .filter(path -> RouteTable.PUBLIC.serviceFor(path).isEmpty())
                    .toList();
            unrouted.forEach(openAPI.getPaths()::removePathItem);
        }
        openAPI.setServers(null);
    }
}
