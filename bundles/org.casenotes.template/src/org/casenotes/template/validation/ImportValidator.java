package org.casenotes.template.validation;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Import;
import org.casenotes.template.ast.TemplateFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;

/**
 * Imports between packages. Two packages that import each other usually mean that shared parts belong in a third
 * package both import (as std.common does for the standard library).
 */
public class ImportValidator extends NoteTemplateCheck {

    @Check
    public void checkImportCycle(Import anImport) {
        if (!(anImport.eContainer() instanceof TemplateFile file) || file.getName() == null
                || anImport.getImportedNamespace() == null || file.eResource() == null
                || file.eResource().getResourceSet() == null) {
            return;
        }
        String imported = importedPackage(anImport.getImportedNamespace());
        if (imported.equals(file.getName())) {
            return;
        }
        for (Resource resource : file.eResource().getResourceSet().getResources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TemplateFile other
                    && imported.equals(other.getName()) && importsPackage(other, file.getName())) {
                warning("The packages '" + file.getName() + "' and '" + imported
                        + "' import each other. Move what both need into a third package that both import.", anImport,
                        AstPackage.Literals.IMPORT__IMPORTED_NAMESPACE, IssueCodes.CYCLIC_IMPORT);
                return;
            }
        }
    }

    private static boolean importsPackage(TemplateFile file, String packageName) {
        return file.getImports().stream().map(Import::getImportedNamespace)
                .anyMatch(name -> name != null && importedPackage(name).equals(packageName));
    }

    /** @return the package an import reads from: {@code a.b.*} and {@code a.b.Name} both read from {@code a.b}. */
    static String importedPackage(String importedNamespace) {
        if (importedNamespace.endsWith(".*")) {
            return importedNamespace.substring(0, importedNamespace.length() - 2);
        }
        int dot = importedNamespace.lastIndexOf('.');
        return dot < 0 ? importedNamespace : importedNamespace.substring(0, dot);
    }
}
