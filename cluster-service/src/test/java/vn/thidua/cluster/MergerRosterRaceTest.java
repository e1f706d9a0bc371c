package vn.thidua.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.thidua.cluster.ClusterApi.cluster;
import static vn.thidua.cluster.ClusterApi.getYear;
import static vn.thidua.cluster.ClusterApi.merge;
import static vn.thidua.cluster.ClusterApi.putMembers;
import static vn.thidua.cluster.ClusterApi.unit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.testsupport.PostgresTestResource;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/**
 * A merger ends its source units; a roster of a later year must not list them. When both are written at the same
 * moment, one of them must see the other: the merger is paused (the test holds the table it inserts into) after it
 * checked the rosters and locked its units, and the roster change comes in then.
 */
@QuarkusTest
@WithEmbeddedInfrastructure
class MergerRosterRaceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldNeverCommitBothMergerAndLaterRosterOfItsSource() throws Exception {
        String source = unit("Yên Bái");
        String successor = unit("Lào Cai");
        String cluster = cluster("Cụm miền núi");

        int merged;
        int rostered;
        try (Connection holder = PostgresTestResource.connect("postgres")) {
            holder.setAutoCommit(false);
            execute(holder, "LOCK TABLE unit_merger IN EXCLUSIVE MODE"); // reads go on, the merger's insert waits
            CompletableFuture<Integer> merger = CompletableFuture.supplyAsync(
                    () -> merge("2025-07-01", successor, source).extract().statusCode());
            await().atMost(WAIT).until(() -> waitingOnLocks(holder) >= 1);

            CompletableFuture<Integer> roster = CompletableFuture.supplyAsync(
                    () -> putMembers(cluster, 2026, source).extract().statusCode());
            // Without a lock on the roster side it commits now; with one it waits behind the merger's unit lock.
            await().atMost(WAIT).until(() -> roster.isDone() || waitingOnLocks(holder) >= 2);
            holder.rollback();

            merged = merger.get();
            rostered = roster.get();
        }

        assertEquals(201, merged);
        assertFalse(rostered >= 200 && rostered < 300,
                "the roster of 2026 listed " + source + ", which the merger ended on 2025-06-30 (status " + rostered + ")");
        getYear(cluster, 2026).statusCode(404);
    }

    private static int waitingOnLocks(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
