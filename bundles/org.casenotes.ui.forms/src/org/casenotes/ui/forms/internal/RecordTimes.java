package org.casenotes.ui.forms.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the editor shows when something happened to a note: local date and time to the minute. */
final class RecordTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RecordTimes() {
    }

    static String format(Instant instant) {
        return instant == null ? "an unknown time" : MINUTE.format(instant.atZone(ZoneId.systemDefault()));
    }
}
