package org.casenotes.ui.tests.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window &gt; Preferences &gt; Plugins with real widgets, in the test runtime, which p2 does not manage: the page says
 * so instead of listing plugins, and a repository folder that does not exist is refused on the page, naming it.
 * (Installing and removing for real is {@code PluginInstallTest} in the product tests, on a materialized product.)
 */
class PluginsPageTest {

    private static final String PAGE = "org.casenotes.ui.preferences.plugins";
    private static final long TIMEOUT_MS = 30_000;

    @TempDir
    Path temp;

    /** Gives the keyboard back to the workbench window: no window manager does it when the dialog closes. */
    @AfterEach
    void activateTheWindowAgain() {
        ActiveWorkbench.activateWindow();
    }

    @Test
    void aRuntimeWithoutP2AndARepositoryThatIsNotThereAreExplainedOnThePage() {
        Path nowhere = temp.resolve("no-such-repository");
        List<String> seen = new ArrayList<>();
        DialogWatcher.answer(shell -> shell.getText().startsWith("Preferences"), dialog -> {
            EventLoop.spinUntil(() -> said(dialog, "is not a Casenotes installation that p2 manages"), TIMEOUT_MS,
                    "the page to say why it lists no plugins");
            seen.add("rows " + WidgetFinder.first(dialog, Table.class, table -> true).orElseThrow().getItemCount());
            Text repository = WidgetFinder.first(dialog, Text.class,
                    text -> text.getMessage().startsWith("folder or URL")).orElseThrow();
            repository.setText(nowhere.toString());
            Clicks.click(WidgetFinder.button(dialog, "Install").orElseThrow());
            Button install = WidgetFinder.button(dialog, "Install").orElseThrow();
            EventLoop.spinUntil(() -> said(dialog, "Nothing was changed.") && install.isEnabled(), TIMEOUT_MS,
                    "the install's outcome, and the page ready again");
            seen.add("says " + said(dialog, nowhere + " is not a folder."));
            Clicks.press(dialog, WidgetFinder.button(dialog, "Apply and Close").isPresent() ? "Apply and Close" : "OK");
        });
        PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(ActiveWorkbench.shell(), PAGE,
                new String[] {PAGE}, null);
        preferences.open();
        assertEquals(List.of("rows 0", "says true"), seen);
    }

    private static boolean said(Shell dialog, String words) {
        return WidgetFinder.first(dialog, Label.class, label -> label.getText().contains(words)).isPresent();
    }
}
