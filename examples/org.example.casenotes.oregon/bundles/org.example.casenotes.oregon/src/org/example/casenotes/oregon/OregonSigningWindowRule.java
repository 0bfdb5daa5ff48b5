package org.example.casenotes.oregon;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.record.Note;

/**
 * {@code oregon.signing-window}: a service note is signed within {@value #WINDOW_DAYS} calendar days of the date of
 * service, the window this example agency's Oregon contracts set under OAR 309-019-0140 (the rule leaves the number
 * to the program's policy: change {@link #WINDOW_DAYS} to yours). A note signed later must be a late entry with the
 * reason; a draft whose window has passed is a warning, so it is signed before it becomes late.
 * <p>
 * Registered as a declarative service in {@code OSGI-INF/signing-window-rule.xml}.
 */
public final class OregonSigningWindowRule extends DescribedRule {

    /** Calendar days after the date of service within which the note is signed. */
    public static final int WINDOW_DAYS = 10;

    private final Clock clock;

    /** The rule as the service runtime makes it: today is the system clock's. */
    public OregonSigningWindowRule() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock says what day it is, for drafts whose window has passed */
    public OregonSigningWindowRule(Clock clock) {
        super("oregon.signing-window", RuleCategory.PAYER, Severity.ERROR,
                "Oregon service notes are signed within " + WINDOW_DAYS + " days of the service, or labelled a late "
                        + "entry with the reason.",
                OregonSources.SERVICE_RECORD);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<ServiceNote> service = ServiceNote.of(context).filter(ServiceNote::documentsService);
        Optional<LocalDate> served = service.flatMap(ServiceNote::dateOfService);
        if (served.isEmpty()) {
            return List.of();
        }
        Note note = service.get().note();
        ZoneId zone = clock.getZone();
        LocalDate lastDay = served.get().plusDays(WINDOW_DAYS);
        if (note.getSignature() == null || note.getSignature().getSignedAt() == null) {
            LocalDate today = LocalDate.now(clock);
            if (today.isAfter(lastDay)) {
                return List.of(finding(Severity.WARNING, "Oregon's " + WINDOW_DAYS + "-day signing window closed "
                        + ChronoUnit.DAYS.between(lastDay, today) + " days ago; sign the note as a late entry with "
                        + "the reason."));
            }
            return List.of();
        }
        LocalDate signed = LocalDate.ofInstant(note.getSignature().getSignedAt(), zone);
        boolean reasoned = note.isLateEntry() && note.getLateEntryReason() != null
                && !note.getLateEntryReason().isBlank();
        if (signed.isAfter(lastDay) && !reasoned) {
            return List.of(finding(defaultSeverity(), "Signed " + ChronoUnit.DAYS.between(served.get(), signed)
                    + " days after the service, past Oregon's " + WINDOW_DAYS + "-day window, and not labelled a "
                    + "late entry with the reason."));
        }
        return List.of();
    }

    private Finding finding(Severity severity, String message) {
        return new Finding(id(), severity, message, null, null, List.of(), source());
    }
}
