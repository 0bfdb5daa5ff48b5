package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.PublishedTemplate;
import org.casenotes.store.server.Role;
import org.casenotes.store.server.tests.AgencyServers;
import org.casenotes.store.server.tests.LocalPostgres;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.ui.WorkbenchDataFolder;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.RecentAgencyServers;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.tests.caseload.CaseloadDialogDriver;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The template designer's Publish on an agency server, with real widgets: an administrator signed in to the server
 * publishes from the designer and the version is on the server for every clinician; a clinician's Publish stays on
 * their workbench and the designer is told the server refused it.
 */
class ServerTemplatePublishingUiTest {

    private static final String PASSWORD = "publishing-secret-for-tests";
    private static final String CLINICIAN = "ui-pub-clin";
    private static final List<String> NAMES = List.of("ServerGroup", "ClinicianGroup");

    private AgencyServers agency;

    @BeforeEach
    void anAgencyServer() {
        StartedCaseload.store();
        agency = AgencyServers.initialised(LocalPostgres.get(), CLINICIAN, PASSWORD, Role.CLINICIAN);
    }

    @AfterEach
    void removeTheTemplatesAndGoBackToTheDemo() throws Exception {
        Workbench.closeAllEditors();
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.remove(RecentAgencyServers.RECENT);
        preferences.flush();
        Path data = WorkbenchDataFolder.current();
        for (String name : NAMES) {
            Files.deleteIfExists(data.resolve(AgencyTemplateLibrary.WORKING_FOLDER).resolve(name + ".ntpl"));
            deleteTree(data.resolve(AgencyTemplateLibrary.PUBLISHED_FOLDER).resolve("agency." + name));
        }
    }

    @Test
    void anAdministratorsPublishReachesTheServerAndAClinicianIsToldTheServerRefusedTheirs() throws Exception {
        signIn(AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD);
        CaseloadView view = (CaseloadView) ActiveWorkbench.page().findView(CaseloadUi.CASELOAD_VIEW);
        EventLoop.spinUntil(() -> view.bannerText().contains("your account is not allowed to"), 30_000,
                "the caseload view to say an administrator reads no client record");
        publishFromTheDesigner("ServerGroup", "Server group note");

        AgencySession reader = agency.server().signIn(CLINICIAN, PASSWORD.toCharArray());
        try {
            List<PublishedTemplate> published = reader.publishedTemplates();
            assertEquals(List.of("agency.ServerGroup"), published.stream().map(PublishedTemplate::templateId).toList());
            assertEquals(AgencyServers.ADMINISTRATOR, published.get(0).publishedBy());
            assertEquals("Server group note", published.get(0).title());
            assertTrue(published.get(0).source().contains("field summary"), published.get(0).source());
        } finally {
            reader.store().close();
        }

        signIn(CLINICIAN, PASSWORD);
        Dialogs.Awaited refused = Dialogs.answer("Publish template", Dialogs.pressing("OK"));
        publishFromTheDesigner("ClinicianGroup", "Clinician group note");
        assertTrue(refused.text().contains("Version 1 of agency.ClinicianGroup is published on this workbench, but not"
                + " on the agency server " + agency.url() + ": Could not save the change to the caseload: your account"
                + " is not allowed to"), refused.text());
        assertEquals(1, CaseloadSession.current().agency().orElseThrow().allPublishedTemplates().size(),
                "the server keeps only the administrator's");
    }

    private void publishFromTheDesigner(String name, String title) throws Exception {
        Path file = WorkbenchDataFolder.current().resolve(AgencyTemplateLibrary.WORKING_FOLDER).resolve(name + ".ntpl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package agency\n\ntemplate " + name + " \"" + title + "\" version 1 kind progress {\n"
                + "\tfield summary \"Summary\" : longtext required\n\tsignature signature \"Signature\"\n}\n");
        ActiveWorkbench.page().activate(TemplateDesigners.open(ActiveWorkbench.page(), file));
        Dialogs.Awaited confirmed = Dialogs.answer("Publish agency." + name, Dialogs.pressing("Publish"));
        ActiveWorkbench.runCommand("org.casenotes.template.ui.publish");
        EventLoop.spin();
        assertTrue(confirmed.shown(), "the designer confirmed the publication");
    }

    private void signIn(String user, String password) throws Exception {
        CaseloadDialogDriver.answer("Open Agency Server", "org.casenotes.ui.caseload.openServer", dialog -> {
            dialog.fill("Server address (JDBC URL)", agency.url()).fill("User id", user).fill("Password", password);
            dialog.press("Open");
        });
        assertEquals(user, CaseloadSession.current().agency().orElseThrow().account().userId());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                each.toFile().setWritable(true);
                Files.delete(each);
            }
        }
    }
}
