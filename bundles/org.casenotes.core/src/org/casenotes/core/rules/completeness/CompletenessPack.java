package org.casenotes.core.rules.completeness;

import java.util.List;

import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.completeness.internal.NumberRangeRule;
import org.casenotes.core.rules.completeness.internal.PlanFieldsRule;
import org.casenotes.core.rules.completeness.internal.ProgressNoteElementsRule;
import org.casenotes.core.rules.completeness.internal.RequiredValuesRule;
import org.casenotes.core.rules.completeness.internal.TextConstraintsRule;

/**
 * The completeness rule pack ({@code org.casenotes.core.completeness}): what the note's form definition requires
 * (required and conditionally required values, words and characters, number ranges, patterns), the elements
 * every progress note shows, and the fields a plan or plan-review note needs to change the treatment plan. The
 * rules need the EMF note and form through {@link org.casenotes.core.rules.NoteContext#lookup(Class)}; on a
 * plain-text context they find nothing.
 */
public final class CompletenessPack {

    private CompletenessPack() {
    }

    /** @return the rules of the pack */
    public static List<Rule> rules() {
        return List.of(new RequiredValuesRule(), new TextConstraintsRule(), new NumberRangeRule(),
                new ProgressNoteElementsRule(), new PlanFieldsRule());
    }
}
