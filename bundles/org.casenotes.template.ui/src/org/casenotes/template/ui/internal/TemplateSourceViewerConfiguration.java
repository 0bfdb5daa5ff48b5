package org.casenotes.template.ui.internal;

import java.util.function.Consumer;

import org.casenotes.template.library.CompiledTemplate;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Wires the template language's services into a JFace source viewer: colouring, validation with annotations and
 * hovers, content assist, and {@code //} as the comment prefix for Toggle Comment.
 */
final class TemplateSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** Pause after the last keystroke before the template is validated again. */
    static final int VALIDATION_DELAY_MS = 30;

    private final TemplateDocumentServices services;
    private final Consumer<CompiledTemplate> validationListener;

    TemplateSourceViewerConfiguration(IPreferenceStore preferences, TemplateDocumentServices services,
            Consumer<CompiledTemplate> validationListener) {
        super(preferences);
        this.services = services;
        this.validationListener = validationListener;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        TemplatePresentation presentation = new TemplatePresentation(services);
        reconciler.setDamager(presentation, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(presentation, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(
                new ValidationStrategy(services, sourceViewer, validationListener), false);
        reconciler.setDelay(VALIDATION_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new TemplateCompletionProcessor(services), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
        return new DefaultAnnotationHover();
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new DefaultTextHover(sourceViewer);
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "//", "" };
    }
}
