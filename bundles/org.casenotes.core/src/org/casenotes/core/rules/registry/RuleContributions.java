package org.casenotes.core.rules.registry;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.rules.RulePackDescriptor;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.language.WordListProblem;
import org.casenotes.core.rules.language.WordListSource;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;

/**
 * Reads the declarative rule contributions of all installed plugins from the Eclipse extension
 * registry: word lists ({@value #WORD_LISTS}) and rule-pack metadata ({@value #RULE_PACKS}). The
 * {@link RuleCatalogue} merges them with the rule services; the rules themselves work on plain
 * {@link WordListSource}s.
 */
public final class RuleContributions {

    /** Extension point for word-list files (schema/wordLists.exsd). */
    public static final String WORD_LISTS = "org.casenotes.core.wordLists";
    /** Extension point for rule-pack metadata (schema/rulePacks.exsd). */
    public static final String RULE_PACKS = "org.casenotes.core.rulePacks";

    private final IExtensionRegistry registry;

    /** @param registry usually {@code RegistryFactory.getRegistry()} */
    public RuleContributions(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /**
     * @return the language pack built from every contributed word list; lists that cannot be found
     *         or parsed are left out and reported in {@link LanguagePack#problems()}
     */
    public LanguagePack languagePack() {
        List<WordListProblem> missing = new ArrayList<>();
        List<WordListSource> sources = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(WORD_LISTS)) {
            String file = element.getAttribute("file");
            String name = element.getContributor().getName() + "/" + file;
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            URL url = bundle == null || file == null ? null : bundle.getEntry(file);
            if (url == null) {
                missing.add(new WordListProblem(name, 0, "word list file not found in the contributing plugin"));
            } else {
                sources.add(WordListSource.of(name, url));
            }
        }
        return LanguagePack.load(sources).withProblems(missing);
    }

    /** @return the contributed rule packs, in registry order */
    public List<RulePackDescriptor> rulePacks() {
        List<RulePackDescriptor> packs = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(RULE_PACKS)) {
            List<String> ruleIds = new ArrayList<>();
            for (IConfigurationElement rule : element.getChildren("rule")) {
                if (rule.getAttribute("id") != null) {
                    ruleIds.add(rule.getAttribute("id"));
                }
            }
            String description = element.getAttribute("description");
            if (element.getAttribute("id") == null || element.getAttribute("name") == null) {
                continue; // the schema requires both; PDE reports the contribution to its author
            }
            packs.add(new RulePackDescriptor(element.getAttribute("id"), element.getAttribute("name"),
                    description == null ? "" : description, ruleIds));
        }
        return packs;
    }
}
