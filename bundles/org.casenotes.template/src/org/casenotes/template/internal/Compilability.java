package org.casenotes.template.internal;

import java.util.function.Predicate;

import org.casenotes.template.ast.Template;
import org.casenotes.template.structure.Inheritance;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

/**
 * Which templates may be compiled into forms: the rule the whole-library compile and the incremental one share, so
 * that both give the same forms.
 */
final class Compilability {

    private Compilability() {
    }

    /**
     * @param broken whether a file has errors
     * @return whether a concrete template compiles: neither its file, nor the files of its bases and of everything
     *         it refers to, have errors, and no reference is left unresolved
     */
    static boolean compilable(Template template, Predicate<Resource> broken) {
        if (template.isAbstract()) {
            return false;
        }
        for (Template link : Inheritance.chain(template)) {
            if (broken.test(link.eResource()) || Inheritance.isCyclic(link)) {
                return false;
            }
            for (EObject reference : EcoreUtil2.eAllContentsAsList(link)) {
                for (EObject target : reference.eCrossReferences()) {
                    if (target.eIsProxy() || broken.test(target.eResource())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
