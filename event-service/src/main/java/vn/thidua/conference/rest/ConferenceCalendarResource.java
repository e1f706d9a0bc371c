package vn.thidua.conference.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import vn.thidua.conference.calendar.ICalendarWriter;
import vn.thidua.conference.config.ConferenceConfig;
import vn.thidua.conference.service.ConferenceService;

/** The conferences of a cluster as an iCalendar feed; public, so calendar applications subscribe without a token. */
@Path("/api/v1/conferences.ics")
@Tag(name = "Conferences")
public class ConferenceCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private final ConferenceService conferences;
    private final ICalendarWriter writer;

    public ConferenceCalendarResource(ConferenceService conferences, ConferenceConfig config) {
        this.conferences = conferences;
        this.writer = new ICalendarWriter(config.timeZone(), config.calendarDuration());
    }

    @GET
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "iCalendar feed (RFC 5545) of a cluster's conferences",
            description = "Stable UIDs, Vietnamese text, times in Asia/Ho_Chi_Minh; cancelled conferences stay as "
                    + "STATUS:CANCELLED")
    @PermitAll
    public String calendar(@QueryParam("clusterCode") @NotBlank @Size(max = 64) String clusterCode) {
        return writer.write(clusterCode, conferences.calendar(clusterCode));
    }
}
