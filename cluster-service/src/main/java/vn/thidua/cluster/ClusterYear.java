package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.support.problem.RuleViolation;

/**
 * One season of a cluster: its roster and, once elected, its chair and vice-chair. The aggregate whose changes are
 * published as {@code membership-changed} and {@code leadership-assigned}; {@link #revision} counts its changes
 * and is the ETag and the events' revision.
 */
@Entity
@Table(name = "cluster_year")
public class ClusterYear extends PanacheEntityBase {

    public static final String UNIT_NOT_VALID_IN_YEAR = "UNIT_NOT_VALID_IN_YEAR";
    public static final String LEADERSHIP_MEMBER_REMOVED = "LEADERSHIP_MEMBER_REMOVED";
    public static final String CHAIR_NOT_MEMBER = "CHAIR_NOT_MEMBER";
    public static final String VICE_CHAIR_NOT_MEMBER = "VICE_CHAIR_NOT_MEMBER";
    public static final String VICE_CHAIR_SAME_AS_CHAIR = "VICE_CHAIR_SAME_AS_CHAIR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id", nullable = false, updatable = false)
    public Cluster cluster;

    @Column(nullable = false, updatable = false)
    public int year;

    @OneToMany(mappedBy = "clusterYear", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<Membership> members = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chair_unit_id")
    public Unit chair;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vice_chair_unit_id")
    public Unit viceChair;

    /** Resolution of the conference that elected the current leadership; null when set through the API. */
    @Column(name = "leadership_resolution_id")
    public String leadershipResolutionId;

    /** Number of changes so far (roster or leadership); the ETag and the events' revision. */
    @Column(nullable = false)
    public long revision;

    /**
     * The previous year's vice-chair, by custom this year's chair: read with the row, so that answering with the
     * suggested chair takes no query of its own.
     */
    @Formula("(select u.code from cluster_year p join unit u on u.id = p.vice_chair_unit_id"
            + " where p.cluster_id = {alias}.cluster_id and p.year = {alias}.year - 1)")
    String previousViceChairCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected ClusterYear() {
    }

    public static ClusterYear open(Cluster cluster, int year) {
        ClusterYear clusterYear = new ClusterYear();
        clusterYear.cluster = cluster;
        clusterYear.year = year;
        clusterYear.previousViceChairCode = viceChairCodeOf(cluster, year - 1).orElse(null);
        clusterYear.createdAt = Instant.now();
        clusterYear.updatedAt = clusterYear.createdAt;
        return clusterYear;
    }

    /** The cluster-year with its memberships, which every write of it reads: one query instead of two. */
    public static Optional<ClusterYear> findFor(Cluster cluster, int year) {
        return ClusterYear.<ClusterYear>find("select y from ClusterYear y left join fetch y.members "
                + "where y.cluster = ?1 and y.year = ?2", cluster, year).list().stream().findFirst();
    }

    /**
     * The cluster-year with everything its view shows (cluster, members with their units and successors, chair and
     * vice-chair) in one query, instead of one per lazy association.
     */
    public static Optional<ClusterYear> findForView(String clusterCode, int year) {
        return ClusterYear.<ClusterYear>find("""
                select y from ClusterYear y join fetch y.cluster c
                left join fetch y.members m left join fetch m.unit u left join fetch u.successor
                left join fetch y.chair left join fetch y.viceChair
                where c.code = ?1 and y.year = ?2""", clusterCode, year).list().stream().findFirst();
    }

    /**
     * The suggested chair of this year: by custom the previous year's vice-chair, when it is a member this year. A
     * suggestion only, never enforced.
     */
    public Optional<String> suggestedChairCode() {
        return Optional.ofNullable(previousViceChairCode).filter(this::isMember);
    }

    /** The code of a year's vice-chair, without loading that year's roster. */
    private static Optional<String> viceChairCodeOf(Cluster cluster, int year) {
        return getEntityManager().createQuery(
                "select v.code from ClusterYear y join y.viceChair v where y.cluster = ?1 and y.year = ?2",
                String.class).setParameter(1, cluster).setParameter(2, year).getResultStream().findFirst();
    }

    public static List<ClusterYear> ofCluster(Cluster cluster) {
        return list("cluster = ?1 order by year", cluster);
    }

    /**
     * Replaces the roster with exactly these units.
     * <ul>
     *   <li>{@code UNIT_NOT_VALID_IN_YEAR} (422): every unit exists on at least one day of the year; a unit that
     *   ended during the year (a merger on 2025-07-01) still belongs to that year's roster, not to a later one;</li>
     *   <li>{@code LEADERSHIP_MEMBER_REMOVED} (409): the chair and vice-chair stay members.</li>
     * </ul>
     *
     * @return whether anything changed (an identical roster of an existing year is a no-op: no new revision, no
     *         event)
     */
    public boolean replaceRoster(List<Unit> units) {
        List<String> notValid = units.stream().filter(u -> !u.isValidInYear(year))
                .map(u -> u.code + " (" + validity(u) + ")").toList();
        if (!notValid.isEmpty()) {
            throw RuleViolation.unprocessable(UNIT_NOT_VALID_IN_YEAR,
                    "Units not valid in " + year + ": " + String.join(", ", notValid)
                            + ". A unit that ended during a year can only be in that year's roster or earlier ones.");
        }
        Set<Long> newIds = units.stream().map(u -> u.id).collect(Collectors.toSet());
        for (Unit holder : leadershipHolders()) {
            if (!newIds.contains(holder.id)) {
                throw RuleViolation.conflict(LEADERSHIP_MEMBER_REMOVED,
                        "Unit " + holder.code + " is " + (sameUnit(holder, chair) ? "chair" : "vice-chair") + " of "
                                + cluster.code + " in " + year + " and cannot be removed from its roster.");
            }
        }
        Set<Long> oldIds = members.stream().map(m -> m.unit.id).collect(Collectors.toSet());
        if (oldIds.equals(newIds) && id != null) {
            return false; // opening a year is a change even with an empty roster
        }
        members.removeIf(m -> !newIds.contains(m.unit.id));
        units.stream().filter(u -> !oldIds.contains(u.id)).forEach(u -> members.add(Membership.of(this, u)));
        touch();
        return true;
    }

    /**
     * Sets the chair and the optional vice-chair.
     * <ul>
     *   <li>{@code CHAIR_NOT_MEMBER}, {@code VICE_CHAIR_NOT_MEMBER} (422): both are members of this year;</li>
     *   <li>{@code VICE_CHAIR_SAME_AS_CHAIR} (422): they are different units.</li>
     * </ul>
     * A later merger of either unit leaves this leadership as elected.
     *
     * @return whether anything changed
     */
    public boolean assignLeadership(String chairCode, String viceChairCode, String resolutionId) {
        Unit newChair = member(chairCode).orElseThrow(() -> RuleViolation.unprocessable(CHAIR_NOT_MEMBER,
                "Unit " + chairCode + " is not a member of " + cluster.code + " in " + year + " and cannot chair it."));
        Unit newVice = null;
        if (viceChairCode != null) {
            if (viceChairCode.equals(chairCode)) {
                throw RuleViolation.unprocessable(VICE_CHAIR_SAME_AS_CHAIR,
                        "The chair and the vice-chair must be different units (both are " + chairCode + ").");
            }
            newVice = member(viceChairCode).orElseThrow(() -> RuleViolation.unprocessable(VICE_CHAIR_NOT_MEMBER,
                    "Unit " + viceChairCode + " is not a member of " + cluster.code + " in " + year
                            + " and cannot be its vice-chair."));
        }
        if (sameUnit(newChair, chair) && sameUnit(newVice, viceChair)) {
            return false;
        }
        chair = newChair;
        viceChair = newVice;
        leadershipResolutionId = resolutionId;
        touch();
        return true;
    }

    public Optional<Unit> member(String unitCode) {
        return members.stream().map(m -> m.unit).filter(u -> u.code.equals(unitCode)).findFirst();
    }

    public boolean isMember(String unitCode) {
        return member(unitCode).isPresent();
    }

    public MemberRole roleOf(Unit unit) {
        if (sameUnit(chair, unit)) {
            return MemberRole.CHAIR;
        }
        if (sameUnit(viceChair, unit)) {
            return MemberRole.VICE_CHAIR;
        }
        return MemberRole.MEMBER;
    }

    /** Member units in code order. */
    public List<Unit> memberUnits() {
        return members.stream().map(m -> m.unit).sorted(Comparator.comparing(u -> u.code)).toList();
    }

    public List<String> memberCodes() {
        return memberUnits().stream().map(u -> u.code).toList();
    }

    public String chairCode() {
        return chair == null ? null : chair.code;
    }

    public String viceChairCode() {
        return viceChair == null ? null : viceChair.code;
    }

    private Set<Unit> leadershipHolders() {
        Set<Unit> holders = new LinkedHashSet<>();
        if (chair != null) {
            holders.add(chair);
        }
        if (viceChair != null) {
            holders.add(viceChair);
        }
        return holders;
    }

    private static boolean sameUnit(Unit a, Unit b) {
        return a == null ? b == null : b != null && Objects.equals(a.id, b.id);
    }

    private void touch() {
        revision++;
        updatedAt = Instant.now();
    }

    private static String validity(Unit unit) {
        return "valid " + (unit.validFrom == null ? "…" : unit.validFrom) + " to "
                + (unit.validTo == null ? "…" : unit.validTo);
    }
}
