package org.casenotes.core.lifecycle;

import java.util.List;
import java.util.stream.Stream;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;

/**
 * Checks an addendum's words as a note's are checked (and as {@code casenotes lint} checks a file): its reason and
 * its text are part of the clinical record, so jargon, judgmental, stigmatizing and speculative wording is found in
 * them too, with the agency's severities. An addendum can never be changed once added, so the Add Addendum dialog adds
 * one only when no finding is an error.
 */
public final class AddendumWording {

    /** The id of the addendum's reason in findings. */
    public static final String REASON = "reason";
    /** The id of the addendum's text in findings. */
    public static final String TEXT = "text";

    private final RuleEngine engine;

    /** @param engine the rules in force (the language pack among them) */
    public AddendumWording(RuleEngine engine) {
        this.engine = engine;
    }

    /**
     * @return the findings on the words of the reason and the text, ranges into each ({@link Finding#fieldId()} says
     *         which); rules about a whole note (its required parts) do not apply to an addendum
     */
    public List<Finding> check(String reason, String text, RuleSettings agency) {
        return Stream.of(FieldText.of(REASON, reason), FieldText.of(TEXT, text))
                .flatMap(field -> engine.evaluate(PlainNoteContext.of(DocumentKind.RECORD_NOTE, field)
                        .withSettings(agency)).stream())
                .filter(finding -> finding.fieldId() != null).toList();
    }

    /** @return whether any finding is an error, which keeps the addendum from being added */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
