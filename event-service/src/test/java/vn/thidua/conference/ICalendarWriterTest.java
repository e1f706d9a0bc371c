package vn.thidua.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.conference.calendar.ICalendarWriterAccess;

/** Folding and escaping of content lines, without Quarkus. */
class ICalendarWriterTest {

    @Test
    void shouldFoldAt75OctetsWithoutSplittingVietnameseLetters() {
        String value = "SUMMARY:" + "Hội nghị tổng kết công tác thi đua, khen thưởng ".repeat(4);
        String folded = ICalendarWriterAccess.line(value);
        for (String line : folded.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, line + " has " + octets.length + " octets");
            assertEquals(line, new String(octets, StandardCharsets.UTF_8), "a whole UTF-8 sequence per line");
        }
        assertEquals(value, folded.replace("\r\n ", "").replace("\r\n", ""), "unfolding gives the line back");
    }

    @Test
    void shouldEscapeTextValues() {
        assertEquals("a\\;b\\,c\\\\d\\ne", ICalendarWriterAccess.text("a;b,c\\d\ne"));
    }
}
