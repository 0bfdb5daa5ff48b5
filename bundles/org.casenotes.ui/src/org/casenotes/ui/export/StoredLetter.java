package org.casenotes.ui.export;

import java.nio.file.Path;

import org.casenotes.export.DocumentSet;
import org.casenotes.export.NoteExport;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;

/**
 * A letter of a client's record, as stored, to write or print: letterhead, date, recipient, text and signature.
 *
 * @param client the letter's client
 * @param letter the letter
 * @param export writes and prints it, recording each in the audit log
 */
record StoredLetter(Client client, Letter letter, NoteExport export) implements StoredDocument {

    @Override
    public String kind() {
        return "letter";
    }

    @Override
    public String id() {
        return letter.getId();
    }

    @Override
    public String suggestedFileName() {
        return client.getId() + "-" + (letter.getCreatedAt() == null ? "undated"
                : letter.getCreatedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()) + "-letter.pdf";
    }

    @Override
    public DocumentSet documentSet() {
        return export.documentSet(client, letter);
    }

    @Override
    public void writePdf(Path target) {
        export.writePdf(client, letter, target);
    }

    @Override
    public void write(String format, Path target) {
        export.write(format, client, letter, target);
    }
}
