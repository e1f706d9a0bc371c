package vn.thidua.gateway;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code GET /q/asyncapi}: the AsyncAPI 3 document of the public topics, YAML, or JSON with {@code ?format=json}. */
@ApplicationScoped
public class AsyncApiRoute {

    private final String yaml;
    private final String json;

    AsyncApiRoute(@ConfigProperty(name = "thidua.gateway.asyncapi.kafka-host", defaultValue = "localhost:19092")
            String kafkaHost) throws JsonProcessingException {
        ObjectNode document = AsyncApiDocument.build(kafkaHost);
        this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        this.yaml = new ObjectMapper(new YAMLFactory()).writeValueAsString(document);
    }

    void mount(@Observes Router router) {
        router.get("/q/asyncapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        boolean asJson = "json".equalsIgnoreCase(ctx.queryParams().get("format"));
        ctx.response().putHeader("Content-Type", asJson ? "application/json" : "application/yaml;charset=UTF-8")
                .end(asJson ? json : yaml);
    }
}
