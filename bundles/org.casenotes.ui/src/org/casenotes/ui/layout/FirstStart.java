package org.casenotes.ui.layout;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The window of a first start: it fills the screen the clinician works on (the primary monitor's area less the
 * desktop's panels). Later starts restore the size and layout the window was left in.
 */
public final class FirstStart {

    private FirstStart() {
    }

    /** @return the size of the primary monitor's work area */
    public static Point windowSize(Display display) {
        Rectangle area = display.getPrimaryMonitor().getClientArea();
        return new Point(area.width, area.height);
    }
}
