package org.casenotes.template.structure;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** Reads the id of any named element of a template file (sections, fields, options, templates ...). */
public final class Names {

    private Names() {
    }

    /** @return the element's id, or {@code null} when it has none (or has not been parsed). */
    public static String of(EObject element) {
        return element == null ? null : SimpleAttributeResolver.NAME_RESOLVER.apply(element);
    }
}
