package org.casenotes.core.lifecycle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.SigningWindow;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.model.record.Agency;
import org.casenotes.model.record.Note;

/**
 * When the signing window of a note closes. The window is the form's ({@link RuleConfiguration#getSigningWindow()})
 * or, if the form sets none, the agency default in days.
 * <ul>
 * <li>{@code DAYS n}: the end of the n-th calendar day after the day of service;</li>
 * <li>{@code BUSINESS_DAYS n}: the end of the n-th weekday after the day of service (Saturdays and Sundays do not
 * count; holidays are not known);</li>
 * <li>{@code HOURS n}: n hours after the service ended.</li>
 * </ul>
 * The service ends at {@link Note#getServiceEnd()}; without it, at the end of {@link Note#getDateOfService()};
 * without that, when the note was created. Days are counted in the given zone (the agency's).
 */
public final class SigningDeadline {

    private final int agencyDefaultDays;
    private final ZoneId zone;

    /**
     * @param agencyDefaultDays window in days used when a form sets none (Agency.signingWindowDays)
     * @param zone              the agency's time zone, in which days are counted
     */
    public SigningDeadline(int agencyDefaultDays, ZoneId zone) {
        if (agencyDefaultDays < 0) {
            throw new IllegalArgumentException("The signing window cannot be negative: " + agencyDefaultDays);
        }
        this.agencyDefaultDays = agencyDefaultDays;
        this.zone = zone;
    }

    /** @return the policy of an agency: its default window ({@link Agency#getSigningWindowDays()}) and time zone */
    public static SigningDeadline forAgency(Agency agency, ZoneId zone) {
        return new SigningDeadline(agency.getSigningWindowDays(), zone);
    }

    /** @return the instant after which signing {@code note} makes it a late entry */
    public Instant of(Note note, FormDefinition form) {
        SigningWindow window = form.getRuleConfiguration() == null ? null
                : form.getRuleConfiguration().getSigningWindow();
        WindowUnit unit = window == null ? WindowUnit.DAYS : window.getUnit();
        int amount = window == null ? agencyDefaultDays : window.getAmount();
        LocalDate serviceDay = serviceDay(note);
        return switch (unit) {
            case HOURS -> serviceEnd(note).plusSeconds(3600L * amount);
            case DAYS -> endOf(serviceDay.plusDays(amount));
            case BUSINESS_DAYS -> endOf(plusBusinessDays(serviceDay, amount));
        };
    }

    private Instant serviceEnd(Note note) {
        if (note.getServiceEnd() != null) {
            return note.getServiceEnd();
        }
        if (note.getDateOfService() != null) {
            return endOf(note.getDateOfService());
        }
        return note.getCreatedAt();
    }

    private LocalDate serviceDay(Note note) {
        if (note.getDateOfService() != null) {
            return note.getDateOfService();
        }
        return serviceEnd(note).atZone(zone).toLocalDate();
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate plusBusinessDays(LocalDate day, int amount) {
        LocalDate result = day;
        int added = 0;
        while (added < amount) {
            result = result.plusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return result;
    }
}
