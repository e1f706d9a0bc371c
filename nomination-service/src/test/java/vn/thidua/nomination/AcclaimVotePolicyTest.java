package vn.thidua.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The defaults: two thirds of the members voting, more than half of the ballots approving; exact at the edges. */
class AcclaimVotePolicyTest {

    private final AcclaimVotePolicy policy = new AcclaimVotePolicy(2, 3, 1, 2, true);

    @Test
    void shouldNeedFiveOfSevenMembersForQuorum() {
        assertFalse(policy.quorumReached(7, 4));
        assertTrue(policy.quorumReached(7, 5));
    }

    @Test
    void shouldReachQuorumAtExactlyTwoThirds() {
        assertFalse(policy.quorumReached(9, 5));
        assertTrue(policy.quorumReached(9, 6));
        assertFalse(policy.quorumReached(6, 3));
        assertTrue(policy.quorumReached(6, 4));
        assertFalse(policy.quorumReached(0, 0));
    }

    @Test
    void shouldNeedMoreThanHalfOfTheBallotsApproving() {
        assertTrue(policy.thresholdPassed(5, 3));
        assertFalse(policy.thresholdPassed(5, 2));
        assertFalse(policy.thresholdPassed(6, 3), "exactly half is not more than half");
        assertTrue(policy.thresholdPassed(6, 4));
        assertFalse(policy.thresholdPassed(0, 0));
    }

    @Test
    void shouldAcclaimOnlyWithQuorumAndThreshold() {
        assertEquals(NominationStatus.ACCLAIMED, policy.result(7, 5, 3));
        assertEquals(NominationStatus.NOT_ACCLAIMED, policy.result(7, 4, 4), "unanimous but no quorum");
        assertEquals(NominationStatus.NOT_ACCLAIMED, policy.result(7, 6, 3), "half is not enough");
    }

    @Test
    void shouldHonourAConfiguredPolicy() {
        AcclaimVotePolicy strict = new AcclaimVotePolicy(3, 4, 2, 3, true);
        assertFalse(strict.quorumReached(8, 5));
        assertTrue(strict.quorumReached(8, 6));
        assertFalse(strict.thresholdPassed(6, 4), "two thirds is not more than two thirds");
        assertTrue(strict.thresholdPassed(6, 5));
        assertThrows(IllegalArgumentException.class, () -> new AcclaimVotePolicy(4, 3, 1, 2, true));
    }

    @Test
    void shouldLetTheNomineeVoteOnItsOwnNominationByDefault() {
        List<String> members = List.of("15", "19", "08");
        assertTrue(policy.mayVote("19", "19"));
        assertEquals(members, policy.eligibleVoters(members, "19"));
    }

    @Test
    void shouldKeepTheNomineeOutOfTheVoteWhereConfigured() {
        AcclaimVotePolicy nomineeAbstains = new AcclaimVotePolicy(2, 3, 1, 2, false);
        List<String> members = List.of("15", "19", "08", "10");
        assertFalse(nomineeAbstains.mayVote("19", "19"));
        assertTrue(nomineeAbstains.mayVote("15", "19"));
        assertTrue(nomineeAbstains.mayVote("15", null), "a nomination of a person or collective has no nominee unit");
        List<String> eligible = nomineeAbstains.eligibleVoters(members, "19");
        assertEquals(List.of("15", "08", "10"), eligible);
        // two of the three other members make the quorum; the nominee's absence does not block it
        assertTrue(nomineeAbstains.quorumReached(eligible.size(), 2));
        assertFalse(policy.quorumReached(members.size(), 2));
    }
}
