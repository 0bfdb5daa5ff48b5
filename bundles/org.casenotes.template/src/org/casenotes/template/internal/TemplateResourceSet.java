package org.casenotes.template.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.xtext.resource.SynchronizedXtextResourceSet;

/**
 * The resource set every compilation and editor reads templates into. Templates are named as given: an installed
 * library's files by {@code bundle/path} (no scheme), a file opened in the designer by its path. EMF's own
 * normalization turns a name without a scheme into a different URI depending on whether the workspace bundle is
 * active at that moment (unchanged if it is; {@code file:<working directory>/...} or {@code platform:/resource/...}
 * if not). The resource set records each file's normalized URI when the file is added, a file's index entry
 * normalizes it again when linking first needs it, and the index counts a file as visible only if the two agree.
 * A designer whose library was read while the workbench was still starting, and linked after the workspace bundle
 * had started, thus saw none of the standard library ("No template named 'SoapNote'"). Here a name without a
 * scheme is its own normal form, whatever has started.
 */
public class TemplateResourceSet extends SynchronizedXtextResourceSet {

    @Override
    public URIConverter getURIConverter() {
        if (!(uriConverter instanceof NamesAsGiven)) {
            uriConverter = new NamesAsGiven(super.getURIConverter());
        }
        return uriConverter;
    }

    /**
     * Normalizes URIs with a scheme as Xtext's converter does (which also resolves the {@code classpath:} URIs the
     * grammar is read from), and leaves names without one as they are.
     */
    private static final class NamesAsGiven extends ExtensibleURIConverterImpl {

        private final URIConverter xtext;

        NamesAsGiven(URIConverter xtext) {
            this.xtext = xtext;
        }

        @Override
        public URI normalize(URI uri) {
            return uri.scheme() == null ? uri : xtext.normalize(uri);
        }
    }
}
