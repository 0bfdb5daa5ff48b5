package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.AGENCY_SOAP;
import static org.casenotes.template.ui.tests.DesignerDriver.annotations;
import static org.casenotes.template.ui.tests.DesignerDriver.document;
import static org.casenotes.template.ui.tests.DesignerDriver.openAgencyTemplate;
import static org.casenotes.template.ui.tests.DesignerDriver.visibleTexts;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.casenotes.ui.testsupport.WidgetFinder.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template designer with real widgets: what a template designer sees while writing a template. */
class TemplateDesignerTest {

    private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";

    @TempDir
    Path agencyFolder;

    @AfterEach
    void closeEditors() {
        DesignerDriver.closeAll();
    }

    @Test
    void standardTemplateOpensReadOnlyColouredAndWithoutErrors() throws Exception {
        TemplateSource soap = DesignerDriver.standard("std/progress/soap.ntpl");
        TemplateDesigner designer = (TemplateDesigner) TemplateDesigners.openInstalled(ActiveWorkbench.page(), soap);
        spinUntil(() -> designer.textEditor().validated(), DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first validation");
        spin();

        assertFalse(designer.textEditor().isEditable(), "the standard library is read-only");
        assertTrue(annotations(designer, ERROR).isEmpty(), "a standard template has no errors");
        int keyword = soap.text().indexOf("template SoapNote");
        StyleRange style = designer.textEditor().viewer().getTextWidget().getStyleRangeAtOffset(keyword);
        assertNotNull(style, "the keyword 'template' is coloured");
        assertEquals(SWT.BOLD, style.fontStyle & SWT.BOLD, "keywords are bold");
    }

    @Test
    void errorIsAnnotatedWithTheMessageCheckTemplatesPrints() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "agency-soap.ntpl", AGENCY_SOAP);
        spinUntil(() -> designer.textEditor().validated(), DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first validation");
        spin();
        assertTrue(annotations(designer, ERROR).isEmpty(), "the agency template starts without errors: "
                + designer.textEditor().diagnostics());

        IDocument document = document(designer);
        String broken = document.get().replace("shown when feelsSafe = no", "shown when feelsSafe = maybe");
        document.set(broken);
        spinUntil(() -> !annotations(designer, ERROR).isEmpty(), 120_000, "an error annotation");

        Annotation annotation = annotations(designer, ERROR).get(0);
        List<TemplateDiagnostic> cli = TemplateLibrary.contributed()
                .withSource(new TemplateSource(agencyFolder.resolve("agency-soap.ntpl").toString(), broken)).compile()
                .diagnostics().stream().filter(TemplateDiagnostic::isError).toList();
        assertEquals(1, cli.size(), "check-templates finds one error: " + cli);
        assertEquals(cli.get(0).message(), annotation.getText(), "the editor says what check-templates says");
        assertTrue(annotation.getText().contains("maybe"), annotation.getText());
        Path shot = Screenshots.ofWorkbenchWindow("template-designer-error.png");
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    void contentAssistInAConditionProposesFieldsAndOptions() throws Exception {
        String text = AGENCY_SOAP.replace("shown when feelsSafe = no", "shown when feelsSafe = ");
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "assist.ntpl", text);
        int afterEquals = text.indexOf("feelsSafe = ") + "feelsSafe = ".length();
        assertEquals(List.of("no", "yes"), proposalsAt(designer, afterEquals).stream()
                .filter(p -> p.equals("no") || p.equals("yes")).sorted().toList(), "the options of the choice");

        int fieldStart = text.indexOf("feelsSafe = ");
        List<String> fields = proposalsAt(designer, fieldStart);
        assertTrue(fields.stream().anyMatch(p -> p.startsWith("feelsSafe")), "own fields: " + fields);
        assertTrue(fields.stream().anyMatch(p -> p.startsWith("clientReport")), "inherited SOAP fields: " + fields);
    }

    /** Opens the real content-assist popup at {@code offset} and returns the first words of its entries. */
    private static List<String> proposalsAt(TemplateDesigner designer, int offset) {
        ISourceViewer viewer = designer.textEditor().viewer();
        viewer.setSelectedRange(offset, 0);
        viewer.getTextWidget().setFocus();
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        Table popup = ProposalPopup.await(DesignerKeysTest.ASSIST_TIMEOUT_MS);
        List<String> words = ProposalPopup.words(popup);
        popup.getShell().close();
        spin();
        return words;
    }

    @Test
    void previewShowsTheFormAndFollowsALabelChange() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "preview.ntpl", AGENCY_SOAP);
        designer.showPreview(true);
        spinUntil(() -> designer.previewedForm() != null, DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first preview");
        spin();
        assertEquals("agency.progress.AgencySoap", designer.previewedForm().getId());
        assertTrue(visibleTexts(designer.previewControl()).stream().anyMatch(t -> t.contains("Agency check-in")),
                "the new section is rendered: " + visibleTexts(designer.previewControl()));

        FormDefinition before = designer.previewedForm();
        document(designer).set(AGENCY_SOAP.replace("\"Agency check-in\"", "\"Safety check-in\""));
        spinUntil(() -> designer.previewedForm() != before, 120_000, "the preview to follow the text");
        spin();
        List<String> texts = visibleTexts(designer.previewControl());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Safety check-in")), "the new label is shown: " + texts);
        assertFalse(texts.stream().anyMatch(t -> t.contains("Agency check-in")), "the old label is gone");
        Screenshots.ofWorkbenchWindow("template-designer-preview.png");
    }

    @Test
    void previewKeepsTheLastGoodFormWhileTheTemplateHasErrors() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "keep.ntpl", AGENCY_SOAP);
        designer.showPreview(true);
        spinUntil(() -> designer.previewedForm() != null, DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first preview");
        FormDefinition good = designer.previewedForm();

        document(designer).set(AGENCY_SOAP.replace("section checkIn", "section checkIn {"));
        spinUntil(() -> designer.previewStatus().contains("last version without errors"), 120_000,
                "the preview to report errors");
        assertSame(good, designer.previewedForm(), "the last good form stays");
        assertTrue(visibleTexts(designer.previewControl()).stream().anyMatch(t -> t.contains("Agency check-in")));
    }

    @Test
    void tryingThePreviewShowsAConditionalFieldAndLeavesTheTemplateClean() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "try.ntpl", AGENCY_SOAP);
        designer.showPreview(true);
        try {
            spinUntil(() -> designer.previewedForm() != null, DesignerKeysTest.PREVIEW_TIMEOUT_MS, "the first preview");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; validated " + designer.textEditor().validated() + ", "
                    + designer.textEditor().diagnostics() + ", the preview says: " + designer.previewStatus(), e);
        }
        spin();
        String conditional = "What makes the client feel unsafe";
        assertFalse(visibleTexts(designer.previewControl()).stream().anyMatch(t -> t.contains(conditional)),
                "hidden until the client does not feel safe");

        Button no = all(designer.previewControl(), Button.class).stream()
                .filter(b -> b.getText().equals("No") && (b.getStyle() & SWT.RADIO) != 0
                        && b.getParent().getParent() != null)
                .filter(b -> nearLabel(b, "Client feels safe at home")).findFirst()
                .orElseThrow(() -> new AssertionError("a 'No' option for the new field"));
        no.setSelection(true);
        no.notifyListeners(SWT.Selection, new Event());
        spin();
        assertTrue(visibleTexts(designer.previewControl()).stream().anyMatch(t -> t.contains(conditional)),
                "the condition reacts: " + visibleTexts(designer.previewControl()));
        assertFalse(designer.isDirty(), "trying the form does not change the template");
    }

    private static boolean nearLabel(Button button, String label) {
        for (org.eclipse.swt.widgets.Composite parent = button.getParent(); parent != null; parent = parent
                .getParent()) {
            if (visibleTexts(parent).stream().anyMatch(t -> t.contains(label))) {
                return visibleTexts(parent).stream().noneMatch(t -> t.contains("Subjective"));
            }
        }
        return false;
    }

    @Test
    void toggleCommentCommentsTheLineOutAndInAgain() throws Exception {
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, "comment.ntpl", AGENCY_SOAP);
        IDocument document = document(designer);
        int line = document.getLineOfOffset(AGENCY_SOAP.indexOf("shown when"));
        designer.textEditor().getSelectionProvider()
                .setSelection(new TextSelection(document, document.getLineOffset(line), 0));
        designer.textEditor().getAction("ToggleComment").run();
        assertTrue(lineText(document, line).startsWith("//"), lineText(document, line));
        designer.textEditor().getAction("ToggleComment").run();
        assertEquals(AGENCY_SOAP, document.get());
    }

    private static String lineText(IDocument document, int line) throws Exception {
        return document.get(document.getLineOffset(line), document.getLineLength(line));
    }
}
