package org.casenotes.core.rules.language;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.language.internal.WordListLoading;

/**
 * The word-list rules built from a set of word lists: every list that defines a rule becomes a {@link Rule} that
 * finds the list's terms in a note, joined by the lists that extend it. A list with a problem (bad syntax, an unknown
 * rule to extend, a rule defined twice) is left out and reported in {@link #problems()}; the other lists still load.
 * Public API: a plugin loads its own lists with it (e.g. in a test) and contributes them through the
 * {@code org.casenotes.core.wordLists} extension point.
 */
public final class LanguagePack {

    private final List<Rule> rules;
    private final List<WordListProblem> problems;

    private LanguagePack(List<Rule> rules, List<WordListProblem> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /** @return the rules built from {@code sources}, with the problems of the lists left out */
    public static LanguagePack load(List<? extends WordListSource> sources) {
        WordListLoading loading = WordListLoading.of(sources);
        return new LanguagePack(loading.rules(), loading.problems());
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
