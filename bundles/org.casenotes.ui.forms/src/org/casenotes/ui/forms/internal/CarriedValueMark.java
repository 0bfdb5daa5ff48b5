package org.casenotes.ui.forms.internal;

import java.util.Optional;

import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.ValueProvenance;
import org.casenotes.ui.forms.RecordNames;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Highlights a value carried forward from an earlier note until the clinician reviews it: the field is tinted and
 * says where the value came from, with "Mark reviewed" beside it. Marking it reviewed or changing the value (which
 * makes it the clinician's own) takes the highlight away.
 */
final class CarriedValueMark {

    /** The tint of a field whose carried value awaits review. */
    static final Color TINT = new Color(255, 243, 205);

    private final Composite field;
    private final Color plain;
    private final Composite strip;
    private final Label from;
    private final Button review;
    private final RecordNames names;
    private boolean tinted;

    /**
     * @param field        the field's composite, tinted while the value awaits review
     * @param markReviewed marks the value reviewed as an undoable edit
     */
    CarriedValueMark(Composite field, FormToolkit toolkit, RecordNames names, boolean readOnly,
            Runnable markReviewed) {
        this.field = field;
        this.names = names;
        this.plain = toolkit.getColors().getBackground();
        strip = toolkit.createComposite(field);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        strip.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        strip.setLayoutData(data);
        strip.setVisible(false);
        from = toolkit.createLabel(strip, "");
        review = toolkit.createButton(strip, "Mark reviewed", SWT.PUSH);
        review.setToolTipText("Confirm that this value still holds for this session");
        review.setVisible(!readOnly);
        review.addListener(SWT.Selection, event -> markReviewed.run());
    }

    /** Shows or hides the highlight for {@code value}; @return whether the layout changed */
    boolean show(Optional<FieldValue> value) {
        boolean awaiting = value.map(FieldValue::getProvenance).orElse(null) == ValueProvenance.CARRIED_REVIEW;
        if (awaiting) {
            String source = value.map(FieldValue::getCarriedFromNoteId).flatMap(names::note)
                    .orElse("an earlier note");
            String text = "Carried forward from " + source + " \u2014";
            if (!text.equals(from.getText())) {
                from.setText(text);
                strip.layout();
            }
        }
        if (awaiting != tinted) {
            tinted = awaiting;
            tint(field, awaiting ? TINT : plain);
        }
        return ElementView.show(strip, awaiting);
    }

    /** @return whether the field is highlighted as awaiting review */
    boolean shown() {
        return tinted;
    }

    /** @return the "Mark reviewed" button */
    Button reviewButton() {
        return review;
    }

    private void tint(Control control, Color color) {
        if (control == review) {
            return;
        }
        OwnColours.paint(control, color, null);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                tint(child, color);
            }
        }
    }
}
