package org.casenotes.store.internal.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.ValueHolder;
import org.casenotes.store.PassageKind;

/** What of a record is searchable: the text of notes' fields and addenda, letters, psychotherapy notes. */
final class RecordPassages {

    private RecordPassages() {
    }

    /**
     * @param note a note of the record
     * @return its text fields (also inside repeatable groups) and addenda
     */
    static List<Passage> ofNote(Note note) {
        List<Passage> passages = new ArrayList<>();
        String status = note.getStatus() == null ? "" : note.getStatus().getLiteral();
        for (FieldText value : textValues(note, "")) {
            passages.add(new Passage(PassageKind.NOTE_FIELD, note.getClientId(), note.getId(), value.path(),
                    note.getDateOfService(), status, nonNull(note.getTemplateId()), nonNull(note.getAuthorId()),
                    value.text()));
        }
        for (Addendum addendum : note.getAddenda()) {
            if (addendum.getText() != null && !addendum.getText().isBlank()) {
                passages.add(new Passage(PassageKind.ADDENDUM, note.getClientId(), note.getId(),
                        nonNull(addendum.getId()), note.getDateOfService(), status, nonNull(note.getTemplateId()),
                        nonNull(addendum.getAuthorId()), addendum.getText()));
            }
        }
        return passages;
    }

    /**
     * @param note  a psychotherapy note
     * @param saver who saved it, its author if the note names none
     * @return its text fields, attributed to its author
     */
    static List<Passage> ofPsychotherapyNote(Note note, String saver) {
        String author = note.getAuthorId() == null || note.getAuthorId().isBlank() ? saver : note.getAuthorId();
        List<Passage> passages = new ArrayList<>();
        String status = note.getStatus() == null ? "" : note.getStatus().getLiteral();
        for (FieldText value : textValues(note, "")) {
            passages.add(new Passage(PassageKind.PSYCHOTHERAPY_NOTE, note.getClientId(), note.getId(),
                    value.path(), note.getDateOfService(), status, nonNull(note.getTemplateId()),
                    nonNull(author), value.text()));
        }
        return passages;
    }

    /**
     * @param client a client's record
     * @return its letters' text
     */
    static List<Passage> ofLetters(Client client) {
        List<Passage> passages = new ArrayList<>();
        for (Letter letter : client.getLetters()) {
            if (letter.getText() != null && !letter.getText().isBlank()) {
                LocalDate date = letter.getCreatedAt() == null ? null
                        : LocalDate.ofInstant(letter.getCreatedAt(), ZoneOffset.UTC);
                passages.add(new Passage(PassageKind.LETTER, client.getId(), letter.getId(), "", date, "",
                        nonNull(letter.getTemplateId()), nonNull(letter.getAuthorId()), letter.getText()));
            }
        }
        return passages;
    }

    /** A text value and the field path the note editor and the rules name it by ({@code goals[0].goal} in a row). */
    private record FieldText(String path, String text) {
    }

    private static List<FieldText> textValues(ValueHolder holder, String prefix) {
        List<FieldText> values = new ArrayList<>();
        for (FieldValue value : holder.getValues()) {
            if (value instanceof TextValue text && text.getText() != null && !text.getText().isBlank()) {
                values.add(new FieldText(prefix + text.getFieldId(), text.getText()));
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (int row = 0; row < group.getRows().size(); row++) {
                values.addAll(textValues(group.getRows().get(row), prefix + group.getGroupId() + "[" + row + "]."));
            }
        }
        return values;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
