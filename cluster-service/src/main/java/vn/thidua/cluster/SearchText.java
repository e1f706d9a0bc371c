package vn.thidua.cluster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as stored and as searched.
 * <p>
 * Names are stored in Unicode NFC ({@link #canonical}). Search compares a key ({@link #searchKey}) that ignores
 * case and diacritics: decomposed (NFD), combining marks removed, đ/Đ mapped to d (it is a letter of its own,
 * not a d with a mark, so NFD leaves it alone), lower-cased, whitespace collapsed. Both composed and decomposed
 * input therefore give the same key: "Bắc Kạn", "BẮC KẠN", "bac kan" and "Bă\u0301c Ka\u0323n" all give "bac kan".
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The stored form of a name: NFC, trimmed, inner whitespace collapsed to one space; null stays null. */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc.strip()).replaceAll(" ");
    }

    /** The search key of a text: no case, no diacritics, đ → d, single spaces; null and blank give "". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String plain = withoutMarks.replace('đ', 'd').replace('Đ', 'd');
        return WHITESPACE.matcher(plain.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** Escape character of {@link #containsPattern}: use {@code like :pattern escape '!'}. */
    public static final char LIKE_ESCAPE = '!';

    /** A SQL LIKE pattern ("%key%", escape character {@link #LIKE_ESCAPE}) that finds the key of {@code query} anywhere. */
    public static String containsPattern(String query) {
        String key = searchKey(query);
        StringBuilder pattern = new StringBuilder(key.length() + 2).append('%');
        for (char c : key.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** Adds the {@code q} filter: the stored search key (case and diacritics ignored) or the code contains it. */
    public static vn.thidua.support.web.QueryFilter matching(vn.thidua.support.web.QueryFilter filter, String q) {
        if (q == null || q.isBlank()) {
            return filter;
        }
        return filter.where("(searchKey like :pattern escape '" + LIKE_ESCAPE + "' or lower(code) like :pattern escape '"
                + LIKE_ESCAPE + "')", "pattern", containsPattern(q));
    }
}
