package org.casenotes.core.rules.payer.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SuggestedEdit;
import org.casenotes.core.rules.TextRange;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.query.FormDefinitions;

/**
 * {@code payer.cpt-time}: the psychotherapy code billed must match the documented minutes (16-37 90832, 38-52
 * 90834, 53+ 90837) and no psychotherapy code is billed under 16 minutes. The finding points at {@code cptCode}
 * and suggests the right code; its replacement is the id of the form's option for that code (so a choice editor
 * can select it), or the code itself when the form is unknown.
 */
public final class CptTimeBandRule extends PayerRule {

    public CptTimeBandRule() {
        super("payer.cpt-time", Severity.ERROR,
                "The psychotherapy code must match the session length: 16-37 minutes 90832, 38-52 minutes 90834, "
                        + "53 minutes or more 90837; none under 16 minutes.",
                PayerSources.CPT_PSYCHOTHERAPY_TIME);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        Optional<String> billed = note.cptCode().filter(CptTimeBands::isTimedPsychotherapy);
        OptionalInt minutes = note.minutes();
        if (billed.isEmpty() || minutes.isEmpty()) {
            return;
        }
        Optional<String> right = CptTimeBands.codeFor(minutes.getAsInt());
        if (right.isEmpty()) {
            findings.add(finding(minutes.getAsInt() + " minutes is under the 16 minutes any psychotherapy code "
                    + "needs; " + billed.get() + " cannot be billed for this session.", ServiceNote.CPT_CODE));
        } else if (!right.get().equals(billed.get())) {
            findings.add(finding(Severity.ERROR, "A " + minutes.getAsInt() + "-minute session is billed as "
                    + right.get() + ", not " + billed.get() + ".", ServiceNote.CPT_CODE,
                    List.of(new SuggestedEdit(new TextRange(0, 0), optionFor(note, right.get()),
                            "Bill " + right.get()))));
        }
    }

    private static String optionFor(ServiceNote note, String code) {
        return note.form().flatMap(form -> FormDefinitions.findField(form, ServiceNote.CPT_CODE))
                .map(Field::getType).filter(ChoiceType.class::isInstance).map(ChoiceType.class::cast)
                .flatMap(type -> type.getOptions().stream()
                        .filter(o -> o.getLabel() != null && o.getLabel().strip().startsWith(code)).findFirst())
                .map(ChoiceOption::getId).orElse(code);
    }
}
