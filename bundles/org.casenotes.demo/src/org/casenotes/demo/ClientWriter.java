package org.casenotes.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.casenotes.core.SettableClock;
import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.demo.ClientProfile.Care;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Modality;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Participant;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Session;
import org.casenotes.model.record.TelehealthDetails;
import org.casenotes.model.record.TelehealthMode;

/**
 * Replays one client's treatment: the record, then each session with its progress note written, edited and
 * signed through the {@link NoteLifecycle} at the time the clinician would have done it, so content hashes,
 * signatures, late-entry labels and co-signatures are real. {@link DeliberateProblems} decides which notes carry
 * a problem for the rules to find.
 */
final class ClientWriter {

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;
    private static final int SESSION_MINUTES = 50;
    private static final String FAMILY_CLIENT = "C-1011";
    private static final String RISK_CLIENT = "C-1004";

    private final ClientProfile profile;
    private final LocalDate today;
    private final ZoneId zone;
    private final SettableClock clock;
    private final NoteLifecycle lifecycle;
    private final FormCatalog forms;
    private final Random random;

    ClientWriter(ClientProfile profile, LocalDate today, ZoneId zone, SettableClock clock, NoteLifecycle lifecycle,
            FormCatalog forms, Random random) {
        this.profile = profile;
        this.today = today;
        this.zone = zone;
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.forms = forms;
        this.random = random;
    }

    ClientHistory write() {
        Client client = client();
        List<LocalDate> days = sessionDays();
        if (days.isEmpty()) {
            return new ClientHistory(client, List.of());
        }
        LocalDate end = profile.status() == ClientStatus.DISCHARGED ? days.get(days.size() - 1) : null;
        EpisodeOfCare episode = PlanWriter.episode(profile, days.get(0), end, today);
        client.getEpisodes().add(episode);
        for (Diagnosis diagnosis : client.getDiagnoses()) {
            diagnosis.setDiagnosedOn(days.get(0));
        }
        client.getCoverages().get(0).setStartDate(days.get(0).minusDays(30));
        FormDefinition form = forms.form(profile.care().templateId()).orElseThrow(() -> new IllegalStateException(
                "The form catalog has no template " + profile.care().templateId()));
        List<Note> notes = new ArrayList<>();
        for (int index = 0; index < days.size(); index++) {
            notes.add(session(client, episode, form, days, index));
        }
        Letters.write(profile, client, days, today, forms);
        return new ClientHistory(client, notes);
    }

    private Client client() {
        Client client = RECORD.createClient();
        client.setId(profile.id());
        client.setLegalName(profile.legalName());
        client.setPreferredName(profile.preferredName());
        client.setPronouns(profile.pronouns());
        client.setDateOfBirth(profile.dateOfBirth());
        client.setStatus(profile.status());
        client.setPrimaryClinicianId(profile.care().clinician().getId());
        ContactDetails contact = RECORD.createContactDetails();
        int number = Integer.parseInt(profile.id().substring(2)) % 100;
        contact.setPhone(String.format("(555) 01%02d-%04d", number, 1000 + number * 37));
        contact.setEmail(firstName().toLowerCase().replaceAll("[^a-z]", "") + number + "@example.org");
        contact.setMayLeaveMessage(number % 3 != 0);
        client.setContact(contact);
        Coverage coverage = RECORD.createCoverage();
        coverage.setPayerName(profile.payer());
        coverage.setMemberId(String.format("DEMO%07d", 4_000_000 + number * 7919));
        coverage.setPrimary(true);
        client.getCoverages().add(coverage);
        boolean primary = true;
        for (String[] code : profile.diagnoses()) {
            Diagnosis diagnosis = RECORD.createDiagnosis();
            diagnosis.setId(profile.id() + "-" + code[0]);
            diagnosis.setIcd10Code(code[0]);
            diagnosis.setDescription(code[1]);
            diagnosis.setPrimary(primary);
            primary = false;
            client.getDiagnoses().add(diagnosis);
        }
        return client;
    }

    /** Weekdays from the first to the last session at the client's cadence, with cancellations if the care has them. */
    private List<LocalDate> sessionDays() {
        Care care = profile.care();
        List<LocalDate> days = new ArrayList<>();
        if (care.firstWeek() == 0) {
            return days;
        }
        LocalDate last = today.minusWeeks(care.lastWeek()).minusDays(1);
        int weekdayOffset = Integer.parseInt(profile.id().substring(2)) % 5;
        for (LocalDate day = today.minusWeeks(care.firstWeek()).minusDays(weekdayOffset); !day.isAfter(last); day = day
                .plusDays(care.cadenceDays())) {
            LocalDate weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                    : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
            boolean cancelled = care.cancellations() && !days.isEmpty() && random.nextInt(10) == 0;
            if (!cancelled && !weekday.isAfter(last)) {
                days.add(weekday);
            }
        }
        if (!care.cancellations() && days.size() > care.firstWeek()) {
            // a care without cancellations has exactly one session a week for firstWeek weeks
            return new ArrayList<>(days.subList(days.size() - care.firstWeek(), days.size()));
        }
        return days;
    }

    private Note session(Client client, EpisodeOfCare episode, FormDefinition form, List<LocalDate> days, int index) {
        LocalDate day = days.get(index);
        double fraction = days.size() == 1 ? 0 : (double) index / (days.size() - 1);
        Care care = profile.care();
        Clinician clinician = care.clinician();
        LocalTime start = LocalTime.of(9 + (Integer.parseInt(profile.id().substring(2)) % 8), 0);
        LocalTime stop = start.plusMinutes(SESSION_MINUTES);
        boolean family = isFamilySession(index);
        Session session = session(episode, day, start, stop, family, index);
        client.getSessions().add(session);

        String noteId = profile.id() + "-N" + String.format("%03d", index + 1);
        clock.set(day.atTime(stop).atZone(zone).toInstant());
        Note note = lifecycle.createDraft(form, new DraftRequest(profile.id(), clinician.getId(), episode.getId(),
                session.getId(), day, day.atTime(stop).atZone(zone).toInstant()));
        note.setId(noteId);

        MeasureSeries series = care.phq9() != null ? new MeasureSeries(MeasureSeries.PHQ9, care.phq9())
                : care.gad7() != null ? new MeasureSeries(MeasureSeries.GAD7, care.gad7()) : null;
        boolean measured = index % 4 == 0 || index == days.size() - 1;
        List<MeasureResult> results = new ArrayList<>();
        if (measured) {
            if (care.phq9() != null) {
                results.add(measure(new MeasureSeries(MeasureSeries.PHQ9, care.phq9()), day, noteId, fraction));
            }
            if (care.gad7() != null) {
                results.add(measure(new MeasureSeries(MeasureSeries.GAD7, care.gad7()), day, noteId, fraction));
            }
            client.getMeasureResults().addAll(results);
        }
        int current = series == null ? 0
                : results.isEmpty() ? series.expected(fraction) : results.get(0).getTotal();
        Progress progress = series == null ? Progress.IMPROVED : Progress.between(series.first(), current);
        int selfHarm = results.isEmpty() || !MeasureSeries.PHQ9.equals(results.get(0).getInstrumentId()) ? 0
                : results.get(0).getAnswers().get(8).getScore();

        ValueEditor values = lifecycle.edit(note, form);
        fill(form, values, day, start, stop, family, index, progress, series, results, selfHarm, measured);
        MeasureAnswers.record(note, form, results);
        DeliberateProblems.apply(profile, index, days.size(), values);
        finish(note, form, clinician, day, index, days.size());
        return note;
    }

    private Session session(EpisodeOfCare episode, LocalDate day, LocalTime start, LocalTime stop, boolean family,
            int index) {
        Session session = RECORD.createSession();
        session.setId(profile.id() + "-S" + String.format("%03d", index + 1));
        session.setEpisodeId(episode.getId());
        session.setClinicianId(profile.care().clinician().getId());
        session.setDate(day);
        session.setStartTime(start);
        session.setStopTime(stop);
        session.setModality(family ? Modality.FAMILY : Modality.INDIVIDUAL);
        session.setServiceType(family ? "Family psychotherapy with the client present" : "Individual psychotherapy");
        session.setCptCode(family ? "90847" : "90834");
        session.setPlaceOfService(profile.care().telehealth() ? "10" : "11");
        if (profile.care().telehealth()) {
            TelehealthDetails telehealth = RECORD.createTelehealthDetails();
            telehealth.setMode(TelehealthMode.VIDEO);
            telehealth.setClientLocation("Client's home");
            telehealth.setClinicianLocation("Riverbend Community Counseling office");
            telehealth.setConsentObtained(true);
            session.setTelehealth(telehealth);
        }
        if (family) {
            Participant participant = RECORD.createParticipant();
            participant.setName("Abena Asante");
            participant.setRelationship("mother");
            session.getParticipants().add(participant);
        }
        return session;
    }

    private MeasureResult measure(MeasureSeries series, LocalDate day, String noteId, double fraction) {
        int total = series.total(fraction, random);
        int selfHarm = selfHarmItem(series, total);
        String id = noteId + (MeasureSeries.PHQ9.equals(series.instrumentId()) ? "-PHQ9" : "-GAD7");
        return series.result(id, day, noteId, total, selfHarm);
    }

    private void fill(FormDefinition form, ValueEditor values, LocalDate day, LocalTime start, LocalTime stop, boolean family, int index,
            Progress progress, MeasureSeries series, List<MeasureResult> results, int selfHarm, boolean measured) {
        var story = profile.story();
        String name = firstName();
        String topic = story.topics().get(index % story.topics().size());
        String nextTopic = story.topics().get((index + 1) % story.topics().size());
        String quote = story.quotes().get(index % story.quotes().size());
        List<String> interventions = List.of(story.interventions().get(index % story.interventions().size()),
                story.interventions().get((index + 1) % story.interventions().size()));
        int objectiveNumber = index % story.objectives().size() + 1;
        String objective = story.objectives().get(objectiveNumber - 1)[0];

        values.setDate("sessionDate", day).setTime("startTime", start).setTime("stopTime", stop)
                .choose("cptCode", family ? "familyWithClient" : "psychotherapy45")
                .choose("modality", family ? "family" : "individual")
                .choose("placeOfService", profile.care().telehealth() ? "telehealthHome" : "office");
        if (family) {
            values.setText("participants", "mother (Abena)");
        }
        if (profile.care().telehealth()) {
            values.choose("telehealthMode", "video").setText("clientLocation", "home, Riverbend")
                    .setText("clinicianLocation", "Riverbend Community Counseling office")
                    .setBoolean("telehealthConsent", true);
        }
        values.setText("clientReport", DemoNoteWording.clientReport(name, topic, quote))
                .setText("presentingProblem", story.presentingProblem())
                .setText("problemDuration", story.duration())
                .setText("background", story.background())
                .setText("presentation", DemoNoteWording.presentation(name, index + random.nextInt(2)))
                .setText("topics", DemoNoteWording.topics(topic, nextTopic))
                .choose("interventions", interventions.toArray(String[]::new))
                .setText("interventionDetails", DemoNoteWording.interventionDetails(interventions))
                .setText("response", DemoNoteWording.response(name, progress))
                .choose("progress", progress.optionId());
        MeasureResult shown = results.isEmpty() ? null : results.get(0);
        values.setText("progressDetails", DemoNoteWording.progressDetails(name, shown == null ? null
                : MeasureSeries.PHQ9.equals(shown.getInstrumentId()) ? "PHQ-9" : "GAD-7",
                shown == null ? null : shown.getTotal(), shown == null ? null : shown.getBand(),
                series == null ? 0 : series.first(), objective));
        if (progress.needsReason()) {
            values.setText("setbackReason", index < 3
                    ? "Early in treatment: the first sessions went to assessment, planning and learning the skills."
                    : story.setbackReason());
        }
        if (FormDefinitions.findField(form, "clinicalImpression").isPresent()) {
            values.setText("clinicalImpression", DemoNoteWording.impression(name, progress, story.goal()));
        }
        values.setText("conclusion", DemoNoteWording.conclusion(topic))
                .setText("futurePlan", DemoNoteWording.plan(profile.care().cadenceDays(), nextTopic))
                .setText("homework", DemoNoteWording.homework(interventions.get(0)))
                .setDate("nextSession", day.plusDays(profile.care().cadenceDays()));
        values.addRow("goalsAddressed").referTo("goal", PlanWriter.objectiveId(profile, objectiveNumber))
                .choose("goalProgress", progress.goalProgressId())
                .setText("goalNotes", DemoNoteWording.progressDetails(name, null, null, null, 0, objective));
        List<String> given = new ArrayList<>();
        for (MeasureResult result : results) {
            given.add(MeasureSeries.PHQ9.equals(result.getInstrumentId()) ? "phq" : "gad");
        }
        values.choose("measuresGiven", measured && !given.isEmpty() ? given.toArray(String[]::new)
                : new String[] {"noMeasure"});
        values.choose("suicideRisk", selfHarm > 0 ? "low" : "none").choose("harmToOthers", "none");
        if (selfHarm > 0) {
            values.setText("riskDetails", name + " answered 'several days' to PHQ-9 item 9 and said, \"Sometimes I "
                    + "think everyone would be fine without me.\" Denied a plan, intent or means; no past attempts.")
                    .setText("safetyPlan", "Reviewed and updated the written safety plan with " + name
                            + ": warning signs (skipping meals, staying in bed), coping steps (call a friend, walk "
                            + "to the library), people to contact (roommate, a parent), campus counseling after "
                            + "hours and the 988 line. No firearms or stored medication at home; "
                            + name + " agreed to keep the plan on their phone.");
        }
        values.setBoolean("underSupervision", profile.care().clinician() == Staff.OKAFOR);
    }

    /** Signs the note when the clinician would have, unless it is meant to stay a draft. */
    private void finish(Note note, FormDefinition form, Clinician clinician, LocalDate day, int index, int count) {
        if (DeliberateProblems.staysDraft(profile, index, count)) {
            return;
        }
        int daysLate = DeliberateProblems.signedLateByDays(profile, index, count);
        LocalDate signingDay = day.plusDays(daysLate > 0 ? daysLate : index % 3 == 0 ? 1 : 0);
        clock.set(signingDay.atTime(17, 20 + index % 30).atZone(zone).toInstant());
        lifecycle.sign(note, form, clinician, daysLate > 0 ? DeliberateProblems.LATE_ENTRY_REASON : null);
        if (clinician.getSupervisorId() != null && index < count - 1) {
            clock.set(signingDay.plusDays(2).atTime(12, 5).atZone(zone).toInstant());
            lifecycle.cosign(note, Staff.CASTELLANOS);
        }
        DeliberateProblems.addendum(profile, index).ifPresent(text -> {
            clock.set(signingDay.plusDays(1).atTime(9, 15).atZone(zone).toInstant());
            lifecycle.addAddendum(note, clinician, "Information received after signing", text);
        });
    }

    /** Kwame's mother joins every other session (family psychotherapy with the client present). */
    private boolean isFamilySession(int index) {
        return FAMILY_CLIENT.equals(profile.id()) && index % 2 == 1;
    }

    /** Jo's PHQ-9 item 9 rises above 0 as their depression worsens, which calls for a safety plan. */
    private int selfHarmItem(MeasureSeries series, int total) {
        return RISK_CLIENT.equals(profile.id()) && MeasureSeries.PHQ9.equals(series.instrumentId()) && total >= 15
                ? 1 : 0;
    }

    private String firstName() {
        return profile.preferredName() != null ? profile.preferredName() : profile.legalName().split(" ")[0];
    }
}
