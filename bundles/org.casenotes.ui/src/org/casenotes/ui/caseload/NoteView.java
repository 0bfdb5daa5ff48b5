package org.casenotes.ui.caseload;

import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * A read-only view of a letter, or of a note whose form definition is not known here, from a client's timeline
 * (its fields labelled from the newest version of its template, if one is installed). Notes with a known form open in
 * the note form editor instead.
 */
public final class NoteView extends ViewPart {

    private Text text;
    private ShownLetter shown;

    @Override
    public void createPartControl(Composite parent) {
        text = new Text(LockCover.around(parent), SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setText("Double-click a letter in the client's timeline to read it here.");
    }

    /**
     * A letter shown in the view, with its client.
     *
     * @param client the client whose record holds the letter
     * @param letter the letter
     */
    public record ShownLetter(Client client, Letter letter) {
    }

    void showNote(Client client, Note note) {
        shown = null;
        // not this note's version (else the editor would have opened it): the newest one's labels name its fields
        text.setText(NotePlainText.of(client, note, NoteForms.installed().latest(note.getTemplateId())));
        setContentDescription(TemplateTitles.of(note.getTemplateId()) + ", " + Labels.day(note.getDateOfService()));
    }

    /** Shows a letter of a client's record, read-only; File &gt; Export as PDF... and Print... then take it. */
    public void showLetter(Client client, Letter letter) {
        shown = new ShownLetter(client, letter);
        text.setText(NotePlainText.of(client, letter));
        setContentDescription(TemplateTitles.of(letter.getTemplateId()));
    }

    /** @return the letter shown, if the view shows one */
    public Optional<ShownLetter> shownLetter() {
        return Optional.ofNullable(shown);
    }

    /** @return the text shown (for tests) */
    public String shownText() {
        return text.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
