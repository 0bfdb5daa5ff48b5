package org.casenotes.core.rules.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.payer.internal.ExtendedSessionReasonRule;
import org.casenotes.core.rules.payer.internal.TelehealthDetailsRule;
import org.casenotes.model.record.TelehealthDetails;
import org.casenotes.model.record.TelehealthMode;
import org.junit.jupiter.api.Test;

/** The reason for a 90837 and the telehealth details. */
class SessionDocumentationRulesTest {

    private final ExtendedSessionReasonRule reason = new ExtendedSessionReasonRule();
    private final TelehealthDetailsRule telehealth = new TelehealthDetailsRule();

    private static ProgressNoteFixture sixtyMinutes() {
        return new ProgressNoteFixture().complete().time("stopTime", "11:00").choose("cptCode", "psychotherapy60");
    }

    @Test
    void a90837WithoutAReasonIsAnError() {
        List<Finding> findings = sixtyMinutes().findings(reason);
        assertEquals(1, findings.size());
        assertEquals("extendedSessionReason", findings.get(0).fieldId());
    }

    @Test
    void a90837WithAOneWordReasonIsStillAnError() {
        List<Finding> findings = sixtyMinutes().text("extendedSessionReason", "crisis").findings(reason);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("too short"));
    }

    @Test
    void a90837WithAStatedReasonIsAccepted() {
        ProgressNoteFixture fixture = sixtyMinutes().text("extendedSessionReason",
                "Client disclosed a panic attack while driving; the session was extended to complete a safety check.");
        assertEquals(List.of(), fixture.findings(reason));
    }

    @Test
    void a90834NeedsNoReason() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(reason));
    }

    @Test
    void anOfficeSessionNeedsNoTelehealthDetails() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(telehealth));
    }

    @Test
    void aTelehealthSessionWithoutDetailsListsEverythingMissing() {
        List<Finding> findings = new ProgressNoteFixture().complete().choose("placeOfService", "telehealthHome")
                .findings(telehealth);

        assertEquals(1, findings.size());
        String message = findings.get(0).message();
        assertTrue(message.contains("video or audio only") && message.contains("where the client was")
                && message.contains("where you were") && message.contains("consented"), message);
        assertEquals("telehealthMode", findings.get(0).fieldId());
    }

    @Test
    void aTelehealthSessionWithoutConsentNamesOnlyTheConsent() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().choose("placeOfService", "telehealthOther")
                .choose("telehealthMode", "video").text("clientLocation", "her car, parked at work, Dayton OH")
                .text("clinicianLocation", "agency office, Dayton OH").flag("telehealthConsent", false);

        List<Finding> findings = fixture.findings(telehealth);

        assertEquals(1, findings.size());
        assertEquals("This telehealth session does not document that the client consented to telehealth.",
                findings.get(0).message());
        assertEquals("telehealthConsent", findings.get(0).fieldId());
    }

    @Test
    void aFullyDocumentedTelehealthSessionIsAccepted() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().choose("placeOfService", "telehealthHome")
                .choose("telehealthMode", "audio").text("clientLocation", "home, Dayton OH")
                .text("clinicianLocation", "agency office, Dayton OH").flag("telehealthConsent", true);
        assertEquals(List.of(), fixture.findings(telehealth));
    }

    @Test
    void theSessionsTelehealthDetailsCountWhenTheNoteIsSilent() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        TelehealthDetails details = ProgressNoteFixture.R.createTelehealthDetails();
        details.setMode(TelehealthMode.VIDEO);
        details.setClientLocation("home, Dayton OH");
        details.setClinicianLocation("agency office");
        fixture.session("10:00", "10:50", "90834").setTelehealth(details);

        List<Finding> findings = fixture.findings(telehealth);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().endsWith("that the client consented to telehealth."));
        details.setConsentObtained(true);
        assertEquals(List.of(), fixture.findings(telehealth));
    }
}
