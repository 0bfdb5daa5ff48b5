package org.example.casenotes.oregon.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.NumberValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Whole-number fields from 0 to 10 (a distress, pain or craving rating: {@code field distress "Distress" : integer
 * range 0..10}) as a row of eleven buttons, 0 to 10, one click to answer, instead of a text box. Offers more than the
 * standard number renderer ({@link FieldRenderer#DEFAULT} + 10), so it replaces it for those fields only.
 * <p>
 * Registered as a declarative service in {@code OSGI-INF/rating-scale-renderer.xml}.
 */
public final class RatingScaleFieldRenderer implements FieldRenderer {

    /** The lowest and highest rating. */
    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof NumberType type && type.getNumberKind() == NumberKind.INTEGER
                && is(type.getMin(), LOWEST) && is(type.getMax(), HIGHEST) ? DEFAULT + 10 : NOT_APPLICABLE;
    }

    private static boolean is(BigDecimal bound, int value) {
        return bound != null && bound.compareTo(BigDecimal.valueOf(value)) == 0;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        Composite row = context.toolkit().createComposite(context.parent());
        GridLayout layout = new GridLayout(HIGHEST - LOWEST + 1, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        List<Button> ratings = new ArrayList<>();
        String fieldId = context.field().getId();
        for (int rating = LOWEST; rating <= HIGHEST; rating++) {
            Button button = context.toolkit().createButton(row, Integer.toString(rating), SWT.TOGGLE);
            button.setEnabled(!context.readOnly());
            BigDecimal value = BigDecimal.valueOf(rating);
            button.addListener(SWT.Selection, event -> {
                ratings.forEach(other -> other.setSelection(other == button && button.getSelection()));
                context.edit("Rate " + context.field().getLabel(), editor -> {
                    if (button.getSelection()) {
                        editor.setNumber(fieldId, value);
                    } else {
                        editor.clear(fieldId);
                    }
                });
            });
            ratings.add(button);
        }
        RenderedField rendered = new RenderedField() {
            @Override
            public Control control() {
                return row;
            }

            @Override
            public void refresh(Optional<FieldValue> value) {
                Optional<BigDecimal> number = value.filter(NumberValue.class::isInstance)
                        .map(v -> ((NumberValue) v).getValue());
                for (int i = 0; i < ratings.size(); i++) {
                    int rating = LOWEST + i;
                    ratings.get(i).setSelection(number.map(n -> n.compareTo(BigDecimal.valueOf(rating)) == 0)
                            .orElse(false));
                }
            }
        };
        rendered.refresh(context.value());
        return rendered;
    }
}
