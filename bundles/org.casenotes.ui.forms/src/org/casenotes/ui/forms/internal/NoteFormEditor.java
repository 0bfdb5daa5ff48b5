package org.casenotes.ui.forms.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.SuggestedEdit;
import org.casenotes.model.form.TextType;
import org.casenotes.ui.forms.DraftKeptHereException;
import org.casenotes.ui.forms.NoteEditorInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;

/**
 * The note form editor: whose note it is in a banner across the top (and first in the tab), outside the scrolled
 * form so it never scrolls away; below it the note's form generated from its FormDefinition on the left, its review (what is missing, findings, quick fix) on the right. Every change is a command on the note's command stack, so Undo/Redo and the
 * dirty state work as in any Eclipse editor; after each change the form shows and hides conditional fields,
 * recomputes calculations and re-checks the note, and a draft's working copy is kept for recovery after a pause.
 * Signed notes open read-only, with their addenda; closing with unsaved changes asks to save them (the workbench's
 * prompt), and declining throws the kept working copy away.
 */
public final class NoteFormEditor extends EditorPart {

    /** The title of the warning shown when a save could not reach the note's home but the draft was kept here. */
    public static final String KEPT_HERE = "Draft kept on this computer";

    private NoteEditorInput noteInput;
    private FormToolkit toolkit;
    private FieldRenderers renderers;
    private NoteEditing editing;
    private LiveValidation validation;
    private ScrolledForm form;
    private List<ElementView> views;
    private ReviewPanel review;
    private EditorActions actions;
    private DraftAutosave autosave;
    private FocusMemory focus;
    private FindingNavigation navigation;
    private Map<String, FieldView> fields = Map.of();
    private ClientBanner banner;
    private CptPreselection cpt;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof NoteEditorInput note)) {
            throw new PartInitException("The note editor opens notes, not " + input.getClass().getName());
        }
        PinnedForm.require(note);
        setSite(site);
        setInput(input);
        noteInput = note;
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        renderers = new FieldRenderers();
        editing = new NoteEditing(noteInput.note(), noteInput.form());
        EditorServices services = new EditorServices(toolkit, renderers, editing, noteInput.planElements(),
                noteInput.names());
        Composite whole = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(whole);
        banner = noteInput.client().map(client -> ClientBanner.create(whole, toolkit, client)).orElse(null);
        SashForm sash = new SashForm(whole, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        form = toolkit.createScrolledForm(sash);
        form.setText(noteInput.noteTitle());
        toolkit.decorateFormHeading(form.getForm());
        form.getBody().setLayout(new GridLayout(1, false));
        NoteBanners.create(form, toolkit, noteInput, services.readOnly());
        views = ElementViews.create(form.getBody(), services, noteInput.form(), RowPath.NOTE,
                ValueScope.of(editing.note()));
        AddendaView.create(form.getBody(), toolkit, noteInput.note(), noteInput.names());
        review = new ReviewPanel(sash, toolkit, noteInput.form(), this::jumpTo, this::applyFix);
        sash.setWeights(62, 38);
        validation = new LiveValidation(noteInput.rules().orElseGet(InstalledRules::engine),
                noteInput.agencySettings(), editing);
        refreshViews();
        showFindings();
        form.reflow(true);
        cpt = CptPreselection.of(noteInput.form()).orElse(null);
        if (cpt != null) {
            cpt.start(ValueScope.of(editing.note()));
        }
        focus = new FocusMemory(form);
        navigation = new FindingNavigation(() -> fields, validation::findings);
        actions = new EditorActions(getEditorSite(), editing, this::stepToFinding);
        autosave = new DraftAutosave(parent.getDisplay(), editing, noteInput.draftKeeper(), this::warn);
        editing.stack().addCommandStackListener(event -> noteChanged());
        parent.getDisplay().asyncExec(() -> {
            if (!form.isDisposed()) {
                DraftRecovery.offer(getSite().getShell(), editing, noteInput.draftKeeper(),
                        noteInput.recoveryPrompt(), this::warn);
            }
        });
    }

    /** Shows {@code problem} in the form's heading, or clears it with {@code null}. */
    private void warn(String problem) {
        form.setMessage(problem, problem == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
    }

    private void noteChanged() {
        Command recent = editing.stack().getMostRecentCommand();
        String path = recent instanceof NoteEditing.NoteChange change ? change.fieldPath() : null;
        boolean layoutChanged = refreshViews();
        FieldView edited = path == null ? null : fields.get(path);
        if (!layoutChanged && edited != null && edited.field().getType() instanceof TextType) {
            validation.textEdited(path);
        } else {
            validation.checkAll();
        }
        showFindings();
        if (layoutChanged) {
            form.reflow(true);
        }
        actions.update();
        autosave.noteChanged();
        firePropertyChange(PROP_DIRTY);
        preselectCpt();
    }

    /** Chooses the suggested CPT code in its field when the session's length changes it (see CptPreselection). */
    private void preselectCpt() {
        if (cpt == null || !editing.editable() || editing.stack().canRedo()) {
            return; // undoing or redoing walks the history: nothing new is chosen meanwhile
        }
        cpt.optionToChoose(ValueScope.of(editing.note())).ifPresent(option -> {
            cpt.chose(option);
            editing.edit("Choose the suggested CPT code", RowPath.NOTE, null,
                    editor -> editor.choose(cpt.fieldId(), option));
        });
    }

    private boolean refreshViews() {
        ValueScope scope = ValueScope.of(editing.note());
        boolean changed = false;
        for (ElementView view : views) {
            changed |= view.refresh(scope);
        }
        Map<String, FieldView> byPath = new LinkedHashMap<>();
        views.forEach(view -> view.collectFields(byPath));
        fields = byPath;
        return changed;
    }

    private void showFindings() {
        fields.forEach((path, view) -> view.showFindings(validation.findingsOf(path)));
        review.show(validation.findings(), Completeness.missing(noteInput.form(), ValueScope.of(editing.note())));
    }

    /** Shows the field of {@code finding}, gives it the focus and selects the finding's words. */
    void jumpTo(Finding finding) {
        FieldFocus.show(form, finding.fieldId() == null ? null : fields.get(finding.fieldId()), finding);
    }

    /** Moves to the next ({@code forward}) or previous finding from the focus, selecting its words. */
    void stepToFinding(boolean forward) {
        navigation.from(focus.current(), forward).ifPresent(this::jumpTo);
    }

    /** @return whether the field {@code path} was revealed and focused; see {@code NoteEditors.showField} */
    public boolean showField(String path) {
        return FieldFocus.show(form, fields.get(path));
    }

    /** @return whether the field {@code path} was revealed and focused, with the given range of its text selected */
    public boolean showField(String path, int offset, int length) {
        return FieldFocus.show(form, fields.get(path), offset, length);
    }

    /** Applies {@code edit} of {@code finding} to its field as one undoable change. */
    void applyFix(Finding finding, SuggestedEdit edit) {
        FieldView view = finding.fieldId() == null ? null : fields.get(finding.fieldId());
        if (view != null && editing.editable()) {
            view.apply(edit);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            noteInput.saver().save(editing.note());
            editing.stack().saveIsDone();
            autosave.saved();
            firePropertyChange(PROP_DIRTY);
        } catch (DraftKeptHereException e) {
            monitor.setCanceled(true);
            MessageDialog.openWarning(getSite().getShell(), KEPT_HERE, e.getMessage());
        } catch (RuntimeException e) {
            monitor.setCanceled(true);
            boolean kept = autosave.keepNow();
            MessageDialog.openError(getSite().getShell(), "Note not saved",
                    "The note could not be saved and stays open with your changes: " + e.getMessage()
                            + (kept ? "\n\nYour changes are kept for recovery should the workbench close." : ""));
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("A note is saved in place");
    }

    @Override
    public boolean isDirty() {
        return editing != null && editing.stack().isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (focus.restore()) {
            return;
        }
        if (!editing.editable()) {
            form.setFocus(); // no field of a read-only note shows a caret as if it could be typed in
            return;
        }
        firstToFill().or(() -> fields.values().stream().filter(FieldView::shown).findFirst())
                .ifPresentOrElse(view -> view.rendered().control().setFocus(), () -> form.setFocus());
    }

    /**
     * @return the first field shown without a value, where a newly opened note puts the keyboard: the start time, not
     *         the date of service the note already holds
     */
    private Optional<FieldView> firstToFill() {
        return fields.values().stream().filter(FieldView::shown).filter(view -> !view.holdsValue()).findFirst();
    }

    @Override
    public void dispose() {
        if (autosave != null) {
            // closed unsaved: the clinician said "No" to saving (or it was closed without saving on purpose)
            if (isDirty()) {
                autosave.discard();
            } else {
                autosave.close();
            }
        }
        if (focus != null) {
            focus.close();
        }
        if (renderers != null) {
            renderers.close();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    // --- what tests and the latency harness look at

    /** @return the view of the field the rule engine calls {@code path}, if it exists now */
    public FieldView fieldView(String path) {
        return fields.get(path);
    }

    /** @return the calculated value view with this id */
    public CalculatedView calculation(String id) {
        Map<String, CalculatedView> calculations = new LinkedHashMap<>();
        views.forEach(view -> view.collectCalculations(calculations));
        return calculations.get(id);
    }

    /** @return whose note it is as the banner above the form says it, "name | id · born date"; empty if no client */
    public String clientBannerText() {
        return banner == null ? "" : banner.text();
    }

    /** @return the review panel */
    public ReviewPanel review() {
        return review;
    }

    /** @return the scrolled form */
    public ScrolledForm form() {
        return form;
    }

    /** @return how many rules check the note */
    public int ruleCount() {
        return validation.ruleCount();
    }

    /** @return the current findings of the note */
    public List<Finding> findings() {
        return validation.findings();
    }
}
