package org.casenotes.template.scoping;

import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.ast.TopLevelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports only what other files can name: templates, shared sections, option sets and instruments. Fields are
 * local to their template, which keeps the index small even for templates with thousands of fields.
 */
public class TopLevelExportStrategy extends DefaultResourceDescriptionStrategy {

    @Override
    public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
        if (eObject instanceof TemplateFile) {
            return true;
        }
        if (eObject instanceof TopLevelElement) {
            super.createEObjectDescriptions(eObject, acceptor);
        }
        return false;
    }
}
