package vn.thidua.nomination.mapping;

import vn.thidua.nomination.Ballot;
import vn.thidua.nomination.DossierDocument;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NominationAction;
import vn.thidua.nomination.PublicComment;
import vn.thidua.nomination.rest.dto.BallotView;
import vn.thidua.nomination.rest.dto.DocumentView;
import vn.thidua.nomination.rest.dto.NominationStepView;
import vn.thidua.nomination.rest.dto.NominationView;
import vn.thidua.nomination.rest.dto.NomineeView;
import vn.thidua.nomination.rest.dto.PublicAwardView;
import vn.thidua.nomination.rest.dto.PublicCommentView;
import vn.thidua.nomination.rest.dto.VotesView;

/** Entities to the read records the resources answer with; called inside the service's transaction. */
public final class NominationMapper {

    private NominationMapper() {
    }

    public static NominationView toView(Nomination n) {
        return new NominationView(n.id.toString(), n.clusterCode, n.year, n.awardType.code, nominee(n), n.origin,
                n.basis, n.status, n.rank, n.rankingVersion, votes(n), n.commentOpensOn, n.commentClosesOn,
                n.decisionNumber, n.decisionDate, NominationAction.allowedIn(n.status),
                n.history.stream().map(s -> new NominationStepView(s.status, s.action, s.at, s.actor, s.reason))
                        .toList(),
                n.createdAt, n.version);
    }

    public static NomineeView nominee(Nomination n) {
        return new NomineeView(n.nomineeKind, n.nomineeUnitCode, n.nomineeName, n.nomineePosition);
    }

    public static VotesView votes(Nomination n) {
        return n.votesCast == null ? null : new VotesView(n.votesEligible, n.votesCast, n.votesApprove, n.votesReject);
    }

    public static BallotView toView(Ballot b) {
        return new BallotView(b.voterUnitCode, b.approve, b.castAt);
    }

    public static DocumentView toView(DossierDocument d) {
        return new DocumentView(d.id.toString(), d.type, d.fileName, d.mediaType, d.size, d.sha256, d.uploadedAt);
    }

    public static PublicCommentView toView(PublicComment c) {
        return new PublicCommentView(c.id, c.authorName, c.text, c.receivedAt, c.answer, c.answeredAt);
    }

    public static PublicAwardView toPublicView(Nomination n) {
        return new PublicAwardView(n.id.toString(), n.clusterCode, n.year, n.awardType.code, n.awardType.nameVi,
                n.awardType.nameEn, nominee(n), n.decisionNumber, n.decisionDate);
    }
}
