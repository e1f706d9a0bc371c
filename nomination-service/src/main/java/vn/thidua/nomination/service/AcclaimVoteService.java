package vn.thidua.nomination.service;

import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.AcclaimVotePolicy;
import vn.thidua.nomination.Ballot;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NominationAction;
import vn.thidua.nomination.NominationStatus;
import vn.thidua.nomination.config.NominationConfig;
import vn.thidua.nomination.mapping.NominationMapper;
import vn.thidua.nomination.rest.dto.BallotView;
import vn.thidua.nomination.rest.dto.VoteMinutesView;
import vn.thidua.nomination.rest.dto.VotesView;
import vn.thidua.nomination.NominationStep;
import vn.thidua.roster.RosterYear;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.security.Caller;

/**
 * The acclaim vote (bỏ phiếu suy tôn): one ballot per member unit of the nomination's cluster-year (from the roster
 * read model), closing with counts and result under the configured quorum and threshold, and its minutes.
 */
@ApplicationScoped
@Transactional
public class AcclaimVoteService {

    private static final Logger LOG = Logger.getLogger(AcclaimVoteService.class);

    private final Nominations nominations;
    private final NominationConfig config;

    public AcclaimVoteService(Nominations nominations, NominationConfig config) {
        this.nominations = nominations;
        this.config = config;
    }

    public AcclaimVotePolicy policy() {
        NominationConfig.Vote v = config.vote();
        return new AcclaimVotePolicy(v.quorumNumerator(), v.quorumDenominator(), v.thresholdNumerator(),
                v.thresholdDenominator(), v.nomineeMayVote());
    }

    public BallotView cast(String nominationId, String voterUnitCode, boolean approve, Caller caller) {
        Nomination n = nominations.get(nominationId);
        if (!n.status.isOpenDraft()) {
            throw RuleViolation.conflict("VOTE_CLOSED", "the acclaim vote on this nomination is closed (status "
                    + n.status + ")");
        }
        RosterYear roster = roster(n);
        if (!roster.hasMember(voterUnitCode)) {
            throw RuleViolation.unprocessable("VOTER_NOT_MEMBER", "unit " + voterUnitCode + " is not a member of "
                    + n.clusterCode + " in " + n.year + ": only members vote");
        }
        if (!policy().mayVote(voterUnitCode, n.nomineeUnitCode)) {
            throw RuleViolation.unprocessable("SELF_VOTE_NOT_ALLOWED", "unit " + voterUnitCode
                    + " may not vote on its own nomination");
        }
        if (Ballot.exists(n.id, voterUnitCode)) {
            throw RuleViolation.conflict("DUPLICATE_BALLOT", "unit " + voterUnitCode
                    + " has already voted on this nomination: one ballot per member unit");
        }
        Ballot ballot = new Ballot();
        ballot.nominationId = n.id;
        ballot.voterUnitCode = voterUnitCode;
        ballot.approve = approve;
        ballot.castAt = nominations.now();
        ballot.castBy = Nominations.actor(caller);
        ballot.persist();
        return NominationMapper.toView(ballot);
    }

    /** CLOSE_VOTE: counts the ballots of the units still eligible, records the result, opens any comment window. */
    public void close(Nomination n, String actor, String reason) {
        List<String> eligible = eligibleUnits(n, roster(n));
        List<Ballot> ballots = Ballot.of(n.id).stream().filter(b -> eligible.contains(b.voterUnitCode)).toList();
        int approve = (int) ballots.stream().filter(b -> b.approve).count();
        n.closeVote(eligible.size(), approve, ballots.size() - approve, policy(), nominations.now(), actor, reason);
        if (n.status == NominationStatus.ACCLAIMED && n.awardType.requiresPublicComment()) {
            LocalDate opens = nominations.today();
            n.commentOpensOn = opens;
            n.commentClosesOn = nominations.workingDays().lastDayOfWindow(opens, n.awardType.publicCommentWorkingDays);
        }
        LOG.infof("acclaim vote on nomination %s closed: %s (%d eligible, %d cast, %d approve)", n.id, n.status,
                n.votesEligible, n.votesCast, n.votesApprove);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VoteMinutesView minutes(String nominationId) {
        Nomination n = nominations.get(nominationId);
        List<String> eligible = RosterYear.find(n.clusterCode, n.year).map(r -> eligibleUnits(n, r))
                .orElse(List.of());
        List<BallotView> ballots = Ballot.of(n.id).stream().map(NominationMapper::toView).toList();
        boolean closed = n.votesCast != null;
        VotesView votes = closed ? NominationMapper.votes(n)
                : new VotesView(eligible.size(), ballots.size(), (int) ballots.stream().filter(BallotView::approve)
                        .count(), (int) ballots.stream().filter(b -> !b.approve()).count());
        AcclaimVotePolicy policy = policy();
        NominationStep closing = n.history.stream()
                .filter(s -> s.action.equals(NominationAction.CLOSE_VOTE.name())).reduce((a, b) -> b).orElse(null);
        NominationConfig.Vote v = config.vote();
        String rule = "quorum " + v.quorumNumerator() + "/" + v.quorumDenominator() + " of eligible members; more "
                + "than " + v.thresholdNumerator() + "/" + v.thresholdDenominator() + " of ballots approving; "
                + v.legalBasis();
        return new VoteMinutesView(n.id.toString(), n.clusterCode, n.year, n.awardType.code, n.awardType.nameVi,
                NominationMapper.nominee(n), eligible, ballots, votes,
                policy.quorumReached(votes.eligible(), votes.cast()),
                policy.thresholdPassed(votes.cast(), votes.approve()),
                closing == null ? null : closing.status, rule, closing == null ? null : closing.at);
    }

    private List<String> eligibleUnits(Nomination n, RosterYear roster) {
        return policy().eligibleVoters(roster.unitCodes, n.nomineeUnitCode);
    }

    private RosterYear roster(Nomination n) {
        return RosterYear.find(n.clusterCode, n.year).orElseThrow(() -> RuleViolation.conflict("ROSTER_UNKNOWN",
                "the members of " + n.clusterCode + " in " + n.year + " are not known here yet"));
    }
}
