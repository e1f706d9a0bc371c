package vn.thidua.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before each {@code @QuarkusTest} method, RestAssured calls carry the module's default token: the role named by
 * {@code thidua.test.actor} in the module's test application.properties ({@code central-board}), or none. A test
 * that acts as someone else calls {@link TestTokens#actAs(String)} (e.g. in its {@code @BeforeEach}).
 */
public class DefaultActor implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String role = ConfigProvider.getConfig().getOptionalValue("thidua.test.actor", String.class).orElse("none");
        TestTokens.actAs(switch (role) {
            case "none" -> null;
            case "central-board" -> TestTokens.centralBoard();
            default -> throw new IllegalStateException("thidua.test.actor: none or central-board, not " + role);
        });
    }
}
