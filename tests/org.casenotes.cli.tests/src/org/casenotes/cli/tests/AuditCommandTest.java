package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import org.casenotes.cli.internal.AuditCommand;
import org.casenotes.cli.internal.AuditRules;
import org.casenotes.cli.internal.ExitCode;
import org.casenotes.cli.internal.TemplateVersions;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.registry.RuleCatalogue;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Session;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublicationRefusedException;
import org.casenotes.template.library.TemplateLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code casenotes audit} over a small fictional caseload: one client, two signed notes by Ada Okafor, LCSW; the
 * second bills 90837 for a 45-minute session.
 */
class AuditCommandTest {

    private static final String PASSPHRASE = "test passphrase, not a secret";
    private static final RecordFactory R = RecordFactory.eINSTANCE;
    private static final Clock AFTER_THE_SESSIONS = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path caseload;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createCaseload() {
        caseload = temp.resolve("caseload");
        try (CaseloadStore store = Caseloads.embedded().create(caseload, PASSPHRASE.toCharArray(), "test")) {
            Client client = R.createClient();
            client.setId("client-jonah");
            client.setLegalName("Jonah Pell");
            client.setStatus(ClientStatus.ACTIVE);
            client.getSessions().add(session("session-1", "10:00", "10:50", "90834"));
            client.getSessions().add(session("session-2", "10:00", "10:45", "90837"));
            store.saveClient(client);
            store.saveNote(note("note-1", "session-1", LocalDate.of(2026, 11, 4)));
            store.saveNote(note("note-2", "session-2", LocalDate.of(2026, 11, 11)));
        }
    }

    private static Session session(String id, String start, String stop, String cpt) {
        Session session = R.createSession();
        session.setId(id);
        session.setStartTime(LocalTime.parse(start));
        session.setStopTime(LocalTime.parse(stop));
        session.setCptCode(cpt);
        return session;
    }

    private static Note note(String id, String sessionId, LocalDate day) {
        Note note = R.createNote();
        note.setId(id);
        note.setClientId("client-jonah");
        note.setSessionId(sessionId);
        note.setTemplateId("std.progress.DapNote");
        note.setTemplateVersion(1);
        note.setAuthorId("clin-ada");
        note.setDateOfService(day);
        note.setCreatedAt(day.atTime(17, 0).toInstant(ZoneOffset.UTC));
        TextValue response = R.createTextValue();
        response.setFieldId("response");
        response.setText("Jonah practised paced breathing and rated his worry 4 out of 10 afterwards.");
        note.getValues().add(response);
        for (String[] choice : new String[][] {{"suicideRisk", "none"}, {"harmToOthers", "none"}}) {
            ChoiceValue value = R.createChoiceValue();
            value.setFieldId(choice[0]);
            value.getOptionIds().add(choice[1]);
            note.getValues().add(value);
        }
        GoalReferenceValue goal = R.createGoalReferenceValue();
        goal.setFieldId("goal");
        goal.getPlanElementIds().add("goal-worry");
        note.getValues().add(goal);
        Signature signature = R.createSignature();
        signature.setSignerId("clin-ada");
        signature.setSignerName("Ada Okafor");
        signature.setCredentials("LCSW");
        signature.setSignedAt(day.atTime(18, 0).toInstant(ZoneOffset.UTC));
        note.setSignature(signature);
        note.setStatus(NoteStatus.SIGNED);
        return note;
    }

    private int audit(String passphrase, String... arguments) {
        return auditWithForms(templateId -> Optional.empty(), passphrase, arguments);
    }

    private int auditWithForms(Function<String, Optional<FormDefinition>> forms, String passphrase,
            String... arguments) {
        AuditCommand command = new AuditCommand(
                caseload -> AuditRules.of(RuleCatalogue.installed(), RulePolicy.DEFAULT, AFTER_THE_SESSIONS),
                caseload -> (templateId, version) -> forms.apply(templateId).filter(f -> f.getVersion() == version),
                Caseloads.embedded(), () -> Optional.ofNullable(passphrase).map(String::toCharArray));
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summarizesByRuleAndClinicianAndFailsOnErrors() {
        int exit = audit(PASSPHRASE, caseload.toString());

        assertEquals(ExitCode.ERRORS_FOUND, exit, out());
        assertTrue(out().contains("Audited 2 notes of 1 clients"), out());
        assertTrue(out().lines().anyMatch(l -> l.strip().startsWith("payer.cpt-time") && l.contains(" 1 ")), out());
        assertTrue(out().contains("Ada Okafor, LCSW (clin-ada)"), out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 of 2 notes checked (100%)"));
    }

    @Test
    void detailsNameTheNoteAndTheSuggestedCode() {
        audit(PASSPHRASE, "--details", caseload.toString());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("client-jonah/note-2:cptCode: error [payer.cpt-time]")
                && l.contains("billed as 90834, not 90837")), out());
    }

    @Test
    void jsonHasCountsByRuleAndClinician() {
        audit(PASSPHRASE, "--json", "--threads", "1", caseload.toString());

        JsonObject root = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(2, root.getAsJsonObject("summary").get("notes").getAsInt());
        JsonObject cpt = StreamSupport.stream(root.getAsJsonArray("byRule").spliterator(), false)
                .map(JsonElement::getAsJsonObject).filter(r -> r.get("rule").getAsString().equals("payer.cpt-time"))
                .findFirst().orElseThrow();
        assertEquals(1, cpt.get("error").getAsInt());
        JsonObject ada = root.getAsJsonArray("byClinician").get(0).getAsJsonObject();
        assertEquals("clin-ada", ada.get("clinician").getAsString());
        assertEquals(1, ada.get("notesWithErrors").getAsInt());
    }

    @Test
    void notesAreCheckedAgainstTheirInstalledForm() {
        FormDefinition dap = FormBuilder.form("std.progress.DapNote", FormKind.PROGRESS)
                .longText("presentingProblem", "Presenting problem").required().build();

        auditWithForms(id -> Optional.of(dap).filter(form -> form.getId().equals(id)), PASSPHRASE, "--details",
                caseload.toString());

        assertTrue(out().lines().anyMatch(l -> l.startsWith("client-jonah/note-1:presentingProblem: error "
                + "[completeness.required] \u201cPresenting problem\u201d is required.")), out());
    }

    /** Runs the audit with the forms of this installation and of the data folder the caseload is in. */
    private int auditAsInstalled(String... arguments) {
        AuditCommand command = new AuditCommand(
                caseload -> AuditRules.of(RuleCatalogue.installed(), RulePolicy.DEFAULT, AFTER_THE_SESSIONS),
                TemplateVersions::ofCaseload, Caseloads.embedded(), () -> Optional.of(PASSPHRASE.toCharArray()));
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Client client(String id, String legalName) {
        Client client = R.createClient();
        client.setId(id);
        client.setLegalName(legalName);
        client.setStatus(ClientStatus.ACTIVE);
        client.getSessions().add(session("session-" + id, "10:00", "10:45", "90837"));
        return client;
    }

    private static Note note(String id, Client client, LocalDate day, String templateId, int version) {
        Note note = note(id, "session-" + client.getId(), day);
        note.setClientId(client.getId());
        note.setTemplateId(templateId);
        note.setTemplateVersion(version);
        return note;
    }

    /** A caseload in {@code data/caseload} with these clients and notes. */
    private Path caseloadIn(Path data, List<Client> clients, List<Note> notes) {
        Path folder = data.resolve("caseload");
        try (CaseloadStore store = Caseloads.embedded().create(folder, PASSPHRASE.toCharArray(), "test")) {
            clients.forEach(store::saveClient);
            notes.forEach(store::saveNote);
        }
        return folder;
    }

    @Test
    void eachNoteIsCheckedAgainstTheAgencyTemplateVersionItPinned() throws IOException, PublicationRefusedException {
        Path data = temp.resolve("data");
        Path working = Files.createDirectories(data.resolve(AgencyTemplateLibrary.WORKING_FOLDER));
        Files.writeString(working.resolve("HomeVisit.ntpl"), """
                package agency

                template HomeVisit "Home visit" version 1 kind progress {
                	section visit "Visit" {
                		field response "What happened" : longtext required
                	}
                	signature signature "Signature"
                }
                """);
        AgencyTemplateLibrary agency = AgencyTemplateLibrary.inDataFolder(data);
        agency.publish("agency.HomeVisit");
        Files.writeString(working.resolve("HomeVisit.ntpl"), Files.readString(working.resolve("HomeVisit.ntpl"))
                .replace("\t\tfield response", "\t\tfield safety \"Safety check of the home\" : longtext required\n"
                        + "\t\tfield response"));
        agency.publish("agency.HomeVisit");
        Client jonah = client("client-jonah", "Jonah Pell");
        Path folder = caseloadIn(data, List.of(jonah), List.of(
                note("note-v1", jonah, LocalDate.of(2026, 11, 4), "agency.HomeVisit", 1),
                note("note-v2", jonah, LocalDate.of(2026, 11, 11), "agency.HomeVisit", 2)));

        auditAsInstalled("--details", folder.toString());

        assertTrue(out().lines().anyMatch(l -> l.startsWith("client-jonah/note-v2:") && l.contains("Safety check")
                && l.contains("[completeness.required]")), out());
        assertTrue(out().lines().noneMatch(l -> l.startsWith("client-jonah/note-v1:") && l.contains("Safety check")),
                out());
    }

    @Test
    void aNoteWhoseTemplateVersionIsNotInstalledIsNotCheckedAgainstAnotherVersion() {
        FormDefinition installed = TemplateLibrary.contributed().compile().form("std.progress.DapNote").orElseThrow();
        int unknown = installed.getVersion() + 7;
        Client jonah = client("client-jonah", "Jonah Pell");
        Path folder = caseloadIn(temp.resolve("data"), List.of(jonah),
                List.of(note("note-1", jonah, LocalDate.of(2026, 11, 4), "std.progress.DapNote", unknown)));

        auditAsInstalled("--details", folder.toString());

        assertTrue(out().lines().noneMatch(l -> l.contains("[completeness.required]")), out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("std.progress.DapNote version " + unknown),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void detailsAreSortedByClientAndThenDate() {
        Client zed = client("client-a", "Yara Zed");
        Client ames = client("client-b", "Abe Ames");
        Path folder = caseloadIn(temp.resolve("data"), List.of(zed, ames), List.of(
                note("note-a1", zed, LocalDate.of(2026, 11, 11), "std.progress.DapNote", 1),
                note("note-a2", zed, LocalDate.of(2026, 11, 4), "std.progress.DapNote", 1),
                note("note-b1", ames, LocalDate.of(2026, 11, 2), "std.progress.DapNote", 1)));
        List<String> expected = List.of("client-a/note-a2", "client-a/note-a1", "client-b/note-b1");

        for (String threads : new String[] {"1", "3"}) {
            out.reset();
            auditAsInstalled("--details", "--threads", threads, folder.toString());

            LinkedHashSet<String> order = new LinkedHashSet<>();
            out().lines().filter(l -> l.startsWith("client-")).forEach(l -> order.add(l.substring(0, l.indexOf(':'))));
            assertEquals(expected, List.copyOf(order), out());
        }
    }

    @Test
    void aWrongOrMissingPassphraseCannotRun() {
        assertEquals(ExitCode.CANNOT_RUN, audit("not the passphrase", caseload.toString()));
        assertEquals(ExitCode.CANNOT_RUN, audit(null, caseload.toString()));
        assertEquals(ExitCode.CANNOT_RUN, audit(PASSPHRASE, temp.resolve("nowhere").toString()));
    }
}
