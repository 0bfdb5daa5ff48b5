package org.casenotes.template.ui.tests;

import static org.casenotes.ui.testsupport.WidgetFinder.all;

import java.util.Arrays;
import java.util.List;

import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The content-assist popup: a small shell of the workbench window holding the table of proposals. */
final class ProposalPopup {

    private ProposalPopup() {
    }

    /** Polls until the popup is shown with at least one proposal (proposals are computed in the background). */
    static Table await(long timeoutMs) {
        Table[] popup = new Table[1];
        EventLoop.spinUntil(() -> {
            popup[0] = find();
            return popup[0] != null && popup[0].getItemCount() > 0;
        }, timeoutMs, "the content assist popup with proposals");
        return popup[0];
    }

    /** @return the first word of each proposal (labels read "word \u2014 what it is") */
    static List<String> words(Table popup) {
        if (popup.isDisposed()) {
            return List.of();
        }
        return Arrays.stream(popup.getItems()).map(TableItem::getText).map(label -> label.split("[ \u2014]")[0])
                .toList();
    }

    /** @return the table of a visible popup, or null */
    static Table find() {
        for (Shell shell : Display.getCurrent().getShells()) {
            for (Shell child : shell.getShells()) {
                if (child.isVisible()) {
                    List<Table> tables = all(child, Table.class);
                    if (!tables.isEmpty()) {
                        return tables.get(0);
                    }
                }
            }
        }
        return null;
    }
}
