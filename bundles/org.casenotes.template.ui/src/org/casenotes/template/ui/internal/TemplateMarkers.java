package org.casenotes.template.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Problems-view markers for the agency's templates: after each save, the problems Template Problems lists for the
 * data folder's {@code templates} folder become markers of type {@link #TYPE} on the template files of the
 * workspace project {@value #PROJECT} (whose default location is that folder), replacing the previous ones.
 * Templates saved outside that folder get no markers (the workspace has no resource for them). The workspace is
 * saved after each change, so a later start never finds it with unsaved changes (which the platform would log).
 */
final class TemplateMarkers {

    /** Marker type declared in plugin.xml (a non-persistent problem and text marker). */
    static final String TYPE = "org.casenotes.template.ui.problem";

    /** Name of the workspace project over the data folder's {@code templates} folder. */
    static final String PROJECT = "templates";

    private TemplateMarkers() {
    }

    /**
     * Replaces the markers of every template in {@code folder} by markers for {@code problems}, if {@code folder} is
     * the agency folder of the data folder; otherwise does nothing.
     *
     * @param folder   the folder Template Problems checked
     * @param problems that folder's problems
     */
    static void replace(Path folder, List<TemplateDiagnostic> problems) {
        Path agency = AgencyTemplateFolder.inDataFolder().folder().toAbsolutePath().normalize();
        if (!agency.equals(folder.toAbsolutePath().normalize())) {
            return;
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.run(monitor -> {
                IProject project = openProject(workspace);
                project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                project.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
                for (TemplateDiagnostic problem : problems) {
                    mark(project, agency, problem);
                }
            }, null);
            workspace.save(true, null);
        } catch (CoreException e) {
            ILog.of(TemplateMarkers.class).log(e.getStatus());
        }
    }

    private static IProject openProject(IWorkspace workspace) throws CoreException {
        IProject project = workspace.getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }

    private static void mark(IProject project, Path agency, TemplateDiagnostic problem) throws CoreException {
        Path file = Path.of(problem.file()).toAbsolutePath().normalize();
        IFile resource = project.getFile(agency.relativize(file).toString().replace('\\', '/'));
        if (!resource.exists()) {
            return;
        }
        IMarker marker = resource.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY,
                problem.isError() ? IMarker.SEVERITY_ERROR
                        : problem.severity() == TemplateDiagnostic.Severity.WARNING ? IMarker.SEVERITY_WARNING
                                : IMarker.SEVERITY_INFO);
        marker.setAttribute(IMarker.MESSAGE, problem.message());
        marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
        marker.setAttribute(IMarker.LOCATION, "line " + problem.line());
        marker.setAttribute(IMarker.CHAR_START, problem.offset());
        marker.setAttribute(IMarker.CHAR_END, problem.offset() + problem.length());
    }
}
