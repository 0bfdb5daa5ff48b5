package org.casenotes.core.rules.registry;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleFailures;
import org.casenotes.core.rules.RulePackDescriptor;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.RuleSelection;
import org.casenotes.core.rules.completeness.CompletenessPack;
import org.casenotes.core.rules.integrity.IntegrityPack;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.payer.PayerPack;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.RuleConfiguration;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The one catalogue of the rules installed: pack id → rules, merged from the rule-pack metadata
 * ({@code org.casenotes.core.rulePacks}), the word-list rules ({@code org.casenotes.core.wordLists}), the standard
 * packs' rules and every {@link Rule} registered as an OSGi service ({@link RuleServices}). The note editor, the
 * signing gate, Caseload Findings and {@code casenotes audit} all take their engine from here, so the same note under
 * the same {@link RulePolicy} gets the same findings everywhere.
 * <p>
 * A rule belongs to every pack whose metadata lists its id. A rule no metadata lists belongs, if it is a word-list
 * rule, to the language pack ({@value #LANGUAGE_PACK}); if it is a service, to the pack its
 * {@value RuleServices#PACK_PROPERTY} service property names, else to a pack named after its bundle. A rule runs on a
 * note when one of its packs is in force: the agency has not switched it off ({@link RulePolicy#uses(String)}) and
 * the note's template names it among its {@code packs}, or names no packs at all. Rules that throw are switched off
 * and reported once ({@link #failures()}); of two rules with one id the first (standard packs, word lists, then
 * services by ranking) is kept and the other reported in {@link #problems()}.
 */
public final class RuleCatalogue {

    /** The standard language pack, which word-list rules no metadata lists join. */
    public static final String LANGUAGE_PACK = "org.casenotes.core.language";
    private static final String COMPLETENESS_PACK = "org.casenotes.core.completeness";
    private static final String PAYER_PACK = "org.casenotes.core.payer";
    private static final String INTEGRITY_PACK = "org.casenotes.core.integrity";

    private static RuleCatalogue installed;

    private final Supplier<LanguagePack> wordLists;
    private final Supplier<List<RulePackDescriptor>> metadata;
    private final RuleServices services;
    private final RuleFailures failures;
    /** One instance per application: the clone rule caches the fingerprints of the notes it has seen. */
    private final List<Rule> integrity = IntegrityPack.rules();
    private final Map<EngineKey, RuleEngine> engines = new HashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private LanguagePack language;
    private List<RulePackDescriptor> declared;

    private record EngineKey(RulePolicy policy, Clock clock, int generation) {
    }

    /**
     * @param contributions the word lists and rule-pack metadata of the installed plugins
     * @param services      the rule services
     * @param failures      where failing rules are reported and switched off
     */
    public RuleCatalogue(RuleContributions contributions, RuleServices services, RuleFailures failures) {
        this(contributions::languagePack, contributions::rulePacks, services, failures);
    }

    /**
     * @param wordLists loads the word-list rules (once, when first needed)
     * @param metadata  reads the rule-pack metadata (once, when first needed)
     * @param services  the rule services
     * @param failures  where failing rules are reported and switched off
     */
    public RuleCatalogue(Supplier<LanguagePack> wordLists, Supplier<List<RulePackDescriptor>> metadata,
            RuleServices services, RuleFailures failures) {
        this.wordLists = wordLists;
        this.metadata = metadata;
        this.services = services;
        this.failures = failures;
    }

    /**
     * @return the catalogue of this installation: the extension registry's contributions and the rule services seen
     *         from the core bundle, failures reported in the platform log
     */
    public static synchronized RuleCatalogue installed() {
        if (installed == null) {
            BundleContext context = coreBundleContext();
            installed = new RuleCatalogue(new RuleContributions(RegistryFactory.getRegistry()),
                    RuleServices.tracking(context),
                    new RuleFailures(failure -> PlatformLog.of(context).error(failure.message(), failure.cause())));
        }
        return installed;
    }

    private static BundleContext coreBundleContext() {
        Bundle core = FrameworkUtil.getBundle(RuleCatalogue.class);
        if (core == null) {
            return null;
        }
        if (core.getBundleContext() == null) {
            try {
                core.start(Bundle.START_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                return null; // no rule services then; the packs of plugins' word lists and metadata still load
            }
        }
        return core.getBundleContext();
    }

    /** @return the word-list rules and the problems of the lists left out, loaded once */
    public synchronized LanguagePack languagePack() {
        if (language == null) {
            language = wordLists.get();
        }
        return language;
    }

    /** @return the rules that failed and are switched off, and where that is reported */
    public RuleFailures failures() {
        return failures;
    }

    /** @return rules left out because another rule has their id, one line each */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * @return every pack: those the metadata declares, in registry order, with any rules that joined them, then the
     *         packs of rule services no metadata declares
     */
    public synchronized List<RulePackDescriptor> packs() {
        Map<String, Set<String>> members = membership(rules(RulePolicy.DEFAULT, Clock.systemUTC()));
        List<RulePackDescriptor> packs = new ArrayList<>();
        Map<String, RulePackDescriptor> byId = new LinkedHashMap<>();
        declared().forEach(pack -> byId.put(pack.id(), pack));
        Map<String, Set<String>> rulesOfPack = new LinkedHashMap<>();
        byId.keySet().forEach(id -> rulesOfPack.put(id, new LinkedHashSet<>(byId.get(id).ruleIds())));
        members.forEach((rule, ids) -> ids.forEach(
                id -> rulesOfPack.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(rule)));
        rulesOfPack.forEach((id, rules) -> {
            RulePackDescriptor pack = byId.get(id);
            packs.add(new RulePackDescriptor(id, pack == null ? id : pack.name(),
                    pack == null ? "" : pack.description(), List.copyOf(rules)));
        });
        return packs;
    }

    /**
     * @param policy the agency's packs, severities and signing window
     * @param clock  "now", for drafts whose signing window has closed
     * @return the engine of every installed rule, running on each note the packs {@code policy} and the note's
     *         template put in force; the same engine while no rule service comes or goes
     */
    public synchronized RuleEngine engine(RulePolicy policy, Clock clock) {
        EngineKey key = new EngineKey(policy, clock, services.generation());
        RuleEngine engine = engines.get(key);
        if (engine == null) {
            engines.keySet().removeIf(old -> old.generation() != key.generation());
            List<Rule> rules = rules(policy, clock);
            Map<String, Set<String>> members = membership(rules);
            engine = new RuleEngine(rules, selection(policy, members), failures);
            engines.put(key, engine);
        }
        return engine;
    }

    private List<RulePackDescriptor> declared() {
        if (declared == null) {
            declared = List.copyOf(metadata.get());
        }
        return declared;
    }

    /** The rules with ids unique, each tagged with the pack it falls back to. */
    private List<Rule> rules(RulePolicy policy, Clock clock) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        fallbackPack.clear();
        add(byId, CompletenessPack.rules(), COMPLETENESS_PACK);
        add(byId, PayerPack.rules(policy.deadline(ZoneId.systemDefault()), clock), PAYER_PACK);
        add(byId, integrity, INTEGRITY_PACK);
        add(byId, languagePack().rules(), LANGUAGE_PACK);
        for (RuleServices.RuleService service : services.current()) {
            add(byId, List.of(service.rule()), service.pack());
        }
        return List.copyOf(byId.values());
    }

    private final Map<String, String> fallbackPack = new HashMap<>();

    private void add(Map<String, Rule> byId, List<Rule> rules, String pack) {
        for (Rule rule : rules) {
            Rule kept = byId.putIfAbsent(rule.id(), rule);
            if (kept == null) {
                fallbackPack.put(rule.id(), pack);
            } else if (kept != rule) {
                String problem = "Two rules have the id " + rule.id() + ": " + kept.getClass().getName()
                        + " is kept, " + rule.getClass().getName() + " is left out.";
                if (problems.add(problem)) {
                    PlatformLog.of(services.context()).warn(problem);
                }
            }
        }
    }

    /** @return rule id → ids of the packs it belongs to */
    private Map<String, Set<String>> membership(List<Rule> rules) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (RulePackDescriptor pack : declared()) {
            pack.ruleIds().forEach(rule -> members.computeIfAbsent(rule, k -> new LinkedHashSet<>()).add(pack.id()));
        }
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (Rule rule : rules) {
            Set<String> packs = new LinkedHashSet<>(members.getOrDefault(rule.id(), Set.of()));
            if (packs.isEmpty()) {
                packs.add(fallbackPack.get(rule.id()));
            }
            result.put(rule.id(), Set.copyOf(packs));
        }
        return result;
    }

    private static RuleSelection selection(RulePolicy policy, Map<String, Set<String>> members) {
        return (rule, note) -> {
            List<String> named = templatePacks(note);
            for (String pack : members.getOrDefault(rule.id(), Set.of())) {
                if (policy.uses(pack) && (named.isEmpty() || named.contains(pack))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static List<String> templatePacks(NoteContext note) {
        RuleConfiguration configuration = note.lookup(FormDefinition.class).map(FormDefinition::getRuleConfiguration)
                .orElse(null);
        return configuration == null ? List.of() : configuration.getRulePacks();
    }
}
