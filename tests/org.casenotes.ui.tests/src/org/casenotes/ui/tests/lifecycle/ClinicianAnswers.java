package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * Works through a note editor's "Still missing" summary the way a clinician finishing a note would: reads the first
 * entry, finds the field it names on the form, answers it through its widgets (typing sentences and times, clicking
 * an option, adding a row, choosing a questionnaire's answers), and checks that the entry leaves the summary, until
 * the summary says every required field is filled in. The answers: neutral sentences, a 10:00 to 10:50 session
 * billed as 90834, a goal improving, a licensed clinician, the first option of any other choice, "not at all" on a
 * questionnaire.
 */
final class ClinicianAnswers {

    private static final Pattern ENTRY = Pattern
            .compile("(.+) (is required|has unanswered items|needs at least \\d+ rows?)");
    private static final String SENTENCE = "Client practised the breathing exercise each morning and slept better "
            + "this week.";
    private static final String PHRASE = "About six months";
    /** Options chosen instead of the first, by the label of their field, e.g. the code that fits 50 minutes. */
    private static final Map<String, String> CHOSEN = Map.of("CPT code billed", "90834",
            "Progress toward it", "Improving", "I practise under supervision (pre-licensure)", "No");
    /** Typed instead of what a box's placeholder asks for, by the label of its field: a 50-minute session. */
    private static final Map<String, String> TYPED = Map.of("Start time", "10:00", "Stop time", "10:50");
    private static final int MOST_ENTRIES = 80;

    private final NoteEditorWidgets widgets;

    ClinicianAnswers(NoteEditorWidgets widgets) {
        this.widgets = widgets;
    }

    /**
     * Answers every entry of the summary in turn, failing if an answered entry stays listed or an entry names nothing
     * the form shows.
     *
     * @return the entries answered, in order
     */
    List<String> answerEverythingMissing() {
        List<String> answered = new ArrayList<>();
        List<String> missing = widgets.stillMissingEntries();
        while (!missing.isEmpty()) {
            if (answered.size() == MOST_ENTRIES) {
                throw new AssertionError("still missing after " + MOST_ENTRIES + " answers: " + missing);
            }
            String entry = missing.get(0);
            answer(entry);
            answered.add(entry);
            missing = widgets.stillMissingEntries();
            assertFalse(missing.contains(entry), "answered, yet still missing: " + entry);
        }
        return answered;
    }

    private void answer(String entry) {
        Matcher parts = ENTRY.matcher(entry);
        if (!parts.matches()) {
            throw new AssertionError("not an entry of the summary: " + entry);
        }
        String label = parts.group(1);
        Composite shown = widgets.fieldOf(label);
        switch (parts.group(2)) {
            case "is required" -> answerField(label, shown);
            case "has unanswered items" -> WidgetFinder.all(shown, Combo.class).stream()
                    .filter(items -> items.getSelectionIndex() <= 0).forEach(ClinicianAnswers::notAtAll);
            default -> Clicks.click(WidgetFinder.all(shown, Button.class).stream()
                    .filter(button -> "Add row".equals(button.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no \"Add row\" for " + label)));
        }
    }

    private static void answerField(String label, Composite field) {
        List<StyledText> texts = WidgetFinder.all(field, StyledText.class);
        if (!texts.isEmpty()) {
            StyledText text = texts.get(0);
            NoteEditorWidgets.type(text, (text.getStyle() & SWT.MULTI) != 0 ? SENTENCE : PHRASE);
            return;
        }
        List<Text> boxes = WidgetFinder.all(field, Text.class).stream().filter(Text::getEditable).toList();
        if (!boxes.isEmpty()) {
            Text box = boxes.get(0);
            NoteEditorWidgets.type(box, TYPED.getOrDefault(label, asked(box.getMessage())));
            return;
        }
        List<Button> options = WidgetFinder.all(field, Button.class).stream()
                .filter(button -> (button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0).toList();
        if (options.isEmpty()) {
            throw new AssertionError("nothing to answer " + label + " with");
        }
        String chosen = CHOSEN.get(label);
        Clicks.click(chosen == null ? options.get(0) : options.stream()
                .filter(option -> option.getText().replace("&", "").startsWith(chosen)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + chosen + " for " + label)));
    }

    /** @return what to type in a box whose placeholder is {@code placeholder} (see the standard renderers) */
    private static String asked(String placeholder) {
        String today = LocalDate.now().toString();
        return switch (placeholder) {
            case "yyyy-mm-dd" -> today;
            case "hh:mm" -> "10:00";
            case "yyyy-mm-dd hh:mm" -> today + " 10:00";
            case "e.g. 50" -> "50";
            default -> {
                Matcher least = Pattern.compile("-?\\d+").matcher(placeholder);
                if (!least.find()) {
                    throw new AssertionError("no answer for a box asking for " + placeholder);
                }
                yield least.group();
            }
        };
    }

    /** Answers a questionnaire item with the first step of its scale, as picking it from the list would. */
    private static void notAtAll(Combo item) {
        item.select(1);
        item.notifyListeners(SWT.Selection, new Event());
        EventLoop.spin();
    }
}
