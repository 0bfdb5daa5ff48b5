package org.casenotes.template.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.casenotes.model.form.FormDefinition;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;

/**
 * The template designer, the editor for {@code .ntpl} files: the template's text on the first page, and on the
 * second the form it defines, rendered by the note editor and updated as the designer types.
 */
public final class TemplateDesigner extends MultiPageEditorPart {

	/** Pause after the last keystroke before the preview is compiled again. */
	static final int PREVIEW_DELAY_MS = 50;

	private static final int TEXT_PAGE = 0;
	private static final int PREVIEW_PAGE = 1;

	private final List<Runnable> previewListeners = new CopyOnWriteArrayList<>();
	private final ExecutorService compilerThread = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ntpl-preview");
		thread.setDaemon(true);
		return thread;
	});
	private final Runnable compileLater = this::compile;
	private TemplateTextEditor text;
	private TemplatePreview preview;
	private PreviewCompiler compiler;
	private PreviewCompiler.Result latest;
	private boolean previewStale;
	private long generation;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		setPartName(input.getName());
	}

	@Override
	protected void createPages() {
		text = new TemplateTextEditor();
		try {
			addPage(TEXT_PAGE, text, getEditorInput());
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), "Cannot open the template", null, e.getStatus());
			return;
		}
		setPageText(TEXT_PAGE, "Template");
		preview = new TemplatePreview(this, getContainer());
		addPage(PREVIEW_PAGE, preview.control());
		setPageText(PREVIEW_PAGE, "Preview");
		compiler = new PreviewCompiler(text.services().name(), text.services().library());
		document().addDocumentListener(new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
				// only the change itself matters
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				Display display = getSite().getShell().getDisplay();
				display.timerExec(-1, compileLater);
				display.timerExec(PREVIEW_DELAY_MS, compileLater);
			}
		});
		compile();
	}

	private IDocument document() {
		return text.getDocumentProvider().getDocument(text.getEditorInput());
	}

	private void compile() {
		if (text == null || text.getDocumentProvider() == null || document() == null) {
			return;
		}
		String source = document().get();
		long current = ++generation;
		Display display = getSite().getShell().getDisplay();
		compilerThread.execute(() -> {
			try {
				PreviewCompiler.Result result = compiler.compile(source);
				display.asyncExec(() -> compiled(current, result));
			} catch (RuntimeException | StackOverflowError e) {
				ILog.of(getClass()).error("The template preview could not be compiled", e);
			}
		});
	}

	private void compiled(long compiledGeneration, PreviewCompiler.Result result) {
		if (compiledGeneration != generation || preview == null || preview.control().isDisposed()) {
			return;
		}
		latest = result;
		previewStale = true;
		if (getActivePage() == PREVIEW_PAGE) {
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

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (newPageIndex == PREVIEW_PAGE) {
			refreshPreview();
		}
	}

	/** Shows the text page or the preview page. */
	public void showPreview(boolean show) {
		setActivePage(show ? PREVIEW_PAGE : TEXT_PAGE);
	}

	/** Runs {@code listener} in the UI thread after each preview update. */
	public void addPreviewListener(Runnable listener) {
		previewListeners.add(listener);
	}

	/** @return the text page */
	public TemplateTextEditor textEditor() {
		return text;
	}

	/** @return the preview page's control */
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
	public boolean isDirty() {
		// filling in the preview is trying the template, not changing it
		return text != null && text.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		text.doSave(monitor);
	}

	@Override
	public void doSaveAs() {
		text.doSaveAs();
		setInput(text.getEditorInput());
		setPartName(text.getEditorInput().getName());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void dispose() {
		getSite().getShell().getDisplay().timerExec(-1, compileLater);
		compilerThread.shutdownNow();
		if (preview != null) {
			preview.dispose();
		}
		super.dispose();
	}
}
