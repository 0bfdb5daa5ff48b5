package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.AGENCY_SOAP;
import static org.casenotes.template.ui.tests.DesignerDriver.annotations;
import static org.casenotes.template.ui.tests.DesignerDriver.document;
import static org.casenotes.template.ui.tests.DesignerDriver.openAgencyTemplate;
import static org.casenotes.template.ui.tests.DesignerDriver.visibleTexts;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateFormatter;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.template.ui.internal.TemplateProblemsView;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer as a workbench: the preview beside the text, the Outline view, Format, and the Template Problems view
 * filled on save.
 */
class DesignerWorkbenchTest {

    private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    private static final String OUTLINE = "org.eclipse.ui.views.ContentOutline";

    @TempDir
    Path agencyFolder;

    @AfterEach
    void closeEditors() {
        DesignerDriver.closeAll();
        IWorkbenchPage page = ActiveWorkbench.page();
        for (String view : List.of(OUTLINE, TemplateProblemsView.ID)) {
            if (page.findView(view) != null) {
                page.hideView(page.findView(view));
            }
        }
        spin();
    }

    @Test
    void thePreviewIsBesideTheTextFollowsALabelAndCanBeHidden() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "split.ntpl", AGENCY_SOAP);
        spinUntil(() -> designer.previewedForm() != null, DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first preview");
        spin();
        Rectangle text = onDisplay(designer.textEditor().viewer().getTextWidget());
        Rectangle preview = onDisplay(designer.previewControl());
        assertTrue(designer.isPreviewShown(), "the preview is shown when a template opens");
        assertTrue(preview.x >= text.x + text.width, "the preview is to the right of the text: " + text + " " + preview);
        assertTrue(preview.y < text.y + text.height && text.y < preview.y + preview.height, "side by side");

        document(designer).set(AGENCY_SOAP.replace("\"Agency check-in\"", "\"Safety check-in\""));
        spinUntil(() -> visibleTexts(designer.previewControl()).stream()
                .anyMatch(t -> t.contains("Safety check-in")), 120_000, "the preview to follow the label");
        assertTrue(designer.textEditor().viewer().getTextWidget().isVisible(), "the text stays in view");
        Screenshots.ofWorkbenchWindow("template-designer-split.png");

        IHandlerService handlers = designer.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.casenotes.template.ui.togglePreview", null);
        spin();
        assertFalse(designer.isPreviewShown());
        // a sash form hides what is not maximized by giving it no room
        assertEquals(0, designer.previewControl().getBounds().width, "hidden");
        assertTrue(designer.textEditor().viewer().getTextWidget().getBounds().width > text.width, "text gets the room");
        handlers.executeCommand("org.casenotes.template.ui.togglePreview", null);
        spin();
        assertTrue(designer.isPreviewShown());
        assertTrue(designer.previewControl().getBounds().width > 0, "shown again");
    }

    private static Rectangle onDisplay(org.eclipse.swt.widgets.Control control) {
        Rectangle bounds = control.getBounds();
        return control.getDisplay().map(control.getParent(), null, bounds);
    }

    @Test
    void outlineListsSectionsAndFieldsFollowsTypingAndRevealsOnClick() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "outline.ntpl", AGENCY_SOAP);
        ActiveWorkbench.page().showView(OUTLINE);
        ActiveWorkbench.page().activate(designer);
        spinUntil(() -> designer.textEditor().outlinePage() != null
                && designer.textEditor().outlinePage().getControl() != null, 120_000, "the outline page");
        Tree tree = (Tree) designer.textEditor().outlinePage().getControl();
        spinUntil(() -> item(tree, "field feelsSafe") != null, 120_000, "the outline");
        assertEquals("template AgencySoap \u2014 Agency SOAP note", tree.getItem(0).getText());
        assertTrue(item(tree, "section checkIn \u2014 Agency check-in") != null, labels(tree).toString());

        TreeItem field = item(tree, "field safetyConcern");
        tree.setSelection(field);
        Event click = new Event();
        click.item = field;
        tree.notifyListeners(SWT.Selection, click);
        spin();
        int caret = designer.textEditor().viewer().getTextWidget().getCaretOffset();
        assertEquals(AGENCY_SOAP.indexOf("field safetyConcern"), caret, "the click moves the text to the field");

        IDocument document = document(designer);
        document.replace(AGENCY_SOAP.indexOf("\t\tfield safetyConcern"), 0,
                "\t\tfield bedtime \"Bedtime\" : time\n");
        spinUntil(() -> item(tree, "field bedtime") != null, 120_000, "the outline to follow the text");
    }

    private static TreeItem item(Tree tree, String prefix) {
        for (TreeItem top : tree.getItems()) {
            TreeItem found = item(top, prefix);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeItem item(TreeItem item, String prefix) {
        if (item.getText().startsWith(prefix)) {
            return item;
        }
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            TreeItem found = item(child, prefix);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> labels(Tree tree) {
        return Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
    }

    @Test
    void formatLaysTheTemplateOutOnceAndKeepsItClean() throws Exception {
        String messy = AGENCY_SOAP.replace("\t\tfield feelsSafe", "   field feelsSafe").replace("\tsection checkIn",
                "section checkIn") + "\n\n\n";
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "format.ntpl", messy);
        spinUntil(() -> designer.textEditor().validated(), DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first validation");
        IDocument document = document(designer);

        designer.textEditor().getAction("Format").run();
        String formatted = document.get();
        assertNotEquals(messy, formatted);
        assertEquals(AGENCY_SOAP, formatted, "laid out as the standard library is");
        designer.textEditor().getAction("Format").run();
        assertEquals(formatted, document.get(), "formatting again changes nothing");
        assertEquals(TemplateFormatter.format(formatted), formatted);
        spinUntil(() -> designer.textEditor().validated() && annotations(designer, ERROR).isEmpty(), 120_000,
                "validation of the formatted text");
    }

    @Test
    void savingAnErrorAnnotatesItAndListsEveryProblemOfTheFolder() throws Exception {
        Path other = agencyFolder.resolve("other.ntpl");
        Files.writeString(other, "package agency\ntemplate Other \"Other\" version 1 kind progress {\n"
                + "\tsection s \"S\" {\n\t\tfield a \"A\" : text shown when nothing = 1\n\t}\n}\n");
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "saved.ntpl", AGENCY_SOAP);
        spinUntil(() -> designer.textEditor().validated(), DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first validation");

        IDocument document = document(designer);
        document.set(AGENCY_SOAP.replace("shown when feelsSafe = no", "shown when feelsSafe = maybe"));
        spinUntil(() -> !annotations(designer, ERROR).isEmpty(), 120_000, "an error annotation");
        designer.doSave(new NullProgressMonitor());
        spin();

        TemplateProblemsView view = (TemplateProblemsView) ActiveWorkbench.page().findView(TemplateProblemsView.ID);
        assertTrue(view != null, "saving shows Template Problems");
        spinUntil(() -> view.problems().size() >= 2, 60_000, "the problems of the folder");
        List<TemplateDiagnostic> cli = TemplateLibrary.contributed().withDirectory(agencyFolder).compile()
                .diagnostics().stream().filter(d -> d.file().startsWith(agencyFolder.toString())).toList();
        assertEquals(cli, view.problems(), "what check-templates reports for the folder");
        TemplateDiagnostic saved = view.problems().stream().filter(d -> d.file().endsWith("saved.ntpl")).findFirst()
                .orElseThrow();
        assertEquals(AGENCY_SOAP.lines().toList().indexOf(AGENCY_SOAP.lines()
                .filter(l -> l.contains("shown when feelsSafe")).findFirst().orElseThrow()) + 1, saved.line());
        assertTrue(view.problems().stream().anyMatch(d -> d.file().endsWith("other.ntpl")), "every template");
        long errors = cli.stream().filter(TemplateDiagnostic::isError).count();
        assertTrue(errors >= 2 && view.summary().startsWith(errors + " errors"), view.summary());
        Screenshots.ofWorkbenchWindow("template-problems.png");
    }
}
