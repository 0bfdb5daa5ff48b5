package org.casenotes.core.rules.payer.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.record.Note;

/**
 * {@code payer.timeliness}: a note signed after its signing window ({@link SigningDeadline}: the form's window or
 * the agency's default) is labelled a late entry with the reason. A draft whose window has already closed (by the
 * given clock) is reported as a warning, so that an audit shows unsigned notes that will become late entries.
 */
public final class TimelinessRule extends PayerRule {

    private static final FormDefinition NO_FORM = FormFactory.eINSTANCE.createFormDefinition();

    private final SigningDeadline deadline;
    private final Clock clock;

    /**
     * @param deadline the agency's signing-window policy
     * @param clock tells when "now" is, for drafts whose window has closed
     */
    public TimelinessRule(SigningDeadline deadline, Clock clock) {
        super("payer.timeliness", Severity.ERROR,
                "Notes are signed within the signing window; a note signed later is labelled a late entry with "
                        + "the reason.",
                PayerSources.LATE_ENTRIES);
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    void check(ServiceNote service, List<Finding> findings) {
        Note note = service.note();
        if (note.getDateOfService() == null && note.getServiceEnd() == null && note.getCreatedAt() == null) {
            return;
        }
        Instant closes = deadline.of(note, service.form().orElse(NO_FORM));
        Instant signedAt = note.getSignature() == null ? null : note.getSignature().getSignedAt();
        if (signedAt == null) {
            if (clock.instant().isAfter(closes)) {
                findings.add(finding(Severity.WARNING, "The signing window closed " + days(closes, clock.instant())
                        + " ago and the note is not signed; sign it as a late entry with the reason.", null,
                        List.of()));
            }
            return;
        }
        boolean reasoned = note.isLateEntry() && note.getLateEntryReason() != null
                && !note.getLateEntryReason().isBlank();
        if (signedAt.isAfter(closes) && !reasoned) {
            findings.add(finding("Signed " + days(closes, signedAt) + " after the signing window closed, but not "
                    + "labelled a late entry with the reason.", null));
        }
    }

    private static String days(Instant from, Instant to) {
        long hours = Duration.between(from, to).toHours();
        return hours < 48 ? hours + " hours" : hours / 24 + " days";
    }
}
