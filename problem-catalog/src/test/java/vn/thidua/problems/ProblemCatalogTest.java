package vn.thidua.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProblemCatalogTest {

    @Test
    void shouldGiveEveryEntryAResolvableTypeAndBothLanguages() {
        for (ProblemCatalog p : ProblemCatalog.values()) {
            assertEquals(Optional.of(p), ProblemCatalog.bySlug(p.slug()), p.name());
            assertTrue(p.type().startsWith("/problems/"), p.type());
            assertFalse(p.titleVi().isBlank() || p.titleEn().isBlank() || p.descriptionVi().isBlank()
                    || p.descriptionEn().isBlank(), p.name());
        }
        assertEquals(ProblemCatalog.values().length,
                Arrays.stream(ProblemCatalog.values()).map(ProblemCatalog::slug).distinct().count());
    }

    @Test
    void shouldTurnRuleNamesIntoSlugsAndBack() {
        assertEquals("chair-not-member", ProblemCatalog.ruleSlug("CHAIR_NOT_MEMBER"));
        assertEquals(Optional.of("CHAIR_NOT_MEMBER"), ProblemCatalog.ruleOf("chair-not-member"));
        assertEquals(Optional.empty(), ProblemCatalog.ruleOf("../etc/passwd"));
        assertEquals(Optional.empty(), ProblemCatalog.ruleOf("<script>"));
    }

    @Test
    void shouldFindEntryForStatusesTheHttpLayerAnswers() {
        assertEquals(ProblemCatalog.NOT_FOUND, ProblemCatalog.forStatus(404));
        assertEquals(ProblemCatalog.STALE_VERSION, ProblemCatalog.forStatus(412));
        assertEquals(ProblemCatalog.HTTP_ERROR, ProblemCatalog.forStatus(418));
    }
}
