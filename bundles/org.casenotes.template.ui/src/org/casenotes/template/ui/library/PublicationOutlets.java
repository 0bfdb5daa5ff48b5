package org.casenotes.template.ui.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.templates.PublicationOutlet;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublishedVersion;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Hands a version just published on this workbench to the {@link PublicationOutlet} services that have somewhere to
 * put it.
 */
final class PublicationOutlets {

    private PublicationOutlets() {
    }

    /**
     * @return " on this workbench and on ..." naming where else it went, or "" if nowhere; a refusal is told in a
     *         warning (the version stays published on this workbench)
     */
    static String publishElsewhere(Shell shell, AgencyTemplateLibrary library, PublishedVersion published) {
        Bundle bundle = FrameworkUtil.getBundle(PublicationOutlets.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return "";
        }
        Collection<ServiceReference<PublicationOutlet>> references;
        try {
            references = context.getServiceReferences(PublicationOutlet.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        String text = library.publishedText(published.templateId(), published.version());
        String title = library.form(published.templateId(), published.version()).map(FormDefinition::getTitle)
                .orElse(published.templateId());
        List<String> reached = new ArrayList<>();
        for (ServiceReference<PublicationOutlet> reference : references) {
            PublicationOutlet outlet = context.getService(reference);
            try {
                Optional<String> destination = outlet == null ? Optional.empty() : outlet.destination();
                if (destination.isPresent()) {
                    try {
                        outlet.publish(published.templateId(), published.version(), title == null ? published.templateId() : title, text);
                        reached.add(destination.get());
                    } catch (RuntimeException e) {
                        MessageDialog.openWarning(shell, "Publish template", "Version " + published.version() + " of "
                                + published.templateId() + " is published on this workbench, but not on "
                                + destination.get() + ": " + e.getMessage());
                    }
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return reached.isEmpty() ? "" : " on this workbench and on " + String.join(" and ", reached);
    }
}
