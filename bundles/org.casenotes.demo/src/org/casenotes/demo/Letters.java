package org.casenotes.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.LetterMerge;
import org.casenotes.core.letters.LetterSigning;
import org.casenotes.core.letters.LetterSources;
import org.casenotes.core.letters.Letterhead;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Clinician;

/**
 * The demo's letters, made as a clinician makes them with Note > New Letter…: the standard letter template merged
 * with the client's record, the clinician and the agency's letterhead, the clinician's answers to what the record
 * cannot say, and signed on the day it was written. A discharge letter (goals reached), two missed-appointment letters
 * and an insurance request for continued services. Where the catalog has no letter templates (the {@link DemoForms}
 * stand-in), the demo has no letters.
 */
final class Letters {

    /** The fictional agency's letterhead. */
    static final Letterhead AGENCY = new Letterhead("Riverbend Community Counseling",
            "1200 Mill Street, Suite 300, Riverbend, IL 60000", "(555) 0100-2000", "(555) 0100-2001");

    private static final String DISCHARGED = "C-1009";
    private static final String ABSENT = "C-1012";
    private static final String INSURANCE = "C-1003";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final String LETTERS = "std.letters.";

    /** One letter the demo's clinician wrote: its template, the day, and the answers the record could not give. */
    private record Written(String templateId, LocalDate day, Map<String, String> answers) {
    }

    private Letters() {
    }

    /**
     * Adds the client's letters, signed, to the record (which must already hold its plan and coverage, which the
     * letters merge).
     */
    static void write(ClientProfile profile, Client client, List<LocalDate> days, LocalDate today, FormCatalog forms) {
        List<Written> letters = written(profile, days, today);
        for (int i = 0; i < letters.size(); i++) {
            Written letter = letters.get(i);
            String id = profile.id() + "-L" + (i + 1);
            forms.form(letter.templateId()).ifPresent(form -> client.getLetters().add(sign(id, form, profile, client,
                    letter)));
        }
    }

    private static List<Written> written(ClientProfile profile, List<LocalDate> days, LocalDate today) {
        LocalDate last = days.get(days.size() - 1);
        return switch (profile.id()) {
        case DISCHARGED -> List.of(new Written(LETTERS + "DischargeGoalsMet", last.plusDays(3), Map.of(
                "lastSessionDate", last.toString(),
                "achievements", "You now go to the places you used to avoid, and worry no longer keeps you awake.")));
        case ABSENT -> List.of(
                new Written(LETTERS + "AbsenceFirstNotice", last.plusDays(21), Map.of(
                        "missedDates", DAY.format(last.plusDays(7)) + " and " + DAY.format(last.plusDays(14)))),
                new Written(LETTERS + "AbsenceSecondNotice", last.plusDays(42), Map.of(
                        "missedCount", "4",
                        "policySummary", "If you miss three appointments in a row without calling us, we may close "
                                + "your file. You can always ask to start again.")));
        case INSURANCE -> List.of(new Written(LETTERS + "InsuranceRequestContinued", today.minusWeeks(10), Map.of(
                "payer.address", "Utilization Review, PO Box 4410, Springfield, IL 62700",
                "sessionsSoFar", String.valueOf(days.size()),
                "additionalSessions", "12",
                "progressSoFar", "The member drives short routes alone again and has nightmares three nights a week, "
                        + "down from six.",
                "remainingNeed", "Highway driving is still avoided and sleep is broken most weeks; twelve more "
                        + "sessions of trauma-focused therapy are planned to reach the plan's goals.")));
        default -> List.of();
        };
    }

    private static org.casenotes.model.record.Letter sign(String id, FormDefinition form, ClientProfile profile,
            Client client, Written letter) {
        Clinician clinician = profile.care().clinician();
        LetterAuthor author = new LetterAuthor(clinician.getId(), clinician.getName(), clinician.getCredentials(), "",
                AGENCY.phone(), "");
        LetterSources sources = new LetterSources(client, author, AGENCY, letter.day());
        LetterMerge merge = new LetterMerge();
        String text = merge.merge(form, sources, letter.answers()).requireComplete();
        Clock signedAt = Clock.fixed(letter.day().atTime(15, 0).atZone(DemoCaseload.ZONE).toInstant(),
                DemoCaseload.ZONE);
        return new LetterSigning(merge, signedAt).sign(id, form, sources, letter.answers(), text);
    }
}
