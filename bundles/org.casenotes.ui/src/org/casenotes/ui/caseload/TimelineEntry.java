package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;

/**
 * One entry of a client's timeline: a note or a letter. Psychotherapy notes are never in it: the store keeps them
 * out of the client record, and the timeline shows only that record.
 *
 * @param day    the date of service, or the day a letter was written
 * @param kind   "Note" or "Letter"
 * @param title  the template as titled ({@link TemplateTitles})
 * @param status the note status ("Signed", "Draft", …, with "late entry" and addenda), or the recipient
 * @param note   the note, or null
 * @param letter the letter, or null
 */
record TimelineEntry(LocalDate day, String kind, String title, String status, Note note, Letter letter) {

    /** @return the client's notes and letters, newest first */
    static List<TimelineEntry> of(Client client) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Note note : client.getNotes()) {
            entries.add(new TimelineEntry(note.getDateOfService(), "Note", TemplateTitles.of(note.getTemplateId()),
                    status(note), note, null));
        }
        for (Letter letter : client.getLetters()) {
            LocalDate day = letter.getCreatedAt() == null ? null
                    : letter.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate();
            entries.add(new TimelineEntry(day, "Letter", TemplateTitles.of(letter.getTemplateId()),
                    "To " + letter.getRecipient() + (letter.getSignature() == null ? "" : ", signed"), null, letter));
        }
        entries.sort(Comparator.comparing(TimelineEntry::day, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    private static String status(Note note) {
        StringBuilder status = new StringBuilder(Labels.noteStatus(note.getStatus()));
        if (note.isLateEntry()) {
            status.append(", late entry");
        }
        if (!note.getAddenda().isEmpty()) {
            status.append(", ").append(note.getAddenda().size()).append(" addend")
                    .append(note.getAddenda().size() == 1 ? "um" : "a");
        }
        return status.toString();
    }
}
