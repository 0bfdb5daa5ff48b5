package org.casenotes.model.form.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;

/**
 * A snapshot index of the elements of one form definition by id, for code that looks up many ids (note editing,
 * rule evaluation). Form definitions are not changed after compilation; an index built before a change does not see
 * it.
 */
public final class ElementIndex {

    private final Map<String, FormElement> elementsById;

    private ElementIndex(Map<String, FormElement> elementsById) {
        this.elementsById = elementsById;
    }

    /**
     * Indexes every element below {@code container}.
     *
     * @throws IllegalArgumentException if two elements share an id (the template compiler never produces that)
     */
    public static ElementIndex of(ElementContainer container) {
        Map<String, FormElement> byId = new LinkedHashMap<>();
        for (FormElement element : FormDefinitions.allElements(container)) {
            FormElement previous = byId.putIfAbsent(element.getId(), element);
            if (previous != null) {
                throw new IllegalArgumentException("Duplicate element id '" + element.getId() + "' in form");
            }
        }
        return new ElementIndex(byId);
    }

    /** The element with this id. */
    public Optional<FormElement> element(String id) {
        return Optional.ofNullable(elementsById.get(id));
    }

    /** The field with this id; empty if there is none or the id names another kind of element. */
    public Optional<Field> field(String id) {
        return element(id).filter(Field.class::isInstance).map(Field.class::cast);
    }

    /** Every field in document order. */
    public List<Field> fields() {
        return elementsById.values().stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
    }
}
