package org.casenotes.template.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether a number could not be read (too large, say): the parser has reported it and left the attribute at 0, so a
 * check of its value would add a second, misleading error ("a maximum of 0 words") at the same place.
 */
final class UnreadNumbers {

    private UnreadNumbers() {
    }

    /** @return whether the text of {@code feature} of {@code element} has a syntax error */
    static boolean at(EObject element, EStructuralFeature feature) {
        for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
            for (INode leaf : node.getLeafNodes()) {
                if (leaf.getSyntaxErrorMessage() != null) {
                    return true;
                }
            }
            if (node.getSyntaxErrorMessage() != null) {
                return true;
            }
        }
        return false;
    }
}
