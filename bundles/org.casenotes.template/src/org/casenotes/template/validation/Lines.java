package org.casenotes.template.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Line numbers of elements, for messages that point at another place in the file. */
final class Lines {

    private Lines() {
    }

    static int of(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? 0 : node.getStartLine();
    }
}
