package org.casenotes.template.ide.highlighting;

/**
 * A stretch of text and the style to show it in.
 *
 * @param offset 0-based start
 * @param length number of characters
 * @param style  one of {@link HighlightingStyles}
 */
public record HighlightedRange(int offset, int length, String style) {
}
