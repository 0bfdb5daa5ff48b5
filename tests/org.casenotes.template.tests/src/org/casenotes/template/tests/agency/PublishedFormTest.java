package org.casenotes.template.tests.agency;

import static org.casenotes.template.tests.agency.AgencyFolder.AGENCY_SOAP;
import static org.casenotes.template.tests.agency.AgencyFolder.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.agency.FormChange;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.agency.TamperedVersionException;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published artefact is the compiled form: stored beside the text at publication, checked like it, and read
 * back on lookup instead of compiling, so a new standard library cannot change a version notes were written on.
 */
class PublishedFormTest {

    private static final String SOAP_LABEL = "\"What the client reported\"";
    private static final String UPGRADED_SOAP_LABEL = "\"What the client said\"";

    @TempDir
    Path data;

    @Test
    void theCompiledFormIsPublishedReadOnlyAndLookupsReadItWithoutCompiling() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        PublishedVersion published = agency.library().publish(ID);
        FormDefinition asPublished = agency.library().form(ID, 1).orElseThrow();

        Path stored = storedForm(published);
        assertTrue(Files.readString(stored).contains("Agency check-in"), "the form in XMI, beside the text");
        assertFalse(Files.getPosixFilePermissions(stored).contains(PosixFilePermission.OWNER_WRITE), "read-only");
        assertFalse(Files.readString(stored).contains(data.toString()), "nothing in it says where the data folder is");
        assertEquals(published.file().toString(), asPublished.getSourceUri(), "its source: the published text");

        FormDefinition withoutAnyLibrary = new AgencyFolder(data, TemplateLibrary.empty()).library().form(ID, 1)
                .orElseThrow(() -> new AssertionError("with no installed library the text cannot compile at all"));
        assertTrue(EcoreUtil.equals(asPublished, withoutAnyLibrary), "the same form, read from the stored XMI");
        assertTrue(FormDefinitions.findField(withoutAnyLibrary, "clientReport").isPresent(),
                "SOAP's fields as they were when it was published");
    }

    @Test
    void aNewStandardLibraryDoesNotChangeAPublishedVersion() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        agency.library().publish(ID);
        FormDefinition asPublished = agency.library().form(ID, 1).orElseThrow();
        TemplateLibrary upgraded = AgencyFolder.installedWithChange("SoapNote", SOAP_LABEL, UPGRADED_SOAP_LABEL);
        FormDefinition recompiled = upgraded.withSource(new TemplateSource("AgencySoap.ntpl", AGENCY_SOAP)).compile()
                .form(ID).orElseThrow();
        assertEquals("What the client said", clientReportLabel(recompiled),
                "compiling the published text with the upgraded library would change version 1");

        FormDefinition afterUpgrade = new AgencyFolder(data, upgraded).library().form(ID, 1).orElseThrow();

        assertEquals("What the client reported", clientReportLabel(afterUpgrade), "version 1 as it was published");
        assertTrue(EcoreUtil.equals(asPublished, afterUpgrade), "the same form");
    }

    @Test
    void aStoredFormThatWasChangedIsRefusedWithAClearMessage() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        Path stored = storedForm(agency.library().publish(ID));
        stored.toFile().setWritable(true);
        Files.writeString(stored, Files.readString(stored).replace("Agency check-in", "Check-in"),
                StandardCharsets.UTF_8);
        AgencyFolder fresh = new AgencyFolder(data);

        TamperedVersionException tampered = assertThrows(TamperedVersionException.class,
                () -> fresh.library().form(ID, 1));
        assertTrue(tampered.getMessage().contains("Version 1 of the template agency.AgencySoap has been changed since "
                + "it was published (" + stored + " no longer matches its checksum"), tampered.getMessage());
        assertTrue(tampered.getMessage().contains("restore the file from a backup"), tampered.getMessage());
        assertThrows(TamperedVersionException.class, () -> agency.library().form(ID, 1),
                "refused by the library that published it too, though it had read the form before");
        assertTrue(fresh.library().latestPublishedForms().isEmpty(), "not offered for new notes");
        assertEquals(List.of(tampered.getMessage()), fresh.library().problems());
        assertEquals(AGENCY_SOAP, fresh.library().publishedText(ID, 1), "the text itself is intact and readable");
    }

    @Test
    void aStoredFormThatWasRemovedIsRefused() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        Path stored = storedForm(agency.library().publish(ID));
        Files.delete(stored);

        TamperedVersionException removed = assertThrows(TamperedVersionException.class,
                () -> new AgencyFolder(data).library().form(ID, 1));
        assertTrue(removed.getMessage().contains("has lost its compiled form since it was published (" + stored
                + " is missing)"), removed.getMessage());
    }

    @Test
    void aVersionPublishedBeforeFormsWereStoredIsStillCompiledWithTheInstalledLibraries() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        PublishedVersion first = agency.library().publish(ID);
        asPublishedWithoutItsForm(first);
        agency.edit("AgencySoap", "\"Agency check-in\"", "\"Safety check-in\"");
        agency.library().publish(ID);
        TemplateLibrary upgraded = AgencyFolder.installedWithChange("SoapNote", SOAP_LABEL, UPGRADED_SOAP_LABEL);
        AgencyFolder afterUpgrade = new AgencyFolder(data, upgraded);

        FormDefinition old = afterUpgrade.library().form(ID, 1).orElseThrow();
        FormDefinition stored = afterUpgrade.library().form(ID, 2).orElseThrow();

        assertEquals("What the client said", clientReportLabel(old),
                "without a stored form, version 1 is compiled with the libraries installed now");
        assertEquals("What the client reported", clientReportLabel(stored), "version 2 as it was published");
        assertFalse(Files.exists(storedForm(first)), "the read-only published folder is not rewritten");
        assertEquals(List.of(), afterUpgrade.library().problems());
        List<String> changes = afterUpgrade.library().compare(ID, 1, 2).changes().stream().map(FormChange::toString)
                .toList();
        assertTrue(changes.contains("~ Section \"Safety check-in\" (checkIn): label \"Agency check-in\" \u2192 "
                + "\"Safety check-in\""), changes.toString());
    }

    @Test
    void aStoredFormPutBesideAVersionPublishedWithoutOneIsRefused() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        PublishedVersion published = agency.library().publish(ID);
        byte[] xmi = Files.readAllBytes(storedForm(published));
        asPublishedWithoutItsForm(published);
        Files.write(storedForm(published), xmi);

        TamperedVersionException planted = assertThrows(TamperedVersionException.class,
                () -> new AgencyFolder(data).library().form(ID, 1));
        assertTrue(planted.getMessage().contains("(" + storedForm(published) + ") is not recorded in versions.sha256"),
                planted.getMessage());
    }

    @Test
    void publishedVersionsAreComparedFromTheirStoredForms() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        agency.library().publish(ID);
        agency.edit("AgencySoap", "\"Agency check-in\"", "\"Safety check-in\"");
        agency.library().publish(ID);

        List<String> changes = new AgencyFolder(data, TemplateLibrary.empty()).library().compare(ID, 1, 2).changes()
                .stream().map(FormChange::toString).toList();

        assertEquals(List.of("~ Section \"Safety check-in\" (checkIn): label \"Agency check-in\" \u2192 "
                + "\"Safety check-in\""), changes, "compared without compiling either version");
    }

    private static Path storedForm(PublishedVersion published) {
        return published.file().resolveSibling("AgencySoap.form.xmi");
    }

    private static String clientReportLabel(FormDefinition form) {
        return FormDefinitions.findField(form, "clientReport").orElseThrow().getLabel();
    }

    /** Makes a version's folder look as versions published before compiled forms were stored: text and its checksum. */
    private void asPublishedWithoutItsForm(PublishedVersion published) throws Exception {
        Path manifest = data.resolve("published-templates").resolve(ID).resolve("versions.sha256");
        List<String> lines = Files.readAllLines(manifest).stream().filter(line -> !line.endsWith(".form.xmi"))
                .toList();
        manifest.toFile().setWritable(true);
        Files.write(manifest, lines);
        manifest.toFile().setWritable(false);
        Files.delete(storedForm(published));
    }
}
