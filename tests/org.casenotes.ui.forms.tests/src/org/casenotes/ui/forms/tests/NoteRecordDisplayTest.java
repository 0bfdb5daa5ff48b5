package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.forms.tests.NoteEditorDriver.click;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.field;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.text;
import static org.casenotes.ui.testsupport.ActiveWorkbench.runCommand;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.casenotes.core.lifecycle.ReviewRemark;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.ValueProvenance;
import org.casenotes.ui.forms.ClientIdentity;
import org.casenotes.ui.forms.RecordNames;
import org.casenotes.ui.forms.internal.FieldView;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.KeyTyping;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the editor shows about a note beyond its values, with real widgets: values carried forward from an earlier
 * note until reviewed, addenda of a signed note, a supervisor's return comments, psychotherapy notes, and stored
 * values that no longer fit their field.
 */
class NoteRecordDisplayTest {

    private static final RGB CARRIED_TINT = new RGB(255, 243, 205);

    private final NoteEditorDriver driver = new NoteEditorDriver();
    private final RecordNames names = new RecordNames() {
        @Override
        public Optional<String> client(String clientId) {
            return Optional.of(clientId.equals("client-7") ? "Rowan Hale" : "another client");
        }

        @Override
        public Optional<String> clinician(String clinicianId) {
            return Optional.of(clinicianId.equals("c-ada") ? "Ada Okafor, LCSW" : "Sam Reyes, LCSW-S");
        }

        @Override
        public Optional<String> note(String noteId) {
            return Optional.of("SOAP progress note of 2026-11-20");
        }
    };

    @AfterEach
    void closeEditors() {
        NoteEditorDriver.closeAll();
    }

    @Test
    void aCarriedValueIsHighlightedUntilMarkedReviewedAndUndoBringsTheHighlightBack() throws Exception {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).setText("narrative", "Client lives with her sister.");
        FieldValue carried = carry(note, "narrative");
        NoteFormEditor editor = driver.open(driver.input(note).withRecordNames(names));

        FieldView narrative = field(editor, "narrative");
        assertTrue(narrative.carriedHighlighted());
        editor.form().showControl(text(editor, "narrative"));
        Screenshots.ofWorkbenchWindow("note-editor-carried-forward-value.png");
        assertEquals(CARRIED_TINT, Screenshots.colourAt(text(editor, "narrative").getParent(), 1, 1),
                "the field is tinted on screen");
        assertTrue(visibleLabel(editor, "Carried forward from SOAP progress note of 2026-11-20 \u2014"));
        assertTrue(hasFinding(editor, "integrity.carried-forward-unreviewed"));

        Clicks.click(narrative.markReviewedButton());
        assertFalse(narrative.carriedHighlighted(), "reviewed values are not highlighted");
        assertNotEquals(CARRIED_TINT, text(editor, "narrative").getBackground().getRGB());
        assertEquals(ValueProvenance.CARRIED_REVIEWED, carried.getProvenance());
        assertFalse(hasFinding(editor, "integrity.carried-forward-unreviewed"));
        assertTrue(editor.isDirty());

        runCommand("org.eclipse.ui.edit.undo");
        assertTrue(narrative.carriedHighlighted(), "undo makes the value unreviewed again");
        assertEquals(ValueProvenance.CARRIED_REVIEW, carried.getProvenance());
    }

    @Test
    void changingACarriedValueMakesItTheClinicians() throws Exception {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).choose("progress", "improved");
        carry(note, "progress");
        NoteFormEditor editor = driver.open(driver.input(note));
        assertTrue(field(editor, "progress").carriedHighlighted());
        assertTrue(visibleLabel(editor, "Carried forward from an earlier note \u2014"), "without names");

        click(editor, "progress", "Plateau");
        assertFalse(field(editor, "progress").carriedHighlighted());
        assertEquals(ValueProvenance.ENTERED, value(note, "progress").getProvenance());
    }

    @Test
    void aSignedNoteShowsItsAddendaBelowTheSignature() throws Exception {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).setText("narrative", "Client described a calmer week.")
                .choose("progress", "improved");
        driver.lifecycle.sign(note, driver.form, driver.author, null);
        driver.lifecycle.addAddendum(note, driver.author, "Late information", "Client called to add that she slept well.");
        NoteFormEditor editor = driver.open(driver.input(note).withRecordNames(names));

        Label heading = label(editor, l -> l.getText().startsWith("Addendum by Ada Okafor, LCSW on "));
        Text body = WidgetFinder.all(editor.form(), Text.class).stream()
                .filter(t -> t.getText().equals("Client called to add that she slept well.")).findFirst().orElseThrow();
        Label reason = label(editor, l -> l.getText().equals("Reason: Late information"));
        Label signature = label(editor, l -> l.getText().startsWith("Signed by Ada Okafor"));
        assertTrue(y(signature) < y(heading) && y(heading) < y(reason) && y(reason) < y(body),
                "signature, then the addendum's heading, reason and text");
        assertTrue(heading.isVisible() && body.isVisible());
        assertFalse(body.getEditable(), "an addendum is not changed in place");
        body.setFocus(); // the form scrolls to it, for the picture
        Screenshots.ofWorkbenchWindow("note-editor-signed-with-addendum.png");
    }

    @Test
    void aSignedNotesFieldsLookReadOnlyOnScreen() throws Exception {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).setNumber("distress", new BigDecimal("4")).choose("progress",
                "improved");
        NoteFormEditor draft = driver.open(note);
        KeyTyping.type(text(draft, "narrative"), "Client described a calmer week.");
        assertEquals("Client described a calmer week.", ((TextValue) value(note, "narrative")).getText(),
                "a draft's narrative takes the keys");
        draft.doSave(new NullProgressMonitor());
        RGB typable = fillOf(draft, text(draft, "narrative"));
        RGB typableBox = fillOf(draft, field(draft, "distress").rendered().control());
        NoteEditorDriver.closeAll();

        driver.lifecycle.sign(note, driver.form, driver.author, null);
        NoteFormEditor signed = driver.open(note);
        StyledText narrative = text(signed, "narrative");
        assertFalse(narrative.getEditable(), "the narrative cannot be typed into");
        assertNull(narrative.getCaret(), "no caret invites typing");
        RGB shown = fillOf(signed, narrative);
        assertNotEquals(typable, shown, "a signed note's narrative is not drawn like a box to type in");
        assertEquals(narrative.getBackground().getRGB(), shown, "its read-only fill is what is drawn");
        Text distress = (Text) field(signed, "distress").rendered().control();
        assertFalse(distress.getEditable());
        assertEquals("4", distress.getText());
        assertNotEquals(typableBox, fillOf(signed, distress), "nor is a signed note's number box");
        assertFalse(WidgetFinder.button(field(signed, "progress").rendered().control(), "Improved")
                .orElseThrow().isEnabled(), "choices are greyed out");

        KeyTyping.type(narrative, " And more.");
        assertEquals("Client described a calmer week.", narrative.getText(), "typing changes nothing");
        assertFalse(signed.isDirty());
        assertFalse(WidgetFinder.all(signed.form(), Text.class).stream().anyMatch(Text::isFocusControl),
                "no box has the focus, and so no caret, when a signed note opens");
        signed.form().setOrigin(0, 0);
        Path picture = Screenshots.ofWorkbenchWindow("note-editor-signed-read-only.png");
        assertTrue(Files.size(picture) > 10_000, "a screenshot was written to " + picture);
    }

    @Test
    void aReturnedNoteShowsTheSupervisorsCommentsAtTheTop() throws Exception {
        Note note = driver.draft();
        driver.lifecycle.edit(note, driver.form).setText("narrative", "Client described a calmer week.");
        driver.lifecycle.submitForReview(note, driver.author);
        driver.lifecycle.returnForRevision(note, supervisor(), List.of(ReviewRemark.general("Add the plan for next week."),
                ReviewRemark.onField("narrative", "Say what the client reported in her words.")));
        NoteFormEditor editor = driver.open(driver.input(note).withRecordNames(names));

        Label title = label(editor, l -> l.getText().startsWith("Returned for revision by Sam Reyes, LCSW-S on "));
        Label comments = label(editor, l -> l.getText().contains("Add the plan for next week."));
        assertTrue(comments.getText().contains("Narrative: Say what the client reported in her words."),
                comments.getText());
        assertTrue(y(title) < y(field(editor, "narrative").rendered().control()), "above the form");
        assertTrue(text(editor, "narrative").getEditable(), "a returned note is revised in place");
    }

    @Test
    void aPsychotherapyNoteIsVisiblyApart() throws Exception {
        Note note = driver.draft();
        NoteFormEditor editor = driver.open(driver.input(note).asPsychotherapyNote().withRecordNames(names));

        assertEquals("Psychotherapy note \u2014 Rowan Hale \u00b7 client-7 \u2014 " + note.getDateOfService(),
                editor.getPartName(),
                "the tab says once that it is a psychotherapy note, then whose and of when");
        Label banner = label(editor, l -> l.getText().equals("Psychotherapy note \u2014 kept apart from the clinical "
                + "record; never exported or shown in the timeline"));
        Path picture = Screenshots.ofWorkbenchWindow("note-editor-psychotherapy-note.png");
        assertTrue(Files.size(picture) > 10_000);
        assertEquals(new RGB(233, 222, 250), Screenshots.colourAt(banner.getParent(), 3, 3),
                "the banner's colour on screen");
        assertTrue(y(banner) < y(field(editor, "startTime").rendered().control()), "at the top");
    }

    @Test
    void theClientsNameIdAndBirthDateAreInTheTabAndStayAboveTheFormWhenItScrolls() throws Exception {
        RecordNames withBirthDate = new RecordNames() {
            @Override
            public Optional<ClientIdentity> identity(String clientId) {
                return Optional.of(new ClientIdentity("Rowan Hale (Ro)", clientId, LocalDate.of(1991, 2, 14)));
            }

            @Override
            public Optional<String> clinician(String clinicianId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> note(String noteId) {
                return Optional.empty();
            }
        };
        NoteFormEditor editor = driver.open(driver.input(driver.draft()).withRecordNames(withBirthDate));

        assertEquals("Rowan Hale (Ro) \u00b7 client-7 \u00b7 born 14 Feb 1991 \u2014 SOAP progress note "
                + LocalDate.now(ZoneOffset.UTC), editor.getPartName(), "whose first, then what");
        assertEquals("Rowan Hale (Ro) | client-7 \u00b7 born 14 Feb 1991", editor.clientBannerText());
        assertEquals("SOAP progress note " + LocalDate.now(ZoneOffset.UTC), editor.form().getText(),
                "the form's heading says what the note is; the banner above it says whose");
        Label name = WidgetFinder.all(editor.form().getParent().getParent(), Label.class).stream()
                .filter(l -> l.getText().equals("Rowan Hale (Ro)")).findFirst()
                .orElseThrow(() -> new AssertionError("no label with the client's name above the form"));
        assertTrue(WidgetFinder.all(editor.form(), Label.class).stream().noneMatch(l -> l == name),
                "the name is outside the scrolled form");
        int before = name.toDisplay(0, 0).y;
        editor.form().setOrigin(0, 400);
        EventLoop.spin();
        assertTrue(editor.form().getOrigin().y > 0, "the form scrolled down");
        assertEquals(before, name.toDisplay(0, 0).y, "the banner does not scroll away with the form");
        assertTrue(name.isVisible());
        Screenshots.ofWorkbenchWindow("note-editor-client-banner.png");
    }

    @Test
    void aClinicalNoteHasNoPsychotherapyBanner() throws Exception {
        NoteFormEditor editor = driver.open(driver.draft());
        assertEquals("Client client-7 \u2014 SOAP progress note " + LocalDate.now(ZoneOffset.UTC),
                editor.getPartName(), "without names the tab still says whose note it is, by the note's client id");
        assertFalse(visibleLabel(editor, "Psychotherapy note \u2014 kept apart from the clinical record; never "
                + "exported or shown in the timeline"));
    }

    @Test
    void aStoredValueThatNoLongerFitsIsShownWithAnErrorAndKeptUntilChanged() throws Exception {
        Note note = driver.draft();
        TextValue abc = RecordFactory.eINSTANCE.createTextValue();
        abc.setFieldId("distress");
        abc.setText("abc");
        ChoiceValue dropped = RecordFactory.eINSTANCE.createChoiceValue();
        dropped.setFieldId("progress");
        dropped.getOptionIds().add("worse");
        note.getValues().addAll(List.of(abc, dropped));

        NoteFormEditor editor = driver.open(note);
        FieldView distress = field(editor, "distress");
        assertTrue(distress.misfitText().orElse("").contains("\u201cabc\u201d"), distress.misfitText().toString());
        assertTrue(distress.findings().decoration().isVisible());
        assertTrue(distress.findings().decoration().getDescriptionText().contains("abc"));
        assertEquals("", ((Text) distress.rendered().control()).getText());
        assertTrue(field(editor, "progress").misfitText().orElse("").contains("worse"));

        editor.doSave(new NullProgressMonitor());
        assertTrue(note.getValues().contains(abc) && note.getValues().contains(dropped), "opening and saving keep them");
        assertEquals(List.of(note), driver.saved);

        Text box = (Text) distress.rendered().control();
        box.setText("7");
        spin();
        assertTrue(distress.misfitText().isEmpty());
        assertFalse(distress.findings().decoration().isVisible());
        assertEquals(new BigDecimal("7"), ((NumberValue) value(note, "distress")).getValue());
        click(editor, "progress", "Improved");
        assertTrue(field(editor, "progress").misfitText().isEmpty());
    }

    private static FieldValue carry(Note note, String fieldId) {
        FieldValue value = value(note, fieldId);
        value.setProvenance(ValueProvenance.CARRIED_REVIEW);
        value.setCarriedFromNoteId("n-previous");
        return value;
    }

    private static FieldValue value(Note note, String fieldId) {
        return note.getValues().stream().filter(v -> v.getFieldId().equals(fieldId)).findFirst().orElseThrow();
    }

    private static Clinician supervisor() {
        Clinician supervisor = RecordFactory.eINSTANCE.createClinician();
        supervisor.setId("c-sam");
        supervisor.setName("Sam Reyes");
        supervisor.setCredentials("LCSW-S");
        supervisor.setRole(ClinicianRole.SUPERVISOR);
        return supervisor;
    }

    private static boolean hasFinding(NoteFormEditor editor, String ruleId) {
        return editor.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    private static boolean visibleLabel(NoteFormEditor editor, String text) {
        return WidgetFinder.all(editor.form(), Label.class).stream()
                .anyMatch(l -> l.getText().equals(text) && l.isVisible());
    }

    private static Label label(NoteFormEditor editor, Predicate<Label> which) {
        return WidgetFinder.all(editor.form(), Label.class).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such label in the editor"));
    }

    /** @return the colour drawn halfway down {@code box}, a little in from the left: clear of its text and edges */
    /**
     * @return the colour drawn most often along the middle of the visible part of {@code box}: its fill, whatever
     *         its text covers and wherever the form's scrolling or the review panel cut it off
     */
    /**
     * The colour drawn most often along the visible middle of the box. A freshly opened editor may not be painted yet
     * (seen on a loaded machine: the screen still held the previous editor's white), so the screen is read again, for up
     * to three seconds, until it shows the colour the box declares; what it shows then is returned either way.
     */
    private static RGB fillOf(NoteFormEditor editor, Control box) {
        editor.form().showControl(box);
        RGB declared = box.getBackground().getRGB();
        RGB drawn = drawnFillOf(editor, box);
        long giveUp = System.nanoTime() + 3_000_000_000L;
        while (!drawn.equals(declared) && System.nanoTime() < giveUp) {
            EventLoop.spinFor(50);
            drawn = drawnFillOf(editor, box);
        }
        return drawn;
    }

    private static RGB drawnFillOf(NoteFormEditor editor, Control box) {
        Rectangle form = editor.form().getDisplay().map(editor.form(), null, editor.form().getClientArea());
        Rectangle shown = form.intersection(box.getDisplay().map(box.getParent(), null, box.getBounds()));
        Point origin = box.toDisplay(0, 0);
        Map<RGB, Integer> counts = new HashMap<>();
        for (int x = shown.x + 4; x < shown.x + shown.width - 4; x += 5) {
            counts.merge(Screenshots.colourAt(box, x - origin.x, box.getSize().y / 2), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** @return the control's top on the display, to compare what is above what */
    private static int y(Control control) {
        return control.toDisplay(0, 0).y;
    }
}
