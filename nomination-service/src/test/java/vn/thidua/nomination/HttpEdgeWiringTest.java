package vn.thidua.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * nomination-service is wired to service-support's HTTP edge. The award catalogue is read-only reference data (it
 * changes by migration), so there is no write to replay or to guard with If-Match yet: 304, paging, hardened and typed
 * parameters.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class HttpEdgeWiringTest {

    private static final String PATH = "/api/v1/award-types";

    @Test
    void shouldAnswer304ToCurrentEtagOfAnAwardType() {
        String etag = given().get(PATH + "/GOVERNMENT_EMULATION_FLAG").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(PATH + "/GOVERNMENT_EMULATION_FLAG").then().statusCode(304);
        given().header("If-None-Match", "\"999\"").get(PATH + "/GOVERNMENT_EMULATION_FLAG").then().statusCode(200);
    }

    @Test
    void shouldPageTheCatalogueAndAnswerEmptyPageFarBeyondTheEnd() {
        int total = given().get(PATH).then().extract().path("total");
        given().queryParam("size", 2).queryParam("page", 1).get(PATH).then().statusCode(200)
                .body("items.size()", equalTo(Math.min(2, Math.max(0, total - 2)))).body("total", equalTo(total));
        given().queryParam("page", 20_000_000).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseControlCharactersAndUnknownEnumValuesNamingTheParameter() {
        given().urlEncodingEnabled(false).get(PATH + "/a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("code"));
        given().queryParam("level", "a\u0000b").get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("level"));
        given().queryParam("subject", "NOPE").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("subject")).body("errors[0].message", containsString("COLLECTIVE"));
    }
}
