package vn.thidua.cluster.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.Membership;
import vn.thidua.cluster.Unit;
import vn.thidua.cluster.UnitKind;
import vn.thidua.cluster.UnitMerger;
import vn.thidua.cluster.events.ClusterEvents;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;
import vn.thidua.cluster.SearchText;

/** Units and their mergers: the rules, the persistence and the events, one transaction per write. */
@ApplicationScoped
@Transactional
public class UnitService {

    public static final String DUPLICATE_UNIT_CODE = "DUPLICATE_UNIT_CODE";
    public static final String INVALID_VALIDITY_PERIOD = "INVALID_VALIDITY_PERIOD";
    public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    public static final String MERGER_DUPLICATE_SOURCE = "MERGER_DUPLICATE_SOURCE";
    public static final String MERGER_SUCCESSOR_IS_SOURCE = "MERGER_SUCCESSOR_IS_SOURCE";
    public static final String UNIT_ALREADY_ENDED = "UNIT_ALREADY_ENDED";
    public static final String MERGER_SOURCE_NOT_VALID = "MERGER_SOURCE_NOT_VALID";
    public static final String MERGER_SUCCESSOR_NOT_VALID = "MERGER_SUCCESSOR_NOT_VALID";
    public static final String MERGER_CONFLICTS_WITH_ROSTER = "MERGER_CONFLICTS_WITH_ROSTER";

    private static final Logger LOG = Logger.getLogger(UnitService.class);

    private final Outbox outbox;

    public UnitService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Registers a unit; {@code DUPLICATE_UNIT_CODE} (409) when the code exists. */
    public Unit register(String code, String name, UnitKind kind, LocalDate validFrom, LocalDate validTo) {
        if (Unit.findByCode(code).isPresent()) {
            throw RuleViolation.conflict(DUPLICATE_UNIT_CODE, "A unit with code " + code + " already exists.");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw RuleViolation.unprocessable(INVALID_VALIDITY_PERIOD,
                    "validTo " + validTo + " is before validFrom " + validFrom + ".");
        }
        Unit unit = Unit.register(code, name, kind, validFrom, validTo);
        try {
            unit.persistAndFlush();
        } catch (PersistenceException e) {
            // a concurrent registration of the same code won the race; the constraint is the last guard
            if (Constraints.violated(e, "uq_unit_code")) {
                throw RuleViolation.conflict(DUPLICATE_UNIT_CODE, "A unit with code " + code + " already exists.");
            }
            throw e;
        }
        outbox.publish(unit.code, ClusterEvents.unitRegistered(unit));
        LOG.infof("unit registered: %s %s (%s)", unit.code, unit.name, unit.kind);
        return unit;
    }

    /**
     * Merges the source units into the successor on {@code effectiveDate}: each source ends the day before and
     * points at the successor; its history (memberships, leadership) stays on it.
     * <ul>
     *   <li>{@code UNKNOWN_UNIT} (422) for a code that is not registered;</li>
     *   <li>{@code MERGER_DUPLICATE_SOURCE}, {@code MERGER_SUCCESSOR_IS_SOURCE} (422);</li>
     *   <li>{@code UNIT_ALREADY_ENDED} (409): a source has ended already (e.g. this merger was recorded before);</li>
     *   <li>{@code MERGER_SOURCE_NOT_VALID} (422): a source does not exist on the day before the effective date;</li>
     *   <li>{@code MERGER_SUCCESSOR_NOT_VALID} (422): the successor does not exist on the effective date;</li>
     *   <li>{@code MERGER_CONFLICTS_WITH_ROSTER} (409): a source is in a roster of a year after the one it ends in.</li>
     * </ul>
     */
    public UnitMerger merge(LocalDate effectiveDate, String successorCode, List<String> sourceCodes) {
        Set<String> distinct = new HashSet<>();
        List<String> duplicates = sourceCodes.stream().filter(c -> !distinct.add(c)).distinct().toList();
        if (!duplicates.isEmpty()) {
            throw RuleViolation.unprocessable(MERGER_DUPLICATE_SOURCE,
                    "Source units listed more than once: " + String.join(", ", duplicates) + ".");
        }
        if (distinct.contains(successorCode)) {
            throw RuleViolation.unprocessable(MERGER_SUCCESSOR_IS_SOURCE,
                    "Unit " + successorCode + " cannot be both the successor and a source of a merger.");
        }
        // lock every unit involved, in code order, so that concurrent mergers cannot deadlock or interleave
        List<String> involved = new ArrayList<>(distinct);
        involved.add(successorCode);
        Map<String, Unit> units = new TreeMap<>();
        involved.stream().sorted().forEach(code -> Unit.findByCodeForUpdate(code).ifPresent(u -> units.put(code, u)));
        List<String> unknown = involved.stream().filter(c -> !units.containsKey(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.unprocessable(UNKNOWN_UNIT, "Units not registered: " + String.join(", ", unknown) + ".");
        }
        Unit successor = units.get(successorCode);
        LocalDate lastDay = effectiveDate.minusDays(1);
        List<Unit> sources = sourceCodes.stream().map(units::get).toList();
        for (Unit source : sources) {
            if (source.validTo != null) {
                throw RuleViolation.conflict(UNIT_ALREADY_ENDED, "Unit " + source.code + " already ended on "
                        + source.validTo + (source.successor == null ? "" : " (merged into " + source.successorCode() + ")")
                        + ".");
            }
            if (!source.isValidOn(lastDay)) {
                throw RuleViolation.unprocessable(MERGER_SOURCE_NOT_VALID,
                        "Unit " + source.code + " does not exist on " + lastDay + ", the day before the merger.");
            }
        }
        if (!successor.isValidOn(effectiveDate)) {
            throw RuleViolation.unprocessable(MERGER_SUCCESSOR_NOT_VALID,
                    "Successor " + successor.code + " does not exist on " + effectiveDate + ".");
        }
        List<String> laterRosters = Membership.ofUnits(sources).stream()
                .filter(m -> m.clusterYear.year > lastDay.getYear())
                .map(m -> m.unit.code + " in " + m.clusterYear.cluster.code + "/" + m.clusterYear.year)
                .toList();
        if (!laterRosters.isEmpty()) {
            throw RuleViolation.conflict(MERGER_CONFLICTS_WITH_ROSTER, "Units ending on " + lastDay
                    + " are in rosters of later years: " + String.join(", ", laterRosters) + ".");
        }
        sources.forEach(source -> source.mergeInto(successor, effectiveDate));
        UnitMerger merger = UnitMerger.of(effectiveDate, successor, sources);
        merger.persistAndFlush();
        outbox.publish(ClusterEvents.mergerKey(merger), successor.code, ClusterEvents.unitsMerged(merger));
        LOG.infof("units merged on %s: %s into %s", effectiveDate, merger.sourceCodes(), successor.code);
        return merger;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit get(String code) {
        return Unit.findByCode(code).orElseThrow(() -> new ResourceNotFound("unit", code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitMerger getMerger(long id) {
        UnitMerger merger = UnitMerger.findById(id);
        if (merger == null) {
            throw new ResourceNotFound("unit-merger", String.valueOf(id));
        }
        return merger;
    }

    /** One page of mergers, newest first; with a unit code, those where it is the successor or a source. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<UnitMerger> mergers(String unitCode, PageRequest page) {
        QueryFilter filter = QueryFilter.create().where("(successor.code = :unit or id in (select m.id from "
                + "UnitMerger m join m.sources s where s.code = :unit))", "unit",
                unitCode == null || unitCode.isBlank() ? null : unitCode);
        return QueryFilter.page(UnitMerger.find(filter.query(),
                Sort.descending("effectiveDate").and("id", Sort.Direction.Descending), filter.params()), page);
    }

    /** One page of units in code order; {@code q} ignores case and diacritics and also matches the code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Unit> search(String q, UnitKind kind, LocalDate activeOn, PageRequest page) {
        QueryFilter filter = SearchText.matching(QueryFilter.create(), q)
                .where("kind = :kind", "kind", kind)
                .where("(validFrom is null or validFrom <= :day) and (validTo is null or validTo >= :day)", "day",
                        activeOn);
        return QueryFilter.page(Unit.find(filter.query(), Sort.by("code"), filter.params()), page);
    }

    /** Direct predecessors of each unit, by unit code (units without any are absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<String>> predecessorCodes(List<Unit> units) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        Unit.getEntityManager()
                .createQuery("select p.successor.code, p.code from Unit p where p.successor in :units order by p.code",
                        Object[].class)
                .setParameter("units", units)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return result;
    }

    /**
     * Every cluster-year of the unit with its role; with {@code includePredecessors}, also those of the units merged
     * into it (transitively), so the history of a successor province shows its predecessors' seasons.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Membership> memberships(String code, boolean includePredecessors, PageRequest page) {
        Unit unit = get(code);
        Set<Unit> units = new LinkedHashSet<>();
        units.add(unit);
        if (includePredecessors) {
            List<Unit> frontier = List.of(unit);
            while (!frontier.isEmpty()) {
                List<Unit> next = Unit.list("successor in ?1", frontier);
                next.removeIf(u -> !units.add(u));
                frontier = next;
            }
        }
        return QueryFilter.page(Membership.find("unit in ?1", Sort.descending("clusterYear.year")
                .and("clusterYear.cluster.code").and("unit.code"), new ArrayList<>(units)), page);
    }

    /** Used by {@link ClusterYear} rules through the cluster service: the units of these codes, all registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Unit> requireUnits(List<String> codes) {
        Map<String, Unit> byCode = new HashMap<>();
        Unit.findByCodesForShare(codes).forEach(u -> byCode.put(u.code, u));
        List<String> unknown = codes.stream().filter(c -> !byCode.containsKey(c)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.unprocessable(UNKNOWN_UNIT, "Units not registered: " + String.join(", ", unknown) + ".");
        }
        return codes.stream().map(byCode::get).toList();
    }
}
