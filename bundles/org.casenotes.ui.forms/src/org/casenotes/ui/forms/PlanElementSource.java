package org.casenotes.ui.forms;

import java.util.List;

import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.Note;

/** Supplies the goals or objectives a note may refer to, usually from the client's current treatment plan. */
@FunctionalInterface
public interface PlanElementSource {

    /** A source for notes of clients without a plan. */
    PlanElementSource NONE = (note, kind) -> List.of();

    /** @return the plan elements of {@code kind} the note's client has, in plan order */
    List<PlanElement> planElements(Note note, PlanElementKind kind);
}
