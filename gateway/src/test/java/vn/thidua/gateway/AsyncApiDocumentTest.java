package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The AsyncAPI document of the public nomination topic, as another agency reads it. */
@QuarkusTest
class AsyncApiDocumentTest {

    private static final List<String> MESSAGES = List.of("NominationAcclaimed", "NominationAppraised",
            "NominationContested", "NominationDecided", "NominationNotAcclaimed", "NominationProposed",
            "NominationReturned", "NominationRevoked", "NominationSubmitted", "NominationWithdrawn");

    @Test
    void shouldDescribeTheNominationTopicWithHeadersKeyAndPayloadSchemas() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/asyncapi").then().statusCode(200)
                .contentType("application/json")
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.nominations.address", equalTo("thidua.nomination.v1"))
                .body("operations.receive-nominations.action", equalTo("receive"))
                .body("components.messages.NominationDecided.name", equalTo("vn.thidua.nomination.decided.v1"))
                .body("components.messages.NominationDecided.headers.required",
                        hasItems("ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "ce_dataschema",
                                "content-type"))
                .body("components.messages.NominationDecided.headers.properties.ce_requestid.type",
                        equalTo("string"))
                .body("components.messages.NominationDecided.headers.properties.ce_dataschema.const",
                        equalTo("urn:vn.thidua:event-schema:vn.thidua.nomination.decided.v1"))
                .body("components.messages.NominationDecided.bindings.kafka.key.description",
                        containsString("nomination id"))
                .body("components.messages.NominationDecided.payload.schema.$ref",
                        equalTo("#/components/schemas/NominationDecided"))
                .body("components.schemas.NominationDecided.$id",
                        equalTo("urn:vn.thidua:event-schema:vn.thidua.nomination.decided.v1"))
                .body("components.schemas.NominationDecided.required", hasItems("decisionNumber", "decisionDate"))
                .extract().as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) doc.get("components"))
                .get("messages");
        assertEquals(MESSAGES, messages.keySet().stream().sorted().toList());
    }

    @Test
    void shouldAnswerYamlByDefault() {
        given().get("/q/asyncapi").then().statusCode(200).contentType(startsWith("application/yaml"))
                .body(containsString("asyncapi: \"3.0.0\""))
                .body(containsString("address: \"thidua.nomination.v1\""));
    }
}
