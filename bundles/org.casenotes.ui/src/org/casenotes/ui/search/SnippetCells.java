package org.casenotes.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.store.SearchHit;
import org.casenotes.store.Snippet;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/** Draws a result's snippet with the words that matched in bold on a marker yellow. */
final class SnippetCells extends StyledCellLabelProvider {

    /** A light marker yellow with black text: readable whatever the theme's tooltip colours are. */
    private static final Color MARKER = new Color(255, 236, 140);
    private static final Color INK = new Color(0, 0, 0);

    @Override
    public void update(ViewerCell cell) {
        Snippet snippet = ((SearchHit) cell.getElement()).snippet();
        cell.setText(snippet.text());
        StyleRange[] styles = styles(snippet);
        for (StyleRange style : styles) {
            style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
            style.background = MARKER;
            style.foreground = INK;
        }
        cell.setStyleRanges(styles);
        super.update(cell);
    }

    /** @return the bold words of a hit's snippet, as drawn */
    List<String> boldWords(SearchHit hit) {
        List<String> words = new ArrayList<>();
        for (StyleRange style : styles(hit.snippet())) {
            words.add(hit.snippet().text().substring(style.start, style.start + style.length));
        }
        return words;
    }

    private static StyleRange[] styles(Snippet snippet) {
        return snippet.highlights().stream().map(highlight -> {
            StyleRange bold = new StyleRange();
            bold.start = highlight.start();
            bold.length = highlight.length();
            bold.fontStyle = SWT.BOLD;
            return bold;
        }).toArray(StyleRange[]::new);
    }
}
