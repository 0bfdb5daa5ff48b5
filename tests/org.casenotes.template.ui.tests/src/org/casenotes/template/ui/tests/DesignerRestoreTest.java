package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.AGENCY_SOAP;
import static org.casenotes.template.ui.tests.DesignerDriver.openAgencyTemplate;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The designer as the workbench restores it at the next start (its input saved in the workbench's memento, created
 * again by its factory) and in a window of a laptop's size: the preview shows the form, the text keeps its width.
 */
class DesignerRestoreTest {

    private static final long PREVIEW_TIMEOUT_MS = DesignerKeysTest.PREVIEW_TIMEOUT_MS;
    private static final int COLUMNS = 80;

    @TempDir
    Path agencyFolder;

    @AfterEach
    void closeEditors() {
        PostedKeys.activateWorkbenchWindow();
        DesignerDriver.closeAll();
    }

    @Test
    void aTemplateRestoredAtTheNextStartIsPreviewed() throws Exception {
        TemplateDesigner before = openAgencyTemplate(agencyFolder, "restored.ntpl", AGENCY_SOAP);
        spinUntil(() -> before.previewedForm() != null, PREVIEW_TIMEOUT_MS, "the preview before the restart");
        IPersistableElement persistable = before.getEditorInput().getPersistable();
        assertNotNull(persistable, "the workbench can remember the open template");
        XMLMemento memento = XMLMemento.createWriteRoot("input");
        persistable.saveState(memento);
        String factoryId = persistable.getFactoryId();
        DesignerDriver.closeAll();

        // as at a start: the remembered editor is made again from the memento, behind the editor in front
        Files.writeString(agencyFolder.resolve("front.ntpl"), AGENCY_SOAP.replace("AgencySoap", "FrontSoap"));
        IWorkbenchPage page = ActiveWorkbench.page();
        IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(factoryId);
        IAdaptable input = factory.createElement(XMLMemento.createReadRoot(new java.io.StringReader(written(memento))));
        IEditorPart restored = page.openEditor((IEditorInput) input, TemplateDesigners.EDITOR_ID, false);
        TemplateDesigners.open(page, agencyFolder.resolve("front.ntpl"));
        spin();
        page.activate(restored);
        TemplateDesigner designer = (TemplateDesigner) restored;
        spinUntil(() -> designer.previewedForm() != null && designer.previewStatus().startsWith("Preview of"),
                PREVIEW_TIMEOUT_MS, "the preview of the restored template; it says: " + designer.previewStatus());
        assertEquals("agency.progress.AgencySoap", designer.previewedForm().getId());
        assertTrue(designer.textEditor().diagnostics().isEmpty(), designer.textEditor().diagnostics().toString());
    }

    private static String written(XMLMemento memento) throws java.io.IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        memento.save(text);
        return text.toString();
    }

    @Test
    void theTextKeepsEightyColumnsBesideThePreviewInALaptopSizedWindow() throws Exception {
        Shell window = ActiveWorkbench.shell();
        Point size = window.getSize();
        try {
            window.setSize(1280, 800);
            spin();
            Path file = agencyFolder.resolve("narrow.ntpl");
            Files.writeString(file, AGENCY_SOAP);
            TemplateDesigner designer = (TemplateDesigner) TemplateDesigners.open(ActiveWorkbench.page(), file);
            try {
                spinUntil(() -> designer.textEditor().validated(), PREVIEW_TIMEOUT_MS, "the first validation");
                spinUntil(() -> designer.previewedForm() != null, PREVIEW_TIMEOUT_MS, "the preview");
            } catch (AssertionError e) {
                Screenshots.ofWorkbenchWindow("template-designer-1280-no-preview.png");
                throw new AssertionError(e.getMessage() + "; validated " + designer.textEditor().validated()
                        + ", diagnostics " + designer.textEditor().diagnostics() + ", preview shown "
                        + designer.isPreviewShown() + " " + designer.previewControl().getBounds() + ", it says: "
                        + designer.previewStatus(), e);
            }
            spin();
            StyledText text = designer.textEditor().viewer().getTextWidget();
            int columns = text.getClientArea().width / averageCharacterWidth(text);
            int designerWidth = designer.previewControl().getParent().getClientArea().width;
            Screenshots.ofWorkbenchWindow("template-designer-1280.png");
            assertTrue(designer.isPreviewShown(), "the preview is beside the text");
            assertTrue(columns >= COLUMNS || text.getClientArea().width + 100 >= designerWidth,
                    "the text shows " + columns + " columns in a designer " + designerWidth + " pixels wide");
        } finally {
            window.setSize(size);
            spin();
        }
    }

    private static int averageCharacterWidth(StyledText text) {
        GC gc = new GC(text);
        try {
            gc.setFont(text.getFont());
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }
}
