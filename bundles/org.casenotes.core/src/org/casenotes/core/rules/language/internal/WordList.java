package org.casenotes.core.rules.language.internal;

import java.util.List;

/**
 * A parsed word-list file: either the definition of a rule with its terms, or more terms (and
 * evidence phrases) for a rule defined by another list.
 *
 * @param name the file's name, for messages
 * @param ruleId the rule the list defines or extends
 * @param definition the rule's definition, or {@code null} if the list extends a rule
 * @param directiveLine the line of {@code @rule} or {@code @extends}
 * @param entries the terms
 * @param evidence phrases that name an observed behaviour ({@code @evidence})
 */
record WordList(String name, String ruleId, RuleDefinition definition, int directiveLine,
        List<WordListEntry> entries, List<Phrase> evidence) {

    WordList {
        entries = List.copyOf(entries);
        evidence = List.copyOf(evidence);
    }

    boolean definesRule() {
        return definition != null;
    }
}
