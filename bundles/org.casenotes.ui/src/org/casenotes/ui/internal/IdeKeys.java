package org.casenotes.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.activities.IActivityManager;

/**
 * Takes the keys of the programming IDE's commands (Build All on Ctrl+B, Open Resource, Show In...) out of the
 * workbench. The "Programming IDE" activity (plugin.xml) hides those commands' menu items and pages, but the
 * workbench does not filter key bindings by activity: they would still run on a key press and be listed by Show
 * Active Keybindings. So the bindings of every command the activities disable (and of Show View for a view they
 * disable) are removed from the application
 * model's binding tables, which the key dispatcher and the key assist read; the IDE registers them again at each
 * start, and each start removes them again.
 */
final class IdeKeys {

    /** The parameter of Show View that names the view, e.g. the version control history. */
    private static final String SHOWN_VIEW = "org.eclipse.ui.views.showView.viewId";

    private IdeKeys() {
    }

    /** @return how many key bindings were removed */
    static int unbind(IWorkbench workbench) {
        MApplication application = workbench.getService(MApplication.class);
        IActivityManager activities = workbench.getActivitySupport().getActivityManager();
        int removed = 0;
        for (MBindingTable table : application.getBindingTables()) {
            int before = table.getBindings().size();
            table.getBindings().removeIf(binding -> disabled(binding, activities));
            removed += before - table.getBindings().size();
        }
        return removed;
    }

    /** @return whether the binding runs a command the activities disable, or shows a view they disable */
    private static boolean disabled(MKeyBinding binding, IActivityManager activities) {
        if (binding.getCommand() == null || binding.getCommand().getElementId() == null) {
            return false;
        }
        boolean shownView = binding.getParameters().stream().filter(parameter -> SHOWN_VIEW.equals(parameter.getName()))
                .anyMatch(parameter -> parameter.getValue() != null
                        && !activities.getIdentifier(parameter.getValue()).isEnabled());
        return shownView || !activities.getIdentifier(binding.getCommand().getElementId()).isEnabled();
    }
}
