package vn.thidua.nomination;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.RosterReadModelContract;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** nomination-service keeps the roster of every cluster-year from cluster-service's events. */
@QuarkusTest
@WithEmbeddedInfrastructure
class NominationRosterReadModelTest extends RosterReadModelContract {
}
