package org.casenotes.ui.forms;

/**
 * A goal or objective of a client's treatment plan, as offered by a goal reference field.
 *
 * @param id    the id stored in the note
 * @param label what the picker shows, e.g. the goal's statement
 */
public record PlanElement(String id, String label) {
}
