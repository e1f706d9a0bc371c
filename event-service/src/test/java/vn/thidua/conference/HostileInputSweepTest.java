package vn.thidua.conference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.HostileInputSweep;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** Every operation of this service's OpenAPI document meets hostile input without a 5xx or a change of data. */
@QuarkusTest
@WithEmbeddedInfrastructure
class HostileInputSweepTest {

    @Test
    void shouldAnswerHostileInputOnEveryOperationWithoutServerErrorOrChange() throws Exception {
        int requests = HostileInputSweep.forThisService().run();
        assertTrue(requests > 50, "the sweep found operations to try (" + requests + " requests)");
    }
}
