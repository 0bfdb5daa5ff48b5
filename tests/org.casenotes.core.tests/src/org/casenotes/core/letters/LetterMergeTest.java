package org.casenotes.core.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.model.form.DateType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.query.MergeFields;
import org.junit.jupiter.api.Test;

class LetterMergeTest {

    private final LetterMerge merge = new LetterMerge();

    @Test
    void everyStandardFieldIsFilledFromAFullRecord() {
        FormDefinition letter = LetterFixture.form(LetterFixture.EVERY_FIELD_LETTER);
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());

        assertEquals(List.of("payer.address", "reason", "visits"),
                merge.asked(letter, sources).stream().map(MergeField::name).toList(),
                "only the letter's own inputs, and the payer's address no record holds, are asked");
        String text = merge.merge(letter, sources, Map.of("reason", "to confirm your next visit", "visits", "6",
                "payer.address", "PO Box 9, Concord, NH 03301")).requireComplete();

        for (String line : List.of("client.firstName: Sam", "client.lastName: Ortiz",
                "client.fullName: Samuel Ortiz", "client.preferredName: Sam", "client.dateOfBirth: 2 April 1990",
                "client.address: 4 Elm Row, Dover, NH 03820", "client.memberId: GSH-778899",
                "client.phone: 555-0142", "client.email: sam@example.org", "clinician.name: Rowan Ellery",
                "clinician.credentials: LCSW", "clinician.licenseNumber: LCSW-12345", "clinician.phone: 555-0101",
                "clinician.email: rowan@example.org", "agency.name: Harbourside Counseling",
                "agency.address: 12 Quay Street, Portsmouth, NH 03801", "agency.phone: 555-0100",
                "agency.fax: 555-0199", "payer.name: Granite State Health",
                "payer.address: PO Box 9, Concord, NH 03301",
                "plan.goals: - Sleep through the night, - Return to work three days a week",
                "plan.nextReviewDate: 15 January 2027", "date.today: 7 December 2026")) {
            assertTrue(text.contains(line), () -> "expected «" + line + "» in\n" + text);
        }
        assertTrue(text.contains("Reason: to confirm your next visit. Visits: 6. A brace: {."), text);
    }

    @Test
    void theOneStandardFieldNoRecordHoldsIsAskedByItsLabel() {
        FormDefinition letter = LetterFixture.form(LetterFixture.EVERY_FIELD_LETTER);
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());

        MergedLetter merged = merge.merge(letter, sources, Map.of("reason", "x", "visits", "1"));

        assertEquals(List.of("payer.address"), merged.missing().stream().map(MergeField::name).toList());
        assertEquals("Insurance company's address", merged.missingLabels());
        assertTrue(merged.text().contains("payer.address: {payer.address}"), "a missing field is never blanked");
    }

    @Test
    void whatASparseRecordLacksIsAskedAndReportedByLabel() {
        FormDefinition letter = LetterFixture.form("std.letters.MedicalRecordsRequest");
        LetterSources sources = new LetterSources(LetterFixture.sparseRecord(),
                new LetterAuthor("c-new", "Jo Park", "", "", "", ""), Letterhead.NONE, LetterFixture.TODAY);

        List<String> asked = merge.asked(letter, sources).stream().map(MergeField::label).toList();

        assertEquals(List.of("Provider's name", "Provider's address", "Client's date of birth", "Records requested",
                "Why we need them", "Agency address", "Agency fax number", "Your phone number", "Your credentials (e.g. LCSW)",
                "Your license number", "Agency name"), asked);
        MissingMergeFieldsException refused = assertThrows(MissingMergeFieldsException.class,
                () -> merge.merge(letter, sources, Map.of("recipientName", "Dr. Lee")).requireComplete());
        assertTrue(refused.getMessage().startsWith("This letter needs Provider's address; Client's date of birth;"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Nothing was stored."), refused.getMessage());
        assertEquals(10, refused.missing().size());
    }

    @Test
    void answersFillWhatTheRecordLacks() {
        FormDefinition letter = LetterFixture.form("std.letters.InsuranceRequestContinued");
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());
        Map<String, String> answers = answersFor(letter, sources);
        answers.put("payer.address", "PO Box 9, Concord, NH 03301");

        MergedLetter merged = merge.merge(letter, sources, answers);

        assertTrue(merged.complete(), merged::missingLabels);
        assertTrue(merged.text().startsWith("7 December 2026\n\nGranite State Health\nPO Box 9, Concord, NH 03301"),
                merged.text());
        assertEquals("Granite State Health", merged.recipient(), "a letter to the payer is addressed to the payer");
    }

    @Test
    void aRecordValueIsNeverReplacedByAnAnswer() {
        FormDefinition letter = LetterFixture.form("std.letters.AbsenceFirstNotice");
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());

        String text = merge.merge(letter, sources, Map.of("missedDates", "1 and 8 December", "client.firstName",
                "Someone else")).requireComplete();

        assertTrue(text.contains("Dear Sam,"), text);
        assertFalse(text.contains("Someone else"));
    }

    @Test
    void eachOfTheElevenStandardLettersMergesWithNoPlaceholderLeft() {
        List<FormDefinition> letters = LetterFixture.standardLetters();
        assertEquals(11, letters.size(), "the standard library's letters");
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());
        for (FormDefinition letter : letters) {
            Map<String, String> answers = answersFor(letter, sources);
            String text = merge.merge(letter, sources, answers).requireComplete();
            assertEquals(List.of(), MergeFields.scan(text), letter.getId() + " left a placeholder:\n" + text);
            assertFalse(text.contains("{") || text.contains("}"), letter.getId() + ":\n" + text);
            assertTrue(text.contains("Rowan Ellery, LCSW"), letter.getId() + " is signed by its writer");
        }
    }

    @Test
    void aNumberInputTakesOnlyANumber() {
        FormDefinition letter = LetterFixture.form("std.letters.AbsenceSecondNotice");
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());
        MergeField count = merge.fieldsOf(letter).stream().filter(field -> field.name().equals("missedCount"))
                .findFirst().orElseThrow();
        assertTrue(count.input() && count.type() instanceof NumberType);

        MergedLetter merged = merge.merge(letter, sources, Map.of("missedCount", "three", "policySummary", "x"));

        assertEquals("Number of appointments missed", merged.missingLabels());
    }

    @Test
    void paragraphsWrappedInTheTemplateFlowAndShortLinesKeepTheirBreaks() {
        FormDefinition letter = LetterFixture.form("std.letters.AuthorizationDenialNotice");
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());

        String text = merge.merge(letter, sources, answersFor(letter, sources)).requireComplete();

        assertTrue(text.contains("Please call us at 555-0100 so we can talk about the next steps together. Your care"
                + " matters to us."), text);
        assertTrue(text.contains("with the appeal.\n- You can call Granite State Health"), "list items keep their lines");
        assertTrue(text.contains("Sincerely,\n\nRowan Ellery, LCSW\nHarbourside Counseling"), text);
    }

    @Test
    void anAddressKeepsItsLinesOnItsOwnLineAndIsJoinedInsideASentence() {
        FormDefinition letter = LetterFixture.form("std.letters.MedicalRecordsRequest");
        LetterSources sources = LetterFixture.sources(LetterFixture.fullRecord());
        Map<String, String> answers = answersFor(letter, sources);
        answers.put("recipientAddress", "Dr. Lee's clinic\n9 Main Street\nKeene, NH 03431");

        String text = merge.merge(letter, sources, answers).requireComplete();

        assertTrue(text.contains("\nDr. Lee's clinic\n9 Main Street\nKeene, NH 03431\n"), text);
        assertTrue(text.contains("send the records to me at 12 Quay Street, Portsmouth, NH 03801, or by fax"), text);
    }

    /** @return an answer for every asked field: a date for dates, a number for numbers, words otherwise */
    static Map<String, String> answersFor(FormDefinition letter, LetterSources sources) {
        Map<String, String> answers = new HashMap<>();
        for (MergeField field : new LetterMerge().asked(letter, sources)) {
            answers.put(field.name(), field.type() instanceof DateType ? "12 December 2026"
                    : field.type() instanceof NumberType ? "4" : "answer for " + field.label().toLowerCase());
        }
        return answers;
    }
}
