package org.casenotes.template.internal;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The registry an injector's resource sets look {@code .ntpl} files up in: always this injector's own services,
 * other extensions in EMF's global registry. The compiler's injector and the editor's injector each register
 * themselves in the global registry, the later one replacing the earlier, possibly while the other is linking a
 * library; the index of a resource set then answered with the other injector's services, and a template just opened
 * in the designer did not see the standard library ("No template named 'SoapNote'") while {@code casenotes
 * check-templates} did.
 */
public final class OwnLanguageRegistry implements IResourceServiceProvider.Registry {

    /** The file extension of templates. */
    public static final String EXTENSION = "ntpl";

    @Inject
    private Provider<IResourceServiceProvider> own;

    private volatile IResourceServiceProvider resolved;

    @Override
    public IResourceServiceProvider getResourceServiceProvider(URI uri, String contentType) {
        if (uri != null && EXTENSION.equals(uri.fileExtension())) {
            return ownServices();
        }
        return IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(uri, contentType);
    }

    @Override
    public IResourceServiceProvider getResourceServiceProvider(URI uri) {
        return getResourceServiceProvider(uri, ContentHandler.UNSPECIFIED_CONTENT_TYPE);
    }

    private IResourceServiceProvider ownServices() {
        IResourceServiceProvider result = resolved;
        if (result == null) {
            result = own.get();
            resolved = result;
        }
        return result;
    }

    @Override
    public Map<String, Object> getContentTypeToFactoryMap() {
        return IResourceServiceProvider.Registry.INSTANCE.getContentTypeToFactoryMap();
    }

    @Override
    public Map<String, Object> getExtensionToFactoryMap() {
        return IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap();
    }

    @Override
    public Map<String, Object> getProtocolToFactoryMap() {
        return IResourceServiceProvider.Registry.INSTANCE.getProtocolToFactoryMap();
    }
}
