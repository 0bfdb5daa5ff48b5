package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.forms.tests.NoteEditorDriver.field;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.text;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.type;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.Section;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The note form from the keyboard and the wheel, with key and mouse events posted through the window system as a
 * clinician's keyboard and mouse send them: Tab and Shift+Tab visit fields only (a collapsed section opens when
 * tabbed into), the wheel over a short narrative scrolls the form (the wheel turned through the X server,
 * {@link RealWheel}), Enter on a finding puts the caret on its words, Ctrl+1 offers the suggestions to choose
 * from, and the suggested CPT code is chosen in its field and changeable.
 */
class FormKeyboardTest {

    private static final String NARRATIVE = "Client refused to engage and was noncompliant with homework.";

    private final NoteEditorDriver driver = new NoteEditorDriver();
    private Rectangle windowBounds;

    @AfterEach
    void closeEditorsAndRestoreTheWindow() {
        NoteEditorDriver.closeAll();
        if (windowBounds != null) {
            ActiveWorkbench.shell().setBounds(windowBounds);
            spin();
        }
    }

    @Test
    void tabAndShiftTabGoFromFieldToFieldPastTheSectionHeadings() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, NARRATIVE);
        focusForKeys(narrative);
        narrative.setCaretOffset(narrative.getCharCount());

        press(0, SWT.TAB);
        Control progress = field(editor, "progress").rendered().control();
        spinUntil(() -> within(focus(), progress), 10_000, "one Tab to reach the next section's first field");
        press(SWT.SHIFT, SWT.TAB);
        spinUntil(() -> focus() == narrative, 10_000, "one Shift+Tab to go back to the narrative, not " + focus());
        assertEquals(NARRATIVE, narrative.getText(), "no tab character was typed");

        Control distress = field(editor, "distress").rendered().control();
        press(SWT.SHIFT, SWT.TAB);
        spinUntil(() -> focus() == distress, 10_000,
                "Shift+Tab from the narrative to reach the session's last field, not " + focus());
    }

    @Test
    void theCheckBoxesOfOneFieldAreOneTabStopAndAddRowLeadsIntoTheNewRow() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        Control interventions = field(editor, "interventions").rendered().control();
        List<Button> boxes = WidgetFinder.all(interventions, Button.class);
        assertEquals(3, boxes.size());
        focusForKeys(boxes.get(0));
        press(0, SWT.TAB);
        spinUntil(() -> !within(focus(), interventions), 10_000, "one Tab to leave the three check boxes");
        assertTrue(focus() instanceof org.eclipse.swt.widgets.Combo, "the mood screen's first item is next: "
                + focus());

        Button add = WidgetFinder.button(editor.form().getBody(), "Add row").orElseThrow();
        Clicks.click(add);
        spinUntil(() -> editor.fieldView("goals[0].goal") != null
                && within(focus(), editor.fieldView("goals[0].goal").rendered().control()), 10_000,
                "the new row's first field to take the keyboard, not " + focus());
    }

    @Test
    void aCollapsedSectionOpensWhenTabbedIntoEitherWay() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        org.eclipse.ui.forms.widgets.Section assessment = section(editor, "Assessment");
        org.eclipse.ui.forms.widgets.Section subjective = section(editor, "Subjective");
        collapse(editor, assessment);
        focusForKeys(narrative);

        press(0, SWT.TAB);
        Control progress = field(editor, "progress").rendered().control();
        spinUntil(() -> within(focus(), progress), 10_000, "Tab to open Assessment and reach its first field");
        assertTrue(assessment.isExpanded());

        collapse(editor, subjective);
        focusForKeys(WidgetFinder.all(progress, Button.class).get(0));
        press(SWT.SHIFT, SWT.TAB);
        spinUntil(() -> focus() == narrative, 10_000, "Shift+Tab to open Subjective and reach its last field, not "
                + focus());
        assertTrue(subjective.isExpanded());
    }

    @Test
    void theWheelOverAShortNarrativeScrollsTheFormAndOverALongOneItsText() throws Exception {
        windowBounds = ActiveWorkbench.shell().getBounds();
        ActiveWorkbench.shell().setBounds(windowBounds.x, windowBounds.y, 1000, 420);
        NoteFormEditor editor = driver.open(driver.draft());
        ScrolledForm form = editor.form();
        StyledText narrative = text(editor, "narrative");
        type(narrative, NARRATIVE);
        focusForKeys(narrative);
        int top = form.getBody().toControl(narrative.toDisplay(0, 0)).y;
        form.setOrigin(0, Math.max(0, top - 10)); // the narrative at the top, the rest of the form below
        spin();
        int before = form.getOrigin().y;
        RealWheel.pointAt(narrative, 10);
        RealWheel.down(3);
        try {
            spinUntil(() -> form.getOrigin().y > before, 10_000, "the wheel over a short narrative to scroll the form");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": origin " + form.getOrigin() + " from " + before + ", form "
                    + form.getClientArea() + " of " + form.getContent().getSize() + ", narrative at "
                    + narrative.toDisplay(0, 0) + ", pointer " + Display.getCurrent().getCursorLocation()
                    + ", control under it " + Display.getCurrent().getCursorControl(), e);
        }
        assertEquals(0, narrative.getTopPixel(), "the narrative itself did not scroll");

        narrative.setText("line\n".repeat(40));
        narrative.setTopPixel(0);
        form.showControl(narrative);
        spin();
        int held = form.getOrigin().y;
        RealWheel.pointAt(narrative, 10);
        RealWheel.down(3);
        spinUntil(() -> narrative.getTopPixel() > 0, 10_000, "the wheel over a long narrative to scroll its text");
        assertEquals(held, form.getOrigin().y, "the form stayed where it was");
    }

    @Test
    void enterOnAFindingPutsTheCaretOnItsWords() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, "Session went well. " + NARRATIVE);
        narrative.setSelection(0);
        Table findings = editor.review().findings().getTable();
        int row = rowOf(findings, "noncompliant", narrative);
        focusForKeys(findings);
        findings.setSelection(row);
        findings.notifyListeners(SWT.Selection, new Event());

        press(0, SWT.CR);
        spinUntil(() -> focus() == narrative, 10_000, "Enter on the finding to move to its field");
        assertEquals("noncompliant", narrative.getSelectionText());
        assertEquals(narrative.getText().indexOf("noncompliant") + "noncompliant".length(), narrative.getCaretOffset(),
                "the caret is on the words");
    }

    @Test
    void ctrl1ShowsTheSuggestionsToChooseFromAndEnterAppliesTheOneChosen() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        String said = "The client claims the bus was late.";
        type(narrative, said);
        spinUntil(() -> editor.findings().stream().anyMatch(f -> "language.doubt".equals(f.ruleId())), 30_000,
                "\"claims\" to be flagged");
        focusForKeys(narrative);
        narrative.setCaretOffset(said.indexOf("claims") + 2);

        press(SWT.CTRL, '1');
        Table choices = QuickFixChooser.shown(narrative);
        List<String> offered = QuickFixChooser.items(choices);
        assertTrue(offered.size() >= 2, "every suggestion is offered: " + offered);
        assertEquals(said, narrative.getText(), "nothing is applied before one is chosen");
        spinUntil(choices::isFocusControl, 10_000, "the chooser to take the keyboard");
        press(0, SWT.ARROW_DOWN);
        press(0, SWT.CR);
        spinUntil(() -> QuickFixChooser.closed(narrative), 10_000, "the chooser to close");
        String second = offered.get(1).replaceAll(".*\\u201c(.*)\\u201d.*", "$1");
        assertEquals("The client " + second + " the bus was late.", narrative.getText(), "the second one was applied");

        narrative.setCaretOffset(said.indexOf("bus"));
        press(SWT.CTRL, '1');
        spin();
        assertTrue(QuickFixChooser.closed(narrative), "no chooser where no word is flagged");
    }

    @Test
    void ctrl1RightAfterTypingOffersTheFixesOfTheNearestFlaggedWords() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        String said = "The client claims the bus was late again this week.";
        type(narrative, said);
        spinUntil(() -> editor.findings().stream().anyMatch(f -> "language.doubt".equals(f.ruleId())), 30_000,
                "\"claims\" to be flagged");
        focusForKeys(narrative);
        narrative.setCaretOffset(narrative.getCharCount()); // where the typing left it, words away from "claims"

        press(SWT.CTRL, '1');
        Table choices = QuickFixChooser.shown(narrative);
        assertEquals(said.indexOf("claims"), narrative.getCaretOffset(), "the caret is put on the words being fixed");
        String first = QuickFixChooser.items(choices).get(0).replaceAll(".*\\u201c(.*)\\u201d.*", "$1");
        spinUntil(choices::isFocusControl, 10_000, "the chooser to take the keyboard");
        press(0, SWT.CR);
        spinUntil(() -> QuickFixChooser.closed(narrative), 10_000, "the chooser to close");
        assertEquals(said.replace("claims", first), narrative.getText(), "the first suggestion was applied");
    }

    @Test
    void theSuggestedCptCodeIsChosenInItsFieldAndStaysChangeable() throws Exception {
        addCptCodeField();
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        typeInto(editor, "startTime", "10"); // a full hour as the hour alone
        typeInto(editor, "stopTime", "1050"); // a time without its colon
        spinUntil(() -> chosen(note).equals(List.of("psychotherapy45")), 10_000,
                "50 minutes to choose 90834 in the field: " + chosen(note));
        Button suggested = WidgetFinder.all(field(editor, "cptCode").rendered().control(), Button.class).stream()
                .filter(button -> button.getText().startsWith("90834")).findFirst().orElseThrow();
        assertTrue(suggested.getSelection(), "the suggested code shows chosen");

        typeInto(editor, "stopTime", "11:00");
        spinUntil(() -> chosen(note).equals(List.of("psychotherapy60")), 10_000,
                "60 minutes to move the untouched choice to 90837");

        Clicks.click(WidgetFinder.all(field(editor, "cptCode").rendered().control(), Button.class).stream()
                .filter(button -> button.getText().equals("Not billable")).findFirst().orElseThrow());
        assertEquals(List.of("notBillable"), chosen(note), "another code is one click away");
        typeInto(editor, "stopTime", "10:30");
        spin();
        assertEquals(List.of("notBillable"), chosen(note), "a code chosen by hand is never replaced");
    }

    @Test
    void aTimeTypedWithoutItsColonShowsAsTheNoteHoldsItOnceTheKeyboardLeaves() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        Text stop = (Text) field(editor, "stopTime").rendered().control();
        focusForKeys(stop);
        for (char digit : "1050".toCharArray()) {
            press(0, digit);
        }
        spinUntil(() -> "10:50".equals(stored(note, "stopTime")), 10_000, "1050 to be stored as 10:50");
        assertEquals("1050", stop.getText(), "while typing, the box keeps what was typed");
        press(0, SWT.TAB);
        spinUntil(() -> focus() != stop, 10_000, "Tab to leave the box");
        assertEquals("10:50", stop.getText(), "left, the box shows the time as the note holds it");
        assertEquals("10:50", stored(note, "stopTime"));

        Text start = (Text) field(editor, "startTime").rendered().control();
        focusForKeys(start);
        for (char typed : "12:3".toCharArray()) {
            press(0, typed);
        }
        spin();
        press(0, SWT.TAB);
        spinUntil(() -> focus() != start, 10_000, "Tab to leave the box");
        assertEquals("12:3", start.getText(), "what is not a time yet stays as typed, to be finished");
    }

    private static String stored(Note note, String fieldId) {
        return note.getValues().stream().filter(value -> value.getFieldId().equals(fieldId))
                .filter(org.casenotes.model.record.TimeValue.class::isInstance)
                .map(value -> String.valueOf(((org.casenotes.model.record.TimeValue) value).getValue())).findFirst()
                .orElse("");
    }

    @Test
    void aQuestionnaireItemIsAnsweredByItsScoreAndTheNextItemTakesTheKeyboard() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        List<org.eclipse.swt.widgets.Combo> items = WidgetFinder.all(editor.form().getBody(),
                org.eclipse.swt.widgets.Combo.class);
        assertEquals(3, items.size(), "the mood screen's three items");
        focusForKeys(items.get(0));

        press(0, '1');
        spinUntil(() -> items.get(1).isFocusControl(), 10_000, "the next item to take the keyboard");
        assertEquals("Several days (1)", items.get(0).getText());
        press(0, '2');
        spinUntil(() -> items.get(2).isFocusControl(), 10_000, "the last item to take the keyboard");
        press(0, '0');
        spinUntil(() -> "Not at all (0)".equals(items.get(2).getText()), 10_000, "the last item answered");
        spinUntil(() -> focus() != null && !items.contains(focus()) && within(focus(), editor.form().getBody()), 10_000,
                "the field after the questionnaire to take the keyboard once its last item is answered: " + focus());
        assertEquals("Total: 3 \u2014 Moderate", WidgetFinder.all(editor.form().getBody(),
                org.eclipse.swt.widgets.Label.class).stream().map(org.eclipse.swt.widgets.Label::getText)
                .filter(text -> text.startsWith("Total: ")).findFirst().orElseThrow());
    }

    @Test
    void aLetterTypedOnOptionsReachesTheOptionItStartsAndChoosesItAmongRadioButtons() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        List<Button> progress = WidgetFinder.all(field(editor, "progress").rendered().control(), Button.class);
        assertEquals(List.of("Improved", "Plateau", "Setback"), progress.stream().map(Button::getText).toList());
        focusForKeys(progress.get(0));

        press(0, 's');
        spinUntil(() -> chosenIn(note, "progress").equals(List.of("setback")), 10_000,
                "S to choose Setback, three arrows away: " + chosenIn(note, "progress"));
        assertTrue(progress.get(2).isFocusControl() && progress.get(2).getSelection()
                && !progress.get(0).getSelection(), "Setback has the keyboard and shows chosen");
        press(0, 'p');
        spinUntil(() -> chosenIn(note, "progress").equals(List.of("plateau")), 10_000, "P to Plateau");
        press(0, 'x');
        assertEquals(List.of("plateau"), chosenIn(note, "progress"), "a letter no option starts with changes nothing");
        assertTrue(progress.get(1).isFocusControl(), "and leaves the keyboard where it was");

        List<Button> interventions = WidgetFinder.all(field(editor, "interventions").rendered().control(),
                Button.class);
        focusForKeys(interventions.get(0));
        press(0, 'p');
        spinUntil(() -> interventions.get(2).isFocusControl(), 10_000, "P to reach Psychoeducation");
        assertEquals(List.of(), chosenIn(note, "interventions"), "a check box reached by its letter is not ticked");
        press(0, ' ');
        spinUntil(() -> chosenIn(note, "interventions").equals(List.of("psychoeducation")), 10_000,
                "Space to tick it: " + chosenIn(note, "interventions"));
    }

    @Test
    void aNoteOpensWithTheKeyboardInTheFirstFieldStillToFill() throws Exception {
        NoteFormEditor fresh = driver.open(driver.draft());
        fresh.setFocus();
        Control start = field(fresh, "startTime").rendered().control();
        spinUntil(() -> focus() == start, 10_000, "a new note's first field, the start time: " + focus());

        Note timed = driver.draft();
        driver.lifecycle.edit(timed, driver.form).setTime("startTime", java.time.LocalTime.of(10, 0))
                .setTime("stopTime", java.time.LocalTime.of(10, 50));
        NoteFormEditor reopened = driver.open(timed);
        reopened.setFocus();
        assertTrue(field(reopened, "sessionDate").holdsValue(), "a new note holds its date of service");
        Control nextAppointment = field(reopened, "followUp").rendered().control();
        spinUntil(() -> within(focus(), nextAppointment), 10_000, "past the times and the date the note holds, to "
                + "the first field without a value: " + focus());
    }

    @Test
    void aTimeIsTypedWithOrWithoutItsColon() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        typeInto(editor, "startTime", "9");
        typeInto(editor, "stopTime", "0950");
        assertTrue(editor.calculation("minutes").shownValue().startsWith("50"), "9 is 09:00, 0950 is 09:50: "
                + editor.calculation("minutes").shownValue());
        typeInto(editor, "stopTime", "9:45");
        assertTrue(editor.calculation("minutes").shownValue().startsWith("45"),
                editor.calculation("minutes").shownValue());
        typeInto(editor, "stopTime", "2460");
        assertTrue(field(editor, "stopTime").findings().decoration().isVisible(), "no such time");
    }

    private void addCptCodeField() {
        FormFactory f = FormFactory.eINSTANCE;
        ChoiceType codes = f.createChoiceType();
        String[][] options = { { "psychotherapy30", "90832 - Psychotherapy, 16-37 minutes" },
                { "psychotherapy45", "90834 - Psychotherapy, 38-52 minutes" },
                { "psychotherapy60", "90837 - Psychotherapy, 53 minutes or more" },
                { "notBillable", "Not billable" } };
        for (String[] each : options) {
            ChoiceOption option = f.createChoiceOption();
            option.setId(each[0]);
            option.setLabel(each[1]);
            codes.getOptions().add(option);
        }
        Field cpt = f.createField();
        cpt.setId("cptCode");
        cpt.setLabel("CPT code billed");
        cpt.setType(codes);
        Section session = (Section) driver.form.getElements().get(0);
        session.getElements().add(4, cpt);
    }

    private static List<String> chosenIn(Note note, String fieldId) {
        return note.getValues().stream().filter(value -> fieldId.equals(value.getFieldId()))
                .map(value -> List.copyOf(((ChoiceValue) value).getOptionIds())).findFirst().orElse(List.of());
    }

    private static List<String> chosen(Note note) {
        return note.getValues().stream().filter(value -> "cptCode".equals(value.getFieldId()))
                .map(value -> List.copyOf(((ChoiceValue) value).getOptionIds())).findFirst().orElse(List.of());
    }

    private static void typeInto(NoteFormEditor editor, String path, String time) {
        Text box = (Text) field(editor, path).rendered().control();
        box.setFocus();
        box.setText(time);
        spin();
    }

    private static int rowOf(Table findings, String words, StyledText text) {
        spinUntil(() -> indexOf(findings, words, text) >= 0, 10_000, "the findings list to show " + words);
        return indexOf(findings, words, text);
    }

    private static int indexOf(Table findings, String words, StyledText text) {
        for (int i = 0; i < findings.getItemCount(); i++) {
            if (findings.getItem(i).getData() instanceof org.casenotes.core.rules.Finding finding
                    && finding.range() != null && words.equals(finding.range().of(text.getText()))) {
                return i;
            }
        }
        return -1;
    }

    private static org.eclipse.ui.forms.widgets.Section section(NoteFormEditor editor, String title) {
        return WidgetFinder.all(editor.form().getBody(), org.eclipse.ui.forms.widgets.Section.class).stream()
                .filter(section -> title.equals(section.getText())).findFirst().orElseThrow();
    }

    private static void collapse(NoteFormEditor editor, org.eclipse.ui.forms.widgets.Section section) {
        section.setExpanded(false);
        editor.form().reflow(true);
        spin();
        assertFalse(section.isExpanded());
    }

    private static Control focus() {
        return Display.getCurrent().getFocusControl();
    }

    private static void focusForKeys(Control control) {
        Shell shell = control.getShell();
        shell.forceActive();
        control.forceFocus();
        spinUntil(() -> focus() == control, 10_000, "keyboard focus in " + control);
    }

    /** Presses {@code key} with {@code modifier} (or none) through the window system, as a keyboard would. */
    private static void press(int modifier, int key) {
        Display display = Display.getCurrent();
        if (modifier != 0) {
            display.post(key(SWT.KeyDown, modifier, '\0'));
        }
        char character = key == SWT.TAB ? '\t' : key == SWT.CR ? '\r' : key < 0x10000 ? (char) key : '\0';
        int code = key == SWT.TAB || key == SWT.CR || key >= 0x10000 ? key : 0;
        display.post(key(SWT.KeyDown, code, character));
        display.post(key(SWT.KeyUp, code, character));
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
