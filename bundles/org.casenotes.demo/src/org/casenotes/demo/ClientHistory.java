package org.casenotes.demo;

import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;

/**
 * One generated client: the record (demographics, plan, sessions, measures, letters) and the notes, which the
 * store saves separately.
 *
 * @param client the client record, without notes
 * @param notes  the client's notes, oldest first
 */
public record ClientHistory(Client client, List<Note> notes) {
}
