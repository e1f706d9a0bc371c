package vn.thidua.nomination.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thidua.nomination")
public interface NominationConfig {

    /** The calendar in which "today" is reckoned (quota validity, decision dates). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();
}
