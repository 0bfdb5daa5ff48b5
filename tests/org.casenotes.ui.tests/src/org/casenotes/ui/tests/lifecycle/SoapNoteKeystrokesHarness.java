package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Counts the key presses and clicks that writing the clinician's-path SOAP note needs (the note
 * {@link NoteLifecycleUiTest} writes: the same client, sentences, answers, setback and signature), besides the words of
 * the note themselves, which are the clinician's and the same in any editor: they are counted apart. The note is
 * written from top to bottom: starting where the editor puts the keyboard when the note opens, each required entry is
 * answered in the order of the form (of the entries the "Still missing" summary lists, the one whose field is shown
 * first), so the narrative with its judgmental sentence is written when its field is reached and its word quick-fixed
 * right there, and the setback is chosen at its field (its reason, then required, is written when reached) rather
 * than changed afterwards. {@code target/keystrokes.txt} lists the entries in the order they were answered.
 * <p>
 * The count is taken from the real widgets: moving from one field to the next costs what the keyboard needs there,
 * the fewest of Tab presses (the form's real tab order, walked with the widgets' own traversal), Shift+Tab presses,
 * or next-finding presses (Ctrl+.), and nothing where the product itself put the keyboard in the field; a value
 * typed in a box (a time, a date, a number) costs its characters; an option costs Space on the first or one arrow
 * press per option moved past (GTK radio groups select as the arrow moves), or one letter where typing the option's
 * first letter (posted through the window system) chose it; a questionnaire item its score or one Down; a button
 * Space; commands their key (New Note Ctrl+Alt+N, Sign Ctrl+Shift+G); a combo in the wizard that does not already
 * show the wanted entry two clicks; a dialog's default button Enter; a quick fix Ctrl+1 where the typing left the
 * caret if that offers it, else Ctrl+, to the word first, and Enter if a chooser asks which. Writes
 * {@code target/keystrokes.txt}; run with {@code -Dcasenotes.benchmark=true}.
 * <p>
 * Measured (2026-12-07), both with this harness: 56 on today's product against 86 on the product before issue 14
 * (commit 00dec1a, the parent of the first commit b1452cc), 35 % fewer: the goal, a third fewer
 * (&le; 57 of 86), is met. The 86 was counted by copying this harness into a temporary worktree of that commit with
 * only the changes its tree needs (the payer and integrity packs switched off through
 * {@code CasenotesPreferences.packKey(RulePack.PAYER)} and {@code INTEGRITY}; no {@code @EnabledIfSystemProperty},
 * whose package that test bundle does not import) and running it there; its ways that product lacks fell back there by
 * themselves (a letter chose nothing, so arrows were counted; Ctrl+1 where the typing left the caret offered nothing,
 * so Ctrl+, and Ctrl+1 were). The 30 saved: moves between fields 42 &rarr; 23 (the PHQ-9 items each moving on when
 * answered by their score, the last to the next field, 12 &rarr; 1; the first "Goal addressed" row there from the
 * start, no Tab to "Add row", 6 &rarr; 1; no move to the CPT code or the supervision question, 2; the note opening in
 * the start time rather than the date, 1), options 14 &rarr; 9 (the CPT code preselected and supervision answered in
 * the profile, 3; Setback by its letter, 2), values typed 10 &rarr; 6 (a time as 10 or 1050), no "Add row" (1), no
 * carry-forward box to untick in the wizard (1); the quick fix costs 2 in both (Ctrl+, and Ctrl+1 before; Ctrl+1 and
 * the chooser's Enter now). Until then this harness wrote the narrative first and then went back up to the start
 * time, a detour both products paid (Ctrl+. 5 and Shift+Tab 7 on today's product): it counted 67 against 98, 31
 * saved, 32 % fewer.
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class SoapNoteKeystrokesHarness {

    private static final String NARRATIVE = "What the client reported";
    private static final String REFUSING = "Client said the week at work was hard, and client refused to engage with "
            + "the breathing exercise we practised.";
    private static final String SENTENCE = "Client practised the breathing exercise each morning and slept better "
            + "this week.";
    private static final String PHRASE = "About six months";
    private static final String REASON = "Client claims the new shift pattern left no time for the exercise.";
    private static final Map<String, String> CHOSEN = Map.of("CPT code billed", "90834",
            "Progress toward it", "Improving", "I practise under supervision (pre-licensure)", "No",
            "Progress since treatment began", "Setback");
    /** Texts given by label; other text fields take {@link #SENTENCE} or {@link #PHRASE}. */
    private static final Map<String, String> WRITTEN = Map.of("Why the setback or plateau", REASON);
    private static final Map<String, String> TYPED = Map.of("Start time", "10:00", "Stop time", "10:50");
    private static final Pattern ENTRY = Pattern
            .compile("(.+) (is required|has unanswered items|needs at least \\d+ rows?)");
    private static final int MOST_STEPS = 150;
    private static final long UI_TIMEOUT_MS = 30_000;

    private final Map<String, Integer> counted = new LinkedHashMap<>();
    private final StringBuilder moves = new StringBuilder();
    private final StringBuilder order = new StringBuilder();
    private int wordsTyped;
    private CaseloadStore store;
    private NoteEditorWidgets widgets;

    @BeforeEach
    void openTheDemoCaseloadWithoutThePayerAndIntegrityPacks() throws Exception {
        store = StartedCaseload.store();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.put(CasenotesPreferences.PACKS_OFF, "org.casenotes.core.payer,org.casenotes.core.integrity");
        preferences.flush();
    }

    @AfterEach
    void restoreTheAgencyDefaults() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.clear();
        preferences.flush();
        Workbench.closeAllEditors();
    }

    @Test
    void countTheKeysAndClicksOfTheClinicianPathsSoapNote() throws Exception {
        ClientSummary client = clientWithAPlan();
        pickInTheCaseloadView(client);
        count("pick the client in the caseload (click)", 1);

        Dialogs.Awaited wizard = Dialogs.answer("New Note", dialog -> {
            pick(Workbench.labelled(dialog, "Client", Combo.class), client.displayName() + " (");
            pick(Workbench.labelled(dialog, "Kind of note", Combo.class), "Progress");
            pick(Workbench.labelled(dialog, "Template", Combo.class), "SOAP progress note");
            Button carry = WidgetFinder.all(dialog, Button.class).stream()
                    .filter(button -> button.getText().replace("&", "").startsWith("Carry forward")).findFirst()
                    .orElseThrow();
            if (carry.getSelection()) {
                count("new-note wizard: choices", 1);
                Clicks.click(carry);
            }
            count("new-note wizard: Finish (Enter)", 1);
            Dialogs.press(dialog, "Finish");
        });
        Workbench.activateWindow();
        count("New Note (Ctrl+Alt+N)", 1);
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.newNote");
        assertTrue(wizard.shown());
        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        IWorkbenchPage page = ActiveWorkbench.page();
        page.activate(editor);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.activateWindow();
        editor.setFocus();
        EventLoop.spin();
        widgets = new NoteEditorWidgets(editor);

        // every required value from the top of the form to its bottom, starting where the editor put the keyboard:
        // the earliest entry on the form of those the "Still missing" summary lists, one at a time (an entry that a
        // choice makes required, like the setback's reason, is answered when it is the earliest); the narrative is
        // written when its field is reached, its judgmental word fixed from the keyboard right there
        List<String> missing = widgets.stillMissingEntries();
        int answered = 0;
        while (!missing.isEmpty()) {
            assertTrue(++answered < 80, "still missing: " + missing);
            String next = earliestOnTheForm(missing);
            order.append(String.format("  %2d  %s%n", answered, next));
            answer(next);
            missing = widgets.stillMissingEntries();
            assertTrue(!missing.contains(next), "answered, yet still missing: " + next);
        }
        assertTrue(order.toString().contains(NARRATIVE + " is required"), "the narrative was written when reached");

        // the setback is chosen at its field, as a clinician writing from top to bottom does (its reason then
        // becomes required and is written when reached); the lifecycle test chooses it last to show the reason appear
        assertEquals("Every required field is filled in.", widgets.stillMissing());
        assertEquals(REASON, widgets.text("Why the setback or plateau").getText(), "the setback's reason");

        // sign, confirming the warnings
        Dialogs.Awaited confirm = Dialogs.answer("Sign Note", Dialogs.pressing("Sign"));
        count("Sign (Ctrl+Shift+G)", 1);
        count("confirm the signature (Enter)", 1);
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        assertTrue(confirm.shown());
        assertEquals(NoteStatus.SIGNED, store.loadNote(NoteOpener.inputOf(editor).note().getId()).orElseThrow()
                .getStatus(), "the note was signed");

        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder report = new StringBuilder("SOAP note of the clinician's path: " + total
                + " key presses and clicks besides the words (" + wordsTyped + " characters of words typed)\n");
        counted.forEach((what, howMany) -> report.append(String.format("%5d  %s%n", howMany, what)));
        report.append("Entries answered, in this order:\n").append(order);
        report.append("Moves between fields (presses each way; the fewest counted):\n").append(moves);
        Path written = Screenshots.targetFolder().resolve("keystrokes.txt");
        Files.writeString(written, report);
        System.out.println(report);
    }

    private void answer(String entry) throws Exception {
        Matcher parts = ENTRY.matcher(entry);
        assertTrue(parts.matches(), "not an entry of the summary: " + entry);
        String label = parts.group(1);
        Composite field = widgets.fieldOf(label);
        switch (parts.group(2)) {
            case "is required" -> {
                if (NARRATIVE.equals(label)) {
                    writeTheNarrative(field);
                } else {
                    answerField(label, field);
                }
            }
            case "has unanswered items" -> {
                for (Combo item : WidgetFinder.all(field, Combo.class)) {
                    if (item.getSelectionIndex() <= 0) {
                        moveTo(item, item);
                        answerNotAtAll(item);
                    }
                }
            }
            default -> {
                Button add = WidgetFinder.all(field, Button.class).stream()
                        .filter(button -> "Add row".equals(button.getText())).findFirst().orElseThrow();
                moveTo(add, add);
                count("buttons (Space)", 1);
                Clicks.click(add);
            }
        }
    }

    /**
     * @return the entry of {@code missing} whose field's label is shown first on the form: the highest, and of those
     *         on one line the leftmost
     */
    private String earliestOnTheForm(List<String> missing) {
        Composite body = widgets.form().getBody();
        Point origin = body.toDisplay(0, 0);
        Map<String, Point> where = new LinkedHashMap<>();
        for (String entry : missing) {
            Matcher parts = ENTRY.matcher(entry);
            assertTrue(parts.matches(), "not an entry of the summary: " + entry);
            Label label = WidgetFinder.all(body, Label.class).stream()
                    .filter(candidate -> candidate.isVisible()
                            && !(candidate.getParent() instanceof ExpandableComposite)
                            && Workbench.plain(candidate.getText()).equals(parts.group(1)))
                    .findFirst().orElseThrow(() -> new AssertionError("no field labelled " + parts.group(1)));
            Point at = label.toDisplay(0, 0);
            where.put(entry, new Point(at.x - origin.x, at.y - origin.y));
        }
        return missing.stream().min(Comparator.comparingInt((String entry) -> where.get(entry).y)
                .thenComparingInt(entry -> where.get(entry).x)).orElseThrow();
    }

    /** Writes the narrative with its judgmental word, and fixes the word from the keyboard. */
    private void writeTheNarrative(Composite field) throws Exception {
        StyledText narrative = widgets.text(NARRATIVE);
        moveTo(field, narrative);
        words(narrative, REFUSING);
        EventLoop.spinUntil(() -> widgets.finding("clientReport", "language.judgmental").isPresent(), UI_TIMEOUT_MS,
                "the judgmental word to be found");
        if (!quickFix(narrative, false)) { // Ctrl+1 where the typing left the caret offered nothing: to the word
            count("quick fix: to the word (Ctrl+,)", 1);
            ActiveWorkbench.runCommand("org.eclipse.ui.navigate.previous");
            narrative.setCaretOffset(narrative.getText().indexOf("refused") + 2);
            quickFix(narrative, true);
        }
        assertTrue(narrative.getText().contains("client declined to engage"), narrative.getText());
    }

    private void answerField(String label, Composite field) throws Exception {
        List<StyledText> texts = WidgetFinder.all(field, StyledText.class);
        if (!texts.isEmpty()) {
            StyledText text = texts.get(0);
            moveTo(field, text);
            words(text, WRITTEN.getOrDefault(label, (text.getStyle() & SWT.MULTI) != 0 ? SENTENCE : PHRASE));
            return;
        }
        List<Text> boxes = WidgetFinder.all(field, Text.class).stream().filter(Text::getEditable).toList();
        if (!boxes.isEmpty()) {
            Text box = boxes.get(0);
            moveTo(field, box);
            String typed = TYPED.getOrDefault(label, asked(box.getMessage()));
            typeShortest(box, typed);
            return;
        }
        moveTo(field, null);
        String chosen = CHOSEN.get(label);
        List<Button> options = WidgetFinder.all(field, Button.class).stream()
                .filter(button -> (button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0).toList();
        option(field, chosen == null ? options.get(0).getText().replace("&", "") : chosen);
    }

    /**
     * Types {@code value} in the fewest keys the box takes for it: a time as "10" or "1050" where the box reads
     * that as 10:00 or 10:50 (it is checked: the note must hold the same time), else as written.
     */
    private void typeShortest(Text box, String value) {
        Matcher time = Pattern.compile("(\\d{2}):(\\d{2})").matcher(value);
        if (time.matches()) {
            String shorter = time.group(2).equals("00") ? time.group(1) : time.group(1) + time.group(2);
            NoteEditorWidgets.type(box, shorter);
            if (widgets.stillMissingEntries().stream().noneMatch(entry -> entry.startsWith(labelOf(box) + " "))
                    && storedTime(box).equals(java.time.LocalTime.parse(value).toString())) {
                count("values typed in boxes (times, dates, numbers)", shorter.length());
                return;
            }
            box.setText("");
            EventLoop.spin();
        }
        count("values typed in boxes (times, dates, numbers)", value.length());
        NoteEditorWidgets.type(box, value);
    }

    private String labelOf(Text box) {
        for (Control level = box; level != null; level = level.getParent()) {
            for (Control child : level.getParent().getChildren()) {
                if (child instanceof org.eclipse.swt.widgets.Label label && !label.getText().isBlank()
                        && (label.getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0) {
                    return Workbench.plain(label.getText());
                }
            }
        }
        return "";
    }

    /** @return the time the note holds for the field whose box is {@code box}, or "" */
    private String storedTime(Text box) {
        String label = labelOf(box);
        var input = NoteOpener.inputOf(widgets.editor());
        return org.casenotes.model.form.query.FormDefinitions.allFields(input.form()).stream()
                .filter(field -> label.equals(field.getLabel())).findFirst()
                .flatMap(field -> input.note().getValues().stream()
                        .filter(value -> value.getFieldId().equals(field.getId())).findFirst())
                .filter(org.casenotes.model.record.TimeValue.class::isInstance)
                .map(value -> String.valueOf(((org.casenotes.model.record.TimeValue) value).getValue())).orElse("");
    }

    /**
     * Answers a questionnaire item "Not at all": by its score, 0, where the item takes it (then the next item has
     * the keyboard), else with Down in its list.
     */
    private void answerNotAtAll(Combo item) {
        count("questionnaire items (0, or Down)", 1);
        Event zero = new Event();
        zero.character = '0';
        zero.keyCode = '0';
        item.notifyListeners(SWT.KeyDown, zero);
        EventLoop.spin();
        if (item.getSelectionIndex() != 1) {
            item.select(1);
            item.notifyListeners(SWT.Selection, new Event());
            EventLoop.spin();
        }
    }

    /**
     * Chooses the option starting with {@code wanted}: Space on the first, else one arrow per option moved past, or
     * its first letter where that is fewer and does it: the letter is typed through the window system on the option
     * with the keyboard, and counted only if the wanted option then shows chosen.
     */
    private void option(Composite field, String wanted) {
        List<Button> options = WidgetFinder.all(field, Button.class).stream()
                .filter(button -> (button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0).toList();
        int index = 0;
        while (!options.get(index).getText().replace("&", "").startsWith(wanted)) {
            index++;
        }
        Button target = options.get(index);
        if (index > 1 && (target.getStyle() & SWT.RADIO) != 0 && typeLetter(field, wanted.charAt(0))
                && target.getSelection()) {
            count("options (a letter typed)", 1);
            return;
        }
        count("options (Space or arrows)", Math.max(1, index));
        Clicks.click(target);
    }

    /** Types {@code letter} through the window system where the keyboard is, if that is in {@code field}. */
    private static boolean typeLetter(Composite field, char letter) {
        Display display = Display.getCurrent();
        Control focus = display.getFocusControl();
        if (focus == null || !within(focus, field)) {
            return false;
        }
        char lower = Character.toLowerCase(letter);
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event key = new Event();
            key.type = type;
            key.keyCode = lower;
            key.character = lower;
            display.post(key);
        }
        EventLoop.spin();
        return true;
    }

    /**
     * Presses Ctrl+1 in {@code text} and, if the chooser opens, Enter on its first suggestion. Ctrl+1 is counted when
     * the chooser opened, or always where {@code onTheWord} (a product without the chooser applied the fix at once).
     *
     * @return whether the chooser opened
     */
    private boolean quickFix(StyledText text, boolean onTheWord) {
        Event ctrl1 = new Event();
        ctrl1.stateMask = SWT.MOD1;
        ctrl1.keyCode = '1';
        ctrl1.character = '1';
        text.notifyListeners(SWT.KeyDown, ctrl1);
        EventLoop.spin();
        if (onTheWord) {
            count("quick fix (Ctrl+1)", 1);
        }
        for (Shell shell : text.getShell().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "Quick fix".equals(shell.getText())) {
                if (!onTheWord) {
                    count("quick fix (Ctrl+1)", 1);
                }
                count("quick fix: choose in the chooser (Enter)", 1);
                WidgetFinder.all(shell, Table.class).get(0).notifyListeners(SWT.DefaultSelection, new Event());
                EventLoop.spin();
                return true;
            }
        }
        return false;
    }

    private void words(StyledText text, String typed) {
        wordsTyped += typed.length();
        NoteEditorWidgets.type(text, typed);
    }

    /**
     * Moves the keyboard focus into {@code region} the cheapest way the keyboard has, counting its presses, and
     * leaves it on {@code landing} (or wherever the move ended).
     */
    private void moveTo(Control region, Control landing) throws Exception {
        Display display = Display.getCurrent();
        Control start = display.getFocusControl();
        if (start != null && within(start, region)) {
            land(landing);
            return;
        }
        if (start == null) {
            count("moving between fields (a click: nothing had the focus)", 1);
            land(landing == null ? region : landing);
            return;
        }
        int forward = steps(start, region, () -> traverse(SWT.TRAVERSE_TAB_NEXT));
        int backward = steps(start, region, () -> traverse(SWT.TRAVERSE_TAB_PREVIOUS));
        int findings = steps(start, region, () -> ActiveWorkbench.runCommand("org.eclipse.ui.navigate.next"));
        int cheapest = Math.min(forward, Math.min(backward, findings));
        moves.append(String.format("  to %-40s Tab %3d, Shift+Tab %3d, Ctrl+. %3d%n", describe(region), forward,
                backward, findings));
        assertTrue(cheapest < MOST_STEPS, "no way from " + start + " to " + region);
        count(cheapest == forward ? "moving between fields (Tab)"
                : cheapest == backward ? "moving between fields (Shift+Tab)" : "moving between fields (Ctrl+.)",
                cheapest);
        if (cheapest == forward) {
            steps(start, region, () -> traverse(SWT.TRAVERSE_TAB_NEXT));
        } else if (cheapest == backward) {
            steps(start, region, () -> traverse(SWT.TRAVERSE_TAB_PREVIOUS));
        } else {
            steps(start, region, () -> ActiveWorkbench.runCommand("org.eclipse.ui.navigate.next"));
        }
        land(landing);
    }

    private static String describe(Control region) {
        if (region instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (child instanceof org.eclipse.swt.widgets.Label label && !label.getText().isBlank()) {
                    return label.getText();
                }
            }
        }
        return region.getClass().getSimpleName() + (region instanceof Combo combo ? " " + combo.getText() : "");
    }

    private static void land(Control landing) {
        if (landing != null && !landing.isFocusControl()) {
            landing.setFocus();
            EventLoop.spin();
        }
    }

    @FunctionalInterface
    private interface Step {
        void press() throws Exception;
    }

    /** @return how many presses of {@code step} take the focus from {@code start} into {@code region}; the focus
     *          is left there, or put back on {@code start} if they never do. Each way is walked from {@code start}:
     *          walked from where the previous way had left the focus, Shift+Tab and next-finding were counted from
     *          the field being moved to (a whole round of the form) */
    private static int steps(Control start, Control region, Step step) throws Exception {
        if (!start.isFocusControl()) {
            start.setFocus();
            EventLoop.spin();
        }
        for (int presses = 1; presses < MOST_STEPS; presses++) {
            try {
                step.press();
            } catch (Exception notNow) { // e.g. no next finding: this way leads nowhere
                break;
            }
            EventLoop.spin();
            Control now = Display.getCurrent().getFocusControl();
            if (now != null && within(now, region)) {
                return presses;
            }
        }
        start.setFocus();
        EventLoop.spin();
        return MOST_STEPS;
    }

    private static void traverse(int detail) {
        Control focus = Display.getCurrent().getFocusControl();
        if (focus != null) {
            focus.traverse(detail);
        }
    }

    /** Picks the entry starting with {@code prefix} unless the combo shows it already (then nothing is counted). */
    private void pick(Combo combo, String prefix) {
        if (combo.getText().startsWith(prefix)) {
            return;
        }
        count("new-note wizard: choices", 2);
        Workbench.choose(combo, prefix);
    }

    private void count(String what, int presses) {
        counted.merge(what, presses, Integer::sum);
    }

    private static boolean within(Control control, Control ancestor) {
        for (Control level = control; level != null; level = level.getParent()) {
            if (level == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String asked(String placeholder) {
        String today = java.time.LocalDate.now().toString();
        return switch (placeholder) {
            case "yyyy-mm-dd" -> today;
            case "hh:mm" -> "10:00";
            case "yyyy-mm-dd hh:mm" -> today + " 10:00";
            case "e.g. 50" -> "50";
            default -> {
                Matcher least = Pattern.compile("-?\\d+").matcher(placeholder);
                assertTrue(least.find(), "no answer for a box asking for " + placeholder);
                yield least.group();
            }
        };
    }

    private void pickInTheCaseloadView(ClientSummary client) throws Exception {
        ActiveWorkbench.page().showView(CaseloadUi.CASELOAD_VIEW);
        Text search = WidgetFinder.all(ActiveWorkbench.shell(), Text.class).stream()
                .filter(text -> "Search by name or id".equals(text.getMessage())).findFirst().orElseThrow();
        search.setText(client.id());
        Table clients = WidgetFinder.all(search.getParent(), Table.class).get(0);
        EventLoop.spinUntil(() -> clients.getItemCount() == 1, UI_TIMEOUT_MS, "the search to find " + client.id());
        TableItem row = clients.getItem(0);
        clients.setSelection(row);
        Event selected = new Event();
        selected.item = row;
        clients.notifyListeners(SWT.Selection, selected);
        EventLoop.spin();
        search.setText("");
    }

    private ClientSummary clientWithAPlan() {
        return store.listClients().stream().filter(summary -> hasGoals(store.loadClient(summary.id()).orElseThrow()))
                .findFirst().orElseThrow();
    }

    private static boolean hasGoals(Client client) {
        return client.getEpisodes().stream().map(EpisodeOfCare::getTreatmentPlans).flatMap(List::stream)
                .map(TreatmentPlan::getProblems).flatMap(List::stream).map(Problem::getGoals)
                .anyMatch(goals -> !goals.isEmpty());
    }
}
