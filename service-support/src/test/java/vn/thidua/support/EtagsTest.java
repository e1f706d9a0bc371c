package vn.thidua.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import vn.thidua.support.problem.PreconditionFailed;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.web.Etags;

class EtagsTest {

    @Test
    void shouldAcceptMissingWildcardAndCurrentVersion() {
        assertDoesNotThrow(() -> Etags.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("*", 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Etags.checkIfMatch("\"1\", \"3\"", 3));
    }

    @Test
    void shouldRejectStaleVersion() {
        PreconditionFailed e = assertThrows(PreconditionFailed.class, () -> Etags.checkIfMatch("\"2\"", 3));
        assertEquals(412, e.status());
    }

    @Test
    void shouldNameRuleInTypeAndTitle() {
        RuleViolation violation = RuleViolation.unprocessable("CHAIR_NOT_MEMBER", "Tuyên Quang is not a member");
        assertEquals("chair-not-member", violation.typeSlug());
        assertEquals("Chair not member", violation.title());
        assertEquals(422, violation.status());
        assertEquals(409, RuleViolation.conflict("DUPLICATE_CODE", "x").status());
    }
}
