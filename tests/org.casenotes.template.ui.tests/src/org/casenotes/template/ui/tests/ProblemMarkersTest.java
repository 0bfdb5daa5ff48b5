package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.AGENCY_SOAP;
import static org.casenotes.template.ui.tests.DesignerDriver.document;
import static org.casenotes.template.ui.tests.DesignerDriver.openAgencyTemplate;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.template.ui.internal.TemplateProblemsView;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Saving an agency template in the data folder sets markers for its problems, shown by the Problems view. */
class ProblemMarkersTest {

    private static final String TYPE = "org.casenotes.template.ui.problem";
    private static final String NAME = "markers.ntpl";

    private final Path agencyFolder = AgencyTemplateFolder.inDataFolder().folder();

    @AfterEach
    void removeTheTemplate() throws Exception {
        DesignerDriver.closeAll();
        IWorkbenchPage page = ActiveWorkbench.page();
        for (String view : new String[] { IPageLayout.ID_PROBLEM_VIEW, TemplateProblemsView.ID }) {
            if (page.findView(view) != null) {
                page.hideView(page.findView(view));
            }
        }
        Files.deleteIfExists(agencyFolder.resolve(NAME));
        spin();
    }

    @Test
    void savingAnErrorMarksItsLineAndSavingTheFixRemovesTheMarker() throws Exception {
        Files.createDirectories(agencyFolder);
        TemplateDesigner designer = openAgencyTemplate(agencyFolder, NAME, AGENCY_SOAP);
        spinUntil(() -> designer.textEditor().validated(), 20_000, "the first validation");
        document(designer).set(AGENCY_SOAP.replace("shown when feelsSafe = no", "shown when feelsSafe = maybe"));
        designer.doSave(new NullProgressMonitor());

        spinUntil(() -> markers().length > 0, 60_000, "a marker on the saved template");
        IMarker marker = markers()[0];
        int line = AGENCY_SOAP.lines().toList().indexOf(AGENCY_SOAP.lines()
                .filter(l -> l.contains("shown when feelsSafe")).findFirst().orElseThrow()) + 1;
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").length() > 0, "the marker has the problem's message");
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "shown by the Problems view");

        IViewPart problems = ActiveWorkbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        spin();
        assertNotNull(problems);
        Screenshots.ofWorkbenchWindow("problems-view-markers.png");

        document(designer).set(AGENCY_SOAP);
        designer.doSave(new NullProgressMonitor());
        spinUntil(() -> markers().length == 0, 60_000, "the marker to go");
    }

    private IMarker[] markers() {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject("templates").getFile(NAME);
        try {
            return file.exists() ? file.findMarkers(TYPE, false, IResource.DEPTH_ZERO) : new IMarker[0];
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
