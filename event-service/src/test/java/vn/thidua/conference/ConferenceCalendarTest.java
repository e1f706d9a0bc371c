package vn.thidua.conference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.conference.ConferenceApi.CONFERENCES;
import static vn.thidua.conference.ConferenceApi.annualReview;
import static vn.thidua.conference.ConferenceApi.borderCluster;
import static vn.thidua.conference.ConferenceApi.schedule;
import static vn.thidua.conference.ConferenceApi.scheduled;
import static vn.thidua.conference.ConferenceApi.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import vn.thidua.testsupport.WithEmbeddedInfrastructure;

/** The iCalendar feed, parsed and validated by ical4j (an independent RFC 5545 implementation). */
@QuarkusTest
@WithEmbeddedInfrastructure
class ConferenceCalendarTest {

    @Test
    void shouldServeFeedThatAnICalendarParserReadsWithStableUidsAndCancelledConferences() throws Exception {
        String cluster = borderCluster();
        String annual = scheduled(cluster);
        Map<String, Object> midYear = annualReview(cluster, 2025, "11");
        midYear.put("kind", "MID_YEAR_REVIEW");
        midYear.put("location", "Thành phố Điện Biên Phủ; hội trường UBND tỉnh, tầng 3 (phòng họp lớn)");
        midYear.put("startsAt", "2025-07-20T08:00:00+07:00");
        midYear.put("guests", List.of(Map.of("name", "Nguyễn Thị Hường", "title",
                "Phó Trưởng Ban Thi đua – Khen thưởng Trung ương, phụ trách Cụm thi đua 7 tỉnh miền núi biên giới")));
        String cancelled = schedule(midYear).statusCode(201).extract().path("id");
        status(cancelled, "CANCELLED", "Bão số 3, lũ quét").statusCode(200);

        String feed = given().queryParam("clusterCode", cluster).get(CONFERENCES + ".ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        VEvent annualEvent = byUid(events, annual);
        VEvent cancelledEvent = byUid(events, cancelled);
        assertEquals("CONFIRMED", value(annualEvent, Property.STATUS));
        assertEquals("CANCELLED", value(cancelledEvent, Property.STATUS));
        assertEquals("Hội nghị tổng kết năm 2024 – Cụm thi đua " + cluster, value(annualEvent, Property.SUMMARY));
        assertEquals("Thành phố Điện Biên Phủ; hội trường UBND tỉnh, tầng 3 (phòng họp lớn)",
                value(cancelledEvent, Property.LOCATION));
        assertTrue(value(cancelledEvent, Property.DESCRIPTION).contains("Bão số 3, lũ quét"));
        assertTrue(value(cancelledEvent, Property.DESCRIPTION).contains("Nguyễn Thị Hường"));
        assertEquals("Asia/Ho_Chi_Minh", annualEvent.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        assertTrue(value(annualEvent, Property.DTSTART).startsWith("20250322T080000"));
        assertFalse(calendar.getComponents(Component.VTIMEZONE).isEmpty());

        // RFC 5545 3.1: CRLF line ends, at most 75 octets per line, folds not splitting a UTF-8 sequence
        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\n") || line.contains("\r"), line);
            assertFalse(line.contains("\uFFFD"), line);
        }
        assertTrue(feed.contains("\r\n "), "long lines are folded");

        String again = given().queryParam("clusterCode", cluster).get(CONFERENCES + ".ics").then().extract()
                .asString();
        assertEquals(feed, again, "the same data gives the same feed (stable UIDs and DTSTAMPs)");
    }

    @Test
    void shouldRequireClusterCode() {
        given().get(CONFERENCES + ".ics").then().statusCode(400).contentType("application/problem+json");
    }

    private static VEvent byUid(List<VEvent> events, String id) {
        return events.stream().filter(e -> value(e, Property.UID).equals(id + "@thidua.vn")).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
