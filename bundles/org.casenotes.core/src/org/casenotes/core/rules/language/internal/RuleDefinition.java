package org.casenotes.core.rules.language.internal;

import java.util.Set;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;

/**
 * The rule a word list defines in its header ({@code @rule} and the directives after it).
 *
 * @param id the rule id
 * @param category its category
 * @param severity default severity of its findings
 * @param description what it checks and why
 * @param source the rule's source (the list's first {@code @source})
 * @param appliesTo the document kinds it checks
 * @param check how matches become findings
 * @param scareQuotes quotation marks that signal doubt, if the rule reports them ({@code @scare-quotes}); or null
 */
record RuleDefinition(String id, RuleCategory category, Severity severity, String description,
        SourceCitation source, Set<DocumentKind> appliesTo, Check check, ScareQuotes scareQuotes) {

    RuleDefinition {
        appliesTo = Set.copyOf(appliesTo);
    }
}
