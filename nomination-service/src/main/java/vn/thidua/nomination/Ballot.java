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

/** One member unit's ballot in the acclaim vote on one nomination; at most one per unit (unique constraint too). */
@Entity
@Table(name = "ballot")
public class Ballot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "voter_unit_code", nullable = false)
    public String voterUnitCode;

    @Column(nullable = false)
    public boolean approve;

    @Column(name = "cast_at", nullable = false)
    public OffsetDateTime castAt;

    @Column(name = "cast_by", nullable = false)
    public String castBy;

    public static List<Ballot> of(UUID nominationId) {
        return list("nominationId = ?1 order by voterUnitCode", nominationId);
    }

    public static boolean exists(UUID nominationId, String voterUnitCode) {
        return count("nominationId = ?1 and voterUnitCode = ?2", nominationId, voterUnitCode) > 0;
    }
}
