package org.casenotes.ui.forms.internal.renderers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.casenotes.model.record.FieldValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A row of radio buttons (one choice) or check boxes (several) for a fixed list of options, used by choice, yes/no
 * and goal reference fields; long rows wrap to the form's width. Selecting stores the selected ids; deselecting the
 * last one removes the value. A letter typed on an option reaches the option it starts ({@link OptionTypeAhead}).
 */
final class OptionButtons {

    /** Stores the selected ids (never empty) as the field's value. */
    @FunctionalInterface
    interface Store {
        void store(List<String> selectedIds);
    }

    private OptionButtons() {
    }

    /**
     * @param ids      option ids, in display order
     * @param labels   their labels
     * @param selected reads the selected ids from a stored value
     */
    static RenderedField create(FieldRenderContext context, boolean multiple, List<String> ids, List<String> labels,
            Function<FieldValue, List<String>> selected, Store store) {
        Composite row = context.toolkit().createComposite(context.parent());
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginLeft = 0;
        layout.wrap = true;
        row.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300; // wraps to the width of the form rather than widening it
        row.setLayoutData(data);
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Button button = context.toolkit().createButton(row, labels.get(i), multiple ? SWT.CHECK : SWT.RADIO);
            button.setData(ids.get(i));
            button.setEnabled(!context.readOnly());
            buttons.add(button);
        }
        if (multiple && !buttons.isEmpty()) {
            CheckBoxGroup.install(row, buttons);
        }
        OptionTypeAhead.install(buttons, multiple);
        String id = context.field().getId();
        for (Button button : buttons) {
            button.addListener(SWT.Selection, event -> {
                if (!multiple && !button.getSelection()) {
                    return; // the radio being deselected; its sibling reports the choice
                }
                List<String> chosen = buttons.stream().filter(Button::getSelection).map(b -> (String) b.getData())
                        .toList();
                if (chosen.isEmpty()) {
                    context.edit("Clear " + TextFieldRenderer.label(context.field()), editor -> editor.clear(id));
                } else {
                    store.store(chosen);
                }
            });
        }
        RenderedField rendered = new RenderedField() {
            @Override
            public Control control() {
                return row;
            }

            @Override
            public void refresh(Optional<FieldValue> value) {
                List<String> held = value.map(selected).orElse(List.of());
                for (Button button : buttons) {
                    button.setSelection(held.contains(button.getData()));
                }
            }
        };
        rendered.refresh(context.value());
        return rendered;
    }
}
