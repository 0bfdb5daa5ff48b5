package org.casenotes.template.ui.tests;

import static org.casenotes.ui.testsupport.WidgetFinder.all;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Templates > New Template as a designer goes through it: the template to extend is picked from the list, the id is
 * typed, and the new template opens in the designer.
 */
final class NewTemplateDialogs {

    private static final String TITLE = "New template";
    private static final long LIST_TIMEOUT_MS = 120_000;

    private NewTemplateDialogs() {
    }

    /**
     * Runs New Template, extending the template whose entry names {@code baseId} (e.g. {@code std.progress.SoapNote}).
     *
     * @return the designer the new template opened in
     */
    static TemplateDesigner extending(String baseId, String id) throws Exception {
        List<String> answered = new ArrayList<>();
        DialogWatcher.answer(shell -> TITLE.equals(shell.getText()) && !all(shell, Table.class).isEmpty(), shell -> {
            Table list = all(shell, Table.class).get(0);
            // the dialog's list fills in the background
            EventLoop.spinUntil(() -> entry(list, baseId) != null, LIST_TIMEOUT_MS, "the entry " + baseId);
            TableItem item = entry(list, baseId);
            list.setSelection(item);
            Event selected = new Event();
            selected.item = item;
            list.notifyListeners(SWT.Selection, selected);
            answered.add("base");
            Clicks.press(shell, "OK");
        });
        DialogWatcher.answer(shell -> TITLE.equals(shell.getText()) && all(shell, Table.class).isEmpty(), shell -> {
            all(shell, Text.class).get(0).setText(id);
            answered.add("id");
            Clicks.press(shell, "OK");
        });
        ActiveWorkbench.runCommand("org.casenotes.template.ui.newTemplate");
        if (!answered.equals(List.of("base", "id"))) {
            throw new AssertionError("New Template's dialogs went: " + answered);
        }
        return (TemplateDesigner) ActiveWorkbench.page().getActiveEditor();
    }

    private static TableItem entry(Table list, String baseId) {
        for (TableItem item : list.getItems()) {
            if (item.getText().endsWith(baseId)) {
                return item;
            }
        }
        return null;
    }
}
