package org.casenotes.template.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.template.library.TemplateDiagnostic;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

/**
 * Shows a template's diagnostics as the editor's standard error, warning and info annotations (squiggles, ruler
 * icons, overview ruler, hover), replacing the previous set in one change.
 */
final class DiagnosticAnnotations {

    /** Annotation types declared by {@code org.eclipse.ui.editors}, drawn and hovered by every text editor. */
    static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

    private final List<Annotation> shown = new ArrayList<>();

    /** Replaces the annotations this object added to {@code model} by ones for {@code diagnostics}. */
    synchronized void show(IAnnotationModel model, List<TemplateDiagnostic> diagnostics, int documentLength) {
        Map<Annotation, Position> added = new HashMap<>();
        for (TemplateDiagnostic diagnostic : diagnostics) {
            int offset = Math.min(Math.max(0, diagnostic.offset()), documentLength);
            int length = Math.min(Math.max(diagnostic.length(), 1), documentLength - offset);
            added.put(new Annotation(typeOf(diagnostic.severity()), false, diagnostic.message()),
                    new Position(offset, Math.max(0, length)));
        }
        Annotation[] removed = shown.toArray(Annotation[]::new);
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(removed, added);
        } else {
            shown.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
        shown.clear();
        shown.addAll(added.keySet());
    }

    private static String typeOf(TemplateDiagnostic.Severity severity) {
        return switch (severity) {
        case ERROR -> ERROR;
        case WARNING -> WARNING;
        case INFO -> INFO;
        };
    }
}
