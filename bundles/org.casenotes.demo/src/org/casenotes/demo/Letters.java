package org.casenotes.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.RecordFactory;

/**
 * The demo's letters, merged from the standard letter templates' wording in plain language: a discharge letter
 * (goals reached), two missed-appointment letters and an insurance request for continued services.
 */
final class Letters {

    private static final String DISCHARGED = "C-1009";
    private static final String ABSENT = "C-1012";
    private static final String INSURANCE = "C-1003";

    private Letters() {
    }

    static void write(ClientProfile profile, Client client, List<LocalDate> days, LocalDate today) {
        String name = profile.preferredName() != null ? profile.preferredName() : profile.legalName().split(" ")[0];
        String clinician = profile.care().clinician().getName() + ", " + profile.care().clinician().getCredentials();
        LocalDate last = days.get(days.size() - 1);
        switch (profile.id()) {
        case DISCHARGED -> client.getLetters().add(letter(profile, 1, "std.letters.DischargeGoalsMet",
                last.plusDays(3), profile.legalName(), "Dear " + name + ",\n\nThank you for the work you did in "
                        + "counseling. We agreed at our last session on " + last + " that you have reached the goals "
                        + "we set together, so your services with Riverbend Community Counseling are now complete.\n\n"
                        + "If worry starts to get in the way again, you are welcome to call us at (555) 0100-2000. "
                        + "In a crisis, call or text 988 at any time.\n\nWith best wishes,\n" + clinician));
        case ABSENT -> {
            client.getLetters().add(letter(profile, 1, "std.letters.AbsenceFirstNotice", last.plusDays(21),
                    profile.legalName(), "Dear " + name + ",\n\nWe missed you at your last two appointments. We "
                            + "hope you are well. Please call us at (555) 0100-2000 to set up a time that works "
                            + "for you.\n\nSincerely,\n" + clinician));
            client.getLetters().add(letter(profile, 2, "std.letters.AbsenceSecondNotice", last.plusDays(42),
                    profile.legalName(), "Dear " + name + ",\n\nWe have not been able to reach you since "
                            + last + ". Your care matters to us. If we do not hear from you within 30 days, we will "
                            + "close your file; you can always ask to start services again.\n\nSincerely,\n"
                            + clinician));
        }
        case INSURANCE -> client.getLetters().add(letter(profile, 1, "std.letters.InsuranceRequestContinued",
                today.minusWeeks(10), "Keystone Mutual EPO, Utilization Review",
                "Re: " + profile.legalName() + ", member " + client.getCoverages().get(0).getMemberId() + "\n\n"
                        + "I am asking for 12 more sessions of individual psychotherapy (90834) for this member, "
                        + "diagnosed with F43.12 post-traumatic stress disorder, chronic. Since starting "
                        + "treatment the member drives short routes alone again; nightmares continue 3 nights a "
                        + "week and highway driving is still avoided. The plan's goals are driving usual routes "
                        + "and sleeping without nightmares most nights.\n\nSincerely,\n" + clinician));
        default -> {
            // no letters for the other clients
        }
        }
    }

    private static Letter letter(ClientProfile profile, int number, String templateId, LocalDate day,
            String recipient, String text) {
        Letter letter = RecordFactory.eINSTANCE.createLetter();
        letter.setId(profile.id() + "-L" + number);
        letter.setTemplateId(templateId);
        letter.setTemplateVersion(1);
        letter.setAuthorId(profile.care().clinician().getId());
        letter.setCreatedAt(day.atTime(15, 0).toInstant(ZoneOffset.UTC));
        letter.setRecipient(recipient);
        letter.setText(text);
        return letter;
    }
}
