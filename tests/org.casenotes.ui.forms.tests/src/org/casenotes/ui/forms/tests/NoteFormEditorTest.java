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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.internal.FieldView;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The note form editor with real widgets: typing, findings, quick fixes, undo, conditions, calculations, signing. */
class NoteFormEditorTest {

    private static final String SENTENCE = "client refused to engage";

    private final NoteEditorDriver driver = new NoteEditorDriver();

    @AfterEach
    void closeEditors() {
        NoteEditorDriver.closeAll();
    }

    @Test
    void judgmentalWordIsDecoratedUnderlinedAndListed() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, SENTENCE);

        Finding finding = judgmental(editor);
        assertEquals("narrative", finding.fieldId());
        assertEquals("refused", finding.range().of(narrative.getText()));
        FieldView view = field(editor, "narrative");
        assertTrue(view.findings().decoration().isVisible(), "the field carries a decoration");
        assertTrue(view.findings().decoration().getDescriptionText().contains("language.judgmental"),
                "the decoration names the rule");
        StyleRange squiggle = narrative.getStyleRangeAtOffset(finding.range().start());
        assertTrue(squiggle != null && squiggle.underline && squiggle.underlineStyle == SWT.UNDERLINE_SQUIGGLE,
                "\"refused\" is underlined with a squiggle");
        assertNull(narrative.getStyleRangeAtOffset(0), "\"client\" is not underlined");
        assertTrue(Arrays.stream(editor.review().findings().getTable().getItems()).anyMatch(item -> finding.equals(item.getData())),
                "the findings list shows it");
        assertTrue(editor.isDirty(), "typing makes the editor dirty");

        Path picture = Screenshots.ofWorkbenchWindow("note-editor-with-findings.png");
        assertTrue(Files.size(picture) > 10_000, "a screenshot was written to " + picture);
    }

    @Test
    void findingsAreGroupedAndReadInWordsWithTheFieldsLabel() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        type(text(editor, "narrative"), SENTENCE);
        judgmental(editor);
        Table list = editor.review().findings().getTable();
        List<String> rows = Arrays.stream(list.getItems()).map(item -> item.getText(0) + " | " + item.getText(1))
                .toList();
        List<String> headings = rows.stream().filter(row -> row.matches(".+ \\(\\d+\\) \\| ")).toList();
        assertEquals(List.of("Missing", "Payer", "Wording"),
                headings.stream().map(row -> row.substring(0, row.indexOf(" ("))).toList(), rows.toString());
        assertTrue(rows.indexOf(headings.get(0)) == 0, "what is missing comes first: " + rows);
        int wording = rows.indexOf(headings.get(2));
        assertTrue(rows.get(wording + 1).endsWith(" | Narrative"), "under Wording, the finding on the narrative, "
                + "named by its label: " + rows);
        assertTrue(rows.contains("\u201cProgress since treatment began\u201d is required. | "
                + "Progress since treatment began"), rows.toString());
        assertTrue(rows.stream().noneMatch(row -> row.contains("completeness.") || row.contains("language.")
                || row.contains("| progress") || row.contains("| narrative") || row.contains("| suicideRisk")),
                "no ids (a field this form lacks is named in words): " + rows);
        assertEquals(2, list.getColumnCount(), "the finding and its field; the rule is named in the hover");
    }

    @Test
    void quickFixReplacesTheWordAndCtrlZUndoesIt() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        StyledText narrative = text(editor, "narrative");
        type(narrative, SENTENCE);

        editor.review().findings().setSelection(new StructuredSelection(judgmental(editor)), true);
        Button quickFix = editor.review().quickFixButton();
        assertTrue(quickFix.isEnabled(), "the finding has a suggestion to apply");
        quickFix.notifyListeners(SWT.Selection, new Event());
        spin();
        assertEquals("client declined to engage", narrative.getText());
        assertEquals("client declined to engage", narrativeOf(note));
        assertTrue(editor.findings().stream().noneMatch(f -> f.ruleId().equals("language.judgmental")),
                "the finding is gone");

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(SENTENCE, narrative.getText());
        assertEquals(SENTENCE, narrativeOf(note));
        judgmental(editor);
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals("client declined to engage", narrative.getText());
    }

    @Test
    void hoveringTheUnderlinedWordNamesRuleSuggestionAndSource() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, SENTENCE);
        Point word = narrative.getLocationAtOffset(SENTENCE.indexOf("refused") + 2);
        Event move = new Event();
        move.x = word.x;
        move.y = word.y + narrative.getLineHeight() / 2;
        narrative.notifyListeners(SWT.MouseMove, move);
        String hover = narrative.getToolTipText();
        assertTrue(hover != null && hover.contains("Rule: language.judgmental") && hover.contains("\u201cdeclined\u201d")
                && hover.contains("Source: "), "hover text: " + hover);
    }

    @Test
    void ctrl1ShowsTheSuggestionsAndAppliesTheOneChosen() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, SENTENCE);
        narrative.setCaretOffset(SENTENCE.indexOf("refused") + 3);
        narrative.notifyListeners(SWT.KeyDown, ctrl1());
        spin();
        assertEquals(SENTENCE, narrative.getText(), "nothing is applied before a suggestion is chosen");
        Table choices = QuickFixChooser.shown(narrative);
        assertEquals(List.of("Replace with \u201cdeclined\u201d"), QuickFixChooser.items(choices));
        QuickFixChooser.accept(choices);
        assertEquals("client declined to engage", narrative.getText());
    }

    @Test
    void ctrl1OnAWordWithoutASuggestionSaysSoInsteadOfDoingNothing() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, "Family described her as manipulative.");
        spinUntil(() -> editor.findings().stream().anyMatch(f -> f.ruleId().equals("language.judgmental")), 10_000,
                "\"manipulative\" to be flagged");
        narrative.setCaretOffset(narrative.getText().indexOf("manipulative") + 4);
        narrative.notifyListeners(SWT.KeyDown, ctrl1());
        spin();
        Table choices = QuickFixChooser.shown(narrative);
        assertTrue(QuickFixChooser.items(choices).get(0).startsWith("No rewording to suggest"),
                QuickFixChooser.items(choices).toString());
        QuickFixChooser.accept(choices);
        assertEquals("Family described her as manipulative.", narrative.getText(), "nothing was changed");
    }

    private static Event ctrl1() {
        Event ctrl1 = new Event();
        ctrl1.stateMask = SWT.MOD1;
        ctrl1.keyCode = '1';
        ctrl1.character = '1';
        return ctrl1;
    }

    @Test
    void aBurstOfTypingIsUndoneAsOneChange() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        StyledText narrative = text(editor, "narrative");
        type(narrative, SENTENCE);
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals("", narrative.getText());
        assertNull(narrativeOf(note));
        assertFalse(editor.isDirty(), "back to the note as opened");
        runCommand("org.eclipse.ui.edit.redo");
        assertEquals(SENTENCE, narrative.getText());
    }

    @Test
    void openingAFindingSelectsItsWords() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = text(editor, "narrative");
        type(narrative, "Session went well. " + SENTENCE);
        narrative.setSelection(0);

        editor.review().findings().setSelection(new StructuredSelection(judgmental(editor)), true);
        editor.review().findings().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals("refused", narrative.getSelectionText());
    }

    @Test
    void choosingSetbackShowsTheReasonAndMakesItRequired() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        FieldView reason = field(editor, "setbackReason");
        assertFalse(reason.shown(), "hidden until progress is plateau or setback");

        click(editor, "progress", "Setback");
        assertTrue(reason.shown());
        assertTrue(label(reason).endsWith("*"), "required for a setback: " + label(reason));
        assertTrue(editor.review().missingText().contains("Why the setback or plateau"));

        click(editor, "progress", "Plateau");
        assertTrue(reason.shown());
        assertFalse(label(reason).endsWith("*"), "optional for a plateau");

        click(editor, "progress", "Improved");
        assertFalse(reason.shown());
        assertFalse(editor.review().missingText().contains("Why the setback"));
    }

    @Test
    void minutesAndCptCodeFollowTheTimes() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        typeInto(editor, "startTime", "14:00");
        typeInto(editor, "stopTime", "14:50");
        assertEquals("50", editor.calculation("minutes").shownValue());
        assertEquals("90834", editor.calculation("cpt").shownValue());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals("\u2014", editor.calculation("minutes").shownValue(), "undo takes the stop time away");
    }

    @Test
    void instrumentShowsTotalBandAndCriticalItem() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        Combo[] items = combos(editor);
        select(items[0], 2);
        select(items[1], 3);
        assertEquals("Moderate", editor.calculation("screenBand").shownValue());
        select(items[2], 2);
        assertEquals("Severe", editor.calculation("screenBand").shownValue());
        assertTrue(visibleLabel(editor, "Needs a risk assessment and a safety plan today."),
                "the critical item asks for follow-up");
    }

    @Test
    void rowsOfAGroupAreAddedAndRemovedUndoably() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        Button add = WidgetFinder.button(editor.form(), "Add row").orElseThrow();
        Clicks.click(add);
        click(editor, "goals[0].goal", "Return to part-time work");
        assertTrue(editor.fieldView("goals[0].goalProgress") != null, "the row's fields are shown");
        Clicks.click(WidgetFinder.button(editor.form(), "Remove row 1").orElseThrow());
        assertNull(editor.fieldView("goals[0].goal"));
        runCommand("org.eclipse.ui.edit.undo");
        assertTrue(field(editor, "goals[0].goal").shown(), "undo brings the row back");
    }

    @Test
    void valuesThatAreNotValuesAreReportedAndNotStored() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        typeInto(editor, "distress", "11");
        assertTrue(field(editor, "distress").findings().decoration().isVisible(), "11 is outside 0..10");
        assertTrue(note.getValues().stream().noneMatch(v -> v.getFieldId().equals("distress")));
        typeInto(editor, "distress", "7");
        assertFalse(field(editor, "distress").findings().decoration().isVisible());
    }

    @Test
    void savingHandsTheNoteOverAndClearsTheDirtyState() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(note);
        type(text(editor, "narrative"), "Client described a calmer week.");
        assertTrue(editor.isDirty());
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(List.of(note), driver.saved);
        assertFalse(editor.isDirty());
    }

    @Test
    void signedNoteOpensReadOnly() throws Exception {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).setText("narrative", "Client described a calmer week.")
                .choose("progress", "improved");
        driver.lifecycle.sign(note, driver.form, driver.author, null);
        NoteFormEditor editor = driver.open(note);

        StyledText narrative = text(editor, "narrative");
        assertEquals("Client described a calmer week.", narrative.getText());
        assertFalse(narrative.getEditable(), "the narrative cannot be typed in");
        Button improved = WidgetFinder.button(field(editor, "progress").rendered().control(), "Improved")
                .orElseThrow();
        assertTrue(improved.getSelection());
        assertFalse(improved.isEnabled(), "choices cannot be changed");
        assertTrue(editor.form().getMessage().contains("read-only"));
        assertTrue(WidgetFinder.button(editor.form(), "Add row").map(b -> !b.isVisible()).orElse(true));
        assertFalse(editor.isDirty());
    }

    @Test
    void aNoteOpensOnlyWithTheFormVersionItWasWrittenOn() throws Exception {
        Note note = driver.draft();
        note.setTemplateVersion(driver.form.getVersion() + 1);
        IEditorPart part;
        try {
            part = NoteEditors.open(ActiveWorkbench.page(),
                    new NoteEditorInput(note, driver.form));
        } catch (PartInitException refused) {
            assertTrue(refused.getMessage().contains("version"), refused.getMessage());
            return;
        }
        assertFalse(part instanceof NoteFormEditor, "the workbench shows why the note cannot open instead");
    }

    private static Finding judgmental(NoteFormEditor editor) {
        return editor.findings().stream().filter(f -> f.ruleId().equals("language.judgmental")).findFirst()
                .orElseThrow(() -> new AssertionError("no judgmental-language finding in " + editor.findings()));
    }

    private static String narrativeOf(Note note) {
        return note.getValues().stream().filter(v -> v.getFieldId().equals("narrative")).map(v -> ((TextValue) v).getText())
                .findFirst().orElse(null);
    }

    private static String label(FieldView view) {
        return view.shownLabel();
    }

    private static void typeInto(NoteFormEditor editor, String path, String typed) {
        Text text = (Text) field(editor, path).rendered().control();
        text.setText(typed);
        spin();
    }

    private static Combo[] combos(NoteFormEditor editor) {
        return WidgetFinder.all(editor.form(), Combo.class).toArray(Combo[]::new);
    }

    private static void select(Combo combo, int score) {
        combo.select(score + 1);
        combo.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    private static boolean visibleLabel(NoteFormEditor editor, String text) {
        return WidgetFinder.all(editor.form(), Label.class).stream()
                .anyMatch(label -> label.getText().equals(text) && label.isVisible());
    }
}
