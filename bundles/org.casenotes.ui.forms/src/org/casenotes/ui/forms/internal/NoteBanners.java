package org.casenotes.ui.forms.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.ReviewComment;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.RecordNames;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * What kind of note this is, said at the top of the form before anything else: read-only (signed or submitted) in
 * the heading, and coloured strips for a psychotherapy note, kept apart from the clinical record, and for a note a
 * supervisor returned for revision, with the supervisor's comments.
 */
final class NoteBanners {

    /** What a psychotherapy note's banner says. */
    static final String PSYCHOTHERAPY = "Psychotherapy note \u2014 kept apart from the clinical record; "
            + "never exported or shown in the timeline";

    static final Color PSYCHOTHERAPY_BACKGROUND = new Color(233, 222, 250);
    private static final Color PSYCHOTHERAPY_TEXT = new Color(74, 20, 140);
    static final Color RETURNED_BACKGROUND = new Color(255, 234, 204);
    private static final Color RETURNED_TEXT = new Color(120, 60, 0);

    private NoteBanners() {
    }

    /** Says what applies to the note of {@code input} at the top of {@code form}, whose body is still empty. */
    static void create(ScrolledForm form, FormToolkit toolkit, NoteEditorInput input, boolean readOnly) {
        if (readOnly) {
            form.setMessage(input.note().getStatus().getName().toLowerCase(Locale.ROOT)
                    + " \u2014 read-only. Corrections are made with an addendum.", IMessageProvider.INFORMATION);
        }
        Composite body = form.getBody();
        if (input.isPsychotherapyNote()) {
            banner(body, toolkit, PSYCHOTHERAPY_BACKGROUND, PSYCHOTHERAPY_TEXT, PSYCHOTHERAPY, null);
        }
        Note note = input.note();
        if (note.getStatus() == NoteStatus.RETURNED && !note.getReviewComments().isEmpty()) {
            ReviewComment first = note.getReviewComments().get(0);
            String title = "Returned for revision by " + clinician(input.names(), first.getReviewerId()) + " on "
                    + RecordTimes.format(first.getCreatedAt());
            String comments = note.getReviewComments().stream().map(comment -> "\u2022 " + about(input.form(), comment)
                    + comment.getText()).collect(Collectors.joining("\n"));
            banner(body, toolkit, RETURNED_BACKGROUND, RETURNED_TEXT, title, comments);
        }
    }

    private static String clinician(RecordNames names, String id) {
        return id == null ? "a supervisor" : names.clinician(id).orElse(id);
    }

    private static String about(FormDefinition form, ReviewComment comment) {
        if (comment.getFieldId() == null) {
            return "";
        }
        return FormDefinitions.findField(form, comment.getFieldId()).map(Field::getLabel)
                .orElse(comment.getFieldId()) + ": ";
    }

    private static void banner(Composite body, FormToolkit toolkit, Color background, Color text, String title,
            String details) {
        Composite strip = toolkit.createComposite(body);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        strip.setLayout(layout);
        OwnColours.paint(strip, background, null);
        Label heading = toolkit.createLabel(strip, title, SWT.WRAP);
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        style(heading, background, text);
        if (details != null) {
            style(toolkit.createLabel(strip, details, SWT.WRAP), background, text);
        }
    }

    private static void style(Label label, Color background, Color text) {
        OwnColours.paint(label, background, text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 400; // wraps to the width of the form rather than widening it
        label.setLayoutData(data);
    }
}
