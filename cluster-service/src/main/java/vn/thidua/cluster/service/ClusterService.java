package vn.thidua.cluster.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.LeadershipResolution;
import vn.thidua.cluster.OrganizerLevel;
import vn.thidua.cluster.Unit;
import vn.thidua.cluster.events.ClusterEvents;
import vn.thidua.events.conference.ResolutionAdopted;
import vn.thidua.events.cluster.LeadershipResolutionProcessed;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;
import vn.thidua.cluster.SearchText;

/**
 * Clusters and their seasons: roster and leadership rules, persistence and events in one transaction per write.
 * Every change of a cluster-year first locks its cluster row, so concurrent writers are serialised and the
 * events of a cluster-year leave the outbox in revision order.
 */
@ApplicationScoped
@Transactional
public class ClusterService {

    public static final String DUPLICATE_CLUSTER_CODE = "DUPLICATE_CLUSTER_CODE";
    public static final String DUPLICATE_ROSTER_UNIT = "DUPLICATE_ROSTER_UNIT";
    public static final String ROSTER_REQUIRED = "ROSTER_REQUIRED";
    public static final String UNKNOWN_CLUSTER = "UNKNOWN_CLUSTER";
    public static final String RESOLUTION_YEAR_MISSING = "RESOLUTION_YEAR_MISSING";
    public static final String RESOLUTION_CHAIR_MISSING = "RESOLUTION_CHAIR_MISSING";
    public static final String ELECT_LEADERSHIP = "ELECT_LEADERSHIP";

    private static final Logger LOG = Logger.getLogger(ClusterService.class);

    private final Outbox outbox;
    private final UnitService units;

    public ClusterService(Outbox outbox, UnitService units) {
        this.outbox = outbox;
        this.units = units;
    }

    /** Registers a cluster or bloc; {@code DUPLICATE_CLUSTER_CODE} (409) when the code exists. */
    public Cluster register(String code, String name, String nameEn, ClusterKind kind, OrganizerLevel level) {
        if (Cluster.findByCode(code).isPresent()) {
            throw RuleViolation.conflict(DUPLICATE_CLUSTER_CODE, "A cluster with code " + code + " already exists.");
        }
        Cluster cluster = Cluster.register(code, name, nameEn, kind, level);
        try {
            cluster.persistAndFlush();
        } catch (PersistenceException e) {
            // a concurrent registration of the same code won the race; the constraint is the last guard
            if (Constraints.violated(e, "uq_cluster_code")) {
                throw RuleViolation.conflict(DUPLICATE_CLUSTER_CODE, "A cluster with code " + code + " already exists.");
            }
            throw e;
        }
        outbox.publish(cluster.code, ClusterEvents.clusterRegistered(cluster));
        LOG.infof("cluster registered: %s %s (%s, %s)", cluster.code, cluster.name, kind, level);
        return cluster;
    }

    /**
     * Sets the complete roster of a cluster-year, opening the year if needed. Rules: every code registered
     * ({@code UNKNOWN_UNIT}, 422), none twice ({@code DUPLICATE_ROSTER_UNIT}, 422), then those of
     * {@link ClusterYear#replaceRoster}. An identical roster changes nothing and publishes nothing.
     *
     * @param expected the revision the client read ({@code If-Match}), compared with the cluster-year's (412 when stale)
     */
    public ClusterYear replaceRoster(String clusterCode, int year, List<String> unitCodes, ExpectedRevision expected) {
        Cluster cluster = lockCluster(clusterCode);
        Optional<ClusterYear> existing = ClusterYear.findFor(cluster, year);
        expected.check(existing.map(y -> y.revision).orElse(0L));
        Set<String> seen = new HashSet<>();
        List<String> duplicates = unitCodes.stream().filter(c -> !seen.add(c)).distinct().toList();
        if (!duplicates.isEmpty()) {
            throw RuleViolation.unprocessable(DUPLICATE_ROSTER_UNIT,
                    "Units listed more than once: " + String.join(", ", duplicates) + ".");
        }
        List<Unit> members = units.requireUnits(unitCodes);
        ClusterYear clusterYear = existing.orElseGet(() -> ClusterYear.open(cluster, year));
        boolean changed = clusterYear.replaceRoster(members);
        if (existing.isEmpty()) {
            clusterYear.persist();
        }
        if (changed) {
            outbox.publish(ClusterEvents.key(clusterYear), ClusterEvents.membershipChanged(clusterYear));
            LOG.infof("roster of %s/%d set: %s (revision %d)", clusterCode, year, clusterYear.memberCodes(),
                    clusterYear.revision);
        }
        return clusterYear;
    }

    /**
     * Sets the chair and optional vice-chair of a cluster-year through the API. The roster must exist first
     * ({@code ROSTER_REQUIRED}, 409); then the rules of {@link ClusterYear#assignLeadership}. Repeating the current
     * leadership changes nothing.
     */
    public ClusterYear assignLeadership(String clusterCode, int year, String chairCode, String viceChairCode,
            ExpectedRevision expected) {
        Cluster cluster = lockCluster(clusterCode);
        ClusterYear clusterYear = requireRoster(cluster, year);
        expected.check(clusterYear.revision);
        applyLeadership(clusterYear, chairCode, viceChairCode, null);
        return clusterYear;
    }

    /**
     * Applies a conference resolution (event-service's {@code resolution-adopted}). Only ELECT_LEADERSHIP concerns
     * this service; others are ignored. A resolution already seen (same resolution id) is skipped. A resolution that
     * breaks a rule (unknown cluster, no roster yet, chair not a member, ...) is recorded as REJECTED with the rule,
     * visible at {@code GET .../leadership-resolutions}, and changes nothing else. Runs in the consumer's transaction.
     *
     * @return the record of what was done, or empty when the resolution is not a leadership election or a repeat
     */
    public Optional<LeadershipResolution> applyResolution(ResolutionAdopted resolution, String eventId) {
        if (!ELECT_LEADERSHIP.equals(resolution.kind())) {
            return Optional.empty();
        }
        if (resolution.resolutionId() != null
                && LeadershipResolution.findByResolutionId(resolution.resolutionId()).isPresent()) {
            LOG.infof("resolution %s already recorded, skipped (event %s)", resolution.resolutionId(), eventId);
            return Optional.empty();
        }
        LeadershipResolution record = new LeadershipResolution();
        record.resolutionId = resolution.resolutionId() != null ? resolution.resolutionId() : "event:" + eventId;
        record.eventId = eventId;
        record.conferenceId = resolution.conferenceId();
        record.clusterCode = resolution.clusterCode();
        record.forYear = resolution.forYear();
        record.chairUnitCode = resolution.chairUnitCode();
        record.viceChairUnitCode = resolution.viceChairUnitCode();
        record.adoptedOn = resolution.adoptedOn();
        record.receivedAt = Instant.now();
        try {
            ClusterYear clusterYear = electedLeadership(resolution, record.resolutionId);
            record.status = LeadershipResolution.Status.APPLIED;
            record.clusterYearRevision = clusterYear.revision;
            LOG.infof("resolution %s applied: %s/%d chair %s vice %s", record.resolutionId,
                    resolution.clusterCode(), resolution.forYear(), resolution.chairUnitCode(),
                    resolution.viceChairUnitCode());
        } catch (RuleViolation e) {
            reject(record, e.rule(), e.getMessage());
        } catch (ResourceNotFound e) {
            reject(record, UNKNOWN_CLUSTER, e.getMessage());
        }
        record.persist();
        // the conference learns the outcome either way (an APPLIED that repeated the leadership publishes no
        // leadership-assigned), in the consumer's transaction with the record itself
        outbox.publish(LeadershipResolutionProcessed.key(record.clusterCode, record.forYear, record.resolutionId),
                ClusterEvents.resolutionProcessed(record));
        return Optional.of(record);
    }

    /** Not intercepted (private): a broken rule here must not mark the consumer's transaction for rollback. */
    private ClusterYear electedLeadership(ResolutionAdopted resolution, String resolutionId) {
        if (resolution.forYear() == null) {
            throw RuleViolation.unprocessable(RESOLUTION_YEAR_MISSING, "The resolution names no year (forYear).");
        }
        if (resolution.chairUnitCode() == null || resolution.chairUnitCode().isBlank()) {
            throw RuleViolation.unprocessable(RESOLUTION_CHAIR_MISSING, "The resolution names no chair.");
        }
        if (resolution.clusterCode() == null) {
            throw RuleViolation.unprocessable(UNKNOWN_CLUSTER, "The resolution names no cluster.");
        }
        Cluster cluster = Cluster.findByCodeForUpdate(resolution.clusterCode())
                .orElseThrow(() -> RuleViolation.unprocessable(UNKNOWN_CLUSTER,
                        "Cluster " + resolution.clusterCode() + " is not registered."));
        ClusterYear clusterYear = requireRoster(cluster, resolution.forYear());
        applyLeadership(clusterYear, resolution.chairUnitCode(), blankToNull(resolution.viceChairUnitCode()),
                resolutionId);
        return clusterYear;
    }

    private void applyLeadership(ClusterYear clusterYear, String chairCode, String viceChairCode, String resolutionId) {
        if (clusterYear.assignLeadership(chairCode, viceChairCode, resolutionId)) {
            String key = ClusterEvents.key(clusterYear);
            outbox.publish(key, ClusterEvents.leadershipAssigned(clusterYear));
            outbox.publish(key, ClusterEvents.membershipChanged(clusterYear));
            LOG.infof("leadership of %s/%d: chair %s vice %s (revision %d%s)", clusterYear.cluster.code,
                    clusterYear.year, chairCode, viceChairCode, clusterYear.revision,
                    resolutionId == null ? "" : ", resolution " + resolutionId);
        }
    }

    private static void reject(LeadershipResolution record, String rule, String reason) {
        record.status = LeadershipResolution.Status.REJECTED;
        record.rule = rule;
        record.reason = reason;
        LOG.warnf("resolution %s rejected: %s %s", record.resolutionId, rule, reason);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cluster get(String code) {
        return Cluster.findByCode(code).orElseThrow(() -> new ResourceNotFound("cluster", code));
    }

    /** One page of clusters in code order; {@code q} ignores case and diacritics and matches the names and the code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Cluster> search(String q, ClusterKind kind, OrganizerLevel level, PageRequest page) {
        QueryFilter filter = SearchText.matching(QueryFilter.create(), q)
                .where("kind = :kind", "kind", kind)
                .where("organizerLevel = :level", "level", level);
        return QueryFilter.page(Cluster.find(filter.query(), Sort.by("code"), filter.params()), page);
    }

    /** Years of each cluster that have a roster, by cluster id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<Integer>> years(List<Cluster> clusters) {
        if (clusters.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Integer>> result = new HashMap<>();
        Cluster.getEntityManager()
                .createQuery("select y.cluster.id, y.year from ClusterYear y where y.cluster in :clusters "
                        + "order by y.year", Object[].class)
                .setParameter("clusters", clusters)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Integer) row[1]));
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClusterYear getYear(String clusterCode, int year) {
        // One query for the year and all its view shows; the cluster is looked up only to say which one is missing
        return ClusterYear.findForView(clusterCode, year).orElseThrow(() -> {
            get(clusterCode);
            return new ResourceNotFound("cluster-year", clusterCode + "/" + year);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClusterYear> allYears(String clusterCode) {
        return ClusterYear.ofCluster(get(clusterCode));
    }

    /** One page of the leadership resolutions received, newest first; each filter is optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LeadershipResolution> resolutions(String clusterCode, Integer year,
            LeadershipResolution.Status status, PageRequest page) {
        QueryFilter filter = QueryFilter.create()
                .where("clusterCode = :cluster", "cluster", clusterCode)
                .where("forYear = :year", "year", year)
                .where("status = :status", "status", status);
        return QueryFilter.page(LeadershipResolution.find(filter.query(),
                Sort.descending("receivedAt").and("id", Sort.Direction.Descending), filter.params()), page);
    }

    private Cluster lockCluster(String code) {
        return Cluster.findByCodeForUpdate(code).orElseThrow(() -> new ResourceNotFound("cluster", code));
    }

    private static ClusterYear requireRoster(Cluster cluster, int year) {
        return ClusterYear.findFor(cluster, year).orElseThrow(() -> RuleViolation.conflict(ROSTER_REQUIRED,
                "Cluster " + cluster.code + " has no roster for " + year + "; set its members before its leadership."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
