package vn.thidua.conference.service;

import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.conference.Conference;
import vn.thidua.conference.Pledge;
import vn.thidua.conference.PledgeSignature;
import vn.thidua.conference.config.ConferenceConfig;
import vn.thidua.conference.events.ConferenceEvents;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.roster.RosterProjection;
import vn.thidua.roster.RosterYear;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.web.ExpectedRevision;

/** Pledges of the cluster-years known to the roster read model, and their signatures. */
@ApplicationScoped
@Transactional
public class PledgeService {

    private static final Logger LOG = Logger.getLogger(PledgeService.class);

    /** A pledge as read in one transaction: who signed, who of the roster has not, and the version (ETag). */
    public record PledgeStanding(String clusterCode, int year, List<PledgeSignature> signed, List<String> pending,
            long version) {
    }

    private final RosterProjection rosters;
    private final ConferenceConfig config;
    private final Outbox outbox;

    public PledgeService(RosterProjection rosters, ConferenceConfig config, Outbox outbox) {
        this.rosters = rosters;
        this.config = config;
        this.outbox = outbox;
    }

    /** The pledge of a cluster-year; 404 when the roster read model does not know the cluster-year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PledgeStanding get(String clusterCode, int year) {
        RosterYear roster = roster(clusterCode, year);
        Pledge pledge = Pledge.find(clusterCode, year).orElseGet(() -> Pledge.unsigned(clusterCode, year));
        return standing(pledge, roster);
    }

    /**
     * Records a member's signature and publishes pledge-signed in the same transaction. The pledge row is locked first, so signatures of one pledge apply one at a
     * time and the {@code If-Match} check sees the latest version.
     */
    public PledgeStanding sign(String clusterCode, int year, String unitCode, LocalDate signedOn, String conferenceId,
            ExpectedRevision expected) {
        RosterYear roster = roster(clusterCode, year);
        Pledge pledge = Pledge.lockOrCreate(clusterCode, year);
        expected.check(pledge.version);
        if (conferenceId != null) {
            pledge.checkConference(conferenceId, Conference.<Conference>findById(conferenceId));
        }
        PledgeSignature signature = pledge.sign(roster.unitCodes, unitCode, signedOn, conferenceId, today());
        signature.persist();
        Pledge.flush();
        outbox.publish(ConferenceEvents.key(signature), ConferenceEvents.pledgeSigned(signature));
        LOG.infof("Pledge %s/%d signed by %s on %s%s (version %d)", clusterCode, year, unitCode, signedOn,
                conferenceId == null ? "" : " at conference " + conferenceId, pledge.version);
        return standing(pledge, roster);
    }

    private RosterYear roster(String clusterCode, int year) {
        return rosters.find(clusterCode, year)
                .orElseThrow(() -> new ResourceNotFound("roster of cluster-year", clusterCode + "/" + year));
    }

    private static PledgeStanding standing(Pledge pledge, RosterYear roster) {
        List<String> members = List.copyOf(roster.unitCodes);
        return new PledgeStanding(pledge.clusterCode, pledge.year, pledge.signaturesInOrder(),
                pledge.pendingAmong(members), pledge.version);
    }

    private LocalDate today() {
        return LocalDate.now(config.timeZone());
    }
}
