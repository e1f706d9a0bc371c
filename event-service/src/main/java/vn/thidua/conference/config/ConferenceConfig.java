package vn.thidua.conference.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thidua.conference")
public interface ConferenceConfig {

    /** The calendar in which "today" is reckoned: a pledge signed "in the future" is judged by Vietnam's date. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();
}
