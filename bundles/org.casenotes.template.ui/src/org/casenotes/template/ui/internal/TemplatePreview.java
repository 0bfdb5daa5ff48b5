package org.casenotes.template.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Note;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditors;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;

/**
 * The preview beside the text: the designed form in the real note editor (same renderers, conditions, calculations
 * and rules a clinician gets), on a throw-away draft the designer can fill in to try the template. While the template
 * has errors the last good form stays, and the line above it says so; a change that leaves the form as it was (a
 * comment, spacing) leaves what the designer filled in, and so does a change of labels only ({@link PreviewTexts}).
 */
final class TemplatePreview {

    private final MultiPageEditorPart designer;
    private final Composite page;
    private final Label status;
    private final Composite holder;
    private final NoteLifecycle drafts = new NoteLifecycle(Clock.systemUTC(), SigningGate.NONE,
            new SigningDeadline(3, ZoneOffset.UTC));
    private IEditorPart noteEditor;
    private PreviewSite noteSite;
    private FormDefinition shown;

    /** @param hide run when the designer asks to hide the preview */
    TemplatePreview(MultiPageEditorPart designer, Composite parent, Runnable hide) {
        this.designer = designer;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        status = new Label(page, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("The preview appears once the template compiles.");
        Link hideLink = new Link(page, SWT.NONE);
        hideLink.setText("<a>Hide preview</a>");
        hideLink.setToolTipText("Hide the preview (Templates > Show Preview brings it back)");
        hideLink.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        hideLink.addListener(SWT.Selection, event -> hide.run());
        holder = new Composite(page, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        holder.setLayout(new org.eclipse.swt.layout.FillLayout());
    }

    Control control() {
        return page;
    }

    /** Shows {@code result}: a changed form replaces the preview, errors keep the last good one. */
    void show(CompiledTemplate result) throws PartInitException {
        if (result.firstForm().isPresent() && result.firstForm().get().getKind() == FormKind.LETTER) {
            status.setText("Letters are not previewed yet: a letter is written from a note, not filled in as one.");
        } else if (result.firstForm().isPresent()) {
            FormDefinition form = result.firstForm().get();
            if (shown == null) {
                rebuild(form);
            } else if (!EcoreUtil.equals(shown, form)) {
                Map<String, String> texts = PreviewTexts.changes(shown, form);
                if (texts != null && !texts.isEmpty() && PreviewTexts.apply(holder, texts)) {
                    shown = form; // the note editor keeps its form: the next change of structure renders anew
                } else {
                    rebuild(form);
                }
            }
            status.setText("Preview of \u201c" + form.getTitle() + "\u201d, as clinicians will see it. "
                    + "Fill it in to try it: conditions, calculations and rules react as in a real note.");
        } else if (result.errors() > 0) {
            status.setText((shown == null ? "No preview yet: " : "Showing the last version without errors: ")
                    + "the template has " + result.errors() + (result.errors() == 1 ? " error." : " errors."));
        } else {
            status.setText("Nothing to preview: the file defines no template a clinician can pick (only abstract ones?).");
        }
        status.requestLayout(); // the form below was laid out when rendered, or changed only in its texts
    }

    private void rebuild(FormDefinition form) throws PartInitException {
        disposeNoteEditor();
        Note draft = drafts.createDraft(form, DraftRequest.of("preview-client", "template-designer",
                LocalDate.now(ZoneOffset.UTC)));
        IEditorPart editor = createNoteEditor();
        PreviewSite site = new PreviewSite(designer, editor);
        editor.init(site, new NoteEditorInput(draft, form).asPreview());
        editor.createPartControl(holder);
        noteEditor = editor;
        noteSite = site;
        shown = form;
        holder.layout(true, true);
    }

    private static IEditorPart createNoteEditor() throws PartInitException {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.editors")) {
            if (NoteEditors.EDITOR_ID.equals(element.getAttribute("id"))) {
                try {
                    return (IEditorPart) element.createExecutableExtension("class");
                } catch (CoreException e) {
                    throw new PartInitException(e.getStatus());
                }
            }
        }
        throw new PartInitException("The note editor (" + NoteEditors.EDITOR_ID + ") is not installed");
    }

    /** @return the note editor showing the preview, or null before the template first compiled */
    IEditorPart noteEditor() {
        return noteEditor;
    }

    /** @return the form the preview shows, or null */
    FormDefinition form() {
        return shown;
    }

    String status() {
        return status.getText();
    }

    void dispose() {
        disposeNoteEditor();
    }

    private void disposeNoteEditor() {
        if (noteEditor != null) {
            noteEditor.dispose();
            noteSite.dispose();
            if (!holder.isDisposed()) { // closing the designer disposes the widgets before the parts
                for (Control child : holder.getChildren()) {
                    child.dispose();
                }
            }
            noteEditor = null;
            noteSite = null;
        }
    }
}
