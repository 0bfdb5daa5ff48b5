package org.casenotes.ui.forms.internal.renderers;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as a clinician types it on a 24-hour clock: "14:30" or "9:05", "1430" or "905" without the colon,
 * and "14" or "9" for the full hour. Anything else is no time.
 */
final class TypedTime {

    private static final Pattern WITH_COLON = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    private TypedTime() {
    }

    /** @throws IllegalArgumentException if {@code typed} is no time of day */
    static LocalTime parse(String typed) {
        String text = typed.strip();
        Matcher colon = WITH_COLON.matcher(text);
        int hour;
        int minute;
        if (colon.matches()) {
            hour = Integer.parseInt(colon.group(1));
            minute = Integer.parseInt(colon.group(2));
        } else if (DIGITS.matcher(text).matches()) {
            int digits = Integer.parseInt(text);
            boolean hourOnly = text.length() <= 2;
            hour = hourOnly ? digits : digits / 100;
            minute = hourOnly ? 0 : digits % 100;
        } else {
            throw new IllegalArgumentException("not a time: " + typed);
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time: " + typed, e);
        }
    }
}
