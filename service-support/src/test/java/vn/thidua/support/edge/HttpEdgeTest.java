package vn.thidua.support.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import vn.thidua.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;

/** The mechanisms of the HTTP edge, against a real PostgreSQL, through a small resource of this module's tests. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class HttpEdgeTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    GadgetService gadgets;

    private static Response create(String key, Map<String, Object> body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post("/gadgets");
    }

    @Test
    void shouldReplayFirstAnswerToSameKeyWithoutActingTwice() {
        String key = UUID.randomUUID().toString();
        int before = gadgets.creations();
        Response first = create(key, Map.of("name", "lever one", "kind", "LEVER"));
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response again = create(key, Map.of("name", "lever one", "kind", "LEVER"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")));
        assertEquals(before + 1, gadgets.creations());
    }

    @Test
    void shouldRefuseSameKeyForAnotherBodyAnd422() {
        String key = UUID.randomUUID().toString();
        create(key, Map.of("name", "wheel", "kind", "WHEEL")).then().statusCode(201);
        int before = gadgets.creations();
        create(key, Map.of("name", "another wheel", "kind", "WHEEL")).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(before, gadgets.creations());
    }

    @Test
    void shouldKeepKeysApartPerRequestWhenNoKeyIsSent() {
        int before = gadgets.creations();
        create(null, Map.of("name", "no key", "kind", "WHEEL")).then().statusCode(201);
        create(null, Map.of("name", "no key", "kind", "WHEEL")).then().statusCode(201);
        assertEquals(before + 2, gadgets.creations());
    }

    @Test
    void shouldLetConcurrentRequestWithSameKeyWaitAndReplay() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = gadgets.creations();
        int entered = gadgets.entered();
        CountDownLatch gate = new CountDownLatch(1);
        gadgets.hold(gate);
        try {
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(
                    () -> create(key, Map.of("name", "race", "kind", "LEVER")));
            await(() -> gadgets.entered() > entered);
            gadgets.hold(null);
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(
                    () -> create(key, Map.of("name", "race", "kind", "LEVER")));
            await(() -> given().get("/gadgets/lock-waiters").as(Long.class) > 0);
            gate.countDown();
            List<String> replayed = new ArrayList<>(List.of(a.get().header("Idempotent-Replayed"),
                    b.get().header("Idempotent-Replayed")));
            assertEquals(201, a.get().statusCode());
            assertEquals(201, b.get().statusCode());
            assertEquals(List.of("false", "true"), replayed.stream().sorted().toList());
            assertEquals(before + 1, gadgets.creations());
        } finally {
            gadgets.hold(null);
            gate.countDown();
        }
    }

    @Test
    void shouldAnswer304ToMatchingIfNoneMatchAnd412ToStaleIfMatch() {
        Response created = create(null, Map.of("name", "versioned", "kind", "LEVER"));
        String location = created.header("Location");
        String etag = created.header("ETag");
        given().header("If-None-Match", etag).get(location).then().statusCode(304);
        given().header("If-None-Match", "\"999\"").get(location).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "renamed", "kind", "LEVER")).put(location).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "lost update", "kind", "LEVER")).put(location).then().statusCode(412)
                .contentType(PROBLEM).body("type", equalTo("/problems/stale-version"));
        given().contentType(ContentType.JSON).body(Map.of("name", "last writer", "kind", "LEVER")).put(location)
                .then().statusCode(200);
        given().get(location).then().body("name", equalTo("last writer"));
    }

    @Test
    void shouldRefuseControlCharactersInBodyQueryAndPathNamingTheField() {
        create(null, Map.of("name", "a\u0000b", "kind", "LEVER")).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
        create(null, Map.of("name", "a\tb", "kind", "LEVER")).then().statusCode(400);
        create(null, Map.of("name", "note ok", "kind", "LEVER", "note", "line one\nline\ttwo")).then().statusCode(201);
        given().queryParam("kind", "LE\u0000VER").get("/gadgets").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().urlEncodingEnabled(false).get("/gadgets/a%00b").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("id"));
    }

    @Test
    void shouldStoreTextInComposedForm() {
        String nfd = Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD);
        String location = create(null, Map.of("name", nfd, "kind", "LEVER")).header("Location");
        given().get(location).then().body("name", equalTo("Bắc Kạn"));
    }

    @Test
    void shouldRefuseBadTypedParametersWith400NamingParameterAndAllowedValues() {
        given().queryParam("kind", "XYZ").get("/gadgets").then().log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("LEVER"));
        given().queryParam("madeOn", "notadate").get("/gadgets").then().statusCode(400)
                .body("errors[0].field", equalTo("madeOn"));
        given().queryParam("year", "20x4").get("/gadgets").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("year", "1800").get("/gadgets").then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("1945"));
        given().queryParam("size", "201").get("/gadgets").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        // a numeric id that is not a number names no resource: 404, never a 500
        given().get("/gadgets/notanumber").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldPageInTheDatabaseAndAnswerEmptyPageFarBeyondTheEnd() {
        for (int i = 0; i < 3; i++) {
            create(null, Map.of("name", "wheel " + i, "kind", "WHEEL", "madeOn", "2001-02-03")).then().statusCode(201);
        }
        given().queryParam("madeOn", "2001-02-03").queryParam("size", 2).get("/gadgets").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(3)).body("size", equalTo(2));
        given().queryParam("madeOn", "2001-02-03").queryParam("size", 2).queryParam("page", 1).get("/gadgets").then()
                .body("items.size()", equalTo(1));
        given().queryParam("page", 20_000_000).queryParam("size", 200).get("/gadgets").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", notNullValue());
    }

    @Test
    void shouldRefuseOversizedBodyAndStringWhileReading() {
        StringBuilder huge = new StringBuilder("[");
        for (int i = 0; i < 40_000; i++) {
            huge.append(i == 0 ? "" : ",").append("1");
        }
        given().contentType(ContentType.JSON).body(huge.append("]").toString()).post("/gadgets").then()
                .statusCode(400).contentType(PROBLEM);
        String padded = "{\"name\": \"padded\"," + " ".repeat(70_000) + "\"kind\": \"LEVER\"}";
        given().contentType(ContentType.JSON).body(padded).post("/gadgets").then().statusCode(413)
                .contentType(PROBLEM).body("type", equalTo("/problems/payload-too-large"));
        create(null, Map.of("name", "x".repeat(5000), "kind", "LEVER")).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldCarryRequestIdInLogLinesResponseAndProblem() {
        List<String> ids = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && GadgetService.class.getName().equals(record.getLoggerName())) {
                    ids.add(String.valueOf(ext.getMdc("requestId")));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        org.jboss.logmanager.Logger root = org.jboss.logmanager.LogContext.getLogContext().getLogger("");
        root.addHandler(handler);
        try {
            given().header("X-Request-Id", "req-edge-1").contentType(ContentType.JSON)
                    .body(Map.of("name", "logged", "kind", "LEVER")).post("/gadgets").then().statusCode(201)
                    .header("X-Request-Id", "req-edge-1");
            assertTrue(ids.contains("req-edge-1"), "log lines carried " + ids);
            String generated = given().get("/gadgets/0").then().statusCode(404).extract().header("X-Request-Id");
            given().get("/gadgets/0").then().body("requestId", notNullValue());
            assertTrue(generated != null && !generated.isBlank());
            given().header("X-Request-Id", "bad\u0001id").get("/gadgets/0").then()
                    .header("X-Request-Id", org.hamcrest.Matchers.not("bad\u0001id"));
        } finally {
            root.removeHandler(handler);
        }
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.onSpinWait();
        }
    }
}
