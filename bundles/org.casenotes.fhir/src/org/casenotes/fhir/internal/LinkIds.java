package org.casenotes.fhir.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.query.FormDefinitions;

/**
 * The {@code linkId} of every Questionnaire item made from a form: an element keeps its id, an instrument's items,
 * total and severity are named below their block ({@code phq9.q1}, {@code phq9.total}). Assigned in document order
 * before any item is made, so that conditions and calculations can name items that come later.
 */
final class LinkIds {

    private final Map<FormElement, String> byElement = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();

    LinkIds(FormDefinition form) {
        assign(form);
    }

    private void assign(ElementContainer container) {
        for (FormElement element : FormDefinitions.allElements(container)) {
            String linkId = unique(element.getId());
            byElement.put(element, linkId);
            if (element instanceof InstrumentBlock block) {
                block.getInstrument().getItems().forEach(item -> used.add(item(block, item)));
                used.add(total(block));
                used.add(severity(block));
            }
        }
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    String of(FormElement element) {
        String linkId = byElement.get(element);
        if (linkId == null) {
            throw new IllegalArgumentException("not an element of this form: " + element.getId());
        }
        return linkId;
    }

    String item(InstrumentBlock block, InstrumentItem item) {
        return of(block) + "." + item.getId();
    }

    String total(InstrumentBlock block) {
        return of(block) + ".total";
    }

    String severity(InstrumentBlock block) {
        return of(block) + ".severity";
    }

    String instructions(InstrumentBlock block) {
        return of(block) + ".instructions";
    }

    /** The display item that carries an item's help text. */
    static String help(String linkId) {
        return linkId + ".help";
    }
}
