package org.casenotes.ui.forms.internal;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.RecordNames;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The addenda of a signed note below its signature, oldest first, read-only: who wrote each and when, why, and
 * what it says (selectable, to copy). Addenda are added through the lifecycle ("Add Addendum"), which reopens the editor.
 */
final class AddendaView {

    private AddendaView() {
    }

    /** Shows the addenda of {@code note} at the end of {@code body}, if it has any. */
    static void create(Composite body, FormToolkit toolkit, Note note, RecordNames names) {
        if (note.getAddenda().isEmpty()) {
            return;
        }
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText("Addenda (" + note.getAddenda().size() + ")");
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite list = toolkit.createComposite(section);
        list.setLayout(new GridLayout(1, false));
        for (Addendum addendum : note.getAddenda()) {
            String author = addendum.getAuthorId() == null ? "unknown author"
                    : names.clinician(addendum.getAuthorId()).orElse(addendum.getAuthorId());
            Label heading = toolkit.createLabel(list, "Addendum by " + author + " on "
                    + RecordTimes.format(addendum.getCreatedAt()));
            heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            if (addendum.getReason() != null && !addendum.getReason().isBlank()) {
                wrapped(toolkit, list, "Reason: " + addendum.getReason());
            }
            // read-only text rather than a label, so that it can be selected and copied
            Text text = toolkit.createText(list, addendum.getText() == null ? "" : addendum.getText(),
                    SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
            text.setLayoutData(wrapping());
        }
        section.setClient(list);
    }

    private static void wrapped(FormToolkit toolkit, Composite parent, String text) {
        toolkit.createLabel(parent, text, SWT.WRAP).setLayoutData(wrapping());
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 400; // wraps to the width of the form rather than widening it
        return data;
    }
}
