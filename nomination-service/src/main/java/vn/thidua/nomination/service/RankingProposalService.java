package vn.thidua.nomination.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.events.scoring.RankingEntry;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.Ballot;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NominationOrigin;
import vn.thidua.nomination.NominationStatus;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.ProposalPlanner;
import vn.thidua.nomination.ProposalPlanner.Planned;
import vn.thidua.nomination.ProposalPlanner.Quota;
import vn.thidua.nomination.ProposalPlanner.Ranked;
import vn.thidua.nomination.config.NominationConfig;

/**
 * Drafts a cluster-year's proposals from its finalised ranking within the quotas, and makes the open drafts follow an
 * amended ranking: a draft whose unit is still within its award's quota keeps it (its rank and CONTESTED mark are
 * updated), the others move to the units newly within it, each move in the draft's history; a draft left without a
 * place is WITHDRAWN with the reason (and announced so), and proposed again should a later version put its unit back
 * within the quota. Drafts past the vote (acclaimed, submitted, ...) do not move.
 */
@ApplicationScoped
@Transactional
public class RankingProposalService {

    private static final Logger LOG = Logger.getLogger(RankingProposalService.class);
    private static final String ACTOR = "scoring-service";

    private final Nominations nominations;
    private final QuotaService quotas;
    private final NominationConfig config;

    public RankingProposalService(Nominations nominations, QuotaService quotas, NominationConfig config) {
        this.nominations = nominations;
        this.quotas = quotas;
        this.config = config;
    }

    public void follow(String clusterCode, int year, int version, List<RankingEntry> entries, Instant at,
            String amendmentReason) {
        List<Nomination> existing = Nomination.fromRanking(clusterCode, year);
        int latest = existing.stream().map(n -> n.rankingVersion).filter(v -> v != null).mapToInt(v -> v).max()
                .orElse(0);
        if (version <= latest) {
            LOG.infof("ranking %s/%d version %d is not newer than %d: drafts unchanged", clusterCode, year, version,
                    latest);
            return;
        }
        LocalDate day = LocalDate.ofInstant(at == null ? Instant.now() : at, config.timeZone());
        List<AwardType> types = new ArrayList<>();
        List<Quota> quotaList = new ArrayList<>();
        for (String code : config.proposals().awardTypes()) {
            Optional<AwardType> type = AwardType.findByCode(code);
            if (type.isEmpty()) {
                LOG.warnf("proposal award type %s is not in the catalogue: skipped", code);
                continue;
            }
            types.add(type.get());
            int count = quotas.effective(clusterCode, year, type.get(), day).map(q -> q.perClusterYear()).orElse(0);
            quotaList.add(new Quota(code, count));
        }
        List<Planned> plan = ProposalPlanner.plan(
                entries.stream().map(e -> new Ranked(e.rank(), e.unitCode())).toList(), quotaList);
        OffsetDateTime now = nominations.now();
        String why = amendmentReason == null ? "ranking version " + version + " finalised"
                : "ranking amended to version " + version + ": " + amendmentReason;
        for (AwardType type : types) {
            List<Planned> planned = new ArrayList<>(plan.stream().filter(p -> p.awardType().equals(type.code))
                    .toList());
            List<Nomination> drafts = new ArrayList<>();
            for (Nomination n : existing) {
                if (n.awardType.code.equals(type.code) && n.nomineeKind == NomineeKind.UNIT) {
                    if (n.status.isOpenDraft()) {
                        drafts.add(n);
                    } else if (n.status == NominationStatus.WITHDRAWN) {
                        // back within the quota: the same nomination is proposed again (one per unit, award and year)
                        Optional<Planned> back = planned.stream()
                                .filter(p -> p.unitCode().equals(n.nomineeUnitCode)).findFirst();
                        if (back.isPresent()) {
                            planned.remove(back.get());
                            n.followRanking(n.nomineeUnitCode, back.get().rank(), back.get().contested(), version, now,
                                    amendmentReason);
                            nominations.publish(n, why);
                        }
                    } else {
                        // past the vote: it keeps its unit, and that unit needs no second draft
                        planned.removeIf(p -> p.unitCode().equals(n.nomineeUnitCode));
                    }
                }
            }
            List<Nomination> unmatched = new ArrayList<>();
            for (Nomination draft : drafts) {
                Optional<Planned> same = planned.stream().filter(p -> p.unitCode().equals(draft.nomineeUnitCode))
                        .findFirst();
                if (same.isPresent()) {
                    planned.remove(same.get());
                    Planned p = same.get();
                    boolean changed = !Integer.valueOf(p.rank()).equals(draft.rank)
                            || p.contested() != (draft.status == NominationStatus.CONTESTED);
                    if (changed) {
                        draft.followRanking(p.unitCode(), p.rank(), p.contested(), version, now, amendmentReason);
                        nominations.publish(draft, why);
                    } else {
                        draft.rankingVersion = version;
                    }
                } else {
                    unmatched.add(draft);
                }
            }
            for (Nomination draft : unmatched) {
                if (planned.isEmpty()) {
                    draft.withdraw(version, now, amendmentReason);
                    nominations.publish(draft, why);
                    LOG.infof("nomination %s withdrawn: %s", draft.id, why);
                    continue;
                }
                Planned p = planned.remove(0);
                if (Nomination.findByRecipient(Nomination.recipientKey(NomineeKind.UNIT, p.unitCode(), null), type,
                        year).isPresent()) {
                    LOG.warnf("%s %d: %s for unit %s is already proposed otherwise; draft %s withdrawn", clusterCode,
                            year, type.code, p.unitCode(), draft.id);
                    draft.withdraw(version, now, amendmentReason);
                    nominations.publish(draft, why);
                    continue;
                }
                Ballot.delete("nominationId", draft.id);
                draft.followRanking(p.unitCode(), p.rank(), p.contested(), version, now, amendmentReason);
                nominations.publish(draft, why);
            }
            for (Planned p : planned) {
                String key = Nomination.recipientKey(NomineeKind.UNIT, p.unitCode(), null);
                Optional<Nomination> other = Nomination.findByRecipient(key, type, year);
                if (other.isPresent()) {
                    // one achievement is rewarded once: a manual nomination already proposes it
                    LOG.warnf("%s %d: %s for unit %s already proposed by nomination %s; no second draft",
                            clusterCode, year, type.code, p.unitCode(), other.get().id);
                    continue;
                }
                Nomination n = Nomination.draft(clusterCode, year, type, NomineeKind.UNIT, p.unitCode(), null, null,
                        NominationOrigin.RANKING, why, p.rank(), p.contested(), now, ACTOR,
                        why + (p.contested() ? "; tied at the quota's edge: the vote decides" : ""));
                n.rankingVersion = version;
                n.persist();
                nominations.publish(n, why);
                LOG.infof("nomination %s drafted: %s %d %s for %s (rank %d%s)", n.id, clusterCode, year, type.code,
                        p.unitCode(), p.rank(), p.contested() ? ", contested" : "");
            }
        }
    }

}
