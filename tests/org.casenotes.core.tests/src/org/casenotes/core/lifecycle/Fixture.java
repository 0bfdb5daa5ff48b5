package org.casenotes.core.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.core.SettableClock;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.SigningWindow;
import org.casenotes.model.form.WindowUnit;
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
        FormFactory f = FormFactory.eINSTANCE;
        FormDefinition form = f.createFormDefinition();
        form.setId("test.Soap");
        form.setVersion(version);
        form.setKind(FormKind.PROGRESS);

        Section session = f.createSection();
        session.setId("session");
        session.getElements().add(field("startTime", f.createTimeType()));
        session.getElements().add(field("minutes", f.createDurationType()));
        session.getElements().add(field("telehealth", f.createBooleanType()));
        session.getElements().add(field("dateOfNextSession", f.createDateType()));
        session.getElements().add(field("followUpAt", f.createDateTimeType()));

        Section assessment = f.createSection();
        assessment.setId("assessment");
        ChoiceType progress = f.createChoiceType();
        progress.getOptions().add(option("improved"));
        progress.getOptions().add(option("plateau"));
        progress.getOptions().add(option("setback"));
        assessment.getElements().add(field("progress", progress));
        ChoiceType interventions = f.createChoiceType();
        interventions.setMultiple(true);
        interventions.getOptions().add(option("cbt"));
        interventions.getOptions().add(option("mi"));
        interventions.getOptions().add(option("dbt"));
        assessment.getElements().add(field("interventions", interventions));
        assessment.getElements().add(field("response", f.createLongTextType()));
        NumberType count = f.createNumberType();
        count.setNumberKind(NumberKind.INTEGER);
        assessment.getElements().add(field("sessionCount", count));
        NumberType weight = f.createNumberType();
        weight.setNumberKind(NumberKind.DECIMAL);
        assessment.getElements().add(field("sleepHours", weight));

        RepeatableGroup goals = f.createRepeatableGroup();
        goals.setId("goalsAddressed");
        goals.setMaxRows(2);
        goals.getElements().add(field("goal", f.createGoalReferenceType()));
        goals.getElements().add(field("goalProgress", f.createLongTextType()));
        assessment.getElements().add(goals);

        SignatureBlock signature = f.createSignatureBlock();
        signature.setId("signature");
        signature.setCosignatureRequired(true);

        form.getElements().add(session);
        form.getElements().add(assessment);
        form.getElements().add(signature);

        RuleConfiguration rules = f.createRuleConfiguration();
        SigningWindow window = f.createSigningWindow();
        window.setAmount(3);
        window.setUnit(WindowUnit.DAYS);
        rules.setSigningWindow(window);
        form.setRuleConfiguration(rules);
        return form;
    }

    static Field field(String id, FieldType type) {
        Field field = FormFactory.eINSTANCE.createField();
        field.setId(id);
        field.setLabel(id);
        field.setType(type);
        return field;
    }

    static ChoiceOption option(String id) {
        ChoiceOption option = FormFactory.eINSTANCE.createChoiceOption();
        option.setId(id);
        option.setLabel(id);
        return option;
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
