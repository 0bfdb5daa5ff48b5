package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.NoteStatus;

/** How caseload values read on screen. */
final class Labels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private Labels() {
    }

    static String status(ClientStatus status) {
        if (status == null) {
            return "";
        }
        String name = status.getName().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String noteStatus(NoteStatus status) {
        String name = status.getName().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String goalStatus(GoalStatus status) {
        return status == null ? "" : status.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** @return a day in tables, "30 Sep 26" */
    static String shortDay(LocalDate day) {
        return day == null ? "" : SHORT_DAY.format(day);
    }

    /** @return "SoapNote" as "Soap note", the last segment of a qualified template id in words */
    static String template(String templateId) {
        String simple = templateId.substring(templateId.lastIndexOf('.') + 1);
        String words = simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
