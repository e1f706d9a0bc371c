package vn.thidua.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    private static final String BAC_KAN_NFC = Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFC);
    private static final String BAC_KAN_NFD = Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD);

    @Test
    void shouldGiveSameKeyForComposedDecomposedUpperAndPlainSpelling() {
        assertEquals("bac kan", SearchText.searchKey(BAC_KAN_NFC));
        assertEquals("bac kan", SearchText.searchKey(BAC_KAN_NFD));
        assertEquals("bac kan", SearchText.searchKey("BẮC KẠN"));
        assertEquals("bac kan", SearchText.searchKey("bac kan"));
    }

    @Test
    void shouldMapDStrokeToD() {
        assertEquals("dien bien", SearchText.searchKey("Điện Biên"));
        assertEquals("dong bang song hong", SearchText.searchKey("đồng bằng sông Hồng"));
    }

    @Test
    void shouldIgnoreOldAndNewTonePlacement() {
        assertEquals(SearchText.searchKey("Hòa Bình"), SearchText.searchKey("Hoà Bình"));
    }

    @Test
    void shouldCollapseWhitespaceAndTrim() {
        assertEquals("thai nguyen", SearchText.searchKey("  Thái \t  Nguyên "));
    }

    @Test
    void shouldGiveEmptyKeyForNull() {
        assertEquals("", SearchText.searchKey(null));
    }

    @Test
    void shouldStoreNamesInNfc() {
        String stored = SearchText.canonical(" " + BAC_KAN_NFD + " ");
        assertEquals(BAC_KAN_NFC, stored);
        assertEquals(7, stored.length());
        assertNull(SearchText.canonical(null));
    }

    @Test
    void shouldEscapeLikeWildcardsInPattern() {
        assertEquals("%bac kan%", SearchText.containsPattern("Bắc Kạn"));
        assertEquals("%50!%!_x!!%", SearchText.containsPattern("50%_x!"));
    }
}
