package org.casenotes.ui.charts;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The charts' colours: severity bands from green (minimal) to red (severe), so the band of a total reads at a glance,
 * and marks that stay distinct from the bands. SWT colours need no disposal since SWT 3.118.
 */
final class ChartColors {

    static final Color TOTAL = new Color(new RGB(0x1f, 0x4e, 0x8c));
    static final Color CRITICAL = new Color(new RGB(0xc6, 0x28, 0x28));
    static final Color MEANINGFUL = new Color(new RGB(0x6a, 0x1b, 0x9a));
    static final Color REMISSION = new Color(new RGB(0x2e, 0x7d, 0x32));
    static final Color TEXT = new Color(new RGB(0x1f, 0x23, 0x28));
    static final Color BACKGROUND = new Color(new RGB(0xff, 0xff, 0xff));

    private static final RGB[] BANDS = {new RGB(0x4c, 0xaf, 0x50), new RGB(0xcd, 0xdc, 0x39), new RGB(0xff, 0xc1, 0x07),
        new RGB(0xff, 0x70, 0x43), new RGB(0xd3, 0x2f, 0x2f)};

    private ChartColors() {
    }

    /**
     * @param index the band's place, lowest first
     * @param count how many bands the instrument has
     * @return its colour, spread over green to red whatever the count
     */
    static Color band(int index, int count) {
        int place = count <= 1 ? 0 : Math.round(index * (BANDS.length - 1) / (float) (count - 1));
        return new Color(BANDS[place]);
    }
}
