package org.casenotes.core.rules.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casenotes.core.rules.AgencyRulePolicy;
import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleFailures;
import org.casenotes.core.rules.RulePackDescriptor;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.RuleConfiguration;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

/** The one rule catalogue: word lists, pack metadata and rule services merged into packs, run as policy and template say. */
class RuleCatalogueTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private final List<RuleFailures.RuleFailure> reported = new ArrayList<>();
    private final RuleCatalogue catalogue = new RuleCatalogue(new RuleContributions(RegistryFactory.getRegistry()),
            RuleServices.tracking(PluginRules.context()), new RuleFailures(reported::add));

    private static NoteContext note(String text, String... templatePacks) {
        PlainNoteContext plain = PlainNoteContext.of(DocumentKind.RECORD_NOTE, FieldText.of("narrative", text));
        FormDefinition form = FormFactory.eINSTANCE.createFormDefinition();
        RuleConfiguration configuration = FormFactory.eINSTANCE.createRuleConfiguration();
        configuration.getRulePacks().addAll(List.of(templatePacks));
        form.setRuleConfiguration(configuration);
        return new NoteContext() {
            @Override
            public DocumentKind kind() {
                return plain.kind();
            }

            @Override
            public List<FieldText> fields() {
                return plain.fields();
            }

            @Override
            public RuleSettings settings() {
                return RuleSettings.DEFAULTS;
            }

            @Override
            public <T> Optional<T> lookup(Class<T> type) {
                return type.isInstance(form) ? Optional.of(type.cast(form)) : Optional.empty();
            }
        };
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void theMetadataOfThePluginXmlNamesTheStandardPacksAndTheirRules() {
        List<String> ids = catalogue.packs().stream().map(RulePackDescriptor::id).toList();
        assertTrue(ids.containsAll(List.of("org.casenotes.core.language", "org.casenotes.core.completeness",
                "org.casenotes.core.payer", "org.casenotes.core.integrity", "org.casenotes.core.privacy")), ids.toString());
        RulePackDescriptor privacy = catalogue.packs().stream()
                .filter(pack -> pack.id().equals("org.casenotes.core.privacy")).findFirst().orElseThrow();
        assertEquals(List.of("privacy.personal-impressions"), privacy.ruleIds());
    }

    @Test
    void aRuleRegisteredAsAServiceByAnotherBundleIsInItsPackAndInTheFindings() {
        RuleEngine before = catalogue.engine(RulePolicy.DEFAULT, CLOCK);
        assertFalse(before.rules().stream().anyMatch(rule -> rule.id().equals("house.todo")));
        ServiceRegistration<Rule> registration = PluginRules.register(new PluginRules.TodoRule(),
                PluginRules.HOUSE_PACK);
        try {
            RuleEngine engine = catalogue.engine(RulePolicy.DEFAULT, CLOCK);
            assertTrue(ruleIds(engine.evaluate(note("Plan: TODO"))).contains("house.todo"));
            assertTrue(catalogue.packs().stream().anyMatch(pack -> pack.id().equals(PluginRules.HOUSE_PACK)
                    && pack.ruleIds().equals(List.of("house.todo"))), catalogue.packs().toString());
            assertSame(engine, catalogue.engine(RulePolicy.DEFAULT, CLOCK), "one engine while no service comes or goes");
        } finally {
            registration.unregister();
        }
        assertFalse(ruleIds(catalogue.engine(RulePolicy.DEFAULT, CLOCK).evaluate(note("Plan: TODO")))
                .contains("house.todo"), "gone once unregistered");
    }

    @Test
    void aServiceWithoutAPackPropertyIsInThePackOfItsBundle() {
        ServiceRegistration<Rule> registration = PluginRules.register(new PluginRules.TodoRule(), null);
        try {
            assertTrue(catalogue.packs().stream().anyMatch(pack -> pack.id().equals("org.casenotes.core.tests")
                    && pack.ruleIds().contains("house.todo")), catalogue.packs().toString());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void theTemplatesPacksAndTheAgencysPacksDecideWhatRuns() {
        ServiceRegistration<Rule> registration = PluginRules.register(new PluginRules.TodoRule(),
                PluginRules.HOUSE_PACK);
        try {
            String text = "I think he is manipulative. TODO";
            RuleEngine all = catalogue.engine(RulePolicy.DEFAULT, CLOCK);
            assertTrue(ruleIds(all.evaluate(note(text))).containsAll(
                    List.of("house.todo", "language.judgmental", "privacy.personal-impressions")));
            List<String> languageOnly = ruleIds(all.evaluate(note(text, "org.casenotes.core.language")));
            assertTrue(languageOnly.contains("language.judgmental"), languageOnly.toString());
            assertFalse(languageOnly.contains("house.todo"), "a pack the template does not name does not run");
            assertFalse(languageOnly.contains("privacy.personal-impressions"), languageOnly.toString());
            assertEquals(List.of("house.todo"), ruleIds(all.evaluate(note(text, PluginRules.HOUSE_PACK))));

            RulePolicy houseOff = new RulePolicy(Set.of(PluginRules.HOUSE_PACK), 3, RuleSettings.DEFAULTS);
            List<String> agencyOff = ruleIds(catalogue.engine(houseOff, CLOCK).evaluate(note(text)));
            assertFalse(agencyOff.contains("house.todo"), "the agency switched the pack off");
            assertTrue(agencyOff.contains("language.judgmental"));
            assertEquals(List.of(), ruleIds(catalogue.engine(houseOff, CLOCK).evaluate(note(text,
                    PluginRules.HOUSE_PACK))), "off by the agency even where the template names it");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aRuleThatThrowsIsReportedOnceAndSwitchedOffWhileTheOthersGoOn() {
        PluginRules.BrokenRule broken = new PluginRules.BrokenRule("house.broken");
        ServiceRegistration<Rule> brokenRegistration = PluginRules.register(broken, PluginRules.HOUSE_PACK);
        ServiceRegistration<Rule> todoRegistration = PluginRules.register(new PluginRules.TodoRule(),
                PluginRules.HOUSE_PACK);
        try {
            RuleEngine engine = catalogue.engine(RulePolicy.DEFAULT, CLOCK);
            List<Finding> first = engine.evaluate(note("TODO"));
            List<Finding> second = engine.evaluate(note("TODO again"));
            List<Finding> otherPolicy = catalogue.engine(new RulePolicy(Set.of(), 5, RuleSettings.DEFAULTS), CLOCK)
                    .evaluate(note("TODO"));

            assertEquals(1, reported.size(), "reported once: " + reported);
            assertEquals("house.broken", reported.get(0).ruleId());
            assertEquals(1, broken.runs, "not run again, in this engine or another of the catalogue");
            assertEquals(1, first.stream().filter(f -> f.ruleId().equals("house.broken")).count());
            assertTrue(first.stream().filter(f -> f.ruleId().equals("house.broken")).findFirst().orElseThrow()
                    .message().contains("switched off"));
            assertFalse(ruleIds(second).contains("house.broken"));
            assertFalse(ruleIds(otherPolicy).contains("house.broken"));
            for (List<Finding> findings : List.of(first, second, otherPolicy)) {
                assertTrue(ruleIds(findings).contains("house.todo"), "the other rules keep working");
            }
            assertTrue(catalogue.failures().isDisabled("house.broken"));
        } finally {
            brokenRegistration.unregister();
            todoRegistration.unregister();
        }
    }

    @Test
    void aServiceWithTheIdOfAStandardRuleIsLeftOutAndReported() {
        ServiceRegistration<Rule> registration = PluginRules.register(new PluginRules.BrokenRule("payer.signature"),
                null);
        try {
            RuleEngine engine = catalogue.engine(RulePolicy.DEFAULT, CLOCK);
            assertEquals(1, engine.rules().stream().filter(rule -> rule.id().equals("payer.signature")).count());
            assertFalse(engine.rules().stream().anyMatch(rule -> rule instanceof PluginRules.BrokenRule));
            assertTrue(catalogue.problems().stream().anyMatch(problem -> problem.contains("payer.signature")),
                    catalogue.problems().toString());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void theExampleOfTheRulePackSchemaJoinsThePackItsMetadataNames() {
        RulePackDescriptor illinois = new RulePackDescriptor("org.example.il.medicaid", "Illinois Medicaid",
                "Documentation rules of 59 Ill. Adm. Code 132", List.of("il.medicaid.signature"));
        RuleCatalogue withMetadata = new RuleCatalogue(() -> catalogue.languagePack(), () -> List.of(illinois),
                RuleServices.tracking(PluginRules.context()), RuleFailures.unreported());
        ServiceRegistration<Rule> registration = PluginRules.register(new IllinoisSignatureRule(), null);
        try {
            assertTrue(withMetadata.packs().contains(illinois), withMetadata.packs().toString());
            org.casenotes.model.record.Note unsigned = org.casenotes.model.record.RecordFactory.eINSTANCE.createNote();
            NoteContext context = new NoteContext() {
                @Override
                public DocumentKind kind() {
                    return DocumentKind.RECORD_NOTE;
                }

                @Override
                public List<FieldText> fields() {
                    return List.of();
                }

                @Override
                public RuleSettings settings() {
                    return RuleSettings.DEFAULTS;
                }

                @Override
                public <T> Optional<T> lookup(Class<T> type) {
                    return type.isInstance(unsigned) ? Optional.of(type.cast(unsigned)) : Optional.empty();
                }
            };
            RuleEngine engine = withMetadata.engine(RulePolicy.DEFAULT, CLOCK);
            assertTrue(ruleIds(engine.evaluate(context)).contains("il.medicaid.signature"));
            RulePolicy illinoisOff = new RulePolicy(Set.of("org.example.il.medicaid"), 3, RuleSettings.DEFAULTS);
            assertFalse(ruleIds(withMetadata.engine(illinoisOff, CLOCK).evaluate(context))
                    .contains("il.medicaid.signature"), "switched off by the id its metadata gives the pack");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void agencySettingsSwitchPacksByIdAndOldSettingsStillRead() {
        RulePolicy byId = AgencyRulePolicy.read(Map.of(AgencyRulePolicy.PACKS_OFF, "org.example.house, org.casenotes.core.payer",
                AgencyRulePolicy.SIGNING_WINDOW_DAYS, "5", AgencyRulePolicy.RULE_SEVERITIES, "language.jargon=off")::get);
        assertEquals(Set.of("org.example.house", "org.casenotes.core.payer"), byId.packsOff());
        assertEquals(5, byId.signingWindowDays());
        assertFalse(byId.settings().isEnabled("language.jargon"));

        RulePolicy old = AgencyRulePolicy.read(Map.of("agency.pack.language", "false", "agency.pack.payer", "true",
                "agency.pack.integrity", "false")::get);
        assertEquals(Set.of("org.casenotes.core.language", "org.casenotes.core.privacy",
                "org.casenotes.core.integrity"), old.packsOff());
        assertEquals(RulePolicy.DEFAULT, AgencyRulePolicy.read(key -> null));
    }
}
