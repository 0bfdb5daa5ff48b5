package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.casenotes.core.services.RegisteredService;
import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The services the workbench and the command line share, used as their Javadoc shows a plugin using them: the one
 * {@link FormCatalogue} the template bundle registers, and the embedded store's {@link CaseloadStoreFactory}.
 */
class CoreServicesTest {

    @TempDir
    Path temp;

    /** As in the product, where the Declarative Services runtime is started at start level 2. */
    @BeforeAll
    static void startDeclarativeServices() throws BundleException {
        for (Bundle bundle : FrameworkUtil.getBundle(CoreServicesTest.class).getBundleContext().getBundles()) {
            if ("org.apache.felix.scr".equals(bundle.getSymbolicName())) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
    }

    @Test
    void theFormCatalogueHoldsTheCompiledStandardLibraryOnce() {
        FormCatalogue catalogue = FormCatalogue.service(CoreServicesTest.class);
        Optional<FormDefinition> soap = catalogue.installed("std.progress.SoapNote");

        assertTrue(soap.isPresent());
        assertEquals("SOAP progress note", soap.get().getTitle());
        assertTrue(catalogue.installed().stream().anyMatch(form -> form.getId().equals("std.progress.DapNote")));
        assertSame(soap.get(), FormCatalogue.service(CoreServicesTest.class).installed("std.progress.SoapNote").get(),
                "one catalogue, compiled once");
    }

    @Test
    void aPublishedTextIsCompiledAgainstTheInstalledLibraryAndAnotherVersionIsRefused() {
        FormCatalogue catalogue = FormCatalogue.service(CoreServicesTest.class);
        String text = """
                package agency.riverside

                import std.progress.*

                template RiversideSoap "Riverside SOAP note" version 2 kind progress extends SoapNote {
                \tsection housing "Housing" {
                \t\tfield housingStatus "Housing this week" : text required
                \t}
                }
                """;

        Optional<FormDefinition> form = catalogue.compile("agency-server:agency.riverside.RiversideSoap@2",
                "agency.riverside.RiversideSoap", 2, text);

        assertTrue(form.isPresent());
        assertNotSame(catalogue.installed("std.progress.SoapNote").get(), form.get());
        assertTrue(catalogue.compile("x", "agency.riverside.RiversideSoap", 3, text).isEmpty(), "declares version 2");
    }

    @Test
    void theAgencysPublishedFormsAreReadFromTheDataFolder() throws Exception {
        Path working = Files.createDirectories(temp.resolve(AgencyTemplateLibrary.WORKING_FOLDER));
        Files.writeString(working.resolve("HomeVisit.ntpl"), """
                package agency

                template HomeVisit "Home visit" version 1 kind progress {
                	section visit "Visit" {
                		field response "What happened" : longtext required
                	}
                	signature signature "Signature"
                }
                """);
        FormCatalogue catalogue = FormCatalogue.service(CoreServicesTest.class);
        assertTrue(catalogue.publishedIn(temp).latestForms().isEmpty(), "a working copy is never offered");

        AgencyTemplateLibrary.inDataFolder(temp).publish("agency.HomeVisit");

        assertEquals("Home visit", catalogue.publishedIn(temp).latest("agency.HomeVisit").orElseThrow().getTitle());
        assertTrue(catalogue.publishedIn(temp).form("agency.HomeVisit", 1).isPresent());
        assertTrue(catalogue.publishedIn(temp).form("agency.HomeVisit", 2).isEmpty());
    }

    @Test
    void theEmbeddedStoreIsFoundByItsKind() {
        CaseloadStoreFactory embedded = RegisteredService.await(CaseloadStoreFactory.class,
                "(" + CaseloadStoreFactory.KIND_PROPERTY + "=" + CaseloadStoreFactory.EMBEDDED + ")",
                CoreServicesTest.class);
        Path folder = temp.resolve("caseload");
        embedded.create(folder, "correct horse battery staple".toCharArray(), "clinician").close();

        try (CaseloadStore store = embedded.open(folder, "correct horse battery staple".toCharArray(), "clinician")) {
            assertTrue(store.listClients().isEmpty());
        }
    }
}
