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
import java.util.Set;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.agency.AgencyTemplate;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublicationRefusedException;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.agency.TamperedVersionException;
import org.casenotes.template.library.TemplateDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing agency templates: immutable read-only versions, checksums, version bumps, refusals and lookup. */
class AgencyTemplateLibraryTest {

    @TempDir
    Path data;

    @Test
    void publishingWritesTheVersionReadOnlyRecordsItsChecksumAndRaisesTheWorkingCopy() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);

        PublishedVersion published = agency.library().publish(ID);

        assertEquals(1, published.version());
        assertEquals(data.resolve("published-templates/agency.AgencySoap/1/AgencySoap.ntpl"), published.file());
        assertEquals(AGENCY_SOAP, Files.readString(published.file()), "the text as it was published");
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(published.file());
        assertFalse(permissions.contains(PosixFilePermission.OWNER_WRITE), "read-only: " + permissions);
        String manifest = Files.readString(data.resolve("published-templates/agency.AgencySoap/versions.sha256"));
        assertTrue(manifest.matches("[0-9a-f]{64}  1/AgencySoap\\.ntpl\n[0-9a-f]{64}  1/AgencySoap\\.form\\.xmi\n"),
                manifest);
        assertEquals(AGENCY_SOAP.replace("version 1 kind", "version 2 kind"), agency.read("AgencySoap"),
                "editing goes on in version 2; nothing else in the working copy changed");
        FormDefinition form = agency.library().form(ID, 1).orElseThrow();
        assertEquals(1, form.getVersion());
        assertTrue(form.getBaseChain().contains("std.progress.SoapNote"), "extends SOAP: " + form.getBaseChain());
        assertTrue(FormDefinitions.findField(form, "feelsSafe").isPresent());
        assertTrue(FormDefinitions.findField(form, "clientReport").isPresent(), "SOAP's own fields are inherited");
    }

    @Test
    void aWorkingCopyWithErrorsIsRefusedWithTheDiagnosticsCheckTemplatesPrints() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        Path file = agency.write("AgencySoap", AGENCY_SOAP.replace("feelsSafe = no", "feelsSafe = maybe"));
        TemplateDiagnostic error = AgencyFolder.installed().withDirectory(data.resolve("templates")).compile()
                .diagnosticsOf(file.toString()).stream().filter(TemplateDiagnostic::isError).findFirst().orElseThrow();

        PublicationRefusedException refused = assertThrows(PublicationRefusedException.class,
                () -> agency.library().publish(ID));

        assertTrue(refused.getMessage().contains("1 error"), refused.getMessage());
        assertTrue(refused.getMessage().contains("line " + error.line() + ", column " + error.column() + ": "
                + error.message()), refused.getMessage());
        assertTrue(agency.library().publishedVersions(ID).isEmpty(), "nothing published");
        assertTrue(agency.read("AgencySoap").contains("version 1 kind"), "the version is not raised");
    }

    @Test
    void aVersionThatIsPublishedAlreadyOrOlderIsRefused() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        agency.library().publish(ID);
        agency.edit("AgencySoap", "version 2 kind", "version 1 kind");

        PublicationRefusedException again = assertThrows(PublicationRefusedException.class,
                () -> agency.library().publish(ID));
        assertTrue(again.getMessage().contains("Version 1 of agency.AgencySoap is published already"),
                again.getMessage());
        assertTrue(again.getMessage().contains("Raise the working copy to version 2"), again.getMessage());

        assertEquals(List.of(1), agency.library().publishedVersions(ID).stream().map(PublishedVersion::version)
                .toList());
        assertEquals(AGENCY_SOAP, agency.library().publishedText(ID, 1), "version 1 as first published");
    }

    @Test
    void anOlderVersionThanThePublishedOneIsRefused() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP.replace("version 1 kind", "version 3 kind"));
        agency.library().publish(ID);
        agency.edit("AgencySoap", "version 4 kind", "version 2 kind");

        PublicationRefusedException older = assertThrows(PublicationRefusedException.class,
                () -> agency.library().publish(ID));
        assertTrue(older.getMessage().contains("says version 2, but version 3 is published already"),
                older.getMessage());
        assertEquals(List.of(3), agency.library().publishedVersions(ID).stream().map(PublishedVersion::version)
                .toList());
    }

    @Test
    void aPublishedVersionNeverChangesWhenTheWorkingCopyIsEditedAndPublishedAgain() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        PublishedVersion first = agency.library().publish(ID);
        agency.edit("AgencySoap", "\t\t\tshown when feelsSafe = no\n",
                "\t\t\tshown when feelsSafe = no\n\t\tfield school \"School the client attends\" : text\n");
        agency.edit("AgencySoap", "\"Agency check-in\"", "\"Safety check-in\"");

        PublishedVersion second = agency.library().publish(ID);

        assertEquals(2, second.version());
        assertEquals(AGENCY_SOAP, Files.readString(first.file()), "version 1's file is untouched");
        FormDefinition one = agency.library().form(ID, 1).orElseThrow();
        FormDefinition two = agency.library().form(ID, 2).orElseThrow();
        assertTrue(FormDefinitions.findField(one, "school").isEmpty(), "version 1 keeps its fields");
        assertEquals("Agency check-in", FormDefinitions.findElement(one, "checkIn").orElseThrow().getLabel());
        assertTrue(FormDefinitions.findField(two, "school").isPresent(), "version 2 has the new field");
        assertEquals("Safety check-in", FormDefinitions.findElement(two, "checkIn").orElseThrow().getLabel());
        assertTrue(agency.read("AgencySoap").contains("version 3 kind"), "editing goes on in version 3");
        assertEquals(List.of(two), agency.library().latestPublishedForms(), "new notes get the newest version");
    }

    @Test
    void aPublishedFileThatWasChangedIsRefusedWithAClearMessage() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        PublishedVersion published = agency.library().publish(ID);
        assertTrue(agency.library().form(ID, 1).isPresent());

        published.file().toFile().setWritable(true);
        Files.writeString(published.file(), AGENCY_SOAP.replace("required", "optional"), StandardCharsets.UTF_8);

        TamperedVersionException tampered = assertThrows(TamperedVersionException.class,
                () -> agency.library().form(ID, 1));
        assertTrue(tampered.getMessage().contains("Version 1 of the template agency.AgencySoap has been changed since "
                + "it was published"), tampered.getMessage());
        assertTrue(tampered.getMessage().contains("restore the file from a backup"), tampered.getMessage());
        assertThrows(TamperedVersionException.class, () -> agency.library().publishedText(ID, 1));
        assertTrue(agency.library().latestPublishedForms().isEmpty(), "not offered for new notes");
        assertEquals(1, agency.library().problems().size(), agency.library().problems().toString());
    }

    @Test
    void aPublishedFileThatIsNotInTheChecksumManifestIsRefused() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        Path planted = data.resolve("published-templates/agency.AgencySoap/1/AgencySoap.ntpl");
        Files.createDirectories(planted.getParent());
        Files.writeString(planted, AGENCY_SOAP);

        TamperedVersionException unknown = assertThrows(TamperedVersionException.class,
                () -> agency.library().form(ID, 1));
        assertTrue(unknown.getMessage().contains("not recorded in versions.sha256"), unknown.getMessage());
    }

    @Test
    void aTemplateThatNeedsAnotherAgencyFileIsRefused() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencyBase", """
                package agency
                import std.progress.SoapNote
                abstract template AgencyBase "Agency base" version 1 kind progress extends SoapNote {
                	field office "Office" : text
                }
                """);
        agency.write("Youth", """
                package agency
                template Youth "Youth note" version 1 kind progress extends AgencyBase {
                	field school "School" : text
                }
                """);

        PublicationRefusedException refused = assertThrows(PublicationRefusedException.class,
                () -> agency.library().publish("agency.Youth"));
        assertTrue(refused.getMessage().contains("may extend and include only the installed templates"),
                refused.getMessage());
        PublicationRefusedException base = assertThrows(PublicationRefusedException.class,
                () -> agency.library().publish("agency.AgencyBase"));
        assertTrue(base.getMessage().contains("is abstract"), base.getMessage());
        assertTrue(agency.library().latestPublishedForms().isEmpty());
    }

    @Test
    void theListingShowsWorkingVersionsAndPublishedVersions() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        agency.write("GroupNote", """
                package agency
                template GroupNote "Group note" version 1 kind progress {
                	field summary "Summary" : longtext required
                	signature signature "Signature"
                }
                """);
        agency.write("notes", "// not a template of its own name: not a working copy\n");
        AgencyTemplateLibrary library = agency.library();
        library.publish(ID);
        library.publish(ID);

        List<AgencyTemplate> templates = library.templates();

        assertEquals(List.of("agency.AgencySoap", "agency.GroupNote"),
                templates.stream().map(AgencyTemplate::templateId).toList());
        AgencyTemplate soap = templates.get(0);
        assertEquals(3, soap.workingCopy().orElseThrow().version());
        assertEquals("Agency SOAP note", soap.workingCopy().orElseThrow().title());
        assertEquals(List.of(1, 2), soap.published().stream().map(PublishedVersion::version).toList());
        assertEquals(2, soap.latestPublished().orElseThrow().version());
        AgencyTemplate group = templates.get(1);
        assertEquals(1, group.workingCopy().orElseThrow().version());
        assertTrue(group.published().isEmpty(), "never published: clinicians do not see it");
        assertEquals(List.of("agency.AgencySoap"),
                library.latestPublishedForms().stream().map(FormDefinition::getId).toList());
        assertTrue(library.form("agency.GroupNote", 1).isEmpty(), "a working copy is never a form for notes");
    }
}
