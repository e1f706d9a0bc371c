package vn.thidua.conference.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.conference.AnnouncedNomination;
import vn.thidua.events.nomination.NominationStep;
import vn.thidua.events.nomination.Nominee;
import vn.thidua.events.nomination.VoteCount;

/** The read model of announced nominations (results announced), fed by {@code NominationConsumer}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AnnouncedResults {

    private static final Logger LOG = Logger.getLogger(AnnouncedResults.class);

    /**
     * Replaces the nomination's row with the state the event carries. An event older than the stored state (by
     * {@code occurredAt}) changes nothing: a replayed or redelivered step never rolls a nomination back.
     */
    public void apply(NominationStep step) {
        String nominationId = step.nominationId();
        Instant occurredAt = step.occurredAt();
        Nominee nominee = step.nominee();
        VoteCount votes = step.votes();
        AnnouncedNomination row = AnnouncedNomination.findById(nominationId);
        if (row != null && row.occurredAt != null && occurredAt != null && occurredAt.isBefore(row.occurredAt)) {
            LOG.infof("nomination %s: step %s at %s is older than the stored %s, ignored", nominationId, step.status(),
                    occurredAt, row.status);
            return;
        }
        if (row == null) {
            row = new AnnouncedNomination();
            row.nominationId = nominationId;
        }
        row.clusterCode = step.clusterCode();
        row.year = step.year();
        row.awardType = step.awardType();
        row.nomineeKind = nominee == null ? null : nominee.kind();
        row.unitCode = nominee == null ? null : nominee.unitCode();
        row.nomineeName = nominee == null ? null : nominee.name();
        row.nomineePosition = nominee == null ? null : nominee.position();
        row.status = step.status();
        row.rank = step.rank();
        row.reason = step.reason();
        row.decisionNumber = step.decisionNumber();
        row.decisionDate = step.decisionDate();
        row.votes = votes == null ? null : "{\"eligible\":%d,\"cast\":%d,\"approve\":%d,\"reject\":%d}"
                .formatted(votes.eligible(), votes.cast(), votes.approve(), votes.reject());
        row.occurredAt = occurredAt;
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
        LOG.infof("nomination %s of %s/%d: %s", nominationId, row.clusterCode, row.year, row.status);
    }
}
