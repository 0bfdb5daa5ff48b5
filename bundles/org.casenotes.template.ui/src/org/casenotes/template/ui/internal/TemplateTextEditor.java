package org.casenotes.template.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateDiagnostic;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The text page of the template designer: a plain Eclipse text editor configured with the template language's
 * services, plus bracket matching, content assist, Toggle Comment, Format and an outline.
 */
public final class TemplateTextEditor extends TextEditor {

    private static final String MATCHING_BRACKETS = "org.casenotes.template.ui.matchingBrackets";
    private static final String MATCHING_BRACKETS_COLOR = "org.casenotes.template.ui.matchingBracketsColor";
    private static final String CONTEXT_ID = "org.casenotes.template.ui.editorScope";

    private final List<Consumer<List<TemplateDiagnostic>>> validationListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CompiledTemplate>> compilationListeners = new CopyOnWriteArrayList<>();
    private volatile List<TemplateDiagnostic> diagnostics = List.of();
    private volatile CompiledTemplate latest;
    private volatile boolean validated;
    private TemplateDocumentServices services;
    private TemplateOutlinePage outline;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        services = TemplateInputs.servicesFor(input);
        if (input instanceof StandardTemplateInput) {
            setDocumentProvider(new InstalledTemplateDocumentProvider());
        }
        setPreferenceStore(preferences());
        setSourceViewerConfiguration(
                new TemplateSourceViewerConfiguration(getPreferenceStore(), services, this::validated));
        super.init(site, input);
    }

    private static IPreferenceStore preferences() {
        PreferenceStore own = new PreferenceStore();
        own.setValue(MATCHING_BRACKETS, true);
        own.setValue(MATCHING_BRACKETS_COLOR, "128,128,128");
        return new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT_ID });
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '(', ')', '[', ']' }));
        support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
        super.configureSourceViewerDecorationSupport(support);
    }

    @Override
    protected void createActions() {
        super.createActions();
        IAction assist = new ContentAssistAction(new EditorActionTexts(), "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        setAction("ToggleComment", new ToggleCommentAction(this));
        setAction("Format", new FormatAction(this));
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() != null && outline.getControl().isDisposed()) {
                outline = new TemplateOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** @return the outline page, once the Outline view asked for it (null before) */
    public ContentOutlinePage outlinePage() {
        return outline;
    }

    private void validated(CompiledTemplate compiled) {
        latest = compiled;
        diagnostics = compiled.diagnostics();
        validated = true;
        validationListeners.forEach(listener -> listener.accept(diagnostics));
        compilationListeners.forEach(listener -> listener.accept(compiled));
    }

    /** @return the diagnostics of the latest validation (the same that {@code casenotes check-templates} reports) */
    public List<TemplateDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return whether the template has been validated since it was opened */
    public boolean validated() {
        return validated;
    }

    /** Tells {@code listener}, in the reconciler's thread, of every validation's diagnostics once shown. */
    public void addValidationListener(Consumer<List<TemplateDiagnostic>> listener) {
        validationListeners.add(listener);
    }

    /**
     * Tells {@code listener}, in the reconciler's thread, of every compilation (diagnostics and forms) once its
     * diagnostics are shown; if the template has been compiled already, tells it of the latest compilation at once,
     * in this thread (the first compilation starts when the text is shown and may have finished).
     */
    void addCompilationListener(Consumer<CompiledTemplate> listener) {
        compilationListeners.add(listener);
        CompiledTemplate compiled = latest;
        if (compiled != null) {
            listener.accept(compiled);
        }
    }

    void removeCompilationListener(Consumer<CompiledTemplate> listener) {
        compilationListeners.remove(listener);
    }

    /** @return the source viewer, for the designer and tests */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** @return the language services of this template */
    TemplateDocumentServices services() {
        return services;
    }

    @Override
    public void dispose() {
        if (services != null) {
            services.close();
        }
        super.dispose();
    }
}
