package org.casenotes.template.compiler;

import java.util.HashMap;
import java.util.Map;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.query.FormDefinitions;

/**
 * The form being built and its elements by id, so that conditions compiled after the elements can point at them.
 * Ids are unique in a flattened template (the validator guarantees it before anything is compiled).
 */
final class CompilationContext {

    private final FormDefinition form;
    private final Map<String, FormElement> elements = new HashMap<>();

    CompilationContext(FormDefinition form) {
        this.form = form;
        reindex();
    }

    FormDefinition form() {
        return form;
    }

    /** Re-reads the ids after elements were added, removed or moved. */
    void reindex() {
        elements.clear();
        for (FormElement element : FormDefinitions.allElements(form)) {
            elements.put(element.getId(), element);
        }
    }

    void register(FormElement element) {
        elements.put(element.getId(), element);
    }

    /** @return the element with this id; fails loudly, since validation rules out unknown ids. */
    <T extends FormElement> T element(String id, Class<T> type) {
        FormElement element = elements.get(id);
        if (!type.isInstance(element)) {
            throw new IllegalStateException("No " + type.getSimpleName() + " with id '" + id + "' in " + form.getId());
        }
        return type.cast(element);
    }
}
