package org.casenotes.core.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.ReviewComment;
import org.casenotes.model.record.Signature;

/**
 * The only sanctioned way to create and change notes: draft, edit, submit for review, return with comments, sign,
 * co-sign and add addenda. Each operation checks the note's state and the person acting and refuses with a
 * {@link LifecycleException} that says why. Signed content never changes: signing hashes it
 * ({@link NoteContentHash}) and attaches a {@link SignedNoteGuard} that refuses direct EMF changes.
 *
 * <pre>
 * draft ──submit──▶ submitted ──return──▶ returned ──(edit, submit again)
 *   │                   │                    │
 *   └───────────────────┴──────sign──────────┘──▶ signed ──cosign──▶ co-signed
 *                                                   └── addenda (signed or co-signed) ──┘
 * </pre>
 */
public final class NoteLifecycle {

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private final Clock clock;
    private final SigningGate gate;
    private final SigningDeadline deadline;
    private final Supplier<String> ids;

    /**
     * @param clock    time source for creation, signatures and late-entry decisions
     * @param gate     may refuse signing (the rule engine); {@link SigningGate#NONE} to never refuse
     * @param deadline signing-window policy (agency default and time zone)
     * @param ids      source of new note and addendum ids
     */
    public NoteLifecycle(Clock clock, SigningGate gate, SigningDeadline deadline, Supplier<String> ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** A lifecycle that gives new objects random UUIDs. */
    public NoteLifecycle(Clock clock, SigningGate gate, SigningDeadline deadline) {
        this(clock, gate, deadline, () -> UUID.randomUUID().toString());
    }

    /**
     * The field in which the standard templates ask for the date of service. A new draft fills it with the day the
     * draft was created for, so the writer does not enter the same day twice.
     */
    public static final String DATE_OF_SERVICE_FIELD = "sessionDate";

    /**
     * @return a new draft note on {@code form}, empty but for its {@link #DATE_OF_SERVICE_FIELD} (if the form has
     *         that date field outside repeatable groups), which holds the request's date of service
     */
    public Note createDraft(FormDefinition form, DraftRequest request) {
        if (form.getKind() == FormKind.LETTER) {
            throw new LifecycleException("Form " + form.getId() + " is a letter; letters are not notes.");
        }
        Note note = RECORD.createNote();
        note.setId(ids.get());
        note.setTemplateId(form.getId());
        note.setTemplateVersion(form.getVersion());
        note.setStatus(NoteStatus.DRAFT);
        note.setCreatedAt(clock.instant());
        note.setClientId(request.clientId());
        note.setAuthorId(request.authorId());
        note.setEpisodeId(request.episodeId());
        note.setSessionId(request.sessionId());
        note.setDateOfService(request.dateOfService());
        note.setServiceEnd(request.serviceEnd());
        if (request.dateOfService() != null && FormDefinitions.findField(form, DATE_OF_SERVICE_FIELD)
                .filter(field -> field.getType() instanceof DateType)
                .filter(field -> FormDefinitions.enclosingGroup(field).isEmpty()).isPresent()) {
            edit(note, form).setDate(DATE_OF_SERVICE_FIELD, request.dateOfService());
        }
        return note;
    }

    /**
     * Creates a draft and carries forward the values of the client's latest signed note on the same template (if
     * there is one), each marked "carried — review". See {@link CarryForward} for which values are carried.
     *
     * @param clientNotes the client's existing notes, in any order
     */
    public Note createDraftCarryingForward(FormDefinition form, DraftRequest request, List<Note> clientNotes) {
        Note draft = createDraft(form, request);
        CarryForward.previousNote(clientNotes, form.getId()).ifPresent(previous -> CarryForward.copy(previous, form, draft));
        return draft;
    }

    /**
     * @return whether {@link #createDraftCarryingForward} would carry values into a new draft of {@code templateId}:
     *         the client has a signed note of it (so the new-note wizard offers carrying forward only where it can)
     * @param clientNotes the client's existing notes, in any order
     */
    public static boolean canCarryForward(List<Note> clientNotes, String templateId) {
        return CarryForward.previousNote(clientNotes, templateId).isPresent();
    }

    /** @return an editor for the values of {@code note}, which must have been written on {@code form} */
    public ValueEditor edit(Note note, FormDefinition form) {
        requireForm(note, form);
        return new ValueEditor(note, note, form, null);
    }

    /** @return field paths of carried-forward values that still await review */
    public List<String> carriedAwaitingReview(Note note) {
        return CarryForward.awaitingReview(note);
    }

    /** Submits a draft (or a returned note) to the author's supervisor; it cannot be edited while submitted. */
    public void submitForReview(Note note, Clinician author) {
        requireStatus(note, "submitted for review", NoteStatus.DRAFT, NoteStatus.RETURNED);
        requireAuthor(note, author, "submit");
        note.setStatus(NoteStatus.SUBMITTED);
    }

    /** A supervisor returns a submitted note with at least one remark; the author can edit it again. */
    public void returnForRevision(Note note, Clinician supervisor, List<ReviewRemark> remarks) {
        requireStatus(note, "returned", NoteStatus.SUBMITTED);
        requireSupervisor(note, supervisor, "return");
        if (remarks.isEmpty()) {
            throw new LifecycleException("A note is returned with at least one remark saying what to revise.");
        }
        for (ReviewRemark remark : remarks) {
            ReviewComment comment = RECORD.createReviewComment();
            comment.setReviewerId(supervisor.getId());
            comment.setCreatedAt(clock.instant());
            comment.setFieldId(remark.fieldId());
            comment.setText(remark.text());
            note.getReviewComments().add(comment);
        }
        note.setStatus(NoteStatus.RETURNED);
    }

    /** @return when the signing window of {@code note} closes */
    public Instant signingDeadline(Note note, FormDefinition form) {
        return deadline.of(note, form);
    }

    /** @return whether signing {@code note} now would make it a late entry */
    public boolean wouldBeLate(Note note, FormDefinition form) {
        return clock.instant().isAfter(signingDeadline(note, form));
    }

    /**
     * Signs a note as its author: refuses while the {@link SigningGate} reports problems, carried values await
     * review or the signer lacks credentials the form requires; labels the note a late entry when the signing window
     * has closed, which needs a reason; then hashes the content, records the signature and locks the note.
     *
     * @param lateEntryReason why the note is signed late; required only if {@link #wouldBeLate} (else ignored)
     * @throws SigningRefusedException          with every reason signing is refused
     * @throws LateEntryReasonRequiredException when late and no reason is given
     */
    public void sign(Note note, FormDefinition form, Clinician signer, String lateEntryReason) {
        requireStatus(note, "signed", NoteStatus.DRAFT, NoteStatus.SUBMITTED, NoteStatus.RETURNED);
        requireForm(note, form);
        requireAuthor(note, signer, "sign");
        List<String> refusals = new ArrayList<>(gate.refusals(note, form));
        for (String path : CarryForward.awaitingReview(note)) {
            refusals.add("'" + path + "' was carried forward from the previous note and has not been reviewed.");
        }
        if (credentialsRequired(form) && isBlank(signer.getCredentials())) {
            refusals.add("The signature needs the signer's credentials (e.g. LCSW); none are recorded for "
                    + signer.getName() + ".");
        }
        if (!refusals.isEmpty()) {
            throw new SigningRefusedException(refusals);
        }
        Instant now = clock.instant();
        Instant closes = deadline.of(note, form);
        boolean late = now.isAfter(closes);
        if (late && isBlank(lateEntryReason)) {
            throw new LateEntryReasonRequiredException(closes);
        }
        note.setLateEntry(late);
        note.setLateEntryReason(late ? lateEntryReason.strip() : null);
        note.setSignature(signature(signer, now, NoteContentHash.of(note)));
        note.setStatus(NoteStatus.SIGNED);
        SignedNoteGuard.protect(note);
    }

    /**
     * @return whether the form asks for a supervisor's co-signature that the note does not have yet: always, or when
     *         its condition holds for the note's values ({@code cosignature required when underSupervision = true})
     */
    public boolean awaitsCosignature(Note note, FormDefinition form) {
        ValueScope scope = ValueScope.of(note);
        return note.getStatus() == NoteStatus.SIGNED && FormDefinitions.allElements(form).stream()
                .anyMatch(element -> element instanceof SignatureBlock block
                        && FormState.needsCosignature(block, scope));
    }

    /** A supervisor co-signs a signed note written by someone else, after checking it is intact. */
    public void cosign(Note note, Clinician supervisor) {
        requireStatus(note, "co-signed", NoteStatus.SIGNED);
        requireSupervisor(note, supervisor, "co-sign");
        requireIntact(note);
        Signature cosignature = signature(supervisor, clock.instant(), note.getSignature().getContentHash());
        SignedNoteGuard.permit(note, () -> {
            note.setCosignature(cosignature);
            note.setStatus(NoteStatus.COSIGNED);
        });
    }

    /**
     * Adds an addendum to a signed note: the original stays as signed, the addendum records who, when, why and
     * what, chained by hash to the signature and earlier addenda.
     */
    public Addendum addAddendum(Note note, Clinician author, String reason, String text) {
        requireStatus(note, "given an addendum", NoteStatus.SIGNED, NoteStatus.COSIGNED);
        if (isBlank(reason) || isBlank(text)) {
            throw new LifecycleException("An addendum needs both a reason and its text.");
        }
        requireIntact(note);
        Addendum addendum = RECORD.createAddendum();
        addendum.setId(ids.get());
        addendum.setAuthorId(author.getId());
        addendum.setCreatedAt(clock.instant());
        addendum.setReason(reason.strip());
        addendum.setText(text);
        String previous = note.getAddenda().isEmpty() ? note.getSignature().getContentHash()
                : note.getAddenda().get(note.getAddenda().size() - 1).getContentHash();
        addendum.setContentHash(NoteContentHash.ofAddendum(previous, addendum));
        SignedNoteGuard.permit(note, () -> note.getAddenda().add(addendum));
        return addendum;
    }

    private static Signature signature(Clinician signer, Instant at, String hash) {
        Signature signature = RECORD.createSignature();
        signature.setSignerId(signer.getId());
        signature.setSignerName(signer.getName());
        signature.setCredentials(signer.getCredentials());
        signature.setSignedAt(at);
        signature.setContentHash(hash);
        return signature;
    }

    private static boolean credentialsRequired(FormDefinition form) {
        return FormDefinitions.allElements(form).stream().filter(SignatureBlock.class::isInstance)
                .map(SignatureBlock.class::cast).findFirst().map(SignatureBlock::isCredentialsRequired).orElse(true);
    }

    private static void requireStatus(Note note, String action, NoteStatus... allowed) {
        for (NoteStatus status : allowed) {
            if (note.getStatus() == status) {
                return;
            }
        }
        String message = "Note " + note.getId() + " is " + note.getStatus() + " and cannot be " + action + ".";
        throw SignedNoteGuard.isSigned(note) ? new NoteLockedException(message) : new LifecycleException(message);
    }

    private static void requireForm(Note note, FormDefinition form) {
        if (!Objects.equals(note.getTemplateId(), form.getId()) || note.getTemplateVersion() != form.getVersion()) {
            throw new LifecycleException("Note " + note.getId() + " was written on " + note.getTemplateId() + " version "
                    + note.getTemplateVersion() + ", not on " + form.getId() + " version " + form.getVersion() + ".");
        }
    }

    private static void requireAuthor(Note note, Clinician clinician, String action) {
        if (!Objects.equals(note.getAuthorId(), clinician.getId())) {
            throw new LifecycleException("Only the author of note " + note.getId() + " can " + action + " it.");
        }
    }

    private static void requireSupervisor(Note note, Clinician clinician, String action) {
        if (clinician.getRole() != ClinicianRole.SUPERVISOR) {
            throw new LifecycleException(clinician.getName() + " is not a supervisor and cannot " + action + " notes.");
        }
        if (Objects.equals(note.getAuthorId(), clinician.getId())) {
            throw new LifecycleException("A supervisor cannot " + action + " their own note.");
        }
    }

    private static void requireIntact(Note note) {
        List<String> problems = NoteIntegrity.verify(note);
        if (!problems.isEmpty()) {
            throw new NoteLockedException(String.join(" ", problems));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
