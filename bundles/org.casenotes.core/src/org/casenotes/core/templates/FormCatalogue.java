package org.casenotes.core.templates;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.services.RegisteredService;
import org.casenotes.model.form.FormDefinition;

/**
 * The one catalogue of forms in a running Casenotes: the compiled template libraries of the installed plugins (the
 * standard library and any plugin's {@code org.casenotes.template.libraries} contribution), the versions an agency
 * published from its own templates, and forms compiled from a published template's text (an agency server's). It is
 * an OSGi service, registered by the template bundle ({@code org.casenotes.template}) as a Declarative Services
 * component, so the workbench, the command line and plugins share one compiled library and none of them needs the
 * template language's bundle on its class path.
 * <p>
 * The installed libraries are compiled once, on the first call to {@link #installed()} or
 * {@link #installed(String)}, which then takes a second or so: call those first off the display thread (the
 * workbench warms the catalogue up in a background job soon after it starts). Looking the service up is cheap and
 * compiles nothing. Implementations are safe to use from several threads.
 *
 * <pre>{@code
 * BundleContext context = FrameworkUtil.getBundle(MyExporter.class).getBundleContext();
 * ServiceTracker<FormCatalogue, FormCatalogue> tracker = new ServiceTracker<>(context, FormCatalogue.class, null);
 * tracker.open();
 * FormCatalogue catalogue = tracker.waitForService(10_000);
 * Optional<FormDefinition> soap = catalogue.installed("std.progress.SoapNote");
 * }</pre>
 *
 * (or {@link FormCatalogue#service(Class)}, which does the same from a class of the calling bundle).
 */
public interface FormCatalogue {

    /** @return the forms of the installed template libraries, compiled on the first call */
    List<FormDefinition> installed();

    /** @return the installed form with this qualified id (e.g. {@code std.progress.SoapNote}), if there is one */
    Optional<FormDefinition> installed(String templateId);

    /**
     * @param dataFolder a workbench's data folder (its {@code published-templates} folder holds what the agency
     *                   published on that machine)
     * @return the agency's published forms there, read from the folder on each request
     */
    PublishedForms publishedIn(Path dataFolder);

    /**
     * Compiles the text of one published version of a template (such as one an agency server holds) against the
     * installed libraries, which it may extend or include.
     *
     * @param origin     where the text comes from, named in problems (e.g. {@code agency-server:x.Intake@2})
     * @param templateId the qualified id the text declares
     * @param version    the version the text declares
     * @param text       the template-language text
     * @return the form, or empty when the text does not compile here or declares another id or version
     */
    Optional<FormDefinition> compile(String origin, String templateId, int version, String text);

    /**
     * The registered catalogue, as seen from the bundle of {@code caller}, waiting a little for the Declarative
     * Services runtime to register it if it has not yet.
     *
     * @param caller a class of the calling bundle
     * @return the catalogue
     * @throws IllegalStateException when no catalogue is registered (the template bundle is not installed, or the
     *                               Declarative Services runtime is not started)
     */
    static FormCatalogue service(Class<?> caller) {
        return RegisteredService.await(FormCatalogue.class, null, caller);
    }
}
