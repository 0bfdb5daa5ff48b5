package org.casenotes.template.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledTemplate;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The template designer, the editor for {@code .ntpl} files: the template's text on the left and, beside it, the
 * form it defines, rendered by the note editor and updated as the designer types (the divider moves; the preview can
 * be hidden). Both follow one compilation per pause in typing: the reconciler compiles the template, shows its
 * diagnostics, and hands the form to the preview.
 * <p>
 * A multi-page editor with a single page, so that the text editor and the previewed note editor get the nested
 * editor sites the workbench expects.
 */
public final class TemplateDesigner extends MultiPageEditorPart {

    private final List<Runnable> previewListeners = new CopyOnWriteArrayList<>();
    private SashForm split;
    private Composite textSide;
    private TemplateTextEditor text;
    private TemplatePreview preview;
    private CompiledTemplate latest;
    private boolean previewStale;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected Composite createPageContainer(Composite parent) {
        split = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        textSide = new Composite(split, SWT.NONE);
        textSide.setLayout(new FillLayout());
        preview = new TemplatePreview(this, split, () -> showPreview(false));
        TextAndPreviewWidths.keep(split);
        return textSide;
    }

    @Override
    protected void createPages() {
        text = new TemplateTextEditor();
        try {
            addPage(0, text, getEditorInput());
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Cannot open the template", null, e.getStatus());
            return;
        }
        setPageText(0, "Template");
        if (getContainer() instanceof CTabFolder tabs) {
            tabs.setTabHeight(0); // one page: no tab row
        }
        Display display = getSite().getShell().getDisplay();
        text.addCompilationListener(result -> display.asyncExec(() -> compiled(result)));
        // the reconciler compiles on open too; this one only counts if it is first (the same text compiles once)
        String opened = text.getDocumentProvider().getDocument(getEditorInput()).get();
        CompletableFuture.supplyAsync(() -> text.services().compile(opened))
                .thenAccept(result -> display.asyncExec(() -> {
                    if (latest == null) {
                        compiled(result);
                    }
                }));
    }

    private void compiled(CompiledTemplate result) {
        if (preview == null || preview.control().isDisposed()) {
            return;
        }
        latest = result;
        previewStale = true;
        if (isPreviewShown()) {
            refreshPreview();
        }
    }

    private void refreshPreview() {
        if (!previewStale || latest == null) {
            return;
        }
        previewStale = false;
        try {
            preview.show(latest);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Cannot preview the template", null, e.getStatus());
        }
        previewListeners.forEach(Runnable::run);
    }

    /** Shows the preview beside the text, or hides it so the text has the whole editor. */
    public void showPreview(boolean show) {
        split.setMaximizedControl(show ? null : textSide);
        if (show) {
            refreshPreview();
        }
    }

    /** @return whether the preview is shown beside the text */
    public boolean isPreviewShown() {
        return split.getMaximizedControl() == null;
    }

    /** Runs {@code listener} in the UI thread after each preview update. */
    public void addPreviewListener(Runnable listener) {
        previewListeners.add(listener);
    }

    /** @return the text editor on the left */
    public TemplateTextEditor textEditor() {
        return text;
    }

    /** @return the preview's control, on the right */
    public Control previewControl() {
        return preview.control();
    }

    /** @return the line above the preview that says what it shows */
    public String previewStatus() {
        return preview.status();
    }

    /** @return the note editor showing the preview (the designer fills it in to try the template), or null */
    public IEditorPart previewEditor() {
        return preview.noteEditor();
    }

    /** @return the form the preview shows, or null before the template first compiled */
    public FormDefinition previewedForm() {
        return preview.form();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && text != null) {
            return text.getAdapter(adapter);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        WindowActivation.restore(getSite().getWorkbenchWindow()); // the keys go only to an active window
        super.setFocus();
    }

    @Override
    public boolean isDirty() {
        // filling in the preview is trying the template, not changing it
        return text != null && text.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        text.doSave(monitor);
        checkFolderOfSavedTemplate();
    }

    @Override
    public void doSaveAs() {
        text.doSaveAs();
        setInput(text.getEditorInput());
        setPartName(text.getEditorInput().getName());
        checkFolderOfSavedTemplate();
    }

    /** Lists the problems of every template in the saved template's folder (agency templates are files). */
    private void checkFolderOfSavedTemplate() {
        if (text.getEditorInput() instanceof IURIEditorInput saved && "file".equals(saved.getURI().getScheme())) {
            TemplateProblemsView.refreshAfterSave(getSite().getPage(), Path.of(saved.getURI()));
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void dispose() {
        if (preview != null) {
            preview.dispose();
        }
        super.dispose();
    }
}
