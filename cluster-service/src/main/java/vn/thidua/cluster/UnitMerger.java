package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A merger of units on an effective date (e.g. Bắc Kạn into Thái Nguyên on 2025-07-01): a fact, never changed. */
@Entity
@Table(name = "unit_merger")
public class UnitMerger extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "effective_date", nullable = false, updatable = false)
    public LocalDate effectiveDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id", nullable = false, updatable = false)
    public Unit successor;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "unit_merger_source",
            joinColumns = @JoinColumn(name = "merger_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("code")
    public List<Unit> sources = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected UnitMerger() {
    }

    public static UnitMerger of(LocalDate effectiveDate, Unit successor, List<Unit> sources) {
        UnitMerger merger = new UnitMerger();
        merger.effectiveDate = effectiveDate;
        merger.successor = successor;
        merger.sources.addAll(sources);
        merger.createdAt = Instant.now();
        return merger;
    }

    public List<String> sourceCodes() {
        return sources.stream().map(u -> u.code).sorted().toList();
    }
}
