package org.casenotes.ui.forms.internal.renderers;

import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.TextType;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.TextValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;

/**
 * Short and long text fields, in a {@link StyledText} so findings can be underlined on their words; long text wraps
 * over several lines, and the wheel over it scrolls the form unless its text needs scrolling ({@link WheelToForm}).
 * Emptying the text removes the value.
 */
public final class TextFieldRenderer implements FieldRenderer {

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof TextType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        boolean narrative = context.field().getType() instanceof LongTextType;
        StyledText text = new StyledText(context.parent(),
                (narrative ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | SWT.BORDER);
        context.toolkit().adapt(text, true, false);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        if (narrative) {
            layout.heightHint = 6 * text.getLineHeight();
            WheelToForm.install(text);
        }
        layout.widthHint = 200;
        text.setLayoutData(layout);
        text.setEditable(!context.readOnly());
        text.setMargins(3, 3, 3, 3);
        // Tab moves to the next field, as in any form; a narrative has no use for tab characters
        text.addTraverseListener(event -> {
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
        String id = context.field().getId();
        text.addModifyListener(event -> context.edit("Typing in " + label(context.field()),
                editor -> {
                    if (text.getCharCount() == 0) {
                        editor.clear(id);
                    } else {
                        editor.setText(id, text.getText());
                    }
                }));
        RenderedField rendered = new RenderedField() {
            @Override
            public Control control() {
                return text;
            }

            @Override
            public void refresh(Optional<FieldValue> value) {
                String held = value.filter(TextValue.class::isInstance).map(v -> ((TextValue) v).getText()).orElse("");
                if (!held.equals(text.getText())) {
                    int caret = Math.min(text.getCaretOffset(), held.length());
                    text.setText(held);
                    text.setCaretOffset(caret);
                }
            }

            @Override
            public Optional<StyledText> styledText() {
                return Optional.of(text);
            }
        };
        rendered.refresh(context.value());
        return rendered;
    }

    static String label(Field field) {
        return field.getLabel() == null ? field.getId() : field.getLabel();
    }
}
