package org.casenotes.core.record;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.core.TestClinicians;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * The standard plan templates as installed, compiled once, plus two agency templates: one that extends the standard
 * treatment plan and one of its own without the standard fields; a fictional client and clinician, and a lifecycle
 * that signs without rules.
 */
final class PlanFixture {

    static final LocalDate PLAN_DAY = LocalDate.of(2026, 11, 2);
    static final String AGENCY_TEMPLATES = """
            package agency.test
            import std.plan.*
            template ExtendedPlan "Our treatment plan" version 1 kind treatmentPlan extends TreatmentPlan {
            	section funding "Funding" {
            		field fundingSource "Funding source" : text
            	}
            }
            template BarePlan "Plan in our own words" version 1 kind treatmentPlan {
            	section plan "Plan" {
            		field planText "The plan" : longtext required
            	}
            	signature signature "Clinician signature"
            }
            """;
    private static CompiledLibrary library;

    private final AtomicInteger ids = new AtomicInteger();
    final NoteLifecycle lifecycle = new NoteLifecycle(Clock.fixed(Instant.parse("2026-11-03T01:00:00Z"),
            ZoneId.of("UTC")), SigningGate.NONE, new SigningDeadline(30, ZoneId.of("UTC")),
            () -> "note-" + ids.incrementAndGet());
    final SignedNoteRecord record = new SignedNoteRecord(() -> "id-" + ids.incrementAndGet());
    final Clinician author = TestClinicians.rowan();
    final Client client = client();

    static synchronized CompiledLibrary library() {
        if (library == null) {
            library = TemplateLibrary.contributed().withSource(new TemplateSource("agency/test.ntpl",
                    AGENCY_TEMPLATES)).compile();
            if (library.hasErrors()) {
                throw new AssertionError("templates do not compile: " + library.diagnostics());
            }
        }
        return library;
    }

    static FormDefinition form(String id) {
        return library().form(id).orElseThrow(() -> new AssertionError(id + " is not installed"));
    }

    static FormDefinition treatmentPlan() {
        return form("std.plan.TreatmentPlan");
    }

    static FormDefinition planReview() {
        return form("std.plan.PlanReview");
    }

    Note draft(FormDefinition form, LocalDate day) {
        return lifecycle.createDraft(form, DraftRequest.of(client.getId(), author.getId(), day));
    }

    /** @return a treatment-plan note on {@code form} with the overview filled in and no problems yet */
    Note planNote(FormDefinition form) {
        Note note = draft(form, PLAN_DAY);
        lifecycle.edit(note, form).setDate("planDate", PLAN_DAY)
                .setText("diagnosis", "F41.1 Generalized anxiety disorder").setDate("reviewDate", PLAN_DAY.plusDays(90))
                .setText("frequency", "weekly").choose("modality", "individual");
        return note;
    }

    /** Adds a problem row to a treatment-plan note. */
    ValueEditor problem(Note note, FormDefinition form, String problem, String goal, String objectives,
            LocalDate target, String... interventions) {
        return lifecycle.edit(note, form).addRow("problemList").setText("problem", problem).setText("goal", goal)
                .setText("objectives", objectives).choose("plannedInterventions", interventions)
                .setDate("targetDate", target);
    }

    Note sign(Note note, FormDefinition form) {
        lifecycle.sign(note, form, author, null);
        return note;
    }

    /** Signs {@code note} and applies it to the client's record, as signing in the workbench does. */
    boolean signAndApply(Note note, FormDefinition form) {
        sign(note, form);
        return record.applyTo(client, note, form);
    }

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("client-7");
        client.setLegalName("Juniper Quill");
        client.setDateOfBirth(LocalDate.of(1990, 4, 2));
        client.setStatus(ClientStatus.ACTIVE);
        return client;
    }
}
