package org.casenotes.template.ide.contentassist;

import java.util.LinkedHashSet;
import java.util.Set;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Template;
import org.casenotes.template.validation.StructureValidator;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * Adds what the grammar alone cannot propose: the note kinds after {@code kind}, and the packages and elements of
 * every loaded file after {@code import}. Keywords and references (fields, options, templates) come from the default
 * provider through scoping.
 */
public class NoteTemplateProposalProvider extends IdeContentProposalProvider {

    @Inject
    private ResourceDescriptionsProvider descriptions;

    @Inject
    private IQualifiedNameConverter names;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        if ("kind".equals(assignment.getFeature()) && context.getCurrentModel() instanceof Template) {
            for (String kind : StructureValidator.KINDS) {
                propose(kind, "note kind", context, acceptor);
            }
            return;
        }
        if ("importedNamespace".equals(assignment.getFeature())) {
            for (String name : importable(context)) {
                propose(name, name.endsWith(".*") ? "package" : "import", context, acceptor);
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }

    private Set<String> importable(ContentAssistContext context) {
        Set<String> result = new LinkedHashSet<>();
        IResourceDescriptions index = descriptions.getResourceDescriptions(context.getResource());
        for (IResourceDescription resource : index.getAllResourceDescriptions()) {
            for (IEObjectDescription exported : resource.getExportedObjects()) {
                if (AstPackage.Literals.TOP_LEVEL_ELEMENT.isSuperTypeOf(exported.getEClass())) {
                    QualifiedName name = exported.getQualifiedName();
                    if (name.getSegmentCount() > 1) {
                        result.add(names.toString(name.skipLast(1)) + ".*");
                    }
                    result.add(names.toString(name));
                }
            }
        }
        return result;
    }

    private void propose(String text, String description, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        if (!text.startsWith(context.getPrefix())) {
            return;
        }
        ContentAssistEntry entry = getProposalCreator().createProposal(text, context);
        if (entry != null) {
            entry.setDescription(description);
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }
}
