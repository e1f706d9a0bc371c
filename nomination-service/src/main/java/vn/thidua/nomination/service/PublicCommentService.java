package vn.thidua.nomination.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.PublicComment;
import vn.thidua.nomination.mapping.NominationMapper;
import vn.thidua.nomination.rest.dto.PublicCommentView;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.security.Caller;

/** Public comment (lấy ý kiến công khai): received while the window is open, answered by the secretariat. */
@ApplicationScoped
@Transactional
public class PublicCommentService {

    private final Nominations nominations;

    public PublicCommentService(Nominations nominations) {
        this.nominations = nominations;
    }

    public PublicCommentView receive(String nominationId, String authorName, String text) {
        Nomination n = nominations.get(nominationId);
        LocalDate today = nominations.today();
        if (!n.commentWindowOpenOn(today)) {
            throw RuleViolation.conflict("PUBLIC_COMMENT_CLOSED", n.commentOpensOn == null
                    ? "this nomination is not published for public comment"
                    : "public comment ran from " + n.commentOpensOn + " to " + n.commentClosesOn);
        }
        PublicComment c = new PublicComment();
        c.nominationId = n.id;
        c.authorName = authorName == null || authorName.isBlank() ? null : authorName.trim();
        c.text = text.trim();
        c.receivedAt = nominations.now();
        c.persist();
        return NominationMapper.toView(c);
    }

    public PublicCommentView answer(String nominationId, long commentId, String answer, Caller caller) {
        Nomination n = nominations.get(nominationId);
        PublicComment c = PublicComment.findById(commentId);
        if (c == null || !c.nominationId.equals(n.id)) {
            throw new ResourceNotFound("comment", String.valueOf(commentId));
        }
        if (c.isAnswered()) {
            throw RuleViolation.conflict("COMMENT_ALREADY_ANSWERED", "comment " + commentId + " was answered on "
                    + c.answeredAt);
        }
        c.answer = answer.trim();
        c.answeredAt = nominations.now();
        c.answeredBy = Nominations.actor(caller);
        return NominationMapper.toView(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicCommentView> list(String nominationId) {
        Nomination n = nominations.get(nominationId);
        return PublicComment.of(n.id).stream().map(NominationMapper::toView).toList();
    }
}
