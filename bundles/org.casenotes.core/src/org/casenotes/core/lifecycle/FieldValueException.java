package org.casenotes.core.lifecycle;

/**
 * A value was set on a field the note's form does not have, or the value does not fit the field's type (text on a
 * number field, an option id the choice does not offer, a fraction on an integer field, ...).
 */
public final class FieldValueException extends LifecycleException {

    private static final long serialVersionUID = 1L;

    private final String fieldId;

    public FieldValueException(String fieldId, String message) {
        super(message);
        this.fieldId = fieldId;
    }

    /** @return the id of the field the value was meant for */
    public String fieldId() {
        return fieldId;
    }
}
