package org.casenotes.ui.forms.internal;

import java.util.Map;

import org.casenotes.core.forms.Evaluated;
import org.casenotes.core.forms.Expressions;
import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.CalculatedValue;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A calculated value (a total, a band, minutes, a CPT suggestion), recomputed whenever the note changes. */
public final class CalculatedView implements ElementView {

    /** Shown while the calculation has nothing to work on yet. */
    static final String NO_VALUE = "\u2014";

    private final CalculatedValue calculated;
    private final Composite root;
    private final Label value;

    CalculatedView(Composite parent, EditorServices services, CalculatedValue calculated) {
        this.calculated = calculated;
        root = services.toolkit().createComposite(parent);
        root.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        root.setLayout(layout);
        Label name = services.toolkit().createLabel(root,
                (calculated.getLabel() == null ? calculated.getId() : calculated.getLabel()) + ":");
        name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        value = services.toolkit().createLabel(root, NO_VALUE);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    @Override
    public boolean refresh(ValueScope scope) {
        boolean changed = ElementView.show(root, FormState.isShown(calculated, scope));
        Evaluated result = Expressions.calculate(calculated, scope);
        String text = result.isPresent() ? result.text() : NO_VALUE;
        if (!text.equals(value.getText())) {
            value.setText(text);
            root.layout();
        }
        return changed;
    }

    @Override
    public void collectFields(Map<String, FieldView> into) {
        // a calculation has no field to check
    }

    @Override
    public void collectCalculations(Map<String, CalculatedView> into) {
        into.put(calculated.getId(), this);
    }

    /** @return the value shown now */
    public String shownValue() {
        return value.getText();
    }
}
