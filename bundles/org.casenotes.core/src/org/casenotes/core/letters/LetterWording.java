package org.casenotes.core.letters;

import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.FormDefinition;

/**
 * Checks a letter's text as {@code casenotes lint --letter} does — plain words for a client, no jargon — with the
 * letter template's severities (the standard letters make plain wording an error) over the agency's. The New Letter
 * wizard runs it on every edit and signs only a letter without errors.
 */
public final class LetterWording {

    /** The id of the letter's text in findings. */
    public static final String TEXT = "text";

    private final RuleEngine engine;

    /** @param engine the rules in force (the language pack among them) */
    public LetterWording(RuleEngine engine) {
        this.engine = engine;
    }

    /**
     * @param letter the letter template
     * @param text   the letter's text as it stands
     * @param agency the agency's rule settings
     * @return the findings on the text, ranges into it
     */
    public List<Finding> check(FormDefinition letter, String text, RuleSettings agency) {
        return engine.evaluate(PlainNoteContext.of(DocumentKind.LETTER, FieldText.of(TEXT, text))
                .withSettings(agency.overriddenBy(NoteTextContext.templateSettings(letter.getRuleConfiguration()))));
    }

    /** @return whether any finding is an error, which keeps the letter from being signed */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
