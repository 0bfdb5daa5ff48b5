package org.casenotes.template.ui.internal;

import java.util.function.Consumer;

import org.casenotes.template.library.CompiledTemplate;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Compiles the template in the reconciler's thread after the designer pauses typing, and when the editor opens
 * ({@link #initialReconcile()}), then shows the diagnostics as annotations and hands the compilation on (to the
 * preview). These are the checks {@code casenotes check-templates} runs, so the editor and the command line agree;
 * only the edited template is re-compiled, against a library kept linked.
 */
final class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private static final int CONNECT_POLL_MS = 50;

    private final TemplateDocumentServices services;
    private final ISourceViewer viewer;
    private final Consumer<CompiledTemplate> listener;
    private final DiagnosticAnnotations annotations = new DiagnosticAnnotations();
    private IDocument document;

    /** @param listener told of every compilation after its diagnostics are shown */
    ValidationStrategy(TemplateDocumentServices services, ISourceViewer viewer, Consumer<CompiledTemplate> listener) {
        this.services = services;
        this.viewer = viewer;
        this.listener = listener;
    }

    @Override
    public void setDocument(IDocument newDocument) {
        this.document = newDocument;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // one compilation takes milliseconds: nothing to cancel
    }

    @Override
    public void initialReconcile() {
        validate();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        validate();
    }

    @Override
    public void reconcile(IRegion partition) {
        validate();
    }

    private void validate() {
        IDocument current = document;
        if (current == null) {
            return;
        }
        String text = current.get();
        CompiledTemplate compiled;
        try {
            compiled = services.compile(text);
        } catch (RuntimeException e) {
            // keep the reconciler alive: the next change compiles again
            ILog.of(getClass()).error("The template could not be compiled", e);
            return;
        }
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model != null) {
            annotations.show(model, compiled.diagnostics(), text.length());
        } else {
            showOnceConnected(current, text, compiled);
        }
        listener.accept(compiled);
    }

    /**
     * The first compilation may end before the editor has connected its annotation model; the same text is not
     * compiled again, so its diagnostics are shown as soon as the model is there (or the error the preview counts
     * would have no annotation, and no message on hover).
     */
    private void showOnceConnected(IDocument compiledDocument, String text, CompiledTemplate compiled) {
        Display.getDefault().asyncExec(new Runnable() {
            @Override
            public void run() {
                IAnnotationModel model = viewer.getAnnotationModel();
                boolean open = viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed();
                if (model == null && open) {
                    Display.getCurrent().timerExec(CONNECT_POLL_MS, this);
                } else if (model != null && document == compiledDocument && text.equals(compiledDocument.get())) {
                    annotations.show(model, compiled.diagnostics(), text.length());
                }
            }
        });
    }
}
