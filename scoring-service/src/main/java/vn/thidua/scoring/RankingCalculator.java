package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Totals and ranks the units of one cluster-year, as pure Java (no database, no Quarkus). Points are exact decimals
 * with two places; the only rounding is the scaling of {@link NotApplicableRule#SHARE_OF_APPLICABLE} (half-up).
 * <p>
 * Order: total descending, then the table's tie-break rules in the table's order. Each entry's {@code decidedBy}
 * names what set it apart from the next entry ({@code TOTAL} or a rule); units that no rule separates share the
 * rank ({@code 1, 2, 2, 4}), are marked {@code shared} with {@code decidedBy = SHARED}, and are listed by unit code
 * (a display order only, never a rank).
 */
public final class RankingCalculator {

    public static final String TOTAL = "TOTAL";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** A scored leaf of the table (SCORE, BONUS or PENALTY). */
    public record Leaf(String code, CriterionKind kind, BigDecimal maxPoints) {
    }

    /** The final points of one unit per criterion code, and the criteria not applicable to it. */
    public record UnitScores(String unitCode, Map<String, BigDecimal> points, Set<String> notApplicable) {
    }

    /** A unit's totals: {@code points} within the maxima, {@code total} = ranked value. */
    public record Totals(String unitCode, BigDecimal total, BigDecimal points, BigDecimal bonus, BigDecimal penalty,
            BigDecimal applicableMax) {
    }

    public record RankedUnit(int rank, String unitCode, BigDecimal total, BigDecimal points, BigDecimal bonus,
            BigDecimal penalty, BigDecimal applicableMax, String decidedBy, boolean shared) {
    }

    private RankingCalculator() {
    }

    /** The totals of one unit; a score above its maximum, negative or with more than two decimals is refused. */
    public static Totals totals(List<Leaf> leaves, NotApplicableRule rule, UnitScores unit) {
        BigDecimal fullMax = ZERO;
        BigDecimal applicableMax = ZERO;
        BigDecimal points = ZERO;
        BigDecimal bonus = ZERO;
        BigDecimal penalty = ZERO;
        for (Leaf leaf : leaves) {
            boolean applicable = !unit.notApplicable().contains(leaf.code());
            BigDecimal scored = exact(unit.points().getOrDefault(leaf.code(), ZERO), leaf.code());
            if (scored.signum() < 0 || scored.compareTo(leaf.maxPoints()) > 0) {
                throw new IllegalArgumentException("Points " + scored + " of " + leaf.code() + " for "
                        + unit.unitCode() + " are outside 0.." + leaf.maxPoints());
            }
            switch (leaf.kind()) {
                case SCORE -> {
                    fullMax = fullMax.add(leaf.maxPoints());
                    if (applicable) {
                        applicableMax = applicableMax.add(leaf.maxPoints());
                        points = points.add(scored);
                    }
                }
                case BONUS -> bonus = applicable ? bonus.add(scored) : bonus;
                case PENALTY -> penalty = applicable ? penalty.add(scored) : penalty;
                case GROUP -> throw new IllegalArgumentException("A group is not a scored leaf: " + leaf.code());
            }
        }
        BigDecimal ranked = points;
        if (rule == NotApplicableRule.SHARE_OF_APPLICABLE && applicableMax.compareTo(fullMax) != 0) {
            ranked = applicableMax.signum() == 0 ? ZERO
                    : points.multiply(fullMax).divide(applicableMax, 2, RoundingMode.HALF_UP);
        }
        return new Totals(unit.unitCode(), ranked.add(bonus).subtract(penalty), points, bonus, penalty,
                applicableMax);
    }

    /** The ranking of the given units under the table's tie-break policy (which ends with SHARED). */
    public static List<RankedUnit> rank(List<Leaf> leaves, List<TieBreakRule> policy, NotApplicableRule rule,
            List<UnitScores> units) {
        List<Totals> totals = new ArrayList<>(units.stream().map(u -> totals(leaves, rule, u)).toList());
        List<TieBreakRule> breakers = policy.stream().filter(r -> r != TieBreakRule.SHARED).toList();
        Comparator<Totals> order = Comparator.comparing(Totals::total).reversed();
        for (TieBreakRule breaker : breakers) {
            order = order.thenComparing(comparator(breaker));
        }
        totals.sort(order.thenComparing(Totals::unitCode));

        int n = totals.size();
        String[] separatedFromNext = new String[n];
        for (int i = 0; i < n - 1; i++) {
            separatedFromNext[i] = decider(totals.get(i), totals.get(i + 1), breakers);
        }
        List<RankedUnit> ranking = new ArrayList<>(n);
        int rank = 1;
        for (int i = 0; i < n; i++) {
            boolean tiedWithPrevious = i > 0 && separatedFromNext[i - 1] == null;
            boolean tiedWithNext = i < n - 1 && separatedFromNext[i] == null;
            if (!tiedWithPrevious) {
                rank = i + 1;
            }
            boolean shared = tiedWithPrevious || tiedWithNext;
            String decidedBy = shared ? TieBreakRule.SHARED.name()
                    : i == n - 1 ? TOTAL : separatedFromNext[i];
            Totals t = totals.get(i);
            ranking.add(new RankedUnit(rank, t.unitCode(), t.total(), t.points(), t.bonus(), t.penalty(),
                    t.applicableMax(), decidedBy, shared));
        }
        return ranking;
    }

    /** What separates two neighbours: TOTAL, the first rule that differs, or null when nothing does. */
    private static String decider(Totals a, Totals b, List<TieBreakRule> breakers) {
        if (a.total().compareTo(b.total()) != 0) {
            return TOTAL;
        }
        for (TieBreakRule breaker : breakers) {
            if (comparator(breaker).compare(a, b) != 0) {
                return breaker.name();
            }
        }
        return null;
    }

    private static Comparator<Totals> comparator(TieBreakRule rule) {
        return switch (rule) {
            case BONUS_DESC -> Comparator.comparing(Totals::bonus).reversed();
            case PENALTY_ASC -> Comparator.comparing(Totals::penalty);
            case SHARED -> (a, b) -> 0;
        };
    }

    private static BigDecimal exact(BigDecimal value, String code) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Points of " + code + " have more than two decimals: " + value);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
