package org.casenotes.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.completeness.CompletenessPack;
import org.casenotes.core.rules.integrity.IntegrityPack;
import org.casenotes.core.rules.payer.PayerPack;
import org.casenotes.core.rules.registry.RuleContributions;
import org.casenotes.demo.ClientHistory;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo checked as {@code casenotes audit} checks it: every note against its installed standard-library form, with
 * the rules the audit runs (completeness, payer, integrity, language). Signed notes are complete (measures carry
 * their item answers); what remains is the demo's deliberate problems, as {@code DeliberateProblems} lists them.
 */
class DemoAuditTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Map<String, List<Finding>> FINDINGS = new TreeMap<>();
    private static final Set<String> SIGNED = new TreeSet<>();
    private static int notesWithMeasures;

    @BeforeAll
    static void auditEveryNoteWithTheInstalledForms() {
        Clock now = Clock.fixed(TODAY.atTime(18, 0).atZone(DemoCaseload.ZONE).toInstant(), DemoCaseload.ZONE);
        List<Rule> rules = new ArrayList<>(CompletenessPack.rules());
        rules.addAll(PayerPack.rules(new SigningDeadline(3, DemoCaseload.ZONE), now));
        rules.addAll(IntegrityPack.rules());
        rules.addAll(new RuleContributions(RegistryFactory.getRegistry()).languagePack().rules());
        RuleEngine engine = new RuleEngine(rules);
        CompiledLibrary installed = TemplateLibrary.contributed().compile();
        for (ClientHistory history : DemoCaseload.standard(TODAY).generate()) {
            for (Note note : history.notes()) {
                FormDefinition form = installed.form(note.getTemplateId()).orElseThrow(
                        () -> new AssertionError("template " + note.getTemplateId() + " is not installed"));
                FINDINGS.put(note.getId(), engine.evaluate(new NoteTextContext(note, form, RuleSettings.DEFAULTS,
                        history.client())));
                if (note.getStatus() == NoteStatus.SIGNED || note.getStatus() == NoteStatus.COSIGNED) {
                    SIGNED.add(note.getId());
                }
                if (note.getGroups().stream().anyMatch(g -> g.getGroupId().equals("phq9")
                        || g.getGroupId().equals("gad7"))) {
                    notesWithMeasures++;
                }
            }
        }
    }

    @Test
    void signedNotesHaveNoUnansweredMeasureItems() {
        List<String> unanswered = FINDINGS.entrySet().stream().filter(entry -> SIGNED.contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream().filter(f -> f.message().contains("unanswered"))
                        .map(f -> entry.getKey() + ": " + f.message()))
                .toList();
        assertEquals(List.of(), unanswered);
        assertTrue(notesWithMeasures >= 60, "notes carrying measure answers: " + notesWithMeasures);
    }

    @Test
    void onlyTheDeliberateProblemsAreFound() {
        Map<String, List<String>> byNote = new TreeMap<>();
        FINDINGS.forEach((note, findings) -> findings.forEach(finding -> byNote
                .computeIfAbsent(note, n -> new ArrayList<>()).add(finding.ruleId() + " " + finding.fieldId())));
        System.out.println("demo audit findings: " + byNote);
        assertTrue(byNote.keySet().stream().anyMatch(note -> note.startsWith("C-1003-")
                && byNote.get(note).stream().anyMatch(f -> f.endsWith(" setbackReason"))), byNote.toString());
        assertTrue(byNote.keySet().stream().anyMatch(note -> note.startsWith("C-1007-") && SIGNED.contains(note)
                && byNote.get(note).stream().anyMatch(f -> f.endsWith(" response"))), byNote.toString());
        assertTrue(byNote.keySet().stream().anyMatch(note -> note.startsWith("C-1010-")
                && byNote.get(note).stream().anyMatch(f -> f.endsWith(" clientReport"))), byNote.toString());
        assertTrue(byNote.keySet().stream().anyMatch(note -> note.startsWith("C-1004-") && !SIGNED.contains(note)
                && byNote.get(note).contains("payer.timeliness null")), byNote.toString());
        for (String supervised : List.of("C-1009-", "C-1011-")) {
            assertTrue(byNote.keySet().stream().anyMatch(note -> note.startsWith(supervised)
                    && byNote.get(note).equals(List.of("payer.signature signature"))), byNote.toString());
        }
        Set<String> deliberate = Set.of("C-1003", "C-1004", "C-1007", "C-1009", "C-1010", "C-1011");
        assertTrue(byNote.keySet().stream().allMatch(note -> deliberate.contains(note.substring(0, 6))),
                byNote.toString());
    }
}
