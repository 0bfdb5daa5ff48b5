package org.casenotes.ui.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.store.CaseloadStore;

/**
 * The caseload the workbench has open (one per workbench), and who wants to know when it opens. Views register
 * with {@link #whenOpen}; the opener calls {@link #opened} once the store is unlocked. Used on the display thread.
 */
public final class CaseloadSession {

    private static final CaseloadSession CURRENT = new CaseloadSession();

    private CaseloadStore store;
    private boolean demo;
    private String problem;
    private final List<Consumer<CaseloadSession>> waiting = new ArrayList<>();

    private CaseloadSession() {
    }

    /** @return the workbench's session */
    public static CaseloadSession current() {
        return CURRENT;
    }

    /** @return the open store, or null while none is open */
    public CaseloadStore store() {
        return store;
    }

    /** @return whether the open caseload is the fictional demo */
    public boolean isDemo() {
        return demo;
    }

    /** @return why no caseload could be opened, or null */
    public String problem() {
        return problem;
    }

    /** Runs {@code action} now if a caseload is open (or failed to open), else when it opens. */
    public void whenOpen(Consumer<CaseloadSession> action) {
        if (store != null || problem != null) {
            action.accept(this);
        } else {
            waiting.add(action);
        }
    }

    void opened(CaseloadStore openedStore, boolean isDemo) {
        this.store = openedStore;
        this.demo = isDemo;
        notifyWaiting();
    }

    void failed(String reason) {
        this.problem = reason;
        notifyWaiting();
    }

    /** Closes the store, e.g. when the workbench shuts down. */
    void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private void notifyWaiting() {
        List<Consumer<CaseloadSession>> actions = List.copyOf(waiting);
        waiting.clear();
        actions.forEach(action -> action.accept(this));
    }
}
