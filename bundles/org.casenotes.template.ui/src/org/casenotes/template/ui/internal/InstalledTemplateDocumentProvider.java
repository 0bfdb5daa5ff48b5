package org.casenotes.template.ui.internal;

import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.editors.text.StorageDocumentProvider;

/**
 * Reads installed (read-only) templates, with an annotation model so that their diagnostics show as in any other
 * template: the plain storage provider has none.
 */
final class InstalledTemplateDocumentProvider extends StorageDocumentProvider {

    @Override
    protected IAnnotationModel createAnnotationModel(Object element) {
        return new AnnotationModel();
    }
}
