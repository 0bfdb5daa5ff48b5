package org.casenotes.ui.forms.internal.renderers;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The check boxes of one multiple-choice field as one tab stop, as a radio group is: Tab enters the group on the
 * box last focused (the first at the start) and leaves it with the next Tab; the arrow keys move between the boxes
 * and Space ticks one. A field with seven options no longer costs seven Tabs to pass.
 */
final class CheckBoxGroup {

    private CheckBoxGroup() {
    }

    static void install(Composite row, List<Button> boxes) {
        row.setTabList(new Control[] { boxes.get(0) });
        for (int i = 0; i < boxes.size(); i++) {
            Button box = boxes.get(i);
            int index = i;
            box.addListener(SWT.FocusIn, event -> row.setTabList(new Control[] { box }));
            box.addListener(SWT.Traverse, event -> {
                int step = switch (event.detail) {
                    case SWT.TRAVERSE_ARROW_NEXT -> 1;
                    case SWT.TRAVERSE_ARROW_PREVIOUS -> -1;
                    default -> 0;
                };
                if (step != 0) {
                    event.doit = false;
                    boxes.get(Math.floorMod(index + step, boxes.size())).setFocus();
                }
            });
        }
    }
}
