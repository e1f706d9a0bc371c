package vn.thidua.support.web;

import java.text.Normalizer;

/** The suite's rules for text from outside: no control characters, stored in Unicode NFC. */
public final class Texts {

    private Texts() {
    }

    /**
     * The first C0 control character (U+0000–U+001F) or DEL in {@code text}, as its index, or -1. Free text may hold
     * tab, line feed and carriage return.
     */
    public static int firstControlCharacter(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    /** "must not contain control characters (U+0000 at position 3)", or null when the text is clean. */
    public static String controlCharacterMessage(String text, boolean freeText) {
        int at = firstControlCharacter(text, freeText);
        return at < 0 ? null
                : String.format("must not contain control characters (U+%04X at position %d)", (int) text.charAt(at),
                        at);
    }

    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
