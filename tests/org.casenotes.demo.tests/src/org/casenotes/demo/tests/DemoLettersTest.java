package org.casenotes.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casenotes.core.letters.LetterWording;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.registry.RuleContributions;
import org.casenotes.demo.ClientHistory;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.MergeFields;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's letters are made as Note > New Letter… makes them: the installed standard letter templates merged with
 * the record, then signed; not text written into the demo.
 */
class DemoLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static CompiledLibrary library;
    private static Map<String, Client> byId;

    @BeforeAll
    static void generate() {
        library = TemplateLibrary.contributed().compile();
        byId = DemoCaseload.standard(TODAY, library::form).generate().stream().map(ClientHistory::client)
                .collect(Collectors.toMap(Client::getId, Function.identity()));
    }

    @Test
    void fourLettersOnTheirStandardTemplates() {
        assertEquals(List.of("std.letters.DischargeGoalsMet"), templates("C-1009"));
        assertEquals(List.of("std.letters.AbsenceFirstNotice", "std.letters.AbsenceSecondNotice"), templates("C-1012"));
        assertEquals(List.of("std.letters.InsuranceRequestContinued"), templates("C-1003"));
        assertEquals(4, byId.values().stream().mapToInt(client -> client.getLetters().size()).sum());
    }

    @Test
    void everyLetterIsMergedFromTheRecordWithNoFieldLeft() {
        for (Client client : byId.values()) {
            for (Letter letter : client.getLetters()) {
                FormDefinition form = library.form(letter.getTemplateId()).orElseThrow();
                assertEquals(form.getVersion(), letter.getTemplateVersion(), letter.getId());
                assertTrue(MergeFields.scan(letter.getText()).isEmpty(), letter.getId() + ": " + letter.getText());
                assertTrue(letter.getText().contains("Riverbend Community Counseling"), letter.getId());
                assertNotNull(letter.getLetterhead(), letter.getId());
                assertTrue(letter.getText().contains("Robin Vale, LCSW") || letter.getText().contains(", LMSW")
                        || letter.getText().contains(", LCSW"), letter.getId() + " names its clinician");
            }
        }
        String discharge = byId.get("C-1009").getLetters().get(0).getText();
        String firstName = byId.get("C-1009").getPreferredName() != null ? byId.get("C-1009").getPreferredName()
                : byId.get("C-1009").getLegalName().split(" ")[0];
        assertTrue(discharge.contains("Dear " + firstName), discharge);
        String insurance = byId.get("C-1003").getLetters().get(0).getText();
        assertTrue(insurance.contains(byId.get("C-1003").getCoverages().get(0).getMemberId()), insurance);
        assertTrue(insurance.contains(byId.get("C-1003").getCoverages().get(0).getPayerName()), insurance);
    }

    @Test
    void everyLetterIsSignedByItsClinicianOnItsDay() {
        for (Client client : byId.values()) {
            for (Letter letter : client.getLetters()) {
                assertNotNull(letter.getSignature(), letter.getId());
                assertEquals(client.getPrimaryClinicianId(), letter.getSignature().getSignerId(), letter.getId());
                assertEquals(letter.getCreatedAt(), letter.getSignature().getSignedAt(), letter.getId());
                assertFalse(letter.getSignature().getContentHash().isBlank(), letter.getId());
                assertTrue(letter.getCreatedAt().atZone(DemoCaseload.ZONE).toLocalDate().isBefore(TODAY.plusDays(60)));
            }
        }
    }

    @Test
    void everyLetterPassesTheLetterWordingCheckThatSigningRuns() {
        RuleEngine engine = new RuleEngine(new RuleContributions(RegistryFactory.getRegistry()).languagePack().rules());
        LetterWording wording = new LetterWording(engine);
        for (Client client : byId.values()) {
            for (Letter letter : client.getLetters()) {
                FormDefinition form = library.form(letter.getTemplateId()).orElseThrow();
                List<Finding> findings = wording.check(form, letter.getText(), RuleSettings.DEFAULTS);
                assertFalse(LetterWording.hasErrors(findings), letter.getId() + ": " + findings);
            }
        }
    }

    private static List<String> templates(String clientId) {
        return byId.get(clientId).getLetters().stream().map(Letter::getTemplateId).toList();
    }
}
