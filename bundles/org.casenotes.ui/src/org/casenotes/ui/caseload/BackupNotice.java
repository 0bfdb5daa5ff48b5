package org.casenotes.ui.caseload;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small window at the lower right of the workbench window telling what went wrong in the background (an automatic
 * backup). It is not modal and does not take the keyboard from the note being typed; it stays until closed.
 */
final class BackupNotice {

    /** The notice's title. */
    static final String TITLE = "Automatic Backup";

    private static final int WIDTH = 420;
    private static final int MARGIN = 24;

    private BackupNotice() {
    }

    /**
     * @param parent  the workbench window
     * @param message what happened and what happens next, in plain words
     * @return the notice, shown
     */
    static Shell show(Shell parent, String message) {
        Shell notice = new Shell(parent, SWT.TITLE | SWT.CLOSE | SWT.ON_TOP | SWT.TOOL | SWT.MODELESS);
        notice.setText(TITLE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(notice);
        Label icon = new Label(notice, SWT.NONE);
        icon.setImage(notice.getDisplay().getSystemImage(SWT.ICON_WARNING));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        Label text = new Label(notice, SWT.WRAP);
        text.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(text);
        Button close = new Button(notice, SWT.PUSH);
        close.setText("Close");
        close.addListener(SWT.Selection, event -> notice.close());
        GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(close);
        Point size = notice.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        Rectangle window = parent.getBounds();
        notice.setBounds(window.x + Math.max(0, window.width - size.x - MARGIN),
                window.y + Math.max(0, window.height - size.y - MARGIN), size.x, size.y);
        notice.setVisible(true); // shown, not opened: opening would activate it and take the keyboard
        return notice;
    }
}
