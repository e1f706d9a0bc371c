package vn.thidua.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** The award catalogue: seeded reference data, filterable, with default quotas per cluster-year. */
@QuarkusTest
@WithEmbeddedInfrastructure
class AwardTypeResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/award-types";

    @Test
    void shouldListTheCatalogueWithTheCodesOfTheContract() {
        given().get(PATH).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.code", hasItems("GOVERNMENT_EMULATION_FLAG", "PM_CERTIFICATE_OF_MERIT",
                        "PROVINCIAL_CERTIFICATE_OF_MERIT", "MINISTRY_EMULATION_FLAG", "PROVINCIAL_EMULATION_FLAG",
                        "NATIONAL_EMULATION_FIGHTER", "LABOUR_ORDER_FIRST_CLASS", "LABOUR_ORDER_SECOND_CLASS",
                        "LABOUR_ORDER_THIRD_CLASS"))
                .body("total", equalTo(12))
                .body("page", equalTo(0))
                .body("items[0].code", equalTo("GOVERNMENT_EMULATION_FLAG"))
                .body("items.legalBasis", everyItem(containsString("06/2022/QH15")));
    }

    @Test
    void shouldKeepVietnameseNamesWithDiacritics() {
        given().get(PATH).then()
                .body("items.find { it.code == 'GOVERNMENT_EMULATION_FLAG' }.nameVi", equalTo("Cờ thi đua của Chính phủ"))
                .body("items.find { it.code == 'PM_CERTIFICATE_OF_MERIT' }.nameVi",
                        equalTo("Bằng khen của Thủ tướng Chính phủ"))
                .body("items.find { it.code == 'PROVINCIAL_CERTIFICATE_OF_MERIT' }.nameVi",
                        equalTo("Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh"))
                .body("items.find { it.code == 'NATIONAL_EMULATION_FIGHTER' }.nameVi",
                        equalTo("Chiến sĩ thi đua toàn quốc"));
    }

    @Test
    void shouldFilterByCategory() {
        given().queryParam("category", "TITLE").get(PATH).then()
                .statusCode(200)
                .body("items.category", everyItem(equalTo("TITLE")))
                .body("items.code", hasItems("GOVERNMENT_EMULATION_FLAG", "NATIONAL_EMULATION_FIGHTER"))
                .body("items.code", not(hasItem("PM_CERTIFICATE_OF_MERIT")))
                .body("total", equalTo(6));
        given().queryParam("category", "FORM").get(PATH).then()
                .body("items.category", everyItem(equalTo("FORM")))
                .body("total", equalTo(6));
    }

    @Test
    void shouldListAwardTypesForBothWhenFilteringBySubject() {
        given().queryParam("subject", "COLLECTIVE").get(PATH).then()
                .statusCode(200)
                .body("items.subject", everyItem(is(in(List.of("COLLECTIVE", "BOTH")))))
                .body("items.code", hasItems("GOVERNMENT_EMULATION_FLAG", "PM_CERTIFICATE_OF_MERIT"))
                .body("items.code", not(hasItem("NATIONAL_EMULATION_FIGHTER")));
        given().queryParam("subject", "INDIVIDUAL").get(PATH).then()
                .body("items.subject", everyItem(is(in(List.of("INDIVIDUAL", "BOTH")))))
                .body("items.code", hasItems("NATIONAL_EMULATION_FIGHTER", "PM_CERTIFICATE_OF_MERIT"))
                .body("items.code", not(hasItem("GOVERNMENT_EMULATION_FLAG")));
        given().queryParam("subject", "BOTH").get(PATH).then()
                .body("items.subject", everyItem(equalTo("BOTH")));
    }

    @Test
    void shouldCombineFilters() {
        given().queryParam("category", "TITLE").queryParam("subject", "INDIVIDUAL").queryParam("level", "GOVERNMENT")
                .get(PATH).then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo("NATIONAL_EMULATION_FIGHTER"));
    }

    @Test
    void shouldPageTheCatalogue() {
        given().queryParam("size", 5).queryParam("page", 2).get(PATH).then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("page", equalTo(2))
                .body("size", equalTo(5))
                .body("total", equalTo(12));
    }

    @Test
    void shouldShowOneAwardTypeWithItsEtagAndDefaultQuota() {
        given().get(PATH + "/{code}", "GOVERNMENT_EMULATION_FLAG").then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo("GOVERNMENT_EMULATION_FLAG"))
                .body("nameEn", equalTo("Government Emulation Flag"))
                .body("category", equalTo("TITLE"))
                .body("subject", equalTo("COLLECTIVE"))
                .body("level", equalTo("GOVERNMENT"))
                .body("legalBasis", containsString("Art. 25"))
                .body("defaultQuotaPerClusterYear", equalTo(1))
                .body("quota.perClusterYear", equalTo(1))
                .body("quota.legalBasis", containsString("06/2022/QH15"))
                .body("quota.validFrom", equalTo("2024-01-01"))
                .body("quota.validTo", nullValue());
        given().get(PATH + "/{code}", "PM_CERTIFICATE_OF_MERIT").then()
                .statusCode(200)
                .body("subject", equalTo("BOTH"))
                .body("legalBasis", containsString("Art. 73"))
                .body("defaultQuotaPerClusterYear", equalTo(1))
                .body("quota.legalBasis", notNullValue());
    }

    @Test
    void shouldShowNoQuotaForAwardTypesWithoutOne() {
        given().get(PATH + "/{code}", "NATIONAL_EMULATION_FIGHTER").then()
                .statusCode(200)
                .body("subject", equalTo("INDIVIDUAL"))
                .body("defaultQuotaPerClusterYear", nullValue())
                .body("quota", nullValue());
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownCode() {
        given().get(PATH + "/{code}", "GOLDEN_STAR_OF_NOWHERE").then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldRejectUnknownFilterValuesWithProblem() {
        given().queryParam("category", "MEDAL").get(PATH).then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors[0].field", equalTo("category"));
        given().queryParam("subject", "HOUSEHOLD").get(PATH).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("level", "DISTRICT").get(PATH).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("size", 0).get(PATH).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldNotOfferWritesOnTheCatalogue() {
        given().contentType(ContentType.JSON).body("{}").post(PATH).then()
                .statusCode(405).contentType(PROBLEM);
    }

    @Test
    void shouldDocumentTheCatalogueInOpenApi() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200)
                .body(containsString("/api/v1/award-types/{code}"))
                .body(containsString("AwardTypeView"));
    }
}
