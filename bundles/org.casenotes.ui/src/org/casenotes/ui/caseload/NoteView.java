package org.casenotes.ui.caseload;

import org.casenotes.demo.DemoForms;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * A read-only view of a letter, or of a note whose form definition is not known here, from a client's timeline.
 * Notes with a known form open in the note form editor instead.
 */
public final class NoteView extends ViewPart {

    private final DemoForms forms = new DemoForms();
    private Text text;

    @Override
    public void createPartControl(Composite parent) {
        text = new Text(LockCover.around(parent), SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setText("Double-click a letter in the client's timeline to read it here.");
    }

    void showNote(Client client, Note note) {
        text.setText(NoteText.of(client, note, forms.form(note.getTemplateId())));
        setContentDescription(Labels.template(note.getTemplateId()) + ", " + Labels.day(note.getDateOfService()));
    }

    void showLetter(Client client, Letter letter) {
        text.setText(NoteText.of(client, letter));
        setContentDescription(Labels.template(letter.getTemplateId()));
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
