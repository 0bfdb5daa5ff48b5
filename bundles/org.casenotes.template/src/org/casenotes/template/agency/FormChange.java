package org.casenotes.template.agency;

/**
 * One difference between two versions of a form, as an agency reads it: a section, field, group or option added,
 * removed or changed (label, type, required, condition, ...), or a change of the form itself (title, base, rules).
 *
 * @param kind      added, removed or changed
 * @param elementId the id of the section, field, ... that differs; empty for the form itself
 * @param text      the difference in words, e.g. {@code Field "School" (school): label "School" → "School attended"}
 */
public record FormChange(Kind kind, String elementId, String text) {

    /** What happened between the older and the newer version. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    @Override
    public String toString() {
        return switch (kind) {
        case ADDED -> "+ ";
        case REMOVED -> "- ";
        case CHANGED -> "~ ";
        } + text;
    }
}
