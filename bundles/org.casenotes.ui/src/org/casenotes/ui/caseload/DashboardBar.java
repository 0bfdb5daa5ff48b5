package org.casenotes.ui.caseload;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.casenotes.store.CaseloadDashboard;
import org.casenotes.store.CaseloadDashboard.Concern;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The caseload's day at a glance above the client list: one button per {@link Concern} with its count ("3 plan
 * reviews due"); pressing one filters the list to the clients behind the count. A concern with nothing to do is
 * shown disabled, so the row keeps its place and reads as "nothing waiting".
 */
final class DashboardBar {

    private final Composite bar;
    private final Map<Concern, Button> buttons = new EnumMap<>(Concern.class);

    /**
     * @param parent   where the bar goes (a two-column grid: the bar spans both)
     * @param onChoose called with the concern whose count was pressed
     */
    DashboardBar(Composite parent, Consumer<Concern> onChoose) {
        bar = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(bar);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(bar);
        for (Concern concern : Concern.values()) {
            Button button = new Button(bar, SWT.PUSH);
            button.setText(concern.counted(0));
            button.setToolTipText("Show only the clients behind this count");
            button.setEnabled(false);
            button.addListener(SWT.Selection, event -> onChoose.accept(concern));
            buttons.put(concern, button);
        }
    }

    /** Shows the dashboard's counts. */
    void show(CaseloadDashboard dashboard) {
        buttons.forEach((concern, button) -> {
            int count = dashboard.count(concern);
            button.setText(concern.counted(count));
            button.setEnabled(count > 0);
        });
        bar.getParent().layout(true, true);
    }

    /** @return the button of a concern (for tests that press it) */
    Button button(Concern concern) {
        return buttons.get(concern);
    }
}
