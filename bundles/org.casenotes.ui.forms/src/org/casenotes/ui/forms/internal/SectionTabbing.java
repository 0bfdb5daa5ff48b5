package org.casenotes.ui.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.eclipse.ui.forms.widgets.ToggleHyperlink;

/**
 * Tab and Shift+Tab through a collapsible section visit its fields only: while the section is expanded its title's
 * expand/collapse toggle is no tab stop; while it is collapsed the toggle stands in for its fields, and reaching it
 * expands the section and moves on to the first field (the last, going backwards with Shift+Tab). The toggle still
 * answers the mouse.
 */
final class SectionTabbing {

    private final Section section;
    private final Composite client;
    private final Control toggle;
    /** Whether the last focus move was by Tab or Shift+Tab rather than the mouse, and which way. */
    private boolean tabbing;
    private boolean backwards;

    private SectionTabbing(Section section, Composite client) {
        this.section = section;
        this.client = client;
        this.toggle = toggleOf(section);
    }

    static void install(Section section, Composite client) {
        SectionTabbing tabbing = new SectionTabbing(section, client);
        tabbing.update();
        section.addExpansionListener(new ExpansionAdapter() {
            @Override
            public void expansionStateChanged(ExpansionEvent e) {
                tabbing.update();
            }
        });
        // expanded or collapsed by the program too (a finding's field shown, a test), which fires no expansion event
        client.addListener(SWT.Show, event -> tabbing.tabThrough(true));
        client.addListener(SWT.Hide, event -> tabbing.tabThrough(false));
        if (tabbing.toggle != null) {
            Display display = section.getDisplay();
            Listener direction = event -> {
                tabbing.tabbing = event.type == SWT.Traverse && (event.detail == SWT.TRAVERSE_TAB_NEXT
                        || event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
                tabbing.backwards = event.detail == SWT.TRAVERSE_TAB_PREVIOUS;
            };
            display.addFilter(SWT.Traverse, direction);
            display.addFilter(SWT.MouseDown, direction);
            section.addDisposeListener(e -> {
                display.removeFilter(SWT.Traverse, direction);
                display.removeFilter(SWT.MouseDown, direction);
            });
            tabbing.toggle.addListener(SWT.FocusIn, tabbing::entered);
        }
    }

    private void update() {
        if (!section.isDisposed()) {
            tabThrough(section.isExpanded());
        }
    }

    /** Makes Tab pass through the fields while {@code open}, else stop on the toggle that opens them. */
    private void tabThrough(boolean open) {
        if (toggle != null && !section.isDisposed()) {
            section.setTabList(open ? new Control[] { client } : new Control[] { toggle });
        }
    }

    /** The toggle took the focus: by Tab into a collapsed section, or by a click on it. */
    private void entered(Event event) {
        if (section.isExpanded() || !tabbing) {
            return; // a click on the toggle expands or collapses the section on its own
        }
        boolean fromBehind = backwards;
        section.getDisplay().asyncExec(() -> {
            if (section.isDisposed() || section.isExpanded() || !toggle.isFocusControl()) {
                return;
            }
            section.setExpanded(true);
            update();
            reflow();
            if (!fromBehind || !focusLast(client)) {
                client.setFocus();
            }
        });
    }

    private void reflow() {
        for (Composite level = section.getParent(); level != null && !(level instanceof Shell); level = level
                .getParent()) {
            if (level instanceof SharedScrolledComposite scrolled) {
                scrolled.reflow(true);
                return;
            }
        }
        section.getParent().layout(true, true);
    }

    /** Gives the focus to the last control of {@code parent}'s tab order that takes it; false if none does. */
    private static boolean focusLast(Composite parent) {
        Control[] tabs = parent.getTabList();
        for (int i = tabs.length - 1; i >= 0; i--) {
            Control control = tabs[i];
            if (!control.isVisible() || !control.isEnabled()) {
                continue;
            }
            boolean container = control instanceof Composite composite && composite.getChildren().length > 0;
            if (container ? focusLast((Composite) control) : control.setFocus()) {
                return true;
            }
        }
        return false;
    }

    /** @return the section's expand/collapse toggle, if it has one */
    private static Control toggleOf(Section section) {
        for (Control child : section.getChildren()) {
            if (child instanceof ToggleHyperlink) {
                return child;
            }
        }
        return null;
    }
}
