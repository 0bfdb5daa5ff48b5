package org.casenotes.ui.lifecycle;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;

/**
 * What a new note need not ask because the clinician profile already answers it: whether the author practises under
 * supervision (pre-licensure), the {@value #UNDER_SUPERVISION} field of the standard progress and intake templates.
 * It is answered once, in Window &gt; Preferences &gt; Clinician Profile, and every new draft starts with that
 * answer (still shown in the form, and changeable there for the one note).
 */
public final class ProfileAnswers {

    /** The yes/no field in which the standard templates ask whether the author practises under supervision. */
    public static final String UNDER_SUPERVISION = "underSupervision";

    private ProfileAnswers() {
    }

    /**
     * Answers, in {@code draft} on {@code form}, what the profile knows: the supervision question, if the form asks it
     * as a yes/no field outside repeatable groups.
     *
     * @return whether the draft was given an answer
     */
    public static boolean answer(NoteLifecycle lifecycle, Note draft, FormDefinition form, boolean underSupervision) {
        boolean asked = FormDefinitions.findField(form, UNDER_SUPERVISION)
                .filter(field -> field.getType() instanceof BooleanType)
                .filter(field -> FormDefinitions.enclosingGroup(field).isEmpty()).isPresent();
        if (asked) {
            lifecycle.edit(draft, form).setBoolean(UNDER_SUPERVISION, underSupervision);
        }
        return asked;
    }
}
