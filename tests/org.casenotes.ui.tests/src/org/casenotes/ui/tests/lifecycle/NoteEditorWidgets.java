package org.casenotes.ui.tests.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.KeyTyping;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A note editor as the clinician sees it, through its public widgets only: fields found by the labels they read,
 * typing on the keyboard, the words underlined in a text field and their hover, the findings list with its "Quick fix"
 * button, and the "Still missing" summary.
 */
final class NoteEditorWidgets {

    private static final String MISSING_BULLET = "\u2022 ";

    private final IEditorPart editor;

    NoteEditorWidgets(IEditorPart editor) {
        this.editor = editor;
    }

    IEditorPart editor() {
        return editor;
    }

    /** @return the editor's form, the visible one headed with the note's title */
    ScrolledForm form() {
        String name = NoteOpener.inputOf(editor).noteTitle();
        return WidgetFinder.all(ActiveWorkbench.shell(), ScrolledForm.class)
                .stream().filter(form -> !form.isDisposed() && name.equals(form.getText()) && form.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no visible note form headed " + name));
    }

    /** @return the text field labelled {@code label}, scrolled into view */
    StyledText text(String label) {
        StyledText text = Workbench.labelled(form().getBody(), label, StyledText.class);
        FormToolkit.ensureVisible(text);
        return text;
    }

    /** @return the text field of the form's field with id {@code fieldId} (found by its label) */
    StyledText textOf(String fieldId) {
        Field field = FormDefinitions.allFields(NoteOpener.inputOf(editor).form()).stream()
                .filter(candidate -> candidate.getId().equals(fieldId)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + fieldId + " on the form"));
        return text(field.getLabel());
    }

    /**
     * Types {@code typed} at the end of {@code text} on the keyboard: one key press per character, handled by the
     * text's own key handling (so a text that is not editable takes nothing).
     */
    static void type(StyledText text, String typed) {
        text.setCaretOffset(text.getCharCount());
        KeyTyping.type(text, typed);
    }

    /**
     * Types {@code typed} at the end of a one-line box (a date, time or number), one character at a time: each
     * reaches the box's modify listeners as a keystroke would, so the unfinished "10:" is seen before "10:00".
     */
    static void type(Text box, String typed) {
        box.setFocus();
        for (char c : typed.toCharArray()) {
            box.setSelection(box.getCharCount());
            box.insert(String.valueOf(c));
        }
        EventLoop.spin();
    }

    /** Clicks the option labelled {@code option} of the choice field labelled {@code label}. */
    void choose(String label, String option) {
        Control field = fieldOf(label);
        Button button = WidgetFinder.all(field, Button.class).stream()
                .filter(candidate -> candidate.getText().replace("&", "").equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " in " + label));
        Clicks.click(button);
    }

    /**
     * @return the controls of the field, group or questionnaire labelled {@code label} as shown on the form (its
     *         label, hint and value controls), not a section titled alike
     */
    Composite fieldOf(String label) {
        return WidgetFinder.all(form().getBody(), Label.class).stream()
                .filter(candidate -> candidate.isVisible() && !(candidate.getParent() instanceof ExpandableComposite)
                        && Workbench.plain(candidate.getText()).equals(label))
                .findFirst().map(Label::getParent).orElseThrow(() -> new AssertionError("no field labelled " + label));
    }

    /** @return whether the field labelled {@code label} is shown, and its label as shown (with "*" if required) */
    Optional<String> shownLabel(String label) {
        return WidgetFinder.all(form().getBody(), Label.class).stream()
                .filter(candidate -> Workbench.plain(candidate.getText()).equals(label) && candidate.isVisible())
                .map(Label::getText).findFirst();
    }

    /** @return whether the character at {@code offset} of {@code text} is underlined with a squiggle */
    static boolean squiggled(StyledText text, int offset) {
        StyleRange style = text.getStyleRangeAtOffset(offset);
        return style != null && style.underline && style.underlineStyle == SWT.UNDERLINE_SQUIGGLE;
    }

    /** @return the hover text of {@code text} with the mouse resting on the character at {@code offset} */
    static String hoverAt(StyledText text, int offset) {
        Point at = text.getLocationAtOffset(offset);
        Event move = new Event();
        move.x = at.x + 2;
        move.y = at.y + text.getLineHeight() / 2;
        text.notifyListeners(SWT.MouseMove, move);
        return text.getToolTipText();
    }

    /** @return the editor's findings list */
    Table findings() {
        return WidgetFinder.all(form().getParent(), Table.class).stream()
                .filter(table -> table.getColumnCount() > 0 && "Finding".equals(table.getColumn(0).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("the editor has no findings list"));
    }

    /** @return the findings list's row for a finding of {@code ruleId} on field {@code fieldId}, if listed */
    Optional<TableItem> finding(String fieldId, String ruleId) {
        return Arrays.stream(findings().getItems())
                .filter(item -> item.getData() instanceof Finding finding && fieldId.equals(finding.fieldId())
                        && ruleId.equals(finding.ruleId()))
                .findFirst();
    }

    /** Selects {@code row} of the findings list, as clicking it would, and scrolls it into view. */
    void select(TableItem row) {
        Table table = findings();
        table.setSelection(row);
        table.showItem(row);
        Event selected = new Event();
        selected.item = row;
        table.notifyListeners(SWT.Selection, selected);
        EventLoop.spin();
    }

    /** Presses "Quick fix" for the finding selected in the findings list. */
    void pressQuickFix() {
        Button quickFix = WidgetFinder.all(form().getParent(), Button.class).stream()
                .filter(button -> "Quick fix".equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Quick fix button"));
        if (!quickFix.isEnabled()) {
            throw new AssertionError("Quick fix is not offered for the selected finding");
        }
        Clicks.click(quickFix);
    }

    /** @return the value the calculation labelled {@code label} shows, e.g. the session length */
    String calculated(String label) {
        List<Label> shown = WidgetFinder.all(fieldOf(label), Label.class);
        return shown.get(shown.size() - 1).getText();
    }

    /** @return the entries of the "Still missing" summary, e.g. "Start time is required"; none once complete */
    List<String> stillMissingEntries() {
        return stillMissing().lines().filter(line -> line.startsWith(MISSING_BULLET))
                .map(line -> line.substring(MISSING_BULLET.length())).toList();
    }

    /** @return the "Still missing" summary as shown */
    String stillMissing() {
        Section section = WidgetFinder.all(form().getParent(), Section.class).stream()
                .filter(candidate -> "Still missing".equals(candidate.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no \"Still missing\" summary"));
        return section.getClient() instanceof Label label ? label.getText() : "";
    }

    /** @return the texts of the form's visible labels, top to bottom */
    List<String> shownTexts() {
        return WidgetFinder.all(form().getBody(), Label.class).stream().filter(Label::isVisible).map(Label::getText)
                .toList();
    }

    /** Scrolls the form to the visible label whose text is {@code text}. */
    void reveal(String text) {
        FormToolkit.ensureVisible(WidgetFinder.all(form().getBody(), Label.class).stream()
                .filter(label -> label.isVisible() && text.equals(label.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no label " + text)));
        EventLoop.spin();
    }

    /** @return the message in the form's heading, or null */
    String headingMessage() {
        return form().getMessage();
    }
}
