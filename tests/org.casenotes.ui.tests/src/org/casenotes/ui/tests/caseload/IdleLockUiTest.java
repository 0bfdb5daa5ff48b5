package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spinFor;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.SettableClock;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.KeyTyping;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The idle lock in the workbench, with a clock the test moves: input resets the idle time, an idle caseload locks
 * after the before-lock hooks ran, the views cover their content, and the next input asks for the passphrase.
 */
class IdleLockUiTest {

    private static final String COVER = "Caseload locked — unlock to continue";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final List<Boolean> storeLockedWhenHookRan = new ArrayList<>();
    private final Runnable hook = () -> storeLockedWhenHookRan.add(CaseloadSession.current().store().isLocked());
    private CaseloadView caseload;

    @BeforeEach
    void watchWithTheTestClock() {
        caseload = (CaseloadView) page().findView(CaseloadUi.CASELOAD_VIEW);
        spinUntil(caseload::isLoaded, 120_000, "the caseload to load");
        CaseloadSession.current().beforeLock(hook);
        CaseloadSession.current().idleLockAfter(TIMEOUT, clock, Duration.ofMillis(20));
    }

    @AfterEach
    void restoreTheAgencyIdleLock() {
        CaseloadSession session = CaseloadSession.current();
        session.removeBeforeLock(hook);
        session.idleLockAfter(Duration.ofMinutes(CasenotesPreferences.agency().idleLockMinutes()), Clock.systemUTC(),
                Duration.ofSeconds(5));
    }

    @Test
    void anIdleCaseloadLocksCoversItsViewsAndAsksForThePassphraseOnTheNextInput() {
        CaseloadSession session = CaseloadSession.current();
        clock.advance(TIMEOUT.minusMinutes(1));
        spinFor(200);
        assertFalse(session.isLocked(), "not idle long enough yet");
        type();
        clock.advance(Duration.ofMinutes(2));
        spinFor(200);
        assertFalse(session.isLocked(), "a key press starts the idle time again");

        clock.advance(TIMEOUT);
        spinUntil(session::isLocked, 10_000, "the caseload to lock");
        assertEquals(List.of(false), storeLockedWhenHookRan, "the hook runs once, before the store locks");
        assertTrue(coversShown() >= 1, "the caseload view is covered");
        assertFalse(caseloadTableVisible(), "no client names stay on screen");

        answerUnlockDialogs("not the passphrase", DemoCaseload.PASSPHRASE);
        type();
        spinUntil(() -> !session.isLocked(), 30_000, "the unlock dialog to unlock the caseload");
        assertEquals(0, coversShown());
        assertTrue(caseloadTableVisible());
        assertEquals(13, caseload.shownClientNames().size());
    }

    /** A key press in the caseload table, as the display's filters see it. */
    private static void type() {
        KeyTyping.keyDown(table(), 'a');
        spinFor(50);
    }

    /** Answers the unlock dialogs as they open, with each passphrase in turn. */
    private static void answerUnlockDialogs(String... passphrases) {
        Display display = Display.getCurrent();
        int[] answered = {0};
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if ("Unlock caseload".equals(shell.getText()) && answered[0] < passphrases.length) {
                        WidgetFinder.all(shell, Text.class).get(0).setText(passphrases[answered[0]++]);
                        Clicks.press(shell, "OK");
                        break;
                    }
                }
                if (answered[0] < passphrases.length) {
                    display.timerExec(50, this);
                }
            }
        };
        display.timerExec(50, answer);
    }

    private static int coversShown() {
        return (int) WidgetFinder.all(ActiveWorkbench.shell(), Label.class).stream()
                .filter(label -> COVER.equals(label.getText()) && label.isVisible()).count();
    }

    private static boolean caseloadTableVisible() {
        return table().isVisible();
    }

    /** @return the caseload view's table (its first column is "Client") */
    private static Table table() {
        return WidgetFinder.first(ActiveWorkbench.shell(), Table.class,
                table -> table.getColumnCount() > 0 && "Client".equals(table.getColumn(0).getText())).orElse(null);
    }
}
