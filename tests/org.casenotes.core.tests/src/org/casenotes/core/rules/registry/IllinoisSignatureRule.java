package org.casenotes.core.rules.registry;

import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.model.record.Note;

/** The example of {@code schema/rulePacks.exsd}, word for word but for the annotation, so that it compiles. */
public final class IllinoisSignatureRule extends DescribedRule {
    public IllinoisSignatureRule() {
        super("il.medicaid.signature", RuleCategory.PAYER, Severity.ERROR,
                "Every service note is signed with the staff member's credentials.",
                new SourceCitation("59 Ill. Adm. Code 132.100", ""));
    }

    @Override
    public List<Finding> evaluate(NoteContext note) {
        Optional<Note> record = note.lookup(Note.class);
        boolean signed = record.map(n -> n.getSignature() != null).orElse(true);
        return signed ? List.of()
                : List.of(new Finding(id(), defaultSeverity(), "Sign the note with your credentials.", null, null,
                        List.of(), source()));
    }
}
