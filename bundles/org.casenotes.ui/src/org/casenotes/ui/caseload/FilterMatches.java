package org.casenotes.ui.caseload;

import org.casenotes.ui.search.NoteSearchView;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The line under the caseload's search box while the list is narrowed: how many of the caseload's clients it shows,
 * or that none match, with a link that searches the notes for the same words (the box finds clients by name or id
 * only, and a word from a note used to empty the list without a word of explanation).
 */
final class FilterMatches {

    private final Link line;
    private final IWorkbenchPage page;
    private String words = "";

    FilterMatches(Composite parent, int span, IWorkbenchPage page) {
        this.page = page;
        line = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).exclude(true).applyTo(line);
        line.setVisible(false);
        line.addListener(SWT.Selection, event -> searchNotes());
    }

    /**
     * @param shown     clients the list shows
     * @param total     clients in the caseload
     * @param searched  the search box's text
     * @param narrowing whether the status filter narrows the list
     */
    void update(int shown, int total, String searched, boolean narrowing) {
        words = searched.strip();
        boolean filtering = !words.isEmpty() || narrowing;
        String text;
        if (!filtering) {
            text = "";
        } else if (shown == 0 && !words.isEmpty()) {
            text = "No client's name or id matches \u201c" + escaped(words) + "\u201d. <a>Search the notes for \u201c"
                    + escaped(words) + "\u201d</a> (Note > Find in Notes\u2026)";
        } else if (shown == 0) {
            text = "No clients match this filter (of " + total + ").";
        } else {
            text = "Showing " + shown + " of " + total + (total == 1 ? " client." : " clients.");
        }
        if (text.equals(line.getText())) {
            return;
        }
        int height = line.getSize().y;
        line.setText(text);
        boolean visible = !text.isEmpty();
        if (line.getVisible() != visible) {
            line.setVisible(visible);
            ((org.eclipse.swt.layout.GridData) line.getLayoutData()).exclude = !visible;
        } else if (!visible || line.computeSize(line.getSize().x, SWT.DEFAULT).y == height) {
            return; // the same height: nothing else moves, and laying out the view would repaint the table for nothing
        }
        line.getParent().layout(new Control[] {line});
    }

    /** @return the line's text without its link markup, or empty while hidden */
    String text() {
        return line.getVisible() ? line.getText().replace("<a>", "").replace("</a>", "").replace("&&", "&") : "";
    }

    private void searchNotes() {
        try {
            ((NoteSearchView) page.showView(NoteSearchView.ID)).search(words, false);
        } catch (PartInitException e) {
            line.setText("The note search could not be shown: " + e.getMessage());
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&&").replace("<", "\u2039").replace(">", "\u203a");
    }
}
