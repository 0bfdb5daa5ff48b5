package org.casenotes.ui.forms.internal.renderers;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.record.FieldValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * A one-line text box for values typed in a format (numbers, dates, times, minutes), optionally followed by a unit.
 * What is typed is parsed on every change: a value is stored, an empty box clears the value, and anything else is
 * reported on the field without changing the note.
 */
final class TypedText {

    /** Turns what was typed into the edit that stores it; throws {@link IllegalArgumentException} if it is no value. */
    @FunctionalInterface
    interface Parser {
        Consumer<ValueEditor> parse(String typed, String fieldId);
    }

    private TypedText() {
    }

    /**
     * @param placeholder shown in the empty box, e.g. "yyyy-mm-dd"
     * @param unit        shown after the box, or {@code null}
     * @param problem     says what is expected when the text does not parse, e.g. "Type a date as 2026-11-18."
     * @param format      shows a stored value as text
     */
    static RenderedField create(FieldRenderContext context, String placeholder, String unit, String problem,
            Parser parser, Function<FieldValue, String> format) {
        Composite row = context.toolkit().createComposite(context.parent());
        GridLayout layout = new GridLayout(unit == null ? 1 : 2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        Text text = context.toolkit().createText(row, "", SWT.BORDER | SWT.SINGLE);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 160;
        text.setLayoutData(data);
        text.setMessage(placeholder);
        text.setEditable(!context.readOnly());
        if (unit != null) {
            context.toolkit().createLabel(row, unit);
        }
        String id = context.field().getId();
        boolean[] typing = new boolean[1];
        boolean[] tidying = new boolean[1];
        text.addModifyListener(event -> {
            if (tidying[0]) {
                return;
            }
            String typed = text.getText().strip();
            if (typed.isEmpty()) {
                context.edit("Clear " + TextFieldRenderer.label(context.field()), editor -> editor.clear(id));
                return;
            }
            Consumer<ValueEditor> edit;
            try {
                edit = parser.parse(typed, id);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                context.reportInput(problem);
                return;
            }
            typing[0] = true;
            try {
                context.edit("Enter " + TextFieldRenderer.label(context.field()), edit);
            } finally {
                typing[0] = false;
            }
        });
        // leaving the box shows the value as the note holds it ("1050" becomes "10:50"); typing that is no value yet
        // stays as typed, and the tidying is no edit of the note (no undo step)
        text.addListener(SWT.FocusOut, event -> {
            String typed = text.getText().strip();
            Optional<String> shown = context.value().map(format).filter(held -> !held.equals(typed));
            if (shown.isPresent() && parses(parser, typed, id)) {
                tidying[0] = true;
                try {
                    text.setText(shown.get());
                } finally {
                    tidying[0] = false;
                }
            }
        });
        RenderedField rendered = new RenderedField() {
            // what the note held when the box was last filled from it; the box keeps unfinished or invalid typing
            // (e.g. "12:3" on the way to "12:30") until the note holds something else
            private String held;

            @Override
            public Control control() {
                return text;
            }

            @Override
            public void refresh(Optional<FieldValue> value) {
                String shown = value.map(format).orElse("");
                if (!shown.equals(held)) {
                    held = shown;
                    // what was just typed is the value ("9" for 09:00): the box keeps it as typed
                    if (!typing[0] && !shown.equals(text.getText().strip())) {
                        text.setText(shown);
                    }
                }
            }
        };
        rendered.refresh(context.value());
        return rendered;
    }

    private static boolean parses(Parser parser, String typed, String id) {
        try {
            parser.parse(typed, id);
            return true;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return false;
        }
    }
}
