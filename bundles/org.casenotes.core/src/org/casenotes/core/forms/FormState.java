package org.casenotes.core.forms;

import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.record.FieldValue;

/**
 * Whether an element of a form is shown and whether a field is required, given a note's current values. An element
 * is shown while its own {@code shownWhen} and those of the sections around it hold; a hidden field is never
 * required. Stateless.
 */
public final class FormState {

    private FormState() {
    }

    /** @return whether {@code element} is shown in {@code scope} (the row for an element of a repeatable group) */
    public static boolean isShown(FormElement element, ValueScope scope) {
        for (Object level = element; level instanceof FormElement current; level = current.eContainer()) {
            if (!Conditions.holds(current.getShownWhen(), scope)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code field} must have a value in {@code scope} */
    public static boolean isRequired(Field field, ValueScope scope) {
        return isShown(field, scope)
                && (field.isRequired() || field.getRequiredWhen() != null && Conditions.holds(field.getRequiredWhen(), scope));
    }

    /** @return whether a required instrument block is shown */
    public static boolean isRequired(InstrumentBlock block, ValueScope scope) {
        return block.isRequired() && isShown(block, scope);
    }

    /** @return whether the signature needs a supervisor's co-signature for these values */
    public static boolean needsCosignature(SignatureBlock signature, ValueScope scope) {
        return signature.isCosignatureRequired()
                || signature.getCosignatureWhen() != null && Conditions.holds(signature.getCosignatureWhen(), scope);
    }

    /** @return whether {@code field} holds a non-empty value in {@code scope} */
    public static boolean isAnswered(Field field, ValueScope scope) {
        Optional<FieldValue> value = scope.value(field.getId());
        return value.isPresent() && Expressions.ofValue(field, value.get()).isPresent();
    }
}
