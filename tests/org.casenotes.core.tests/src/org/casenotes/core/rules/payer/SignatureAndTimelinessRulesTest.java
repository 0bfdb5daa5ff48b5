package org.casenotes.core.rules.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.internal.SignatureRule;
import org.casenotes.core.rules.payer.internal.TimelinessRule;
import org.casenotes.model.form.BooleanLiteral;
import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.ComparisonOperator;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.record.NoteStatus;
import org.junit.jupiter.api.Test;

/**
 * Signatures and the signing window. The session is on Wednesday 2026-11-18 (Chicago); the agency window is 3
 * days, so it closes at the end of Saturday 2026-11-21 local time (2026-11-22T06:00Z).
 */
class SignatureAndTimelinessRulesTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant IN_TIME = Instant.parse("2026-11-19T15:00:00Z");
    private static final Instant TEN_DAYS_LATE = Instant.parse("2026-12-02T15:00:00Z");

    private final SignatureRule signature = new SignatureRule();

    private static TimelinessRule timeliness(Instant now) {
        return new TimelinessRule(new SigningDeadline(3, CHICAGO), Clock.fixed(now, CHICAGO));
    }

    @Test
    void aDatedSignatureWithCredentialsIsAccepted() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().sign(IN_TIME, "LCSW").findings(signature));
    }

    @Test
    void aSignatureWithoutCredentialsIsAnError() {
        List<Finding> findings = new ProgressNoteFixture().complete().sign(IN_TIME, " ").findings(signature);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("credentials"));
    }

    @Test
    void aNoteMarkedSignedWithoutASignatureIsAnError() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        fixture.note.setStatus(NoteStatus.SIGNED);
        assertEquals(1, fixture.findings(signature).size());
    }

    @Test
    void aSupervisedClinicianNoteWaitingForTheCosignatureIsAWarning() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().sign(IN_TIME, "LMSW");
        SignatureBlock block = FormFactory.eINSTANCE.createSignatureBlock();
        block.setId("signature");
        Comparison underSupervision = FormFactory.eINSTANCE.createComparison();
        ElementValue supervised = FormFactory.eINSTANCE.createElementValue();
        supervised.setElement(ProgressNoteFixture.field("underSupervision", FormFactory.eINSTANCE.createBooleanType()));
        underSupervision.setLeft(supervised);
        underSupervision.setOperator(ComparisonOperator.EQUAL);
        BooleanLiteral yes = FormFactory.eINSTANCE.createBooleanLiteral();
        yes.setValue(true);
        underSupervision.setRight(yes);
        block.setCosignatureWhen(underSupervision);
        fixture.form.getElements().add(block);

        fixture.flag("underSupervision", false);
        assertEquals(List.of(), fixture.findings(signature));
        fixture.flag("underSupervision", true);
        List<Finding> findings = fixture.findings(signature);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("co-signature"));
    }

    @Test
    void draftsAreNotCheckedForASignature() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(signature));
    }

    @Test
    void signedWithinTheWindowIsTimely() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().sign(IN_TIME, "LCSW")
                .findings(timeliness(TEN_DAYS_LATE)));
    }

    @Test
    void signedLateWithoutTheLateEntryReasonIsAnError() {
        List<Finding> findings = new ProgressNoteFixture().complete().sign(TEN_DAYS_LATE, "LCSW")
                .findings(timeliness(TEN_DAYS_LATE));

        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith("Signed 10 days after"), findings.get(0).message());
    }

    @Test
    void signedLateAsALateEntryWithTheReasonIsAccepted() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().sign(TEN_DAYS_LATE, "LCSW");
        fixture.note.setLateEntry(true);
        fixture.note.setLateEntryReason("Clinician was on medical leave from 11-19 to 12-01.");
        assertEquals(List.of(), fixture.findings(timeliness(TEN_DAYS_LATE)));
    }

    @Test
    void anUnsignedDraftPastItsWindowIsAWarning() {
        List<Finding> findings = new ProgressNoteFixture().complete().findings(timeliness(TEN_DAYS_LATE));
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(timeliness(IN_TIME)));
    }
}
