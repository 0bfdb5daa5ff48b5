package org.casenotes.core.rules.language;

import java.util.List;
import java.util.stream.Collectors;

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
