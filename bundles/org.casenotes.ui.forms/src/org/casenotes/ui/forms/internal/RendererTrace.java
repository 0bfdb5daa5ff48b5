package org.casenotes.ui.forms.internal;

import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.ui.forms.FieldRenderer;
import org.eclipse.osgi.service.debug.DebugOptions;
import org.eclipse.osgi.service.debug.DebugTrace;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Which renderer drew which field, written to the platform's trace when the option
 * {@code org.casenotes.ui.forms/debug/renderers} is on: start Casenotes with {@code -debug FILE}, where FILE is an
 * options file with {@code org.casenotes.ui.forms/debug/renderers=true} (see this bundle's {@code .options}). How a
 * plugin author, or a test outside the process, sees that a plugin's renderer took a field. Field ids and renderer
 * classes only, never a value.
 */
final class RendererTrace {

    static final String BUNDLE = "org.casenotes.ui.forms";
    static final String OPTION = "/debug/renderers";

    private final DebugTrace trace;

    private RendererTrace(DebugTrace trace) {
        this.trace = trace;
    }

    /** @return the trace, writing only if the option is on in this run */
    static RendererTrace of(BundleContext context) {
        ServiceReference<DebugOptions> reference = context == null ? null
                : context.getServiceReference(DebugOptions.class);
        DebugOptions options = reference == null ? null : context.getService(reference);
        if (options == null) {
            return new RendererTrace(null);
        }
        try {
            return new RendererTrace(options.isDebugEnabled() && options.getBooleanOption(BUNDLE + OPTION, false)
                    ? options.newDebugTrace(BUNDLE, RendererTrace.class) : null);
        } finally {
            context.ungetService(reference);
        }
    }

    void chosen(Field field, Optional<FieldRenderer> renderer, int applicability) {
        if (trace != null) {
            trace.trace(OPTION, "field " + field.getId() + " drawn by " + renderer.map(chosen -> chosen.getClass()
                    .getName() + " (applicability " + applicability + ")").orElse("no renderer"));
        }
    }
}
