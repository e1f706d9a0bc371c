package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One node of a table's criteria tree, stored as a row with its parent and its position among siblings. Rows rather
 * than a JSON document, so that the self-assessments and appraisals of the next issue can reference a criterion by a
 * foreign key, and {@code (table_id, code)} is unique in the database as well as in {@link ScoringTableValidator}.
 * Plain id columns rather than associations: the tree is always read and written whole, in one query.
 */
@Entity
@Table(name = "scoring_criterion")
public class Criterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "table_id", nullable = false)
    public Long tableId;

    /** Null for a top-level criterion. */
    @Column(name = "parent_id")
    public Long parentId;

    /** 0-based order among its siblings. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriterionKind kind;

    @Column(name = "max_points", nullable = false)
    public BigDecimal maxPoints;

    /** Null: scored directly; else the rule scoring a unit's result against its registered target. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_rule")
    public TargetRule targetRule;

    /** The whole tree of a table, parents before children. */
    public static List<Criterion> ofTable(long tableId) {
        return list("tableId = ?1 order by id", tableId);
    }

    public static long deleteOfTable(long tableId) {
        return delete("tableId", tableId);
    }
}
