package vn.thidua.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.thidua.support.problem.RuleViolation;

class RuleViolationTest {

    @Test
    void shouldNameRuleInTypeAndTitle() {
        RuleViolation violation = RuleViolation.unprocessable("CHAIR_NOT_MEMBER", "Tuyên Quang is not a member");
        assertEquals("chair-not-member", violation.typeSlug());
        assertEquals("Chair not member", violation.title());
        assertEquals(422, violation.status());
        assertEquals(409, RuleViolation.conflict("DUPLICATE_CODE", "x").status());
    }
}
