package org.casenotes.ui.lifecycle;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/**
 * "Cannot Sign Yet": every blocker, none left out, each in words with its field's label and each a link that closes
 * the dialog and puts the caret in the field to fix. A long list scrolls inside the dialog.
 */
final class BlockedSigningDialog extends MessageDialog {

    /** Taller lists scroll. */
    private static final int MOST_HEIGHT = 360;

    private final List<SigningBlocker> blockers;
    private final Consumer<String> showField;

    BlockedSigningDialog(Shell shell, List<SigningBlocker> blockers, Consumer<String> showField) {
        super(shell, "Cannot Sign Yet", null, "Fix these before signing (" + blockers.size() + "):", MessageDialog.ERROR,
                0, IDialogConstants.OK_LABEL);
        this.blockers = List.copyOf(blockers);
        this.showField = showField;
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite list = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(list);
        for (SigningBlocker blocker : blockers) {
            Link link = new Link(list, SWT.WRAP);
            String words = escaped(blocker.text());
            link.setText(blocker.fieldPath() == null ? "\u2022 " + words : "\u2022 <a>" + words + "</a>");
            link.setData(blocker);
            link.addListener(SWT.Selection, event -> go(blocker));
            GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(link);
        }
        scroller.setContent(list);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Point size = list.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        scroller.setMinSize(size);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1)
                .hint(size.x, Math.min(size.y, MOST_HEIGHT)).applyTo(scroller);
        return scroller;
    }

    private void go(SigningBlocker blocker) {
        Shell parent = getParentShell();
        close();
        // once the dialog is gone, so that the window it returns to keeps the focus given to the field
        parent.getDisplay().asyncExec(() -> showField.accept(blocker.fieldPath()));
    }

    /** @return {@code text} as a link's words: ampersands doubled (no mnemonic), angle brackets kept as typed */
    private static String escaped(String text) {
        return text.replace("&", "&&").replace("<", "\u2039").replace(">", "\u203a");
    }
}
