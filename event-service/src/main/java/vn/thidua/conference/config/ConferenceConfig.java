package vn.thidua.conference.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thidua.conference")
public interface ConferenceConfig {

    /**
     * The calendar in which "today" is reckoned (a pledge signed "in the future" is judged by Vietnam's date) and in
     * which conference times are shown and put in the iCalendar feed.
     */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    /** How long a conference lasts in the calendar feed (the data has start times only; most are half a day). */
    @WithDefault("PT4H")
    Duration calendarDuration();
}
