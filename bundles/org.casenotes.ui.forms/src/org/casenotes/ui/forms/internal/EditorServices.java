package org.casenotes.ui.forms.internal;

import org.casenotes.ui.forms.PlanElementSource;
import org.casenotes.ui.forms.RecordNames;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What every element view of one editor shares: the toolkit, the renderers, the note's edits, the plan goals, the
 * names of clinicians and earlier notes.
 */
final class EditorServices {

    private final FormToolkit toolkit;
    private final FieldRenderers renderers;
    private final NoteEditing editing;
    private final PlanElementSource planElements;
    private final RecordNames names;
    private boolean refreshing;

    EditorServices(FormToolkit toolkit, FieldRenderers renderers, NoteEditing editing, PlanElementSource planElements,
            RecordNames names) {
        this.toolkit = toolkit;
        this.renderers = renderers;
        this.editing = editing;
        this.planElements = planElements;
        this.names = names;
    }

    FormToolkit toolkit() {
        return toolkit;
    }

    FieldRenderers renderers() {
        return renderers;
    }

    NoteEditing editing() {
        return editing;
    }

    PlanElementSource planElements() {
        return planElements;
    }

    RecordNames names() {
        return names;
    }

    boolean readOnly() {
        return !editing.editable();
    }

    /** @return whether views are being refreshed from the model, when controls' change events are not edits */
    boolean refreshing() {
        return refreshing;
    }

    /** Runs {@code refresh} with {@link #refreshing()} set. */
    void whileRefreshing(Runnable refresh) {
        boolean outer = refreshing;
        refreshing = true;
        try {
            refresh.run();
        } finally {
            refreshing = outer;
        }
    }
}
