package org.casenotes.template.scoping;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.ast.TemplateFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

/** Import scoping where everything in a file's own package is visible without an import, as in Java. */
public class PackageImportScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

    @Override
    protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
        List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
        if (context instanceof TemplateFile file && file.getName() != null) {
            resolvers.add(createImportedNamespaceResolver(file.getName() + ".*", ignoreCase));
        }
        return resolvers;
    }
}
