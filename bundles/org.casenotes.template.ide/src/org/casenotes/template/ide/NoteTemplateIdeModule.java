package org.casenotes.template.ide;

import org.casenotes.template.ide.contentassist.NoteTemplateProposalProvider;
import org.casenotes.template.ide.highlighting.NoteTemplateSemanticHighlighting;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the editor services (content assist, highlighting) on top of the runtime module. */
public class NoteTemplateIdeModule extends AbstractNoteTemplateIdeModule {

    /** Lexical highlighting reads token names from the runtime grammar's token file. */
    public void configureHighlightingTokenDefProvider(Binder binder) {
        binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
                .to(AntlrTokenDefProvider.class);
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return NoteTemplateSemanticHighlighting.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return NoteTemplateProposalProvider.class;
    }
}
