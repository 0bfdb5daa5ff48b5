package org.casenotes.core.rules.language.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.core.rules.language.WordListProblem;

/** A word list that does not follow the format; carries every problem found in the file. */
public final class WordListFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<WordListProblem> problems;

    WordListFormatException(List<WordListProblem> problems) {
        super(problems.stream().map(WordListProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in line order */
    public List<WordListProblem> problems() {
        return problems;
    }
}
