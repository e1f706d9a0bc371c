package vn.thidua.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The suite's authorization matrix ({@code authorization-matrix.tsv}: every write operation, the role allowed and
 * the claim that scopes it) and its runner: each operation is called anonymously (401), with every other role (403),
 * with the right role acting for another cluster or unit (403), then as the allowed caller (its success status).
 */
public final class AuthorizationMatrix {

    public static final List<String> ROLES = List.of("central-board", "cluster-secretariat", "member-unit");
    private static final String PROBLEM = "application/problem+json";

    private AuthorizationMatrix() {
    }

    /**
     * One write operation: {@code scope} is {@code cluster}, {@code unit} or null. {@code role} is one role, several
     * separated by {@code |} when the service itself decides which of them takes which step (the first is the one
     * the matrix calls with), or {@value #ANONYMOUS} for a write open to the public (e.g. a public comment).
     */
    public record Operation(String service, String method, String path, String role, String scope) {
        public String key() {
            return method + " " + path;
        }

        public List<String> roles() {
            return List.of(role.split("\\|"));
        }

        /** The role the allowed call is made with. */
        public String callerRole() {
            return roles().get(0);
        }
    }

    /** The role column of a write anyone may make without a token. */
    public static final String ANONYMOUS = "anonymous";

    /**
     * How to call an operation once: body (null for none), the code it acts for (cluster or unit, when scoped),
     * the status when allowed, the path parameters. A fresh call per use: the allowed call changes state.
     */
    public record Call(Object body, String scopeValue, int allowedStatus, Object... pathParams) {
    }

    /** A multipart/form-data body: text fields and one file part named {@code file}. */
    public record Multipart(Map<String, String> fields, String fileName, byte[] file, String fileMediaType) {
    }

    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                AuthorizationMatrix.class.getResourceAsStream("authorization-matrix.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                operations.add(new Operation(cells[0], cells[1], cells[2], cells[3],
                        "-".equals(cells[4]) ? null : cells[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }

    public static List<Operation> of(String service) {
        return operations().stream().filter(o -> o.service().equals(service)).toList();
    }

    /** Runs the matrix of a service; fails when an operation of the matrix has no fixture or vice versa. */
    public static void verify(String service, Map<String, Supplier<Call>> fixtures) {
        List<Operation> operations = of(service);
        Set<String> keys = operations.stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(fixtures.keySet()), "the fixtures of " + service + " and its matrix rows");
        for (Operation operation : operations) {
            Call call = fixtures.get(operation.key()).get();
            String what = operation.key();
            if (ANONYMOUS.equals(operation.role())) {
                Response response = send(request(null, call), operation, call);
                assertEquals(call.allowedStatus(), response.statusCode(), what + " without a token: "
                        + response.asString());
                continue;
            }
            send(request(null, call), operation, call).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer")).contentType(PROBLEM);
            for (String role : ROLES) {
                if (!operation.roles().contains(role)) {
                    // the claims match, so only the role is wrong
                    String token = TestTokens.token().role(role).claim("cluster", call.scopeValue())
                            .claim("unit", call.scopeValue()).sign();
                    send(request(token, call), operation, call).then().statusCode(403).contentType(PROBLEM)
                            .body("detail", containsString(operation.callerRole()));
                }
            }
            if (operation.scope() != null) {
                String other = call.scopeValue() + "-OTHER";
                String token = TestTokens.token().role(operation.callerRole()).claim(operation.scope(), other).sign();
                send(request(token, call), operation, call).then().statusCode(403).contentType(PROBLEM)
                        .body("detail", containsString(operation.scope() + " " + call.scopeValue()));
            }
            TestTokens.Builder allowed = TestTokens.token().role(operation.callerRole());
            if (operation.scope() != null) {
                allowed.claim(operation.scope(), call.scopeValue());
            }
            Response response = send(request(allowed.sign(), call), operation, call);
            assertEquals(call.allowedStatus(), response.statusCode(), what + " as its allowed caller: "
                    + response.asString());
        }
    }

    private static RequestSpecification request(String token, Call call) {
        // noFilters: not the test's default token; fixtures (called before) still set up state with it
        RequestSpecification request = RestAssured.given().noFilters();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (call.body() instanceof Multipart multipart) {
            request.multiPart("file", multipart.fileName(), multipart.file(), multipart.fileMediaType());
            multipart.fields().forEach(request::multiPart);
        } else if (call.body() != null) {
            request.contentType(ContentType.JSON).body(call.body());
        }
        return request;
    }

    private static Response send(RequestSpecification request, Operation operation, Call call) {
        return request.request(operation.method(), operation.path(), call.pathParams());
    }
}
