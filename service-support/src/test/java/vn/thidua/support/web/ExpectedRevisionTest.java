package vn.thidua.support.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.thidua.support.problem.PreconditionFailed;

class ExpectedRevisionTest {

    @Test
    void shouldTreatMissingOrWildcardIfMatchAsAnyRevision() {
        assertSame(ExpectedRevision.ANY, ExpectedRevision.parse(null));
        assertSame(ExpectedRevision.ANY, ExpectedRevision.parse(" "));
        assertSame(ExpectedRevision.ANY, ExpectedRevision.parse("*"));
        assertSame(ExpectedRevision.ANY, ExpectedRevision.orAny(null));
        assertDoesNotThrow(() -> ExpectedRevision.ANY.check(42));
    }

    @Test
    void shouldMatchStrongWeakAndListedTags() {
        assertTrue(ExpectedRevision.parse("\"3\"").matches(3));
        assertTrue(ExpectedRevision.parse("W/\"3\"").matches(3));
        assertTrue(ExpectedRevision.parse("\"1\", \"3\"").matches(3));
        assertFalse(ExpectedRevision.parse("\"1\", \"3\"").matches(2));
    }

    @Test
    void shouldRefuseStaleOrForeignTagWith412() {
        PreconditionFailed stale = assertThrows(PreconditionFailed.class, () -> ExpectedRevision.parse("\"2\"").check(3));
        assertEquals(412, stale.status());
        assertEquals("stale-version", stale.typeSlug());
        assertThrows(PreconditionFailed.class, () -> ExpectedRevision.parse("\"abc\"").check(3));
    }
}
