package org.casenotes.demo.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.completeness.CompletenessPack;
import org.casenotes.core.rules.registry.RuleContributions;
import org.casenotes.demo.ClientHistory;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.demo.DemoForms;
import org.casenotes.model.record.Note;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The installed rules find the demo's deliberate problems, so a new user sees findings on the demo caseload. */
class DemoFindingsTest {

    private static final Map<String, List<Finding>> FINDINGS = new TreeMap<>();

    @BeforeAll
    static void evaluateEveryNote() {
        List<Rule> rules = new ArrayList<>(new RuleContributions(RegistryFactory.getRegistry()).languagePack().rules());
        rules.addAll(CompletenessPack.rules());
        RuleEngine engine = new RuleEngine(rules);
        DemoForms forms = new DemoForms();
        for (ClientHistory history : DemoCaseload.standard(LocalDate.of(2026, 11, 27)).generate()) {
            for (Note note : history.notes()) {
                FINDINGS.put(note.getId(), engine.evaluate(new NoteTextContext(note,
                        forms.form(note.getTemplateId()).orElseThrow(), RuleSettings.DEFAULTS, history.client())));
            }
        }
        Map<String, Integer> byRule = new TreeMap<>();
        FINDINGS.values().forEach(list -> list.forEach(finding -> byRule.merge(finding.ruleId(), 1, Integer::sum)));
        System.out.println("demo findings by rule: " + byRule);
    }

    @Test
    void judgmentalWordingInTheSignedNoteIsFound() {
        List<String> fields = fieldsWithFindings(note("C-1007", "response"));
        assertTrue(fields.contains("response"), fields.toString());
    }

    @Test
    void theMissingSetbackReasonIsFound() {
        List<String> fields = fieldsWithFindings(note("C-1003", "setbackReason"));
        assertTrue(fields.contains("setbackReason"), fields.toString());
    }

    @Test
    void theDraftThatQuotesJudgmentalWordsIsFound() {
        assertFalse(FINDINGS.entrySet().stream().filter(entry -> entry.getKey().startsWith("C-1010-"))
                .flatMap(entry -> entry.getValue().stream())
                .filter(finding -> "clientReport".equals(finding.fieldId())).toList().isEmpty());
    }

    @Test
    void everyOtherNoteIsWrittenWithoutFindings() {
        List<String> withFindings = FINDINGS.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        assertTrue(withFindings.size() <= 3 && withFindings.stream().allMatch(id -> id.startsWith("C-1003-")
                || id.startsWith("C-1007-") || id.startsWith("C-1010-")), withFindings + ": " + FINDINGS);
    }

    /** @return the id of the client's note that has a finding on {@code fieldId} (the first one) */
    private static String note(String clientId, String fieldId) {
        return FINDINGS.entrySet().stream().filter(entry -> entry.getKey().startsWith(clientId + "-"))
                .filter(entry -> entry.getValue().stream().anyMatch(finding -> fieldId.equals(finding.fieldId())))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(
                        "no note of " + clientId + " has a finding on " + fieldId + ": " + FINDINGS));
    }

    private static List<String> fieldsWithFindings(String noteId) {
        return FINDINGS.get(noteId).stream().map(Finding::fieldId).toList();
    }
}
