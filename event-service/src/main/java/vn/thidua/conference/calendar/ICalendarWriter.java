package vn.thidua.conference.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.conference.Conference;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.conference.Person;

/**
 * The conferences of a cluster as an iCalendar feed (RFC 5545) for officials' calendars: CRLF line ends, lines folded
 * at 75 octets without splitting a UTF-8 sequence, TEXT values escaped, one VEVENT per conference with a stable UID
 * (its id), DTSTAMP = its last change (so the same data gives the same feed), SEQUENCE = its version, local times
 * in the time zone given (with its VTIMEZONE), and a cancelled conference kept as STATUS:CANCELLED.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    private final ZoneId zone;
    private final Duration duration;

    public ICalendarWriter(ZoneId zone, Duration duration) {
        this.zone = zone;
        this.duration = duration;
    }

    public String write(String clusterCode, List<Conference> conferences) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//thidua.vn//event-service//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("Hội nghị Cụm thi đua " + clusterCode));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        timeZone(out);
        for (Conference c : conferences) {
            event(out, c);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * The zone's current offset as one STANDARD component: Vietnam has kept UTC+7 without daylight saving since
     * 1975, which is all a calendar needs for these dates.
     */
    private void timeZone(StringBuilder out) {
        String offset = offset(zone.getRules().getOffset(java.time.Instant.now()));
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19750613T000000");
        line(out, "TZOFFSETFROM:" + offset);
        line(out, "TZOFFSETTO:" + offset);
        line(out, "TZNAME:" + (zone.getId().equals("Asia/Ho_Chi_Minh") ? "ICT" : offset));
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    private void event(StringBuilder out, Conference c) {
        OffsetDateTime start = c.startsAt.atZoneSameInstant(zone).toOffsetDateTime();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + c.id + "@thidua.vn");
        line(out, "DTSTAMP:" + UTC.format(c.updatedAt.withOffsetSameInstant(ZoneOffset.UTC)));
        line(out, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
        line(out, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(start.plus(duration)));
        line(out, "SEQUENCE:" + c.version);
        line(out, "SUMMARY:" + text(c.kind.labelVi + " năm " + c.seasonYear + " – Cụm thi đua " + c.clusterCode));
        if (c.location != null) {
            line(out, "LOCATION:" + text(c.location));
        }
        line(out, "DESCRIPTION:" + text(description(c)));
        line(out, "STATUS:" + (c.status == ConferenceStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    private static String description(Conference c) {
        StringBuilder d = new StringBuilder("Đơn vị đăng cai: " + c.hostUnitCode);
        if (!c.presiding.isEmpty()) {
            d.append("\nChủ trì: ").append(persons(c.presiding));
        }
        if (!c.guests.isEmpty()) {
            d.append("\nKhách mời: ").append(persons(c.guests));
        }
        if (c.status == ConferenceStatus.CANCELLED && c.statusReason != null) {
            d.append("\nĐã hủy: ").append(c.statusReason);
        }
        return d.toString();
    }

    private static String persons(List<Person> persons) {
        return persons.stream().map(p -> p.title() == null ? p.name() : p.name() + " (" + p.title() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        char sign = seconds < 0 ? '-' : '+';
        seconds = Math.abs(seconds);
        return String.format("%c%02d%02d", sign, seconds / 3600, seconds / 60 % 60);
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * Appends a content line, folded (RFC 5545 3.1): at most 75 octets per physical line, continuation lines start
     * with a space, and a fold never falls inside a UTF-8 sequence (Vietnamese letters take 2 or 3 octets).
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
