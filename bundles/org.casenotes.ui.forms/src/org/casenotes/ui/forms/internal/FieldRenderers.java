package org.casenotes.ui.forms.internal;

import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.ui.forms.FieldRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The field renderers registered as OSGi services, asked for each field which one draws it best. Open while an
 * editor is open, so renderers installed meanwhile take part in the next editor.
 */
final class FieldRenderers implements AutoCloseable {

    private final ServiceTracker<FieldRenderer, FieldRenderer> tracker;
    private final RendererTrace trace;

    FieldRenderers() {
        BundleContext context = FrameworkUtil.getBundle(FieldRenderers.class).getBundleContext();
        tracker = new ServiceTracker<>(context, FieldRenderer.class, null);
        tracker.open();
        trace = RendererTrace.of(context);
    }

    /** @return the renderer with the highest applicability for {@code field}, if any applies */
    Optional<FieldRenderer> rendererFor(Field field) {
        FieldRenderer best = null;
        int bestPriority = FieldRenderer.NOT_APPLICABLE;
        for (Object service : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
            FieldRenderer renderer = (FieldRenderer) service;
            int priority = renderer.applicability(field);
            if (priority > bestPriority) {
                best = renderer;
                bestPriority = priority;
            }
        }
        Optional<FieldRenderer> chosen = Optional.ofNullable(best);
        trace.chosen(field, chosen, bestPriority);
        return chosen;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
