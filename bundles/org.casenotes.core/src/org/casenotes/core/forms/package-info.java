/**
 * Form logic over a note's current values, without any UI: which elements are shown ({@code shownWhen}), which
 * fields are required ({@code required}, {@code requiredWhen}), the values of calculations (sums, bands, minutes
 * between two times, CPT suggestions, instrument totals), what is still missing, and the note's text fields as the
 * rule engine sees them. The form editor, the CLI and the signing gate all read the same answers from here.
 * <p>
 * Values inside a repeatable group are read through a {@link org.casenotes.core.forms.ValueScope} for one row; a
 * reference from inside a row to a field outside the group reads the note's value. Answers to an embedded
 * instrument are kept as described in {@link org.casenotes.core.forms.InstrumentAnswers}.
 */
package org.casenotes.core.forms;
