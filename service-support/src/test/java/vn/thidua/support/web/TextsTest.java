package vn.thidua.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void shouldFindNulAndOtherControlCharactersButAllowLineBreaksInFreeText() {
        assertEquals(1, Texts.firstControlCharacter("a\u0000b", false));
        assertEquals(1, Texts.firstControlCharacter("a\u001fb", true));
        assertEquals(1, Texts.firstControlCharacter("a\u007fb", true));
        assertEquals(1, Texts.firstControlCharacter("a\nb", false));
        assertEquals(-1, Texts.firstControlCharacter("a\n\tb\r", true));
        assertEquals("must not contain control characters (U+0000 at position 1)",
                Texts.controlCharacterMessage("a\u0000b", true));
        assertNull(Texts.controlCharacterMessage("Bắc Kạn", false));
    }

    @Test
    void shouldComposeDecomposedVietnamese() {
        String nfd = Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD);
        assertEquals("Bắc Kạn", Texts.nfc(nfd));
        assertEquals(7, Texts.nfc(nfd).length());
    }
}
