package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.PassageKind;
import org.casenotes.store.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over what notes say: stems, phrases, ranking, snippets, privacy, and staying in step. */
class NoteSearchTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;
    private Path location;
    private CaseloadStore store;

    @BeforeEach
    void create() {
        location = temp.resolve("caseload");
        store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
        store.saveClient(SampleRecords.client("c-1", "Theodora Quillfeather", "Teddy"));
        store.saveClient(SampleRecords.client("c-2", "Marisol Ebbingwood", null));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aWordFindsItsOtherFormsAndMarksThemInTheSnippet() throws InterruptedException {
        store.saveNote(SampleRecords.draft("n-1", "c-1", MARCH, "Client first described panic attacks on the bus."));
        store.saveNote(SampleRecords.draft("n-2", "c-2", MARCH, "Client slept well and reported no worries."));

        List<SearchHit> hits = search(store.noteSearch(), "panicking");

        assertEquals(List.of("n-1"), documents(hits));
        SearchHit hit = hits.get(0);
        assertEquals(PassageKind.NOTE_FIELD, hit.kind());
        assertEquals("c-1", hit.clientId());
        assertEquals("subjective", hit.fieldId());
        assertEquals(MARCH, hit.date());
        assertEquals("DRAFT", hit.status());
        assertEquals("Client first described [panic] attacks on the bus.", hit.snippet().marked());
        assertEquals(List.of("n-2"), documents(search(store.noteSearch(), "worried")));
    }

    @Test
    void aPhraseInQuotesFindsOnlyTheWordsTogether() throws InterruptedException {
        store.saveNote(SampleRecords.draft("n-1", "c-1", MARCH, "She had panic attacks at night."));
        store.saveNote(SampleRecords.draft("n-2", "c-2", MARCH, "He attacks the problem without panic."));

        assertEquals(List.of("n-1"), documents(search(store.noteSearch(), "\"panic attack\"")));
        assertEquals(List.of("n-1", "n-2"), documents(search(store.noteSearch(), "panic attacks")).stream().sorted()
                .toList());
        assertEquals("She had [panic attacks] at night.",
                search(store.noteSearch(), "\"panic attacks\"").get(0).snippet().marked());
    }

    @Test
    void theBestMatchComesFirstAndEachNoteOnce() throws InterruptedException {
        Note twice = SampleRecords.draft("n-1", "c-1", MARCH, "Insomnia again; insomnia most nights.");
        twice.getValues().add(text("plan", "Sleep hygiene for the insomnia."));
        store.saveNote(twice);
        store.saveNote(SampleRecords.draft("n-2", "c-2", MARCH,
                "A long note about the week, work, the bus, the family, and insomnia once, among other things."));

        List<SearchHit> hits = search(store.noteSearch(), "insomnia");

        assertEquals(List.of("n-1", "n-2"), documents(hits));
        assertEquals("subjective", hits.get(0).fieldId());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void aFieldInARowOfARepeatableGroupIsNamedAsTheEditorNamesIt() throws InterruptedException {
        Note note = SampleRecords.draft("n-1", "c-1", MARCH, "Plan review.");
        org.casenotes.model.record.GroupValue goals = RecordFactory.eINSTANCE.createGroupValue();
        goals.setGroupId("goals");
        goals.getRows().add(RecordFactory.eINSTANCE.createGroupRow());
        org.casenotes.model.record.GroupRow second = RecordFactory.eINSTANCE.createGroupRow();
        second.getValues().add(text("goal", "Ride the ferry alone."));
        goals.getRows().add(second);
        note.getGroups().add(goals);
        store.saveNote(note);

        List<SearchHit> hits = search(store.noteSearch(), "ferry");

        assertEquals("goals[1].goal", hits.get(0).fieldId());
        assertEquals(new org.casenotes.store.Snippet.Highlight(9, 14), hits.get(0).snippet().inPassage(),
                "where the word is in the field, to select it there");
    }

    @Test
    void psychotherapyNotesAreOnlyInTheirAuthorsOwnSearch() throws InterruptedException {
        store.saveNote(SampleRecords.draft("n-1", "c-1", MARCH, "Discussed the harbour at the session."));
        store.psychotherapyNotes().save(SampleRecords.draft("p-1", "c-1", MARCH,
                "My private impression of the harbour dream."));

        assertEquals(List.of("n-1"), documents(search(store.noteSearch(), "harbour")));
        assertEquals(List.of(), search(store.noteSearch(), "dream"));
        List<SearchHit> own = search(store.psychotherapyNotes().search(), "dream");
        assertEquals(List.of("p-1"), documents(own));
        assertEquals(PassageKind.PSYCHOTHERAPY_NOTE, own.get(0).kind());
        store.close();

        store = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-2");
        assertEquals(List.of(), search(store.psychotherapyNotes().search(), "dream"), "another clinician's");
        assertEquals(List.of(), search(store.noteSearch(), "dream"));
    }

    @Test
    void anEditedDraftAnAddendumAndALetterAreSearchedAsLastSaved() throws InterruptedException {
        NoteSearch search = store.noteSearch();
        assertTrue(search.awaitComplete(Duration.ofSeconds(30)));
        Note note = SampleRecords.draft("n-1", "c-1", MARCH, "Talked about the orchard.");
        store.saveNote(note);
        assertEquals(List.of("n-1"), documents(search.search("orchard", 10)));

        SampleRecords.setSubjective(note, "Talked about the lighthouse.");
        store.saveNote(note);
        assertEquals(List.of(), search.search("orchard", 10), "the old words are gone");
        assertEquals(List.of("n-1"), documents(search.search("lighthouse", 10)));

        Note signed = SampleRecords.signed(note);
        store.saveNote(signed);
        signed.getAddenda().add(SampleRecords.addendum("a-1", "Late entry: the client also mentioned a kestrel."));
        store.saveNote(signed);
        List<SearchHit> addendum = search.search("kestrel", 10);
        assertEquals(List.of("n-1"), documents(addendum));
        assertEquals(PassageKind.ADDENDUM, addendum.get(0).kind());
        assertEquals("a-1", addendum.get(0).fieldId());
        assertEquals("SIGNED", addendum.get(0).status());

        Client client = store.loadClientDetails("c-2").orElseThrow();
        client.getLetters().add(letter("l-1", "To whom it may concern: attendance at twelve sessions."));
        store.saveClient(client);
        List<SearchHit> letters = search.search("attendance", 10);
        assertEquals(List.of("l-1"), documents(letters));
        assertEquals(PassageKind.LETTER, letters.get(0).kind());
        assertEquals("c-2", letters.get(0).clientId());
    }

    @Test
    void theIndexIsKeptBetweenSessionsAndCatchesUpWithWhatWasSavedWithoutIt() throws InterruptedException {
        store.saveNote(SampleRecords.draft("n-1", "c-1", MARCH, "Mentioned the bicycle."));
        assertEquals(List.of("n-1"), documents(search(store.noteSearch(), "bicycle")));
        store.close();

        store = open();
        store.saveNote(SampleRecords.draft("n-2", "c-2", MARCH, "Mentioned the bicycle again."));
        store.close();

        store = open();
        NoteSearch search = store.noteSearch();
        assertTrue(search.awaitComplete(Duration.ofSeconds(30)));
        assertFalse(search.progress().building(), "loaded, not rebuilt");
        assertEquals(List.of("n-1", "n-2"), documents(search.search("bicycle", 10)).stream().sorted().toList());
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheNotes() throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            store.saveNote(SampleRecords.draft("n-" + i, "c-1", MARCH.plusDays(i), "Week " + i + ": the ferry."));
        }
        assertEquals(10, search(store.noteSearch(), "ferry").size());
        store.close();
        store = null;
        assertTrue(RawDatabase.sql(location, "UPDATE search_index_file SET content = X'00'") > 0);

        store = open();
        NoteSearch search = store.noteSearch();
        assertTrue(search.awaitComplete(Duration.ofSeconds(30)));
        assertTrue(search.progress().building());
        assertEquals(30, search.search("ferry", 100).size());
    }

    @Test
    void aLockedStoreRefusesToSearchAndSearchesAgainOnceUnlocked() throws InterruptedException {
        store.saveNote(SampleRecords.draft("n-1", "c-1", MARCH, "The marmalade cat."));
        assertEquals(1, search(store.noteSearch(), "marmalade").size());

        store.lock();
        assertThrows(CaseloadLockedException.class, () -> store.noteSearch().search("marmalade", 10));
        store.unlock(EngineFixture.PASSPHRASE.toCharArray());

        assertEquals(1, search(store.noteSearch(), "marmalade").size());
    }

    @Test
    void blankOrOddInputFindsNothingRatherThanFailing() throws InterruptedException {
        store.saveNote(SampleRecords.draft("n-1", "c-1", MARCH, "Anything at all."));
        assertEquals(List.of(), search(store.noteSearch(), "   "));
        assertEquals(List.of(), search(store.noteSearch(), "\"unbalanced (quote -"));
    }

    private CaseloadStore open() {
        return CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1");
    }

    private static List<SearchHit> search(NoteSearch search, String query) throws InterruptedException {
        assertTrue(search.awaitComplete(Duration.ofSeconds(30)), "indexed");
        return search.search(query, 10);
    }

    private static List<String> documents(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::documentId).toList();
    }

    private static org.casenotes.model.record.TextValue text(String field, String words) {
        org.casenotes.model.record.TextValue value = RecordFactory.eINSTANCE.createTextValue();
        value.setFieldId(field);
        value.setText(words);
        return value;
    }

    private static Letter letter(String id, String words) {
        Letter letter = RecordFactory.eINSTANCE.createLetter();
        letter.setId(id);
        letter.setTemplateId("std.attendance-letter");
        letter.setAuthorId("clin-1");
        letter.setCreatedAt(Instant.parse("2026-03-04T10:00:00Z"));
        letter.setText(words);
        return letter;
    }
}
