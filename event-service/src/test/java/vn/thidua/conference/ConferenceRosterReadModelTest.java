package vn.thidua.conference;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.RosterReadModelContract;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** event-service keeps the roster of every cluster-year from cluster-service's events. */
@QuarkusTest
@WithEmbeddedInfrastructure
class ConferenceRosterReadModelTest extends RosterReadModelContract {
}
