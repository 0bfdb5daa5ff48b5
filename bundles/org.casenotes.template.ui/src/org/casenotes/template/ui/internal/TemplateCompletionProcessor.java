package org.casenotes.template.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.ide.services.Proposal;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/**
 * Content assist from the language's own proposal provider (keywords, field and option references, imports, note
 * kinds, templates to extend), followed by snippets that write a whole new section, field or condition.
 */
final class TemplateCompletionProcessor implements IContentAssistProcessor {

    private final TemplateDocumentServices services;

    TemplateCompletionProcessor(TemplateDocumentServices services) {
        this.services = services;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (Proposal proposal : services.complete(text, offset)) {
            int start = offset - proposal.prefix().length();
            String display = proposal.description() == null ? proposal.label()
                    : proposal.label() + " \u2014 " + proposal.description();
            proposals.add(new CompletionProposal(proposal.text(), start, proposal.prefix().length(),
                    proposal.text().length(), null, display, null, proposal.description()));
        }
        proposals.addAll(TemplateSnippets.at(text, offset));
        return proposals.toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
