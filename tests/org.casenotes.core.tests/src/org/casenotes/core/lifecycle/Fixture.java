package org.casenotes.core.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.core.SettableClock;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;

/**
 * A small fictional SOAP-like form, two clinicians, a clock at a known time and a lifecycle over them. The session
 * is on Wednesday 2026-11-18 in America/Chicago; the form's window is 3 days, so it closes at the end of Saturday
 * 2026-11-21 local time.
 */
final class Fixture {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final LocalDate SESSION_DAY = LocalDate.of(2026, 11, 18);
    static final Instant SESSION_EVENING = Instant.parse("2026-11-19T01:00:00Z");
    static final Instant WINDOW_CLOSES = Instant.parse("2026-11-22T06:00:00Z");

    final SettableClock clock = new SettableClock(SESSION_EVENING, ZONE);
    final List<String> gateRefusals = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    final NoteLifecycle lifecycle = new NoteLifecycle(clock, (note, form) -> List.copyOf(gateRefusals),
            new SigningDeadline(5, ZONE), () -> "id-" + ids.incrementAndGet());
    final FormDefinition form = soapForm(3);
    final Clinician author = clinician("c-ada", "Ada Okafor", "LCSW", ClinicianRole.CLINICIAN);
    final Clinician supervisor = clinician("c-ben", "Ben Varga", "LICSW", ClinicianRole.SUPERVISOR);

    Note draft() {
        return lifecycle.createDraft(form, DraftRequest.of("client-1", author.getId(), SESSION_DAY));
    }

    Note signedNote() {
        Note note = draft();
        lifecycle.edit(note, form).choose("progress", "improved").setText("response", "Practised grounding twice.")
                .setNumber("sessionCount", BigDecimal.valueOf(4));
        lifecycle.sign(note, form, author, null);
        return note;
    }

    static FormDefinition soapForm(int version) {
        return soapFormBuilder(version).build();
    }

    static FormBuilder soapFormBuilder(int version) {
        return FormBuilder.form("test.Soap", FormKind.PROGRESS).version(version)
                .section("session", null, s -> s.time("startTime").duration("minutes").yesNo("telehealth")
                        .date("dateOfNextSession").dateTime("followUpAt"))
                .section("assessment", null, s -> s.choice("progress", "progress", "improved", "plateau", "setback")
                        .choice("interventions", "interventions", "cbt", "mi", "dbt").multiple().longText("response")
                        .number("sessionCount", "sessionCount", NumberKind.INTEGER, null, null, null)
                        .number("sleepHours", "sleepHours", NumberKind.DECIMAL, null, null, null)
                        .group("goalsAddressed", null, g -> g.goal("goal", "goal", null).longText("goalProgress"))
                        .rows(0, 2))
                .signature("signature", null).cosignatureRequired().signingWindow(3, WindowUnit.DAYS);
    }

    static Clinician clinician(String id, String name, String credentials, ClinicianRole role) {
        Clinician clinician = RecordFactory.eINSTANCE.createClinician();
        clinician.setId(id);
        clinician.setName(name);
        clinician.setCredentials(credentials);
        clinician.setRole(role);
        return clinician;
    }
}
