package vn.thidua.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.problems.ProblemCatalog;

@QuarkusTest
@WithTestResource(FakeServices.class)
class ProblemPagesTest {

    @Test
    void shouldServeAPageInVietnameseAndEnglishForEveryCatalogueType() {
        for (ProblemCatalog problem : ProblemCatalog.values()) {
            given().get(problem.type()).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString(problem.titleVi())).body(containsString(problem.titleEn()))
                    .body(containsString("lang=\"vi\"")).body(containsString("lang=\"en\""));
        }
        given().get("/problems").then().statusCode(200).body(containsString("/problems/stale-version"));
    }

    @Test
    void shouldServeRulePagesAndRefuseNamesThatCannotBeTypes() {
        given().get("/problems/chair-not-member").then().statusCode(200).body(containsString("CHAIR_NOT_MEMBER"));
        given().get("/problems/%3Cscript%3E").then().statusCode(404).body(not(containsString("<script>")));
    }
}
