package org.casenotes.ui.internal;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.activities.IActivityManager;

/**
 * Hides the programming IDE's action sets (File &gt; Convert Line Delimiters To, from the text editors) in every page
 * of a window. The workbench filters menu contributions, pages and views by activity, but not the old action sets,
 * which a perspective shows by default; so each action set whose contribution the activities disable
 * ("plugin/actionSetId") is hidden when the window opens and again whenever its perspective is activated or reset.
 */
final class IdeActionSets extends PerspectiveAdapter {

    private static final String ACTION_SETS = "org.eclipse.ui.actionSets";

    private final IActivityManager activities;

    private IdeActionSets(IActivityManager activities) {
        this.activities = activities;
    }

    /** Hides the IDE's action sets in {@code window} now and after every perspective activation or reset. */
    static void hideIn(IWorkbenchWindow window) {
        IdeActionSets hider = new IdeActionSets(window.getWorkbench().getActivitySupport().getActivityManager());
        window.addPerspectiveListener(hider);
        if (window.getActivePage() != null) {
            hider.hide(window.getActivePage());
        }
    }

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        hide(page);
    }

    @Override
    public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
        if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
            hide(page);
        }
    }

    private void hide(IWorkbenchPage page) {
        for (IConfigurationElement actionSet : Platform.getExtensionRegistry().getConfigurationElementsFor(ACTION_SETS)) {
            String id = actionSet.getAttribute("id");
            if (id != null && !activities.getIdentifier(actionSet.getContributor().getName() + "/" + id).isEnabled()) {
                page.hideActionSet(id);
            }
        }
    }
}
