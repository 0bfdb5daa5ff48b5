package org.example.casenotes.oregon.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.PlanElement;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.ui.forms.FieldRenderer;
import org.example.casenotes.oregon.ui.RatingScaleFieldRenderer;
import org.junit.jupiter.api.Test;

/** Which fields the rating scale takes over from the standard number renderer, and the buttons it draws. */
class RatingScaleFieldRendererTest {

    private final RatingScaleFieldRenderer renderer = new RatingScaleFieldRenderer();

    @Test
    void aWholeNumberFromZeroToTenIsDrawnAsTheScaleInsteadOfTheStandardTextBox() {
        assertEquals(FieldRenderer.DEFAULT + 10, renderer.applicability(field(NumberKind.INTEGER, 0, 10)));
    }

    @Test
    void otherRangesAndDecimalsKeepTheStandardRenderer() {
        assertEquals(FieldRenderer.NOT_APPLICABLE, renderer.applicability(field(NumberKind.INTEGER, 0, 27)));
        assertEquals(FieldRenderer.NOT_APPLICABLE, renderer.applicability(field(NumberKind.INTEGER, 1, 10)));
        assertEquals(FieldRenderer.NOT_APPLICABLE, renderer.applicability(field(NumberKind.DECIMAL, 0, 10)));
        Field text = FormFactory.eINSTANCE.createField();
        text.setId("mood");
        assertEquals(FieldRenderer.NOT_APPLICABLE, renderer.applicability(text));
    }

    @Test
    void elevenButtonsShowTheRatingAndAClickAnswersIt() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        FormToolkit toolkit = new FormToolkit(display);
        try {
            List<String> edits = new ArrayList<>();
            NumberValue seven = RecordFactory.eINSTANCE.createNumberValue();
            seven.setFieldId("distress");
            seven.setValue(BigDecimal.valueOf(7));
            RenderedField rendered = renderer.render(new Context(shell, toolkit,
                    field(NumberKind.INTEGER, 0, 10), seven, edits));
            List<Button> buttons = Arrays.stream(((Composite) rendered.control()).getChildren())
                    .map(Button.class::cast).toList();
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                    buttons.stream().map(Button::getText).toList());
            assertEquals(List.of("7"), selected(buttons), "the note's value is shown");

            buttons.get(3).setSelection(true);
            buttons.get(3).notifyListeners(SWT.Selection, new Event());
            assertEquals(List.of("3"), selected(buttons), "one rating at a time");
            assertEquals(List.of("Rate Distress"), edits, "one undoable edit, named for the field");

            rendered.refresh(Optional.empty());
            assertEquals(List.of(), selected(buttons), "an unanswered rating shows no button pressed");
        } finally {
            toolkit.dispose();
            shell.dispose();
        }
    }

    private static List<String> selected(List<Button> buttons) {
        return buttons.stream().filter(Button::getSelection).map(Button::getText).toList();
    }

    /** The editor's side of rendering one field, recording the edits the control asks for. */
    private record Context(Composite parent, FormToolkit toolkit, Field field, FieldValue current, List<String> edits)
            implements FieldRenderContext {

        @Override
        public Optional<FieldValue> value() {
            return Optional.ofNullable(current);
        }

        @Override
        public boolean readOnly() {
            return false;
        }

        @Override
        public boolean edit(String label, Consumer<ValueEditor> change) {
            edits.add(label);
            return true;
        }

        @Override
        public void reportInput(String problem) {
            throw new AssertionError(problem);
        }

        @Override
        public List<PlanElement> planElements(PlanElementKind kind) {
            return List.of();
        }
    }

    private static Field field(NumberKind kind, int min, int max) {
        NumberType type = FormFactory.eINSTANCE.createNumberType();
        type.setNumberKind(kind);
        type.setMin(BigDecimal.valueOf(min));
        type.setMax(BigDecimal.valueOf(max));
        Field field = FormFactory.eINSTANCE.createField();
        field.setId("distress");
        field.setLabel("Distress");
        field.setType(type);
        return field;
    }
}
