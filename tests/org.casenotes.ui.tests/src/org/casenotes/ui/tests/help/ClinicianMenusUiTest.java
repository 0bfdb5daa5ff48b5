package org.casenotes.ui.tests.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.casenotes.ui.help.AboutCasenotesDialog;
import org.casenotes.ui.help.HelpDocument;
import org.casenotes.ui.help.HelpView;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * A clinician's product, not an IDE: the menus, the preference pages and the keys hold nothing of the programming IDE
 * the workbench is built from, and Help opens Getting Started, the template language reference and an About dialog
 * that names the version and the licences. Walked through the real menu bar.
 */
class ClinicianMenusUiTest {

    /** Menu entries the IDE bundles contribute that mean nothing in Casenotes (issue 14). */
    private static final List<String> IDE_ENTRIES = List.of("Open File...", "Convert Line Delimiters To",
            "Build All", "Build Project", "Open Resource...", "Show In", "Switch Workspace", "Open Projects from "
                    + "File System...", "Properties", "Show Active Keybindings...");
    private static final List<String> IDE_PAGES = List.of("General", "Workspace", "Content Types", "Perspectives",
            "Editors", "Text Editors", "Keys", "Appearance", "Globalization", "Version Control (Team)");

    @AfterEach
    void hideHelp() {
        for (HelpDocument document : HelpDocument.values()) {
            IViewPart view = ActiveWorkbench.page().findView(document.viewId());
            if (view != null) {
                ActiveWorkbench.page().hideView(view);
            }
        }
        EventLoop.spin();
    }

    @Test
    void noMenuHoldsAnEntryOfTheProgrammingIde() {
        List<String> entries = new ArrayList<>();
        for (MenuItem top : ActiveWorkbench.shell().getMenuBar().getItems()) {
            walk(plain(top.getText()), top.getMenu(), entries);
        }
        System.out.println("Menu entries: " + entries);
        assertTrue(entries.contains("File > Save"), entries.toString());
        assertTrue(entries.contains("Help > Getting Started"), entries.toString());
        for (String ide : IDE_ENTRIES) {
            assertTrue(entries.stream().noneMatch(entry -> entry.endsWith("> " + ide)), ide + " in " + entries);
        }
    }

    @Test
    void thePreferencesHoldOnlyCasenotesPages() {
        AtomicReference<List<String>> pages = new AtomicReference<>();
        DialogWatcher.answer(shell -> shell.getText().startsWith("Preferences"), dialog -> {
            Tree tree = WidgetFinder.all(dialog, Tree.class).get(0);
            List<String> labels = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                collect(item, labels);
            }
            pages.set(labels);
            try {
                EventLoop.spinFor(800); // let the dialog paint before it is photographed
                Screenshots.save(dialog, "preferences-casenotes-only.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            dialog.close();
        });
        select("Window", "Preferences");
        EventLoop.spinUntil(() -> pages.get() != null, 30_000, "the preferences dialog");
        System.out.println("Preference pages: " + pages.get());
        for (String page : IDE_PAGES) {
            assertFalse(pages.get().contains(page), page + " in " + pages.get());
        }
        assertEquals(List.of("Agency Settings", "Backups", "Clinician Profile", "Plugins"), pages.get(),
                "Casenotes' own pages, nothing of the IDE (General, Team...)");
    }

    @Test
    void noKeyRunsAnIdeCommandNorIsListedAndTheEditingKeysStay() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IActivityManager activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
        List<String> hidden = ((java.util.Collection<?>) commands.getDefinedCommandIds()).stream().map(String.class::cast)
                .filter(id -> !activities.getIdentifier(id).isEnabled()).sorted().toList();
        assertTrue(hidden.contains("org.eclipse.ui.project.buildAll"), "Build All is one of the IDE's: " + hidden);
        List<String> stillBound = hidden.stream().filter(id -> bindings.getActiveBindingsFor(id).length > 0).toList();
        assertEquals(List.of(), stillBound, "IDE commands that a key still runs");
        assertNull(bindings.getPerfectMatch(KeySequence.getInstance("CTRL+B")), "Ctrl+B (Build All) runs nothing");
        assertNull(bindings.getPerfectMatch(KeySequence.getInstance("CTRL+SHIFT+R")), "nor Open Resource");
        assertEquals("org.eclipse.ui.edit.undo",
                bindings.getPerfectMatch(KeySequence.getInstance("CTRL+Z")).getParameterizedCommand().getId());
        assertEquals("org.eclipse.ui.file.save",
                bindings.getPerfectMatch(KeySequence.getInstance("CTRL+S")).getParameterizedCommand().getId());

        Display display = Display.getCurrent();
        List<Shell> before = Arrays.asList(display.getShells());
        bindings.openKeyAssistDialog();
        EventLoop.spin();
        Shell assist = Arrays.stream(display.getShells()).filter(shell -> !before.contains(shell) && shell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("Show Active Keybindings opened nothing"));
        try {
            List<String> listed = WidgetFinder.all(assist, Table.class).stream().flatMap(table -> Arrays.stream(
                    table.getItems())).map(item -> item.getText(0)).toList();
            System.out.println("Active keybindings: " + listed);
            assertTrue(listed.contains("Undo"), listed.toString());
            assertTrue(listed.stream().noneMatch(row -> row.startsWith("Build") || row.startsWith("Open Resource")
                    || row.startsWith("Show In") || row.contains("Synchronize") || row.contains("(History)")),
                    listed.toString());
            EventLoop.spinFor(500);
            Screenshots.save(ActiveWorkbench.shell(), "active-keybindings.png");
        } finally {
            assist.close();
            EventLoop.spin();
        }
    }

    @Test
    void helpGettingStartedOpensTheFirstNoteAndTheDesignerInFiveStepsEach() throws Exception {
        select("Help", "Getting Started");
        HelpView view = (HelpView) ActiveWorkbench.page().findView(HelpDocument.GETTING_STARTED.viewId());
        assertNotNull(view, "Help > Getting Started opened its page");
        String text = view.shownText();
        assertTrue(text.contains("Your first note in five steps"), text);
        assertTrue(text.contains("The template designer in five steps"), text);
        assertTrue(text.contains("5. Sign."), text);
        assertTrue(text.contains("5. Publish."), text);
        assertFalse(text.contains("**"), "the Markdown is laid out, not shown as written");
        Screenshots.ofWorkbenchWindow(1440, 900, "help-getting-started.png");
    }

    @Test
    void helpTemplateLanguageShowsTheWholeReferenceAndItsContentsLinksJump() throws Exception {
        select("Help", "Template Language");
        HelpView view = (HelpView) ActiveWorkbench.page().findView(HelpDocument.TEMPLATE_LANGUAGE.viewId());
        assertNotNull(view, "Help > Template Language opened its page");
        String text = view.shownText();
        assertTrue(text.startsWith("The Casenotes template language"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("For developers: loading templates"), "the whole document, to its last chapter");
        Screenshots.ofWorkbenchWindow(1440, 900, "help-template-language.png");

        StyledText widget = view.textWidget();
        int link = text.indexOf("\u2022 Conditions\n") + 2;
        int heading = text.indexOf("\nConditions\n") + 1;
        assertTrue(link > 1 && heading > link, "the contents list the chapter before it comes");
        assertEquals(0, widget.getTopIndex());
        Point at = widget.getLocationAtOffset(link + 3);
        Event click = new Event();
        click.button = 1;
        click.x = at.x + 2;
        click.y = at.y + widget.getLineHeight(link) / 2;
        int offset = widget.getOffsetAtPoint(new Point(click.x, click.y));
        assertTrue(offset >= link && offset <= link + "Conditions".length(), "the click is on the entry: " + offset);
        widget.notifyListeners(SWT.MouseUp, click); // a released left button on the entry, as the widget reports it
        EventLoop.spinUntil(() -> {
            int y = widget.getLocationAtOffset(heading).y;
            return y >= 0 && y < widget.getClientArea().height / 4;
        }, 5_000, "the click on the contents entry to bring its chapter to the top of the view");
        Screenshots.ofWorkbenchWindow("help-template-language-jumped.png");
    }

    @Test
    void helpAboutNamesTheVersionAndTheLicences() throws Exception {
        AtomicReference<String> version = new AtomicReference<>();
        AtomicReference<List<String>> rows = new AtomicReference<>();
        DialogWatcher.answer(AboutCasenotesDialog.TITLE, dialog -> {
            AboutCasenotesDialog about = (AboutCasenotesDialog) dialog.getData();
            version.set(about.versionText());
            rows.set(about.componentRows());
            try {
                EventLoop.spinFor(800);
                Screenshots.save(dialog, "help-about.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            about.close();
        });
        select("Help", "About Casenotes");
        EventLoop.spinUntil(() -> rows.get() != null, 30_000, "the About dialog");
        assertEquals("Version " + FrameworkUtil.getBundle(AboutCasenotesDialog.class).getVersion(), version.get());
        assertTrue(version.get().startsWith("Version 0.1.0."), version.get());
        assertTrue(rows.get().stream().anyMatch(row -> row.startsWith("org.eclipse.ui.workbench") || row.contains(
                "Eclipse Public License 2.0")), rows.get().toString());
        assertTrue(rows.get().stream().anyMatch(row -> row.endsWith("| Apache License 2.0")), rows.get().toString());
        assertTrue(rows.get().stream().noneMatch(row -> row.startsWith("org.casenotes.")), "components, not our own");
    }

    /** Chooses {@code menu} &gt; {@code entry} from the menu bar as the mouse would, running what it does. */
    private static void select(String menu, String entry) {
        MenuItem top = Arrays.stream(ActiveWorkbench.shell().getMenuBar().getItems())
                .filter(item -> plain(item.getText()).equals(menu)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu " + menu));
        top.getMenu().notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(top.getMenu().getItems()).filter(candidate -> plain(candidate.getText())
                .replaceAll("\\.\\.\\.$|\u2026$", "").equals(entry)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + entry + " in " + menu));
        assertTrue(item.isEnabled(), menu + " > " + entry + " is enabled");
        top.getMenu().notifyListeners(SWT.Hide, new Event());
        item.notifyListeners(SWT.Selection, new Event());
        EventLoop.spin();
    }

    private static void walk(String path, Menu menu, List<String> entries) {
        if (menu == null) {
            return;
        }
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0 || !item.isEnabled() && item.getText().isEmpty()) {
                continue;
            }
            String entry = path + " > " + plain(item.getText());
            entries.add(entry);
            walk(entry, item.getMenu(), entries);
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    /** Lists the label of {@code item} and its children, expanding it as a click on its arrow would. */
    private static void collect(TreeItem item, List<String> labels) {
        labels.add(item.getText());
        Event expand = new Event();
        expand.item = item;
        item.getParent().notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            collect(child, labels);
        }
    }

    /** @return a menu label without mnemonic and accelerator */
    private static String plain(String label) {
        return WidgetFinder.withoutMnemonics(label.replaceAll("\\t.*", "")).strip();
    }
}
