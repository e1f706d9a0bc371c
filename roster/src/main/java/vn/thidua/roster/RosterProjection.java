package vn.thidua.roster;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.events.cluster.LeadershipAssigned;
import vn.thidua.events.cluster.MembershipChanged;

/** Applies cluster-service's events to the roster read model; answers who belongs to a cluster-year. */
@ApplicationScoped
public class RosterProjection {

    private static final Logger LOG = Logger.getLogger(RosterProjection.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(MembershipChanged event) {
        RosterYear roster = lockOrCreate(event.clusterCode(), event.year());
        if (isStale(roster, event.revision())) {
            return;
        }
        roster.unitCodes.clear();
        roster.unitCodes.addAll(event.unitCodes());
        roster.chairUnitCode = event.chairUnitCode();
        roster.viceChairUnitCode = event.viceChairUnitCode();
        touch(roster, event.revision());
        LOG.infof("Roster %s/%d now has %d members (revision %d)", event.clusterCode(), event.year(),
                event.unitCodes().size(), event.revision());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(LeadershipAssigned event) {
        RosterYear roster = lockOrCreate(event.clusterCode(), event.year());
        if (isStale(roster, event.revision())) {
            return;
        }
        roster.chairUnitCode = event.chairUnitCode();
        roster.viceChairUnitCode = event.viceChairUnitCode();
        touch(roster, event.revision());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RosterYear> find(String clusterCode, int year) {
        return RosterYear.find(clusterCode, year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(String clusterCode, int year, String unitCode) {
        return RosterYear.find(clusterCode, year).map(r -> r.hasMember(unitCode)).orElse(false);
    }

    private RosterYear lockOrCreate(String clusterCode, int year) {
        return RosterYear.<RosterYear>find("clusterCode = ?1 and year = ?2", clusterCode, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseGet(() -> {
                    RosterYear created = new RosterYear();
                    created.clusterCode = clusterCode;
                    created.year = year;
                    created.revision = -1;
                    return created;
                });
    }

    /** Replays and redeliveries of older revisions leave newer state alone; equal revisions re-apply harmlessly. */
    private static boolean isStale(RosterYear roster, long revision) {
        if (revision < roster.revision) {
            LOG.debugf("Ignored revision %d of %s/%d: already at %d", revision, roster.clusterCode, roster.year,
                    roster.revision);
            return true;
        }
        return false;
    }

    private static void touch(RosterYear roster, long revision) {
        roster.revision = revision;
        roster.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!roster.isPersistent()) {
            roster.persist();
        }
    }
}
