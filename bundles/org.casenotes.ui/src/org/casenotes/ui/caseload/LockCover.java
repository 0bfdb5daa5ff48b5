package org.casenotes.ui.caseload;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Covers a view's content with {@value #MESSAGE} while the caseload is locked, so no client data stays on screen;
 * the content comes back as it was once the caseload is unlocked.
 */
final class LockCover {

    /** What a covered view shows. */
    static final String MESSAGE = "Caseload locked — unlock to continue";

    private LockCover() {
    }

    /**
     * Gives {@code parent} a stack of the view's content and the lock message, following the session's lock.
     *
     * @param parent the view's part control parent
     * @return the composite (with a fill layout) to build the view's content in
     */
    static Composite around(Composite parent) {
        StackLayout stack = new StackLayout();
        parent.setLayout(stack);
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayout(new FillLayout());
        Label locked = new Label(parent, SWT.CENTER | SWT.WRAP);
        locked.setText(MESSAGE);
        Consumer<Boolean> follow = isLocked -> {
            if (!parent.isDisposed()) {
                stack.topControl = isLocked ? locked : content;
                parent.layout();
            }
        };
        CaseloadSession session = CaseloadSession.current();
        session.whenLockChanges(follow);
        parent.addDisposeListener(event -> session.removeLockListener(follow));
        follow.accept(session.isLocked());
        return content;
    }
}
