package org.casenotes.ui.forms.tests;

import java.util.Arrays;
import java.util.List;

import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Finds and works the quick-fix chooser that Ctrl+1 opens under a flagged word. */
final class QuickFixChooser {

    private QuickFixChooser() {
    }

    /** @return the chooser's list of suggestions, once the chooser is shown beside {@code text} */
    static Table shown(StyledText text) {
        EventLoop.spinUntil(() -> open(text) != null, 10_000, "the quick-fix chooser to open");
        return WidgetFinder.all(open(text), Table.class).get(0);
    }

    /** @return whether no chooser is open beside {@code text} */
    static boolean closed(StyledText text) {
        return open(text) == null;
    }

    private static Shell open(StyledText text) {
        return Arrays.stream(text.getShell().getShells())
                .filter(shell -> !shell.isDisposed() && shell.isVisible() && "Quick fix".equals(shell.getText()))
                .findFirst().orElse(null);
    }

    static List<String> items(Table choices) {
        return Arrays.stream(choices.getItems()).map(TableItem::getText).toList();
    }

    /** Accepts the selected suggestion, as Enter or a double-click does. */
    static void accept(Table choices) {
        choices.notifyListeners(SWT.DefaultSelection, new Event());
        EventLoop.spin();
    }
}
