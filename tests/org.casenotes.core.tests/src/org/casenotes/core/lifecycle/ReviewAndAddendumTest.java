package org.casenotes.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.junit.jupiter.api.Test;

class ReviewAndAddendumTest {

    private final Fixture fx = new Fixture();

    @Test
    void submitReturnWithCommentsReviseSignAndCosign() {
        Note note = fx.draft();
        fx.lifecycle.edit(note, fx.form).choose("progress", "improved").setText("response", "Good session.");
        fx.lifecycle.submitForReview(note, fx.author);
        assertEquals(NoteStatus.SUBMITTED, note.getStatus());

        fx.lifecycle.returnForRevision(note, fx.supervisor,
                List.of(ReviewRemark.onField("response", "Describe what the client did."), ReviewRemark.general("Add the goal.")));
        assertEquals(NoteStatus.RETURNED, note.getStatus());
        assertEquals(2, note.getReviewComments().size());
        assertEquals("response", note.getReviewComments().get(0).getFieldId());
        assertEquals("c-ben", note.getReviewComments().get(0).getReviewerId());
        assertNull(note.getReviewComments().get(1).getFieldId());

        fx.lifecycle.edit(note, fx.form).setText("response", "Client rehearsed asking for help, twice.");
        fx.lifecycle.submitForReview(note, fx.author);
        fx.lifecycle.sign(note, fx.form, fx.author, null);
        assertTrue(fx.lifecycle.awaitsCosignature(note, fx.form));

        fx.clock.advance(Duration.ofHours(1));
        fx.lifecycle.cosign(note, fx.supervisor);
        assertEquals(NoteStatus.COSIGNED, note.getStatus());
        assertEquals("LICSW", note.getCosignature().getCredentials());
        assertEquals(note.getSignature().getContentHash(), note.getCosignature().getContentHash());
        assertFalse(fx.lifecycle.awaitsCosignature(note, fx.form));
        assertTrue(NoteIntegrity.verify(note).isEmpty());
        assertThrows(NoteLockedException.class, () -> note.setCosignature(null), "co-signed notes are locked too");
    }

    @Test
    void onlyASupervisorOtherThanTheAuthorReturnsOrCosigns() {
        Note note = fx.draft();
        fx.lifecycle.submitForReview(note, fx.author);
        Clinician peer = Fixture.clinician("c-cy", "Cy Lund", "LPC", ClinicianRole.CLINICIAN);
        assertThrows(LifecycleException.class,
                () -> fx.lifecycle.returnForRevision(note, peer, List.of(ReviewRemark.general("x"))));
        assertThrows(LifecycleException.class, () -> fx.lifecycle.returnForRevision(note, fx.supervisor, List.of()),
                "returned with comments only");
        assertEquals(NoteStatus.SUBMITTED, note.getStatus());

        Note signed = fx.signedNote();
        assertThrows(LifecycleException.class, () -> fx.lifecycle.cosign(signed, peer));
        Clinician supervisorAuthor = Fixture.clinician("c-ada", "Ada Okafor", "LCSW", ClinicianRole.SUPERVISOR);
        assertThrows(LifecycleException.class, () -> fx.lifecycle.cosign(signed, supervisorAuthor), "no self co-signing");
        assertEquals(NoteStatus.SIGNED, signed.getStatus());
    }

    @Test
    void stateTransitionsOutOfOrderAreRefused() {
        Note draft = fx.draft();
        assertThrows(LifecycleException.class,
                () -> fx.lifecycle.returnForRevision(draft, fx.supervisor, List.of(ReviewRemark.general("x"))),
                "only submitted notes are returned");
        assertThrows(LifecycleException.class, () -> fx.lifecycle.cosign(draft, fx.supervisor), "drafts are not co-signed");
        assertThrows(LifecycleException.class, () -> fx.lifecycle.submitForReview(draft, fx.supervisor),
                "only the author submits");
        assertThrows(LifecycleException.class, () -> fx.lifecycle.addAddendum(draft, fx.author, "r", "t"),
                "drafts are edited, not amended");
        Note signed = fx.signedNote();
        assertThrows(NoteLockedException.class, () -> fx.lifecycle.submitForReview(signed, fx.author));
    }

    @Test
    void addendaRecordAuthorTimeReasonAndChainTheirHashes() {
        Note note = fx.signedNote();
        fx.clock.advance(Duration.ofDays(2));
        Addendum first = fx.lifecycle.addAddendum(note, fx.author, "Correction", "Session was 53 minutes, not 45.");
        Addendum second = fx.lifecycle.addAddendum(note, fx.supervisor, "Clarification", "Reviewed with clinician.");

        assertEquals("c-ada", first.getAuthorId());
        assertEquals(Fixture.SESSION_EVENING.plus(Duration.ofDays(2)), first.getCreatedAt());
        assertEquals("Correction", first.getReason());
        assertEquals(NoteContentHash.ofAddendum(note.getSignature().getContentHash(), first), first.getContentHash());
        assertEquals(NoteContentHash.ofAddendum(first.getContentHash(), second), second.getContentHash());
        assertEquals(NoteStatus.SIGNED, note.getStatus(), "addenda do not change the status");
        assertTrue(NoteIntegrity.verify(note).isEmpty());

        first.eSetDeliver(false);
        first.setText("Session was 60 minutes.");
        List<String> problems = NoteIntegrity.verify(note);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains(first.getId()), problems.get(0));
    }

    @Test
    void addendaNeedAReasonAndText() {
        Note note = fx.signedNote();
        assertThrows(LifecycleException.class, () -> fx.lifecycle.addAddendum(note, fx.author, " ", "text"));
        assertThrows(LifecycleException.class, () -> fx.lifecycle.addAddendum(note, fx.author, "reason", null));
        assertTrue(note.getAddenda().isEmpty());
    }
}
