package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.AGENCY_SOAP;
import static org.casenotes.template.ui.tests.DesignerDriver.document;
import static org.casenotes.template.ui.tests.DesignerDriver.openAgencyTemplate;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer's text takes the keys a person presses, posted through the window system: moving (End, Ctrl+Home),
 * editing (Return, Backspace, Ctrl+Z), saving (Ctrl+S) and content assist (Ctrl+Space).
 */
class DesignerKeysTest {

    /** Content assist computes in the background; a loaded machine once took long over it. */
    static final long ASSIST_TIMEOUT_MS = 240_000;
    private static final long EDIT_TIMEOUT_MS = 120_000;
    /** Rendering the SOAP note's form took over a minute at a load of 20 on two cores. */
    static final long PREVIEW_TIMEOUT_MS = 240_000;

    @TempDir
    Path agencyFolder;

    @AfterEach
    void closeEditors() {
        PostedKeys.activateWorkbenchWindow();
        DesignerDriver.closeAll();
        PostedKeys.activateWorkbenchWindow();
    }

    @Test
    void endReturnBackspaceAndCtrlHomeMoveAndEditTheText() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "keys.ntpl", AGENCY_SOAP);
        StyledText text = textOf(designer);
        IDocument document = document(designer);
        int line = document.getLineOfOffset(AGENCY_SOAP.indexOf("field feelsSafe"));
        IRegion feelsSafe = document.getLineInformation(line);
        designer.textEditor().viewer().setSelectedRange(feelsSafe.getOffset(), 0);

        PostedKeys.key(text, SWT.NONE, SWT.END);
        spinUntil(() -> text.getCaretOffset() == feelsSafe.getOffset() + feelsSafe.getLength(), EDIT_TIMEOUT_MS,
                "End to move the caret to the end of the line");

        int lines = document.getNumberOfLines();
        PostedKeys.character(text, SWT.NONE, SWT.CR);
        spinUntil(() -> document.getNumberOfLines() == lines + 1, EDIT_TIMEOUT_MS, "Return to start a new line");
        assertEquals(line + 1, document.getLineOfOffset(text.getCaretOffset()), "the caret is on the new line");
        int inserted = document.getLength() - AGENCY_SOAP.length();

        for (int i = 0; i < inserted; i++) {
            PostedKeys.character(text, SWT.NONE, SWT.BS);
        }
        spinUntil(() -> document.get().equals(AGENCY_SOAP), EDIT_TIMEOUT_MS,
                "Backspace to take the new line back: " + inserted + " characters");

        PostedKeys.key(text, SWT.CTRL, SWT.HOME);
        spinUntil(() -> text.getCaretOffset() == 0, EDIT_TIMEOUT_MS, "Ctrl+Home to move to the start");
    }

    @Test
    void ctrlSSavesTheTemplate() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "save.ntpl", AGENCY_SOAP);
        StyledText text = textOf(designer);
        designer.textEditor().viewer().setSelectedRange(0, 0);
        PostedKeys.type(text, "// checked\n");
        spinUntil(designer::isDirty, EDIT_TIMEOUT_MS, "typing to change the template");

        PostedKeys.character(text, SWT.CTRL, 's');
        spinUntil(() -> !designer.isDirty(), EDIT_TIMEOUT_MS, "Ctrl+S to save the template");
        String saved = Files.readString(agencyFolder.resolve("save.ntpl"));
        assertTrue(saved.startsWith("// checked\n"), saved);
        assertEquals(document(designer).get(), saved, "the file holds what the designer sees");
    }

    @Test
    void ctrlZUndoesTypingInTheTextWhileThePreviewIsShown() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "undo.ntpl", AGENCY_SOAP);
        spinUntil(() -> designer.previewedForm() != null, PREVIEW_TIMEOUT_MS, "the preview (whose note editor has an Undo too)");
        StyledText text = textOf(designer);
        designer.textEditor().viewer().setSelectedRange(AGENCY_SOAP.indexOf("Agency check-in"), 0);
        PostedKeys.type(text, "weekly ");
        spinUntil(() -> document(designer).get().contains("weekly Agency check-in"), EDIT_TIMEOUT_MS, "typing");

        PostedKeys.character(text, SWT.CTRL, 'z');
        spinUntil(() -> document(designer).get().equals(AGENCY_SOAP), EDIT_TIMEOUT_MS,
                "Ctrl+Z to undo the typing in the text");
    }

    @Test
    void ctrlSpaceProposesTheOptionsOfTheChoiceInACondition() throws Exception {
        String text = AGENCY_SOAP.replace("shown when feelsSafe = no", "shown when feelsSafe = ");
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "assist-keys.ntpl", text);
        spinUntil(() -> designer.textEditor().validated(), PREVIEW_TIMEOUT_MS, "the first validation");
        StyledText widget = textOf(designer);
        int afterEquals = text.indexOf("feelsSafe = ") + "feelsSafe = ".length();
        designer.textEditor().viewer().setSelectedRange(afterEquals, 0);

        PostedKeys.character(widget, SWT.CTRL, ' ');
        Table popup = ProposalPopup.await(ASSIST_TIMEOUT_MS);
        spinUntil(() -> ProposalPopup.words(popup).containsAll(List.of("no", "yes")), ASSIST_TIMEOUT_MS,
                "the options of feelsSafe among the proposals");

        popup.getShell().close();
        EventLoop.spin();
        assertEquals(text, document(designer).get(), "nothing inserted");
    }

    @Test
    void theKeysReachANewTemplateRightAfterTheDialogsOfNewTemplate() throws Exception {
        String id = "KeysNote" + Long.toString(System.nanoTime(), 36);
        TemplateDesigner designer = NewTemplateDialogs.extending("std.progress.SoapNote", id);
        Path file = AgencyTemplateFolder.inDataFolder().folder().resolve(id + ".ntpl");
        try {
            StyledText text = textOf(designer);
            spinUntil(() -> text.getDisplay().getActiveShell() == ActiveWorkbench.shell(), EDIT_TIMEOUT_MS,
                    "the workbench window active again once the dialogs closed (nothing else makes it so here)");
            IDocument document = document(designer);
            int lines = document.getNumberOfLines();
            designer.textEditor().viewer().setSelectedRange(0, 0);
            PostedKeys.key(text, SWT.CTRL, SWT.END);
            spinUntil(() -> text.getCaretOffset() == document.getLength(), EDIT_TIMEOUT_MS, "Ctrl+End");
            PostedKeys.character(text, SWT.NONE, SWT.CR);
            spinUntil(() -> document.getNumberOfLines() == lines + 1, EDIT_TIMEOUT_MS, "Return");
            PostedKeys.character(text, SWT.NONE, SWT.BS);
            spinUntil(() -> document.getNumberOfLines() == lines, EDIT_TIMEOUT_MS, "Backspace");
        } finally {
            PostedKeys.activateWorkbenchWindow();
            DesignerDriver.closeAll();
            Files.deleteIfExists(file);
        }
    }

    static StyledText textOf(TemplateDesigner designer) {
        StyledText text = designer.textEditor().viewer().getTextWidget();
        EventLoop.spin();
        return text;
    }
}
