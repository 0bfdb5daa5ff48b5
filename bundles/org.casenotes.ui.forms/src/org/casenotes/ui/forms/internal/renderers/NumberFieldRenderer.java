package org.casenotes.ui.forms.internal.renderers;

import java.math.BigDecimal;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.record.NumberValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;

/** Number fields: a text box followed by the unit, with the allowed range as the placeholder. */
public final class NumberFieldRenderer implements FieldRenderer {

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof NumberType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        NumberType type = (NumberType) context.field().getType();
        String range = range(type);
        String expected = (type.getNumberKind() == NumberKind.INTEGER ? "Type a whole number" : "Type a number")
                + (range.isEmpty() ? "." : " " + range + ".");
        return TypedText.create(context, range, type.getUnit(), expected, (typed, id) -> {
            BigDecimal number = new BigDecimal(typed.replace(',', '.'));
            if (type.getMin() != null && number.compareTo(type.getMin()) < 0
                    || type.getMax() != null && number.compareTo(type.getMax()) > 0) {
                throw new IllegalArgumentException("out of range");
            }
            return editor -> editor.setNumber(id, number);
        }, value -> ((NumberValue) value).getValue() == null ? "" : ((NumberValue) value).getValue().toPlainString());
    }

    private static String range(NumberType type) {
        if (type.getMin() != null && type.getMax() != null) {
            return "from " + type.getMin().toPlainString() + " to " + type.getMax().toPlainString();
        }
        if (type.getMin() != null) {
            return "at least " + type.getMin().toPlainString();
        }
        return type.getMax() == null ? "" : "at most " + type.getMax().toPlainString();
    }
}
