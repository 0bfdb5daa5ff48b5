package org.casenotes.core.rules.language;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.text.EnglishModels;

/**
 * The word-list rules built from a set of word lists: every list that defines a rule becomes a
 * {@link WordListRule}, joined by the lists that extend it. A list with a problem (bad syntax, an
 * unknown rule to extend, a rule defined twice) is left out and reported in {@link #problems()};
 * the other lists still load.
 */
public final class LanguagePack {

    private final List<WordListRule> rules;
    private final List<WordListProblem> problems;

    private LanguagePack(List<WordListRule> rules, List<WordListProblem> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /** @return the rules built from {@code sources}, with the problems of the lists left out */
    public static LanguagePack load(List<? extends WordListSource> sources) {
        EnglishModels.startLoading();
        List<WordListProblem> problems = new ArrayList<>();
        Map<String, WordList> definitions = new LinkedHashMap<>();
        List<WordList> extensions = new ArrayList<>();
        for (WordListSource source : sources) {
            WordList list = read(source, problems);
            if (list == null) {
                continue;
            }
            if (!list.definesRule()) {
                extensions.add(list);
            } else if (definitions.containsKey(list.ruleId())) {
                problems.add(new WordListProblem(list.name(), list.directiveLine(), "rule " + list.ruleId()
                        + " is already defined by " + definitions.get(list.ruleId()).name() + "; use @extends"));
            } else {
                definitions.put(list.ruleId(), list);
            }
        }
        Map<String, List<WordList>> byRule = new LinkedHashMap<>();
        definitions.forEach((id, list) -> byRule.computeIfAbsent(id, k -> new ArrayList<>()).add(list));
        for (WordList extension : extensions) {
            List<WordList> lists = byRule.get(extension.ruleId());
            if (lists == null) {
                problems.add(new WordListProblem(extension.name(), extension.directiveLine(),
                        "@extends " + extension.ruleId() + ": no word list defines that rule"));
            } else {
                lists.add(extension);
            }
        }
        List<List<WordList>> listsByRule = new ArrayList<>(byRule.values());
        TermIndex index = new TermIndex(
                listsByRule.stream().map(lists -> lists.stream().flatMap(l -> l.entries().stream()).toList()).toList());
        List<WordListRule> rules = new ArrayList<>();
        for (int rule = 0; rule < listsByRule.size(); rule++) {
            List<WordList> lists = listsByRule.get(rule);
            rules.add(new WordListRule(lists.get(0).definition(), index, rule,
                    lists.stream().flatMap(l -> l.evidence().stream()).toList()));
        }
        return new LanguagePack(rules, problems);
    }

    private static WordList read(WordListSource source, List<WordListProblem> problems) {
        try (Reader reader = source.open()) {
            return WordListParser.parse(source.name(), reader);
        } catch (WordListFormatException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new WordListProblem(source.name(), 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** @return the rules, in the order their defining lists were given */
    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** @return this pack with {@code more} problems found before parsing (e.g. a missing file) */
    public LanguagePack withProblems(List<WordListProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<WordListProblem> all = new ArrayList<>(more);
        all.addAll(problems);
        return new LanguagePack(rules, all);
    }

    /** @return why some lists were left out; empty if all loaded */
    public List<WordListProblem> problems() {
        return problems;
    }
}
