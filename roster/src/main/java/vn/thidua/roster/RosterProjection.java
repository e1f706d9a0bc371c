package vn.thidua.roster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.events.cluster.LeadershipAssigned;
import vn.thidua.events.cluster.MembershipChanged;

/**
 * Applies cluster-service's events to the roster read model; answers who belongs to a cluster-year.
 * <p>
 * Each event is applied in one statement, in plain JDBC on the connection the consumer's transaction enlisted:
 * every consumer of {@code thidua.cluster.v1} runs this on the path from a roster write to the read models, and
 * loading, locking and rewriting the entity with its member list took five round trips, Hibernate's native query
 * machinery more CPU than the statement. The upsert locks the cluster-year's row as the entity's lock did, and its
 * {@code WHERE} is the revision check: replays and redeliveries of older revisions leave newer state alone, equal
 * revisions re-apply harmlessly. A conflicting upsert draws an id from the sequence it does not use: ids are never
 * read.
 */
@ApplicationScoped
public class RosterProjection {

    private static final Logger LOG = Logger.getLogger(RosterProjection.class);

    private static final String UPSERT_YEAR = """
            INSERT INTO roster_year AS r (cluster_code, year, chair_unit_code, vice_chair_unit_code, revision,
                                          updated_at)
            VALUES (?, ?, ?, ?, ?, now())
            ON CONFLICT (cluster_code, year) DO UPDATE
                SET chair_unit_code = EXCLUDED.chair_unit_code, vice_chair_unit_code = EXCLUDED.vice_chair_unit_code,
                    revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at
                WHERE r.revision <= EXCLUDED.revision
            RETURNING r.id
            """;

    /**
     * The members position by position: changed positions rewritten, new ones added, the ones past the new end
     * removed (disjoint rows, so the two changes cannot meet in one statement; the unit's uniqueness in the roster
     * is checked at commit).
     */
    private static final String APPLY_ROSTER = """
            WITH roster AS (
            """ + UPSERT_YEAR + """
            ), written AS (
                INSERT INTO roster_member (roster_year_id, position, unit_code)
                SELECT roster.id, (member.ordinality - 1)::integer, member.unit_code
                FROM roster, unnest(CAST(? AS varchar[])) WITH ORDINALITY AS member(unit_code, ordinality)
                ON CONFLICT (roster_year_id, position) DO UPDATE SET unit_code = EXCLUDED.unit_code
                    WHERE roster_member.unit_code <> EXCLUDED.unit_code
            ), removed AS (
                DELETE FROM roster_member gone USING roster
                WHERE gone.roster_year_id = roster.id AND gone.position >= ?
            )
            SELECT count(*) FROM roster
            """;

    private static final String APPLY_LEADERSHIP = "WITH roster AS (" + UPSERT_YEAR + ") SELECT count(*) FROM roster";

    private final DataSource dataSource;

    public RosterProjection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(MembershipChanged event) {
        List<String> units = event.unitCodes() == null ? List.of() : event.unitCodes();
        boolean applied = upsert(APPLY_ROSTER, event.clusterCode(), event.year(), event.chairUnitCode(),
                event.viceChairUnitCode(), event.revision(), units);
        if (applied) {
            // debug: cluster-service logs the change itself, and formatting a line per event per consumer was a
            // seventh of the consumer's CPU (the count is in thidua.events.consumed)
            LOG.debugf("Roster %s/%d now has %d members (revision %d)", event.clusterCode(), event.year(),
                    units.size(), event.revision());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(LeadershipAssigned event) {
        upsert(APPLY_LEADERSHIP, event.clusterCode(), event.year(), event.chairUnitCode(), event.viceChairUnitCode(),
                event.revision(), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RosterYear> find(String clusterCode, int year) {
        return RosterYear.find(clusterCode, year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(String clusterCode, int year, String unitCode) {
        return RosterYear.find(clusterCode, year).map(r -> r.hasMember(unitCode)).orElse(false);
    }

    /** @return false when the read model already holds a newer revision */
    private boolean upsert(String statement, String clusterCode, int year, String chair, String viceChair,
            long revision, List<String> units) {
        boolean applied;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(statement)) {
            upsert.setString(1, clusterCode);
            upsert.setInt(2, year);
            upsert.setString(3, chair);
            upsert.setString(4, viceChair);
            upsert.setLong(5, revision);
            if (units != null) {
                upsert.setArray(6, connection.createArrayOf("varchar", units.toArray()));
                upsert.setInt(7, units.size());
            }
            try (ResultSet result = upsert.executeQuery()) {
                applied = result.next() && result.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Applying revision " + revision + " of " + clusterCode + "/" + year
                    + " to the roster read model failed", e);
        }
        if (!applied) {
            LOG.debugf("Ignored revision %d of %s/%d: the read model is at a newer one", (Object) revision, clusterCode,
                    year);
        }
        return applied;
    }
}
