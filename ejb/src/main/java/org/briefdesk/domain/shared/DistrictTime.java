package org.briefdesk.domain.shared;

import java.time.Clock;
import java.time.ZoneId;

/** The office works in Beijing time; every date shown or grouped by is in Asia/Shanghai. */
public final class DistrictTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DistrictTime() {}

    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
