package org.casenotes.ui.lifecycle;

/**
 * One thing that blocks signing, in words with its field's label, and where it is.
 *
 * @param text      what to fix, e.g. "“Why the setback or plateau” is required."
 * @param fieldPath the field to fix it in, as the rule engine names it; {@code null} for the note as a whole
 */
public record SigningBlocker(String text, String fieldPath) {
}
