package org.casenotes.template.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Opens templates in the real template designer and looks at its widgets the way a designer would. */
final class DesignerDriver {

    /** An agency template that extends the standard SOAP note with a conditional field. */
    static final String AGENCY_SOAP = """
            package agency.progress

            import std.progress.*

            template AgencySoap "Agency SOAP note" version 1 kind progress extends SoapNote {
            	section checkIn "Agency check-in" {
            		field feelsSafe "Client feels safe at home" : choice { yes "Yes", no "No" } required
            		field safetyConcern "What makes the client feel unsafe" : longtext
            			shown when feelsSafe = no
            	}
            }
            """;

    private DesignerDriver() {
    }

    static TemplateDesigner openAgencyTemplate(Path folder, String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        IWorkbenchPage page = ActiveWorkbench.page();
        TemplateDesigner designer = (TemplateDesigner) TemplateDesigners.open(page, file);
        page.setPartState(page.getReference(designer), IWorkbenchPage.STATE_MAXIMIZED);
        EventLoop.spin();
        return designer;
    }

    static TemplateSource standard(String pathEnd) {
        return TemplateLibrary.contributed().sources().stream().filter(s -> s.name().endsWith(pathEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no installed template " + pathEnd));
    }

    static IDocument document(TemplateDesigner designer) {
        return designer.textEditor().getDocumentProvider().getDocument(designer.textEditor().getEditorInput());
    }

    static List<Annotation> annotations(TemplateDesigner designer, String type) {
        IAnnotationModel model = designer.textEditor().viewer().getAnnotationModel();
        List<Annotation> found = new ArrayList<>();
        model.getAnnotationIterator().forEachRemaining(a -> {
            if (a.getType().equals(type)) {
                found.add(a);
            }
        });
        return found;
    }

    static void closeAll() {
        ActiveWorkbench.page().closeAllEditors(false);
        EventLoop.spin();
    }

    /** @return the texts of the visible labels, buttons and section titles below {@code root} */
    static List<String> visibleTexts(Control root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control.isDisposed() || !control.isVisible()) {
            return;
        }
        switch (control) {
        case Label label -> texts.add(label.getText());
        case CLabel label -> texts.add(label.getText());
        case Button button -> texts.add(button.getText());
        case ExpandableComposite section -> texts.add(section.getText());
        case ScrolledForm form -> texts.add(form.getText());
        default -> {
            // containers and inputs have no text of their own worth reading
        }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
