package org.casenotes.store.tests.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;

/**
 * Fills a store with a large fictional caseload (by default 1,000 clients with 100 notes each) for benchmarks.
 * Names and text are assembled from invented word lists; notes are SOAP-shaped with about 2 KB of text, most of
 * them signed. Deterministic for a given seed. Kept simple so the demo-data generator can absorb it later.
 */
public final class LargeCaseloadGenerator {

    private static final String[] GIVEN = {"Avery", "Rowan", "Imani", "Tomas", "Priya", "Elena", "Marcus", "Noor",
        "Jonah", "Lucia", "Kenji", "Sadie", "Dmitri", "Amara", "Felix", "Hazel", "Omar", "Greta", "Idris", "Wren"};
    private static final String[] FAMILY = {"Ashdown", "Brightwater", "Calloway", "Dunmore", "Ellery", "Fairhall",
        "Greaves", "Holloway", "Ingram", "Jessop", "Kettering", "Lindqvist", "Marwood", "Northcott", "Oakhurst",
        "Pemberton", "Quarry", "Redfern", "Stroud", "Thackeray", "Underhill", "Vance", "Whitlock", "Yardley"};
    private static final String[] SENTENCES = {
        "Client reported sleeping about six hours most nights this week.",
        "Client described two arguments with a sibling and how each ended.",
        "Client practised the breathing exercise during the session and said it helped.",
        "Client arrived on time, was dressed for the weather and made eye contact.",
        "Reviewed the safety plan; client named two people to call.",
        "Client said the new bus route made getting to work easier.",
        "Discussed the goal of attending the support group twice a month.",
        "Client completed the thought record homework for four of seven days.",
        "Client reported appetite is back to usual.",
        "Client expressed worry about an upcoming court date and identified coping steps.",
    };

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private final Random random;

    /** @param seed the random seed */
    public LargeCaseloadGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param store          the store to fill
     * @param clients        number of clients
     * @param notesPerClient notes per client
     */
    public void fill(CaseloadStore store, int clients, int notesPerClient) {
        for (int c = 0; c < clients; c++) {
            Client client = client("client-" + c);
            if (c % 4 == 0) {
                client.getMeasureResults().addAll(measureResults(client.getId(), 6));
            }
            store.saveClient(client);
            store.saveNotes(notes(client.getId(), notesPerClient));
        }
    }

    /**
     * @param id the client id
     * @return an active client with a name and a date of birth, nothing else
     */
    public Client client(String id) {
        Client client = RECORD.createClient();
        client.setId(id);
        client.setLegalName(pick(GIVEN) + " " + pick(FAMILY));
        client.setStatus(ClientStatus.ACTIVE);
        client.setDateOfBirth(LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        return client;
    }

    /**
     * @param clientId the client
     * @param count    how many
     * @return PHQ-9 and GAD-7 results in turn, item by item, one a week going back from 2026-06-01, each tied to
     *         the note of that week as {@link #notes} names it (as a signed note's measure result is)
     */
    public List<MeasureResult> measureResults(String clientId, int count) {
        List<MeasureResult> results = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            boolean phq9 = n % 2 == 0;
            MeasureResult result = RECORD.createMeasureResult();
            result.setId(clientId + "-measure-" + n);
            result.setInstrumentId(phq9 ? "phq9" : "gad7");
            result.setAdministeredOn(LocalDate.of(2026, 6, 1).minusWeeks(count - n));
            result.setNoteId(clientId + "-note-" + n);
            int total = 0;
            for (int item = 1; item <= (phq9 ? 9 : 7); item++) {
                ItemAnswer answer = RECORD.createItemAnswer();
                answer.setItemId((phq9 ? "phq" : "gad") + item);
                answer.setScore(random.nextInt(4));
                total += answer.getScore();
                result.getAnswers().add(answer);
            }
            result.setTotal(total);
            result.setBand(total < 5 ? "minimal" : total < 10 ? "mild" : total < 15 ? "moderate" : "severe");
            if (phq9 && result.getAnswers().get(8).getScore() > 0) {
                result.getCriticalItemIds().add("phq9");
            }
            results.add(result);
        }
        return results;
    }

    /**
     * @param clientId the client
     * @param count    how many
     * @return notes for the client, one a week going back from 2026-06-01; the last two unsigned (the latest
     *         submitted for co-signature for one client in three, returned for revision for another)
     */
    public List<Note> notes(String clientId, int count) {
        List<Note> notes = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            notes.add(note(clientId + "-note-" + n, clientId, LocalDate.of(2026, 6, 1).minusWeeks(count - n),
                    n < count - 2));
        }
        // the latest note of one client in three awaits a co-signature, of another in three was returned
        int review = Math.floorMod(clientId.hashCode(), 3);
        if (count > 0 && review > 0) {
            notes.getLast().setStatus(review == 1 ? NoteStatus.SUBMITTED : NoteStatus.RETURNED);
        }
        return notes;
    }

    /**
     * @param id       note id
     * @param clientId client id
     * @param date     date of service
     * @param signed   whether it is signed
     * @return a SOAP-shaped note with about 2 KB of text
     */
    public Note note(String id, String clientId, LocalDate date, boolean signed) {
        Note note = RECORD.createNote();
        note.setId(id);
        note.setClientId(clientId);
        note.setTemplateId("std.soap");
        note.setTemplateVersion(1);
        note.setAuthorId("clin-1");
        note.setDateOfService(date);
        note.setCreatedAt(Instant.parse("2026-06-01T12:00:00Z"));
        for (String field : new String[] {"subjective", "objective", "assessment", "plan"}) {
            TextValue text = RECORD.createTextValue();
            text.setFieldId(field);
            text.setText(paragraph(4 + random.nextInt(4)));
            note.getValues().add(text);
        }
        DurationValue minutes = RECORD.createDurationValue();
        minutes.setFieldId("minutes");
        minutes.setMinutes(30 + random.nextInt(30));
        note.getValues().add(minutes);
        NumberValue phq9 = RECORD.createNumberValue();
        phq9.setFieldId("phq9");
        phq9.setValue(BigDecimal.valueOf(random.nextInt(27)));
        note.getValues().add(phq9);
        if (signed) {
            Signature signature = RECORD.createSignature();
            signature.setSignerId("clin-1");
            signature.setSignerName("Robin Vale");
            signature.setCredentials("LCSW");
            signature.setSignedAt(Instant.parse("2026-06-01T13:00:00Z"));
            signature.setContentHash(Long.toHexString(random.nextLong()));
            note.setSignature(signature);
            note.setStatus(NoteStatus.SIGNED);
        } else {
            note.setStatus(NoteStatus.DRAFT);
        }
        return note;
    }

    private String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(pick(SENTENCES));
        }
        return text.toString();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
