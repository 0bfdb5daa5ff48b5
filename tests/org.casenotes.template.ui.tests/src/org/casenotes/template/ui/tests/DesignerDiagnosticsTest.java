package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.annotations;
import static org.casenotes.template.ui.tests.DesignerDriver.document;
import static org.casenotes.template.ui.tests.DesignerDriver.openAgencyTemplate;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.template.ui.internal.TemplateProblemsView;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer's diagnostics are those of {@code casenotes check-templates} on the same folder: in the text (each
 * error annotated, its message on hover) and in Template Problems; a template just made by New Template is clean.
 */
class DesignerDiagnosticsTest {

    private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    private static final long COMPILE_TIMEOUT_MS = DesignerKeysTest.PREVIEW_TIMEOUT_MS;

    /** Two errors on two lines: a condition on an option the choice lacks, and a base that does not exist. */
    private static final String TWO_ERRORS = """
            package agency

            import std.progress.*

            template Broken "Broken note" version 1 kind progress extends SoapNote {
            	section checkIn "Check-in" {
            		field feelsSafe "Client feels safe at home" : choice { yes "Yes", no "No" } required
            		field safetyConcern "What makes the client feel unsafe" : longtext
            			shown when feelsSafe = maybe
            	}
            }

            template AlsoBroken "Also broken" version 1 kind progress extends NoSuchNote {
            }
            """;

    @TempDir
    Path agencyFolder;

    private Path created;

    @AfterEach
    void closeEditors() throws Exception {
        PostedKeys.activateWorkbenchWindow();
        DesignerDriver.closeAll();
        IWorkbenchPage page = ActiveWorkbench.page();
        if (page.findView(TemplateProblemsView.ID) != null) {
            page.hideView(page.findView(TemplateProblemsView.ID));
        }
        if (created != null) {
            Files.deleteIfExists(created);
        }
        spin();
    }

    @Test
    void aNewTemplateExtendingSoapIsCleanInTheTextThePreviewAndTemplateProblems() throws Exception {
        String id = "AgencyNote" + Long.toString(System.nanoTime(), 36);
        TemplateDesigner designer = NewTemplateDialogs.extending("std.progress.SoapNote", id);
        Path folder = AgencyTemplateFolder.inDataFolder().folder();
        created = folder.resolve(id + ".ntpl");
        assertNotNull(designer, "the new template opens in the designer");
        spinUntil(() -> designer.textEditor().validated() && designer.previewedForm() != null, COMPILE_TIMEOUT_MS,
                "the new template's first compilation and preview; status: " + designer.previewStatus());

        assertEquals(List.of(), designer.textEditor().diagnostics(), "the new template has no problems");
        assertTrue(annotations(designer, ERROR).isEmpty(), "no error in the text");
        assertEquals("agency." + id, designer.previewedForm().getId());
        assertTrue(designer.previewStatus().startsWith("Preview of"), designer.previewStatus());

        StyledText text = designer.textEditor().viewer().getTextWidget();
        PostedKeys.key(text, SWT.CTRL, SWT.END);
        PostedKeys.character(text, SWT.NONE, SWT.CR); // Save saves a changed template only
        spinUntil(designer::isDirty, COMPILE_TIMEOUT_MS, "Return to change the template");
        PostedKeys.character(text, SWT.CTRL, 's');
        spinUntil(() -> !designer.isDirty(), COMPILE_TIMEOUT_MS, "Ctrl+S to save it");
        TemplateProblemsView problems = problemsAfterSave(folder);
        List<TemplateDiagnostic> cli = checkTemplates(folder);
        assertEquals(cli, problems.problems(), "Template Problems lists what check-templates reports");
        assertTrue(cli.stream().noneMatch(d -> d.file().endsWith(id + ".ntpl")),
                "check-templates finds nothing in the new template: " + cli);
        Screenshots.ofWorkbenchWindow("template-designer-new-template.png");
    }

    @Test
    void everyErrorIsAnnotatedWithItsMessageOnHoverAndListedInTemplateProblems() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "broken.ntpl", TWO_ERRORS);
        Path file = agencyFolder.resolve("broken.ntpl");
        List<TemplateDiagnostic> cliErrors = checkTemplates(agencyFolder).stream()
                .filter(d -> d.file().equals(file.toString()) && d.isError()).toList();
        assertEquals(2, cliErrors.size(), "check-templates finds the two errors: " + cliErrors);
        // the errors are there in the text as opened: the first compilation's annotations, not a later one's
        spinUntil(() -> annotations(designer, ERROR).size() == cliErrors.size(), COMPILE_TIMEOUT_MS,
                "an annotation per error; the designer has " + designer.textEditor().diagnostics());
        assertEquals(TWO_ERRORS, document(designer).get(), "not a keystroke since opening");

        ISourceViewer viewer = designer.textEditor().viewer();
        DefaultTextHover hover = new DefaultTextHover(viewer);
        for (TemplateDiagnostic error : cliErrors) {
            @SuppressWarnings("deprecation") // DefaultTextHover (the annotation hover) has no newer method
            String shown = hover.getHoverInfo(viewer, new Region(error.offset(), 0));
            assertEquals(error.message(), shown, "the hover at line " + error.line() + " says what check-templates says");
        }

        designer.doSave(new NullProgressMonitor());
        TemplateProblemsView problems = problemsAfterSave(agencyFolder);
        assertEquals(checkTemplates(agencyFolder), problems.problems(), "Template Problems lists what check-templates reports");
        assertTrue(problems.summary().startsWith("2 errors"), problems.summary());
        assertSame(problems, ActiveWorkbench.page().findView(TemplateProblemsView.ID));
    }

    private static TemplateProblemsView problemsAfterSave(Path folder) {
        TemplateProblemsView[] view = new TemplateProblemsView[1];
        try {
            spinUntil(() -> {
                view[0] = (TemplateProblemsView) ActiveWorkbench.page().findView(TemplateProblemsView.ID);
                return view[0] != null && view[0].folder() != null && same(folder, view[0].folder())
                        && !view[0].summary().startsWith("Checking");
            }, COMPILE_TIMEOUT_MS, "Template Problems to check " + folder + " after the save");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it shows "
                    + (view[0] == null ? "nothing" : view[0].folder() + ": " + view[0].summary()), e);
        }
        return view[0];
    }

    private static boolean same(Path one, Path other) {
        return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    /** @return what {@code casenotes check-templates FOLDER} reports for the files of that folder */
    private static List<TemplateDiagnostic> checkTemplates(Path folder) {
        return TemplateLibrary.contributed().withDirectory(folder).compile().diagnostics().stream()
                .filter(d -> Path.of(d.file()).isAbsolute() && Path.of(d.file()).startsWith(folder)).toList();
    }
}
