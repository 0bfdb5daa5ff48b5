package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.forms.tests.NoteEditorDriver.click;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.field;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.text;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.type;
import static org.casenotes.ui.testsupport.ActiveWorkbench.runCommand;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Moving through the note with the keyboard: next/previous finding (Ctrl+. and Ctrl+,) across fields, Tab between
 * fields, and showing a field from outside the editor (the caseload findings view).
 */
class FindingNavigationTest {

    private static final String NARRATIVE = "Client refused to engage and was noncompliant with homework.";
    private static final String REASON = "Family described her as manipulative.";

    private final NoteEditorDriver driver = new NoteEditorDriver();

    @AfterEach
    void closeEditors() {
        NoteEditorDriver.closeAll();
    }

    @Test
    void nextAndPreviousFindingSelectTheWordsAcrossFields() throws Exception {
        NoteFormEditor editor = twoFieldsWithFindings();
        StyledText narrative = text(editor, "narrative");
        StyledText reason = text(editor, "setbackReason");
        narrative.setFocus();
        narrative.setCaretOffset(0);

        runCommand("org.eclipse.ui.navigate.next");
        assertFocusedSelection(narrative, "refused");
        runCommand("org.eclipse.ui.navigate.next");
        assertFocusedSelection(narrative, "noncompliant");
        runCommand("org.eclipse.ui.navigate.next");
        assertFocusedSelection(reason, "manipulative");
        runCommand("org.eclipse.ui.navigate.previous");
        assertFocusedSelection(narrative, "noncompliant");
    }

    @Test
    void ctrlDotAndCtrlCommaAreTheNoteEditorsKeysInTheCasenotesScheme() throws Exception {
        twoFieldsWithFindings();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("org.casenotes.ui.scheme", bindings.getActiveScheme().getId());
        assertEquals("org.eclipse.ui.navigate.next", commandOn(bindings, "M1+."));
        assertEquals("org.eclipse.ui.navigate.previous", commandOn(bindings, "M1+,"));
    }

    @Test
    void pressingCtrlDotJumpsToTheNextFinding() throws Exception {
        NoteFormEditor editor = twoFieldsWithFindings();
        StyledText narrative = text(editor, "narrative");
        focusForKeys(narrative);
        narrative.setCaretOffset(0);

        press(SWT.CTRL, '.');
        spinUntil(() -> "refused".equals(narrative.getSelectionText()), 10_000, "Ctrl+. selects \"refused\"");
        press(SWT.CTRL, '.');
        spinUntil(() -> "noncompliant".equals(narrative.getSelectionText()), 10_000, "Ctrl+. selects \"noncompliant\"");
        press(SWT.CTRL, ',');
        spinUntil(() -> "refused".equals(narrative.getSelectionText()), 10_000, "Ctrl+, goes back to \"refused\"");
    }

    @Test
    void tabLeavesANarrativeForTheNextField() throws Exception {
        NoteFormEditor editor = twoFieldsWithFindings();
        StyledText narrative = text(editor, "narrative");
        focusForKeys(narrative);
        narrative.setCaretOffset(narrative.getCharCount());

        press(0, '\t');
        spinUntil(() -> Display.getCurrent().getFocusControl() != narrative, 10_000, "Tab leaves the narrative");
        assertEquals(NARRATIVE, narrative.getText(), "no tab character was typed");
        // the next section's heading (its expand/collapse toggle) is no stop on the way
        Control progress = field(editor, "progress").rendered().control();
        assertTrue(within(Display.getCurrent().getFocusControl(), progress),
                "one Tab reaches the progress field, not " + Display.getCurrent().getFocusControl());
    }

    @Test
    void showFieldRevealsFocusesAndSelectsARange() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        assertFalse(NoteEditors.showField(editor, "setbackReason"), "hidden until progress is a setback or plateau");
        assertFalse(NoteEditors.showField(editor, "noSuchField"));
        assertFalse(NoteEditors.showField(null, "narrative"), "not a note editor");

        click(editor, "progress", "Setback");
        assertTrue(NoteEditors.showField(editor, "setbackReason"));
        assertSame(text(editor, "setbackReason"), Display.getCurrent().getFocusControl());

        StyledText narrative = text(editor, "narrative");
        type(narrative, NARRATIVE);
        assertTrue(NoteEditors.showField(editor, "narrative", NARRATIVE.indexOf("refused"), "refused".length()));
        assertFocusedSelection(narrative, "refused");
        assertTrue(NoteEditors.showField(editor, "narrative", NARRATIVE.length() - 2, 100), "cut at the end");
        assertEquals("k.", narrative.getSelectionText());
    }

    private NoteFormEditor twoFieldsWithFindings() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        click(editor, "progress", "Setback");
        type(text(editor, "setbackReason"), REASON);
        type(text(editor, "narrative"), NARRATIVE);
        return editor;
    }

    private static void assertFocusedSelection(StyledText text, String selected) {
        spin();
        assertSame(text, Display.getCurrent().getFocusControl(), "the finding's field has the focus");
        assertEquals(selected, text.getSelectionText());
    }

    private static String commandOn(IBindingService bindings, String keys) throws Exception {
        Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
        return binding == null ? null : binding.getParameterizedCommand().getId();
    }

    private static void focusForKeys(Control control) {
        Shell shell = control.getShell();
        shell.forceActive();
        control.forceFocus();
        spinUntil(() -> Display.getCurrent().getFocusControl() == control, 10_000, "keyboard focus in the field");
    }

    /** Presses {@code key} with {@code modifier} (or none) through the window system, as a keyboard would. */
    private static void press(int modifier, char key) {
        Display display = Display.getCurrent();
        if (modifier != 0) {
            display.post(key(SWT.KeyDown, modifier, '\0'));
        }
        display.post(key(SWT.KeyDown, 0, key));
        display.post(key(SWT.KeyUp, 0, key));
        if (modifier != 0) {
            display.post(key(SWT.KeyUp, modifier, '\0'));
        }
        spin();
    }

    private static Event key(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode == 0 ? character : keyCode;
        event.character = character;
        return event;
    }

    private static boolean within(Control control, Control ancestor) {
        for (Control level = control; level != null; level = level.getParent()) {
            if (level == ancestor) {
                return true;
            }
        }
        return false;
    }
}
