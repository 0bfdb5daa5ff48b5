package org.casenotes.ui.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;

/**
 * The layout of a row of the note form (a section, field, group, questionnaire, calculation or signature): it fills
 * the width of the form, yet asks for no more than {@link #NARROWEST}, so that long guidance, hints and options wrap
 * to the visible width instead of widening the form past the review panel.
 */
final class FormRows {

    /** The width a row asks for; it gets the form's whole width when that is more. */
    static final int NARROWEST = 300;

    private FormRows() {
    }

    /** @return layout data for a row that spans {@code columns} columns of its parent's grid */
    static GridData filling(int columns) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.widthHint = NARROWEST;
        return data;
    }

    /** @return layout data for a row in a one-column grid */
    static GridData filling() {
        return filling(1);
    }
}
