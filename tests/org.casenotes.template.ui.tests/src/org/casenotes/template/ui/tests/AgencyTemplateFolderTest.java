package org.casenotes.template.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New agency templates, on their own or extending a standard one, compile as written. */
class AgencyTemplateFolderTest {

    @TempDir
    Path data;

    @Test
    void aNewTemplateExtendingSoapCompilesWithEverySoapSection() {
        AgencyTemplateFolder agency = new AgencyTemplateFolder(data.resolve("templates"));
        FormDefinition soap = agency.library().compile().form("std.progress.SoapNote").orElseThrow();

        Path file = agency.create("AgencySoapNote", "Agency SOAP note", Optional.of(soap));

        assertEquals(data.resolve("templates/AgencySoapNote.ntpl"), file);
        CompiledLibrary compiled = agency.library().compile();
        assertFalse(compiled.hasErrors(), compiled.diagnostics().toString());
        FormDefinition form = compiled.form("agency.AgencySoapNote").orElseThrow();
        assertEquals("Agency SOAP note", form.getTitle());
        assertEquals(soap.getKind(), form.getKind());
        assertEquals(soap.getElements().size(), form.getElements().size(), "every SOAP section is inherited");
        assertTrue(form.getBaseChain().contains("std.progress.SoapNote"), "the base is SOAP: " + form.getBaseChain());
    }

    @Test
    void aTemplateOfItsOwnCompiles() {
        AgencyTemplateFolder agency = new AgencyTemplateFolder(data.resolve("templates"));
        agency.create("GroupNote", "Group \"skills\" note", Optional.empty());
        CompiledLibrary compiled = agency.library().compile();
        assertFalse(compiled.hasErrors(), compiled.diagnostics().toString());
        assertEquals("Group \"skills\" note", compiled.form("agency.GroupNote").orElseThrow().getTitle());
    }

    @Test
    void refusesBadIdsAndExistingFiles() throws Exception {
        AgencyTemplateFolder agency = new AgencyTemplateFolder(data.resolve("templates"));
        assertThrows(IllegalArgumentException.class, () -> agency.create("bad id", "x", Optional.empty()));
        agency.create("Once", "Once", Optional.empty());
        String written = Files.readString(data.resolve("templates/Once.ntpl"));
        assertThrows(IllegalArgumentException.class, () -> agency.create("Once", "Twice", Optional.empty()));
        assertTrue(Files.readString(data.resolve("templates/Once.ntpl")).equals(written), "never overwritten");
    }
}
