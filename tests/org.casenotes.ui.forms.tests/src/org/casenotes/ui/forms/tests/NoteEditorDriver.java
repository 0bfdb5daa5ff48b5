package org.casenotes.ui.forms.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

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
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

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
        NoteFormEditor editor = (NoteFormEditor) NoteEditors.open(page(), input);
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        return editor;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
    static void waitUntil(BooleanSupplier condition, int seconds, String what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for: " + what);
            }
            if (!display.readAndDispatch()) {
                sleep(20);
            }
        }
    }

    /** Runs the event loop for {@code millis}, for checking that something does NOT happen in that time. */
    static void runFor(long millis) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                sleep(20);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static void closeAll() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        settle();
    }

    static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let layouts and paints run
        }
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
        settle();
    }

    /**
     * Types {@code typed} at the caret through the text's own keyboard handling, one key-down per character, so that
     * a text that is not editable takes nothing (unlike {@link #type}, which inserts as a paste would).
     */
    static void typeOnKeyboard(StyledText text, String typed) {
        text.setFocus();
        for (char c : typed.toCharArray()) {
            Event down = new Event();
            down.character = c;
            text.notifyListeners(SWT.KeyDown, down);
            Event up = new Event();
            up.character = c;
            text.notifyListeners(SWT.KeyUp, up);
        }
        settle();
    }

    /** Clicks the radio button or check box labelled {@code label} of a field. */
    static void click(NoteFormEditor editor, String path, String label) {
        Button button = find(field(editor, path).rendered().control(), Button.class, label)
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + path));
        click(button);
    }

    static void click(Button button) {
        if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
            if ((button.getStyle() & SWT.RADIO) != 0) {
                for (Control sibling : button.getParent().getChildren()) {
                    if (sibling instanceof Button other && other != button && other.getSelection()) {
                        other.setSelection(false);
                        other.notifyListeners(SWT.Selection, new Event());
                    }
                }
                button.setSelection(true);
            } else {
                button.setSelection(!button.getSelection());
            }
        }
        button.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    /** @return the first control of {@code type} below {@code root} whose text is {@code label} */
    static <T extends Control> Optional<T> find(Control root, Class<T> type, String label) {
        if (type.isInstance(root) && (label == null || label.equals(textOf(root)))) {
            return Optional.of(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<T> found = find(child, type, label);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** @return every control of {@code type} below {@code root}, in tree order */
    static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }

    private static String textOf(Control control) {
        return control instanceof Button button ? button.getText() : null;
    }

    /** Runs a workbench command the way its key binding would (Ctrl+Z is org.eclipse.ui.edit.undo). */
    static void command(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        settle();
    }

    /** Saves a picture of the workbench window under the test project's target folder and returns its path. */
    static Path screenshot(String name) throws IOException {
        settle();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            Path dir = targetFolder().resolve("screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** @return the colour on screen at ({@code x}, {@code y}) of {@code control}, as the clinician sees it */
    static RGB pixel(Control control, int x, int y) {
        settle();
        Display display = control.getDisplay();
        Point at = control.toDisplay(x, y);
        Image image = new Image(display, 1, 1);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, at.x, at.y);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** @return the test project's target folder (tycho-surefire runs the tests in target/work) */
    static Path targetFolder() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return dir.getFileName().toString().equals("work") ? dir.getParent() : dir.resolve("target");
    }

    private static Clinician clinician() {
        Clinician clinician = RecordFactory.eINSTANCE.createClinician();
        clinician.setId("c-ada");
        clinician.setName("Ada Okafor");
        clinician.setCredentials("LCSW");
        return clinician;
    }
}
