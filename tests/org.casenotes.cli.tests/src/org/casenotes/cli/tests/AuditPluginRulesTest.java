package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.casenotes.cli.internal.AuditCommand;
import org.casenotes.cli.internal.AuditRules;
import org.casenotes.cli.internal.TemplateVersions;
import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.FieldRule;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.core.rules.TextRange;
import org.casenotes.core.rules.registry.RuleCatalogue;
import org.casenotes.core.rules.registry.RuleServices;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.template.library.TemplateLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code casenotes audit} takes its rules from the installed rule catalogue, as the workbench does: a rule another
 * bundle registers as an OSGi service is run, the agency settings in the caseload's data folder switch packs off, a
 * rule that throws is reported once, and a note gets the findings the workbench's engine gives it.
 */
class AuditPluginRulesTest {

    private static final String PASSPHRASE = "test passphrase, not a secret";
    private static final RecordFactory R = RecordFactory.eINSTANCE;
    private static final String HOUSE_PACK = "org.example.house";

    @TempDir
    Path data;

    private Path caseload;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** {@code house.todo}: "TODO" left in a field. */
    private static final class TodoRule extends DescribedRule implements FieldRule {

        TodoRule() {
            super("house.todo", RuleCategory.COMPLETENESS, Severity.ERROR, "No TODO is left in a note.",
                    new SourceCitation("Agency documentation policy", "section 4"));
        }

        @Override
        public List<Finding> evaluateField(FieldText field, NoteContext note) {
            int at = field.text().indexOf("TODO");
            return at < 0 ? List.of()
                    : List.of(new Finding(id(), defaultSeverity(), "Finish the note: TODO is left.", field.fieldId(),
                            new TextRange(at, at + 4), List.of(), source()));
        }
    }

    /** Throws on every note. */
    private static final class BrokenRule extends DescribedRule {

        BrokenRule() {
            super("house.audit-broken", RuleCategory.COMPLETENESS, Severity.ERROR, "Broken on purpose.",
                    new SourceCitation("test", ""));
        }

        @Override
        public List<Finding> evaluate(NoteContext note) {
            throw new IllegalStateException("plugin bug");
        }
    }

    @BeforeEach
    void createCaseload() {
        caseload = data.resolve("caseload");
        try (CaseloadStore store = Caseloads.embedded().create(caseload, PASSPHRASE.toCharArray(), "test")) {
            Client client = R.createClient();
            client.setId("client-jonah");
            client.setLegalName("Jonah Pell");
            client.setStatus(ClientStatus.ACTIVE);
            store.saveClient(client);
            for (int i = 1; i <= 3; i++) {
                store.saveNote(note("note-" + i, "agency.HouseNote", LocalDate.of(2026, 11, i)));
            }
            store.saveNote(note("note-dap", "std.progress.DapNote", LocalDate.of(2026, 11, 11)));
        }
    }

    private static Note note(String id, String template, LocalDate day) {
        Note note = R.createNote();
        note.setId(id);
        note.setClientId("client-jonah");
        note.setTemplateId(template);
        note.setTemplateVersion(1);
        note.setAuthorId("clin-ada");
        note.setDateOfService(day);
        note.setCreatedAt(day.atTime(17, 0).toInstant(ZoneOffset.UTC));
        note.setStatus(NoteStatus.DRAFT);
        TextValue response = R.createTextValue();
        response.setFieldId("response");
        response.setText("Jonah practised paced breathing. TODO: add his rating. I think he is lazy.");
        note.getValues().add(response);
        return note;
    }

    private static ServiceRegistration<Rule> register(Rule rule) {
        Bundle tests = FrameworkUtil.getBundle(AuditPluginRulesTest.class);
        if (tests.getBundleContext() == null) {
            try {
                tests.start(Bundle.START_TRANSIENT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        BundleContext context = tests.getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(RuleServices.PACK_PROPERTY, HOUSE_PACK);
        return context.registerService(Rule.class, rule, properties);
    }

    /** Runs the audit as the command line does: rules and agency settings found from the caseload's folder. */
    private int audit() {
        out.reset();
        err.reset();
        AuditCommand command = new AuditCommand(AuditRules::ofCaseload, TemplateVersions::ofCaseload,
                Caseloads.embedded(), () -> Optional.of(PASSPHRASE.toCharArray()));
        return command.run(List.of("--details", caseload.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void agencySettings(String... lines) throws Exception {
        Path settings = data.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.casenotes.ui.prefs");
        Files.createDirectories(settings.getParent());
        Files.write(settings, List.of(lines));
    }

    @Test
    void aRuleServiceOfAnotherBundleIsRunByTheAudit() {
        audit();
        assertFalse(out().contains("[house.todo]"), out());
        ServiceRegistration<Rule> registration = register(new TodoRule());
        try {
            audit();
            assertTrue(out().contains("client-jonah/note-1:response: error [house.todo] Finish the note"), out());
            assertFalse(out().contains("note-dap:response: error [house.todo]"),
                    "the DAP note's template names its packs, and not this one: " + out());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void theAgencySettingsInTheDataFolderSwitchPacksOffByIdOrByTheirOldNames() throws Exception {
        ServiceRegistration<Rule> registration = register(new TodoRule());
        try {
            agencySettings("eclipse.preferences.version=1", "agency.packsOff=" + HOUSE_PACK);
            audit();
            assertFalse(out().contains("[house.todo]"), out());
            assertTrue(out().contains("[language.judgmental]"), out());
            agencySettings("eclipse.preferences.version=1", "agency.pack.language=false");
            audit();
            assertTrue(out().contains("[house.todo]"), out());
            assertFalse(out().contains("[language.judgmental]"), "written before packs had ids: " + out());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aRuleThatThrowsIsReportedOnceAndTheOthersStillRun() {
        ServiceRegistration<Rule> broken = register(new BrokenRule());
        ServiceRegistration<Rule> todo = register(new TodoRule());
        try {
            audit();
            long reports = err().lines().filter(line -> line.contains("house.audit-broken")).count();
            assertEquals(1, reports, err());
            assertTrue(err().contains("switched off"), err());
            assertEquals(3, out().lines().filter(line -> line.contains("[house.todo]")).count(), out());
        } finally {
            broken.unregister();
            todo.unregister();
        }
    }

    @Test
    void aNoteGetsTheFindingsTheWorkbenchsEngineGivesIt() throws Exception {
        agencySettings("eclipse.preferences.version=1", "agency.lateEntryWindowDays=1",
                "agency.ruleSeverities=language.judgmental=info");
        audit();
        Set<String> audited = new TreeSet<>();
        out().lines().filter(line -> line.startsWith("client-jonah/note-dap"))
                .forEach(line -> audited.add(line.substring(0, line.indexOf(']') + 1)));

        RulePolicy policy = new RulePolicy(Set.of(), 1,
                org.casenotes.core.rules.AgencyRulePolicy.settings(java.util.Map.of("language.judgmental", "info")));
        FormDefinition dap = TemplateLibrary.contributed().compile().form("std.progress.DapNote").orElseThrow();
        Client client;
        try (CaseloadStore store = Caseloads.embedded().openForReading(caseload, PASSPHRASE.toCharArray(), "test")) {
            client = store.loadClient("client-jonah").orElseThrow();
        }
        Note stored = client.getNotes().stream().filter(n -> n.getId().equals("note-dap")).findFirst().orElseThrow();
        List<Finding> workbench = RuleCatalogue.installed().engine(policy, Clock.systemUTC())
                .evaluate(new NoteTextContext(stored, dap, policy.settings(), client));
        Set<String> expected = new TreeSet<>();
        workbench.forEach(finding -> expected.add("client-jonah/note-dap"
                + (finding.fieldId() == null ? "" : ":" + finding.fieldId()) + ": "
                + finding.severity().name().toLowerCase(java.util.Locale.ROOT) + " [" + finding.ruleId() + "]"));
        assertEquals(expected, audited);
        assertTrue(audited.stream().anyMatch(line -> line.endsWith("info [language.judgmental]")), audited.toString());
        assertTrue(audited.stream().anyMatch(line -> line.endsWith("[payer.timeliness]")), audited.toString());
    }
}
