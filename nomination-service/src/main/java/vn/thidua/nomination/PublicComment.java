package vn.thidua.nomination;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment from the public on a nominee during the comment window (lấy ý kiến), and the secretariat's answer. */
@Entity
@Table(name = "public_comment")
public class PublicComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public String text;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public String answer;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    public boolean isAnswered() {
        return answer != null;
    }

    public static List<PublicComment> of(UUID nominationId) {
        return list("nominationId = ?1 order by id", nominationId);
    }
}
