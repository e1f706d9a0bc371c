package vn.thidua.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.support.problem.RuleViolation;

/** Every status against every action: the allowed steps of domain.md lead where they should, all others are 409. */
class WorkflowRulesTest {

    private static final Map<NominationStatus, Set<NominationAction>> ALLOWED = Map.ofEntries(
            Map.entry(NominationStatus.PROPOSED, Set.of(NominationAction.CLOSE_VOTE)),
            Map.entry(NominationStatus.CONTESTED, Set.of(NominationAction.CLOSE_VOTE)),
            Map.entry(NominationStatus.ACCLAIMED, Set.of(NominationAction.SUBMIT)),
            Map.entry(NominationStatus.NOT_ACCLAIMED, Set.of()),
            Map.entry(NominationStatus.SUBMITTED, Set.of(NominationAction.RECEIVE)),
            Map.entry(NominationStatus.RECEIVED, Set.of(NominationAction.RETURN, NominationAction.APPRAISE_ELIGIBLE,
                    NominationAction.APPRAISE_INELIGIBLE)),
            Map.entry(NominationStatus.RETURNED_FOR_SUPPLEMENT, Set.of(NominationAction.RESUBMIT)),
            Map.entry(NominationStatus.APPRAISED_ELIGIBLE, Set.of(NominationAction.DECIDE_AWARDED,
                    NominationAction.DECIDE_REJECTED)),
            Map.entry(NominationStatus.APPRAISED_INELIGIBLE, Set.of(NominationAction.DECIDE_REJECTED)),
            Map.entry(NominationStatus.DECIDED_AWARDED, Set.of(NominationAction.REVOKE)),
            Map.entry(NominationStatus.DECIDED_REJECTED, Set.of()),
            Map.entry(NominationStatus.REVOKED, Set.of()),
            Map.entry(NominationStatus.WITHDRAWN, Set.of()));

    @Test
    void shouldRefuseEveryTransitionTheStatusDoesNotAllowNamingTheAllowedOnes() {
        int refused = 0;
        for (NominationStatus status : NominationStatus.values()) {
            for (NominationAction action : NominationAction.values()) {
                Nomination n = nomination(status);
                if (ALLOWED.get(status).contains(action)) {
                    if (action != NominationAction.CLOSE_VOTE) {
                        n.take(action, OffsetDateTime.now(), "tester", "why");
                        assertEquals(action.target(), n.status);
                        assertEquals(2, n.history.size());
                    }
                    continue;
                }
                RuleViolation e = assertThrows(RuleViolation.class,
                        () -> n.take(action, OffsetDateTime.now(), "tester", null), status + " " + action);
                assertEquals(409, e.status());
                assertEquals("TRANSITION_NOT_ALLOWED", e.rule());
                List<NominationAction> allowed = NominationAction.allowedIn(status);
                assertTrue(e.getMessage().contains(allowed.isEmpty() ? "none" : allowed.toString()), e.getMessage());
                assertEquals(status, n.status);
                assertEquals(1, n.history.size());
                refused++;
            }
        }
        assertEquals(NominationStatus.values().length * NominationAction.values().length
                - ALLOWED.values().stream().mapToInt(Set::size).sum(), refused);
    }

    @Test
    void shouldGiveTheBoardStepsToTheCentralBoardAndTheClusterStepsToTheSecretariat() {
        assertEquals(EnumSet.of(NominationAction.CLOSE_VOTE, NominationAction.SUBMIT, NominationAction.RESUBMIT),
                EnumSet.copyOf(java.util.Arrays.stream(NominationAction.values())
                        .filter(a -> a.role().equals("cluster-secretariat")).toList()));
    }

    @Test
    void shouldCountTenWorkingDaysSkippingWeekendsAndHolidays() {
        WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)));
        // Friday 2025-08-29 is day 1; Sat/Sun, and the National Day holidays Mon 1 and Tue 2 September, are not
        assertEquals(LocalDate.of(2025, 9, 15), days.lastDayOfWindow(LocalDate.of(2025, 8, 29), 10));
        // a window opened on a Saturday starts counting on Monday
        assertEquals(LocalDate.of(2025, 3, 28), new WorkingDays(Set.of()).lastDayOfWindow(LocalDate.of(2025, 3, 15), 10));
    }

    private static Nomination nomination(NominationStatus status) {
        AwardType type = new AwardType();
        type.code = "GOVERNMENT_EMULATION_FLAG";
        Nomination n = Nomination.draft("C", 2024, type, NomineeKind.UNIT, "19", null, null, NominationOrigin.MANUAL,
                null, null, false, OffsetDateTime.now(), "tester", null);
        n.status = status;
        return n;
    }
}
