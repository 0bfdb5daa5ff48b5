package org.casenotes.ui.internal;

import org.casenotes.ui.help.AboutCasenotesDialog;
import org.casenotes.ui.layout.WindowMenuItems;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File (Save, Save All, Close, Exit), Edit (Undo, Redo, Cut, Copy, Paste, Select All), Window
 * (Show View with the clinician's views, Show Caseload and Client on Ctrl+M, Reset Layout, Preferences) and Help (Getting Started and Template Language, contributed in plugin.xml, and About Casenotes, which
 * names the version and the licences). No IDE action is registered here; those the IDE bundles contribute on their
 * own are filtered out by the "Programming IDE" activity (plugin.xml). The Edit entries are the workbench's retargetable actions: the active editor (the
 * note editor, the template designer) supplies what they do, so Undo undoes that editor's last change.
 */
final class CasenotesActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction exit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction preferences;
    private IAction about;
    private IAction resetLayout;
    private IWorkbenchWindow window;

    CasenotesActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAll = register(ActionFactory.SAVE_ALL.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        exit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        cut = register(ActionFactory.CUT.create(window));
        copy = register(ActionFactory.COPY.create(window));
        paste = register(ActionFactory.PASTE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        this.window = window;
        resetLayout = WindowMenuItems.resetLayout(window);
        about = new Action("&About Casenotes") {
            @Override
            public void run() {
                new AboutCasenotesDialog(window.getShell()).open();
            }
        };
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(WindowMenuItems.showViewMenu(window));
        windowMenu.add(new CommandContributionItem(new CommandContributionItemParameter(window, null,
                "org.casenotes.ui.layout.toggleViews", CommandContributionItem.STYLE_PUSH)));
        windowMenu.add(resetLayout);
        windowMenu.add(new Separator());
        windowMenu.add(preferences);
        menuBar.add(windowMenu);
        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        menuBar.add(help);
    }

    private MenuManager fileMenu() {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(close);
        file.add(new Separator());
        file.add(exit);
        return file;
    }

    private MenuManager editMenu() {
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new Separator());
        edit.add(selectAll);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        return edit;
    }
}
