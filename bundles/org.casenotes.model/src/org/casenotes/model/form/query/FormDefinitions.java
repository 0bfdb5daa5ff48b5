package org.casenotes.model.form.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.RepeatableGroup;
import org.eclipse.emf.ecore.EObject;

/**
 * Read-only traversal of a form definition's element tree: every element in document order, every field, lookup
 * by id, and the repeatable group a field belongs to. For repeated lookups in one definition use
 * {@link ElementIndex}.
 */
public final class FormDefinitions {

    private FormDefinitions() {
    }

    /** All elements below {@code container}, depth first in document order (a section before its children). */
    public static List<FormElement> allElements(ElementContainer container) {
        List<FormElement> result = new ArrayList<>();
        collect(container, result);
        return result;
    }

    /** All fields below {@code container} in document order, including fields inside repeatable groups. */
    public static List<Field> allFields(ElementContainer container) {
        return allElements(container).stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
    }

    /** The element with the given id anywhere below {@code container}. */
    public static Optional<FormElement> findElement(ElementContainer container, String id) {
        return allElements(container).stream().filter(element -> id.equals(element.getId())).findFirst();
    }

    /** The field with the given id anywhere below {@code container}. */
    public static Optional<Field> findField(ElementContainer container, String id) {
        return findElement(container, id).filter(Field.class::isInstance).map(Field.class::cast);
    }

    /**
     * The nearest repeatable group that contains {@code element}, if any; a value of a field inside a group is
     * held once per row.
     */
    public static Optional<RepeatableGroup> enclosingGroup(FormElement element) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof RepeatableGroup group) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    private static void collect(ElementContainer container, List<FormElement> result) {
        for (FormElement element : container.getElements()) {
            result.add(element);
            if (element instanceof ElementContainer nested) {
                collect(nested, result);
            }
        }
    }
}
