package vn.thidua.scoring;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.RosterReadModelContract;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** scoring-service keeps the roster of every cluster-year from cluster-service's events. */
@QuarkusTest
@WithEmbeddedInfrastructure
class ScoringRosterReadModelTest extends RosterReadModelContract {
}
