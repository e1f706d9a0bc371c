package vn.thidua.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.nomination.ProposalPlanner.Planned;
import vn.thidua.nomination.ProposalPlanner.Quota;
import vn.thidua.nomination.ProposalPlanner.Ranked;

class ProposalPlannerTest {

    private static final String FLAG = "GOVERNMENT_EMULATION_FLAG";
    private static final String PM = "PM_CERTIFICATE_OF_MERIT";
    private static final List<Quota> DEFAULT = List.of(new Quota(FLAG, 1), new Quota(PM, 1));

    @Test
    void shouldProposeTheFirstForTheFlagAndTheSecondForTheCertificate() {
        assertEquals(List.of(new Planned(FLAG, "19", 1, false), new Planned(PM, "15", 2, false)),
                ProposalPlanner.plan(List.of(new Ranked(2, "15"), new Ranked(1, "19"), new Ranked(3, "08")), DEFAULT));
    }

    @Test
    void shouldContestEveryUnitTiedAtTheFlagsEdge() {
        assertEquals(List.of(new Planned(FLAG, "A", 1, true), new Planned(FLAG, "B", 1, true),
                new Planned(PM, "C", 3, false)),
                ProposalPlanner.plan(List.of(new Ranked(1, "A"), new Ranked(1, "B"), new Ranked(3, "C")), DEFAULT));
    }

    @Test
    void shouldContestEveryUnitTiedForTheLastPlaceOfAQuota() {
        List<Quota> twoFlags = List.of(new Quota(FLAG, 2), new Quota(PM, 1));
        assertEquals(List.of(new Planned(FLAG, "A", 1, false), new Planned(FLAG, "B", 2, true),
                new Planned(FLAG, "C", 2, true), new Planned(PM, "D", 4, false)),
                ProposalPlanner.plan(List.of(new Ranked(1, "A"), new Ranked(2, "B"), new Ranked(2, "C"),
                        new Ranked(4, "D")), twoFlags));
    }

    @Test
    void shouldNotContestATieThatFitsTheQuotaWhole() {
        List<Quota> twoFlags = List.of(new Quota(FLAG, 2), new Quota(PM, 0));
        assertEquals(List.of(new Planned(FLAG, "A", 1, false), new Planned(FLAG, "B", 1, false)),
                ProposalPlanner.plan(List.of(new Ranked(1, "A"), new Ranked(1, "B"), new Ranked(3, "C")), twoFlags));
    }

    @Test
    void shouldProposeNothingBeyondARankingShorterThanTheQuotas() {
        assertEquals(List.of(new Planned(FLAG, "A", 1, false)),
                ProposalPlanner.plan(List.of(new Ranked(1, "A")), DEFAULT));
    }
}
