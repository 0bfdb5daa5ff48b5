package org.casenotes.ui.caseload;

import org.casenotes.ui.CasenotesUi;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

/**
 * Names the open caseload in the workbench window's title, e.g. "Casenotes - Demo caseload (fictional clients)", so
 * the clinician always sees whether the fictional demo or their own caseload is open.
 */
public final class WindowTitle {

    private WindowTitle() {
    }

    /** Keeps the title of {@code window} naming the caseload open now and each one that replaces it. */
    public static void follow(IWorkbenchWindowConfigurer window) {
        CaseloadSession session = CaseloadSession.current();
        session.whenOpen(open -> window.setTitle(of(open)));
        session.whenSwitched(open -> window.setTitle(of(open)));
    }

    /** @return the title: {@link CasenotesUi#WINDOW_TITLE}, then the open caseload's name, if one is open */
    public static String of(CaseloadSession session) {
        return session.store() == null || session.name().isEmpty() ? CasenotesUi.WINDOW_TITLE
                : CasenotesUi.WINDOW_TITLE + " - " + session.name();
    }
}
