package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A member unit (province, city, ministry, agency) with its validity period. A unit ended by a merger keeps its
 * history and points at its successor.
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    /** Vietnamese name in NFC. */
    @Column(nullable = false)
    public String name;

    /** {@link SearchText#searchKey} of the name, kept in step by {@link #rename}. */
    @Column(name = "search_key", nullable = false)
    public String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    /** First day the unit exists; null when it existed before the data's horizon. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day the unit exists; null while it exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public Unit successor;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Unit() {
    }

    public static Unit register(String code, String name, UnitKind kind, LocalDate validFrom, LocalDate validTo) {
        Unit unit = new Unit();
        unit.code = code;
        unit.rename(name);
        unit.kind = kind;
        unit.validFrom = validFrom;
        unit.validTo = validTo;
        unit.createdAt = Instant.now();
        unit.updatedAt = unit.createdAt;
        return unit;
    }

    public void rename(String newName) {
        this.name = SearchText.canonical(newName);
        this.searchKey = SearchText.searchKey(this.name);
    }

    /** The unit exists on that day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    /** The unit exists on at least one day of that calendar year (a unit ended mid-year still belongs to it). */
    public boolean isValidInYear(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    /** Ends the unit the day before {@code effectiveDate} and points it at its successor (history stays here). */
    public void mergeInto(Unit successorUnit, LocalDate effectiveDate) {
        this.validTo = effectiveDate.minusDays(1);
        this.successor = successorUnit;
        this.updatedAt = Instant.now();
    }

    public String successorCode() {
        return successor == null ? null : successor.code;
    }

    public static Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Unit> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The units, share-locked in code order (the order mergers lock in, so the two cannot deadlock) until the
     * transaction ends: a merger of one of them waits for this transaction, or this one for the merger and then
     * reads the merged state. Without it a roster and a merger of the same unit could both commit. (A unit this
     * transaction had loaded before the wait keeps the state it was loaded with: callers lock before reading units.)
     */
    public static List<Unit> findByCodesForShare(List<String> codes) {
        // One array parameter, not an IN list: Hibernate plans a query with a list parameter anew at every call
        // (JFR: about a quarter of a roster write's CPU), this one once. PostgreSQL scans the few hundred units.
        return codes.isEmpty() ? List.of()
                : find("array_contains(?1, code) order by code", (Object) codes.toArray(String[]::new))
                        .withLock(LockModeType.PESSIMISTIC_READ).list();
    }

    /** Codes of the units that were merged into this one, in code order. */
    public List<String> predecessorCodes() {
        return getEntityManager()
                .createQuery("select u.code from Unit u where u.successor = :unit order by u.code", String.class)
                .setParameter("unit", this)
                .getResultList();
    }
}
