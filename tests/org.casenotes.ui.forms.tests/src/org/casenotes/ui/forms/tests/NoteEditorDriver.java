package org.casenotes.ui.forms.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.internal.FieldView;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;

/** Opens notes in the real note editor and works its widgets the way a clinician would. */
final class NoteEditorDriver {

    final FormDefinition form = SoapForm.create();
    final NoteLifecycle lifecycle = new NoteLifecycle(Clock.systemUTC(), SigningGate.NONE,
            new SigningDeadline(3, ZoneOffset.UTC));
    final Clinician author = clinician();
    final List<Note> saved = new ArrayList<>();

    Note draft() {
        return lifecycle.createDraft(form, DraftRequest.of("client-7", author.getId(), LocalDate.now(ZoneOffset.UTC)));
    }

    /** @return an input for {@code note} with the test form's plan goals, saving into {@link #saved} */
    NoteEditorInput input(Note note) {
        return new NoteEditorInput(note, form).withPlanElements(SoapForm.PLAN).withSaver(saved::add);
    }

    NoteFormEditor open(Note note) throws Exception {
        return open(input(note));
    }

    NoteFormEditor open(NoteEditorInput input) throws Exception {
        IWorkbenchPage page = ActiveWorkbench.page();
        NoteFormEditor editor = (NoteFormEditor) NoteEditors.open(page, input);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        EventLoop.spin();
        return editor;
    }

    static void closeAll() {
        ActiveWorkbench.page().closeAllEditors(false);
        EventLoop.spin();
    }

    static FieldView field(NoteFormEditor editor, String path) {
        FieldView view = editor.fieldView(path);
        assertNotNull(view, "the editor shows field " + path);
        return view;
    }

    static StyledText text(NoteFormEditor editor, String path) {
        return field(editor, path).rendered().styledText().orElseThrow();
    }

    /** Types {@code typed} at the end of a text field, one character per modification, as keystrokes would. */
    static void type(StyledText text, String typed) {
        text.setFocus();
        for (char c : typed.toCharArray()) {
            text.setCaretOffset(text.getCharCount());
            text.insert(String.valueOf(c));
        }
        EventLoop.spin();
    }

    /** Clicks the radio button or check box labelled {@code label} of a field. */
    static void click(NoteFormEditor editor, String path, String label) {
        Button button = WidgetFinder.button(field(editor, path).rendered().control(), label)
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + path));
        Clicks.click(button);
    }

    private static Clinician clinician() {
        Clinician clinician = RecordFactory.eINSTANCE.createClinician();
        clinician.setId("c-ada");
        clinician.setName("Ada Okafor");
        clinician.setCredentials("LCSW");
        return clinician;
    }
}
