package org.casenotes.core.rules.language.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.language.WordListProblem;
import org.casenotes.core.rules.language.WordListSource;
import org.casenotes.core.rules.text.EnglishModels;

/**
 * Reads word lists into {@link WordListRule}s for {@link LanguagePack}: every list that defines a rule becomes a
 * rule, joined by the lists that extend it; a list with a problem (bad syntax, an unknown rule to extend, a rule
 * defined twice) is left out and reported, the other lists still load.
 *
 * @param rules the rules, in the order their defining lists were given
 * @param problems why some lists were left out
 */
public record WordListLoading(List<Rule> rules, List<WordListProblem> problems) {

    /** @return the rules built from {@code sources}, with the problems of the lists left out */
    public static WordListLoading of(List<? extends WordListSource> sources) {
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
        List<Rule> rules = new ArrayList<>();
        for (int rule = 0; rule < listsByRule.size(); rule++) {
            List<WordList> lists = listsByRule.get(rule);
            rules.add(new WordListRule(lists.get(0).definition(), index, rule,
                    lists.stream().flatMap(l -> l.evidence().stream()).toList()));
        }
        return new WordListLoading(rules, problems);
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

    /** Copies the lists so the record is immutable. */
    public WordListLoading {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }
}
