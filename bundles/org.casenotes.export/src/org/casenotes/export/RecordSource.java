package org.casenotes.export;

import java.util.List;
import java.util.Objects;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;

/**
 * The record behind a records request's documents, for exporters that write structured data rather than pages (a
 * FHIR bundle): the client, and the notes, letters and measure results the request selected. It holds exactly what
 * the documents hold: signed notes only, never a psychotherapy note, only what falls in the request's period and
 * kinds. For one note or letter exported on its own ({@link #document(Client, Note, FormLookup)}) it holds that
 * document only, and {@code wholeRecord} is false: the client's diagnoses and treatment plans stay out too.
 *
 * @param client   the client (its diagnoses and treatment plans are read from it; its own note and measure lists
 *                 are not: use the lists here)
 * @param notes    the signed notes selected, never a psychotherapy note
 * @param letters  the letters selected
 * @param measures the measure results selected (empty unless the request asks for measures)
 * @param forms    finds the form version each note pinned
 * @param wholeRecord true for a records request (the client's diagnoses and treatment plans belong to it), false for
 *                    one document exported on its own
 */
public record RecordSource(Client client, List<Note> notes, List<Letter> letters, List<MeasureResult> measures,
        FormLookup forms, boolean wholeRecord) {

    /** What a records request selected (diagnoses and treatment plans included). */
    public RecordSource(Client client, List<Note> notes, List<Letter> letters, List<MeasureResult> measures,
            FormLookup forms) {
        this(client, notes, letters, measures, forms, true);
    }

    /** One signed note exported on its own: the note and its client, nothing else of the record. */
    public static RecordSource document(Client client, Note note, FormLookup forms) {
        return new RecordSource(client, List.of(note), List.of(), List.of(), forms, false);
    }

    /** One letter exported on its own: the letter and its client, nothing else of the record. */
    public static RecordSource document(Client client, Letter letter, FormLookup forms) {
        return new RecordSource(client, List.of(), List.of(letter), List.of(), forms, false);
    }

    public RecordSource {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(forms, "forms");
        notes = List.copyOf(notes);
        letters = List.copyOf(letters);
        measures = List.copyOf(measures);
    }
}
