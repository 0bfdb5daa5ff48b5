package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.forms.tests.NoteEditorDriver.field;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.WidgetFinder.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.Section;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A choice with many options, a long hint and long section guidance wrap to the form's width instead of running past
 * its right edge (under the review panel).
 */
class OptionWrappingTest {

    private static final List<String> CPT_CODES = List.of("90791 Psychiatric diagnostic evaluation",
            "90832 Psychotherapy, 30 minutes", "90834 Psychotherapy, 45 minutes", "90837 Psychotherapy, 60 minutes",
            "90839 Psychotherapy for crisis, first 60 minutes", "90846 Family psychotherapy without the patient",
            "90847 Family psychotherapy with the patient", "90853 Group psychotherapy",
            "H0004 Behavioral health counseling and therapy, per 15 minutes");

    private final NoteEditorDriver driver = new NoteEditorDriver();
    private final Shell window = ActiveWorkbench.shell();
    private final Point usualSize = window.getSize();

    @AfterEach
    void closeEditorsAndRestoreTheWindow() {
        NoteEditorDriver.closeAll();
        window.setSize(usualSize);
    }

    @Test
    void cptCodeButtonsStayWithinTheVisibleWidthOfTheForm() throws Exception {
        ((Section) driver.form.getElements().get(0)).getElements().add(cptCodeField());
        window.setSize(1000, 760);
        NoteFormEditor editor = driver.open(driver.draft());
        spin();

        List<Button> buttons = all(field(editor, "cptCode").rendered().control(), Button.class);
        assertEquals(CPT_CODES.size(), buttons.size());
        int visibleWidth = editor.form().getClientArea().width;
        for (Button button : buttons) {
            Rectangle bounds = button.getDisplay().map(button.getParent(), editor.form(), button.getBounds());
            assertTrue(bounds.x + bounds.width <= visibleWidth, "\"" + button.getText() + "\" ends at "
                    + (bounds.x + bounds.width) + " px in a form " + visibleWidth + " px wide");
        }
        assertTrue(buttons.stream().map(Button::getLocation).map(point -> point.y).distinct().count() > 1,
                "the options wrap onto more than one line");
    }

    @Test
    void longGuidanceAndHintsWrapInsteadOfWideningTheForm() throws Exception {
        String sentence = "Describe what the client said and did in observable terms, quoting their own words. ";
        Section session = (Section) driver.form.getElements().get(0);
        session.setGuidance(sentence.repeat(6));
        ((Field) session.getElements().get(0)).setHint(sentence.repeat(6));
        window.setSize(1000, 760);
        NoteFormEditor editor = driver.open(driver.draft());
        spin();

        int visibleWidth = editor.form().getClientArea().width;
        assertTrue(editor.form().getContent().getSize().x <= visibleWidth, "the form is "
                + editor.form().getContent().getSize().x + " px wide in a view " + visibleWidth + " px wide");
        Label hint = all(editor.form(), Label.class).stream().filter(label -> label.getText().equals(
                sentence.repeat(6))).findFirst().orElseThrow();
        Rectangle bounds = hint.getDisplay().map(hint.getParent(), editor.form(), hint.getBounds());
        int oneLine = hint.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        assertTrue(bounds.x + bounds.width <= visibleWidth && bounds.height >= 2 * oneLine,
                "the hint wraps onto several lines within the form: " + bounds);
    }

    private static Field cptCodeField() {
        FormFactory factory = FormFactory.eINSTANCE;
        ChoiceType type = factory.createChoiceType();
        for (String code : CPT_CODES) {
            ChoiceOption option = factory.createChoiceOption();
            option.setId("cpt" + code.substring(0, 5));
            option.setLabel(code);
            type.getOptions().add(option);
        }
        Field field = factory.createField();
        field.setId("cptCode");
        field.setLabel("CPT code billed");
        field.setType(type);
        return field;
    }
}
