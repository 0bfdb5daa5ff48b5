package org.casenotes.ui.forms;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A note opened in the note form editor, with the form definition it was written on and what the editor needs from
 * the rest of the workbench: the client's plan goals, the rules to check with, where saving goes, where the working
 * copy of a draft is kept between saves, and whether it is a psychotherapy note. Two inputs are equal when they hold
 * the same note id, so opening a note twice activates its editor.
 */
public final class NoteEditorInput implements IEditorInput {

    /** Persists a saved note, e.g. in the caseload store. */
    @FunctionalInterface
    public interface NoteSaver {
        /** Keeps {@code note} as it is now; throws if it cannot, and the editor stays dirty. */
        void save(Note note);
    }

    /**
     * Starts the name (and so the editor's tab title) of a psychotherapy note, which goes on with the client and the
     * date of service instead of the template's title, e.g. "Psychotherapy note \u2014 Dana Whitfield \u00b7 C-1001
     * \u00b7 born 3 Mar 1990 \u2014 2026-11-18".
     */
    public static final String PSYCHOTHERAPY_PREFIX = "Psychotherapy note \u2014 ";

    private final Note note;
    private final FormDefinition form;
    private PlanElementSource planElements = PlanElementSource.NONE;
    private RuleEngine rules;
    private RuleSettings agencySettings = RuleSettings.DEFAULTS;
    private NoteSaver saver = note -> {
        // nothing to persist to: the note lives only in memory
    };
    private DraftKeeper draftKeeper = DraftKeeper.NONE;
    private DraftRecoveryPrompt recoveryPrompt = DraftRecoveryPrompt.DIALOG;
    private boolean psychotherapyNote;
    private boolean preview;
    private RecordNames names = RecordNames.NONE;

    /** @param form the definition the note was written on (same id and version) */
    public NoteEditorInput(Note note, FormDefinition form) {
        this.note = Objects.requireNonNull(note, "note");
        this.form = Objects.requireNonNull(form, "form");
    }

    /** @return this input, offering the client's goals and objectives to goal reference fields */
    public NoteEditorInput withPlanElements(PlanElementSource source) {
        this.planElements = Objects.requireNonNull(source, "source");
        return this;
    }

    /** @return this input, checked with {@code engine} instead of the installed language rules */
    public NoteEditorInput withRules(RuleEngine engine, RuleSettings agency) {
        this.rules = Objects.requireNonNull(engine, "engine");
        this.agencySettings = Objects.requireNonNull(agency, "agency");
        return this;
    }

    /** @return this input, saving through {@code noteSaver} */
    public NoteEditorInput withSaver(NoteSaver noteSaver) {
        this.saver = Objects.requireNonNull(noteSaver, "noteSaver");
        return this;
    }

    /**
     * @return this input, keeping the working copy of the draft through {@code keeper} while it is edited and
     *         offering a kept copy back when the editor opens
     */
    public NoteEditorInput withDraftKeeper(DraftKeeper keeper) {
        this.draftKeeper = Objects.requireNonNull(keeper, "keeper");
        return this;
    }

    /** @return this input, asking through {@code prompt} whether to recover a kept working copy (default: a dialog) */
    public NoteEditorInput withRecoveryPrompt(DraftRecoveryPrompt prompt) {
        this.recoveryPrompt = Objects.requireNonNull(prompt, "prompt");
        return this;
    }

    /** @return this input, naming clinicians and earlier notes through {@code recordNames} */
    public NoteEditorInput withRecordNames(RecordNames recordNames) {
        this.names = Objects.requireNonNull(recordNames, "recordNames");
        return this;
    }

    /**
     * Marks the note as a psychotherapy note: the editor shows it visibly apart from the clinical record (a banner
     * and a title of its own, see {@link #getName()}). Where it is saved is up to the {@link #withSaver saver}.
     *
     * @return this input
     */
    public NoteEditorInput asPsychotherapyNote() {
        this.psychotherapyNote = true;
        return this;
    }

    /**
     * Marks the note as one written only to try its form (the template designer's preview): it is nobody's, so the
     * editor names no client.
     *
     * @return this input
     */
    public NoteEditorInput asPreview() {
        this.preview = true;
        return this;
    }

    /** @return whether the note is a psychotherapy note, kept apart from the clinical record */
    public boolean isPsychotherapyNote() {
        return psychotherapyNote;
    }

    public Note note() {
        return note;
    }

    public FormDefinition form() {
        return form;
    }

    public PlanElementSource planElements() {
        return planElements;
    }

    /** @return the rule engine given with {@link #withRules}, if any */
    public Optional<RuleEngine> rules() {
        return Optional.ofNullable(rules);
    }

    public RuleSettings agencySettings() {
        return agencySettings;
    }

    public NoteSaver saver() {
        return saver;
    }

    public RecordNames names() {
        return names;
    }

    public DraftKeeper draftKeeper() {
        return draftKeeper;
    }

    public DraftRecoveryPrompt recoveryPrompt() {
        return recoveryPrompt;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    /**
     * @return whose note it is: the note's own client id, with the name and date of birth where the
     *         {@link #withRecordNames names} know them; empty only for a note that names no client and for a
     *         {@link #asPreview preview}
     */
    public Optional<ClientIdentity> client() {
        String id = note.getClientId();
        if (preview || id == null || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(names.identity(id).filter(known -> known.id().equals(id))
                .orElseGet(() -> new ClientIdentity(null, id, null)));
    }

    /** @return what the note is: the template's title and the date of service, e.g. "SOAP progress note 2026-12-06" */
    public String noteTitle() {
        return Stream.concat(Stream.of(form.getTitle() == null ? form.getId() : form.getTitle()),
                Stream.ofNullable(note.getDateOfService()).map(Object::toString)).collect(Collectors.joining(" "));
    }

    /**
     * @return the note's name, its editor's tab title: whose it is first (so that a narrowed tab still shows the
     *         client), then what it is, e.g. "Dana Whitfield (Dee) · C-1003 · born 12 Apr 1988 — SOAP progress
     *         note 2026-12-06"; a psychotherapy note starts with {@link #PSYCHOTHERAPY_PREFIX} and goes on with the
     *         client and the date, so the kind of note is said once
     */
    @Override
    public String getName() {
        String who = client().map(ClientIdentity::line).orElse("");
        if (psychotherapyNote) {
            String about = Stream.concat(Stream.of(who).filter(known -> !known.isEmpty()),
                    Stream.ofNullable(note.getDateOfService()).map(Object::toString))
                    .collect(Collectors.joining(" \u2014 "));
            return PSYCHOTHERAPY_PREFIX + (about.isEmpty() ? "(new)" : about);
        }
        return who.isEmpty() ? noteTitle() : who + " \u2014 " + noteTitle();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName() + " (" + note.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(note) ? adapter.cast(note) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteEditorInput input && Objects.equals(input.note.getId(), note.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(note.getId());
    }
}
