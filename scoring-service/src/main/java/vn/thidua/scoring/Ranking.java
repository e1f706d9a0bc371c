package vn.thidua.scoring;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One immutable version of a table's ranking: 1 at finalisation, then one per amendment (with its reason). */
@Entity
@Table(name = "ranking")
public class Ranking extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "table_id", nullable = false)
    public Long tableId;

    @Column(nullable = false)
    public int version;

    @Column
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<Ranking> latest(long tableId) {
        return find("tableId = ?1 order by version desc", tableId).firstResultOptional();
    }

    public static Optional<Ranking> version(long tableId, int version) {
        return find("tableId = ?1 and version = ?2", tableId, version).firstResultOptional();
    }
}
