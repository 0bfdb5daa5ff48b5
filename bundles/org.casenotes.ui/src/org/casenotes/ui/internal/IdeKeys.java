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
 * Active Keybindings. So the bindings of every command the activities disable are removed from the application
 * model's binding tables, which the key dispatcher and the key assist read; the IDE registers them again at each
 * start, and each start removes them again.
 */
final class IdeKeys {

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

    private static boolean disabled(MKeyBinding binding, IActivityManager activities) {
        return binding.getCommand() != null && binding.getCommand().getElementId() != null
                && !activities.getIdentifier(binding.getCommand().getElementId()).isEnabled();
    }
}
