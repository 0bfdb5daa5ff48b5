package org.casenotes.core.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.casenotes.core.lifecycle.NoteContentHash;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.TextValue;
import org.junit.jupiter.api.Test;

class LetterSigningTest {

    private static final Instant NOW = Instant.parse("2026-12-07T15:30:00Z");

    private final LetterMerge merge = new LetterMerge();
    private final LetterSigning signing = new LetterSigning(merge, Clock.fixed(NOW, ZoneOffset.UTC));
    private final FormDefinition dischargeLetter = LetterFixture.form("std.letters.DischargeNoContact");
    private final Client client = LetterFixture.fullRecord();
    private final LetterSources sources = LetterFixture.sources(client);
    private final Map<String, String> answers = Map.of("lastSessionDate", "2 October 2026", "contactAttempts",
            "two phone calls and a letter");

    @Test
    void theEditedTextIsSignedWithLetterheadInputsAndAHashOfItsContent() {
        String edited = merge.merge(dischargeLetter, sources, answers).requireComplete()
                .replace("We wish you well,", "We wish you and your family well,");

        Letter letter = signing.sign("L-1", dischargeLetter, sources, answers, edited);

        assertEquals("std.letters.DischargeNoContact", letter.getTemplateId());
        assertEquals(1, letter.getTemplateVersion());
        assertEquals("Samuel Ortiz", letter.getRecipient());
        assertEquals(edited.strip(), letter.getText());
        assertTrue(letter.getText().contains("We have not seen you since 2 October 2026."), letter.getText());
        assertEquals("Harbourside Counseling\n12 Quay Street\nPortsmouth, NH 03801\nPhone 555-0100  ·  Fax 555-0199",
                letter.getLetterhead());
        assertEquals("two phone calls and a letter", letter.getValues().stream()
                .filter(value -> value.getFieldId().equals("contactAttempts")).map(TextValue.class::cast)
                .findFirst().orElseThrow().getText());
        assertEquals("Rowan Ellery", letter.getSignature().getSignerName());
        assertEquals("LCSW", letter.getSignature().getCredentials());
        assertEquals(NOW, letter.getSignature().getSignedAt());
        assertEquals(NoteContentHash.ofLetter(client.getId(), letter), letter.getSignature().getContentHash());
        assertEquals(64, letter.getSignature().getContentHash().length());
    }

    @Test
    void theHashChangesWhenTheTextDoes() {
        String text = merge.merge(dischargeLetter, sources, answers).requireComplete();
        Letter letter = signing.sign("L-1", dischargeLetter, sources, answers, text);
        String hash = letter.getSignature().getContentHash();

        letter.setText(text + " P.S.");

        assertTrue(!hash.equals(NoteContentHash.ofLetter(client.getId(), letter)));
    }

    @Test
    void aLetterMissingAFieldIsRefusedByLabelAndNothingIsMade() {
        MissingMergeFieldsException refused = assertThrows(MissingMergeFieldsException.class,
                () -> signing.sign("L-2", dischargeLetter, sources, Map.of("lastSessionDate", "2 October 2026"),
                        "Dear Sam, we closed your file."));

        assertEquals("This letter needs How we tried to reach the client. The record does not hold it: fill in what "
                + "is missing. Nothing was stored.", refused.getMessage());
        assertEquals(0, client.getLetters().size());
    }

    @Test
    void aTextStillHoldingAMergeFieldIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> signing.sign("L-3", dischargeLetter, sources, answers, "Dear {client.firstName}, bye."));

        assertEquals("The letter still holds {client.firstName}: write the text in its place. Nothing was stored.",
                refused.getMessage());
    }

    @Test
    void noCredentialsAreInventedForAWriterWithout() {
        LetterSources plain = new LetterSources(client, new LetterAuthor("c-jo", "Jo Park", "", "", "", ""),
                LetterFixture.letterhead(), LetterFixture.TODAY);
        FormDefinition first = LetterFixture.form("std.letters.AbsenceFirstNotice");
        Map<String, String> given = Map.of("missedDates", "1 December", "clinician.credentials", "MSW intern");

        Letter letter = signing.sign("L-4", first, plain, given,
                merge.merge(first, plain, given).requireComplete());

        assertNull(letter.getSignature().getCredentials());
        assertTrue(letter.getText().contains("Jo Park, MSW intern"), "the answer is merged into the text");
    }
}
