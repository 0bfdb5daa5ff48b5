package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.ExitCode;
import org.casenotes.fhir.QuestionnaireExport;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casenotes import-questionnaire} and {@code casenotes import-redcap}: a template, or nothing and why. */
class ImportTemplateCommandTest {

    private static final String REDCAP_HEADER = "\"Variable / Field Name\",\"Form Name\",\"Section Header\","
            + "\"Field Type\",\"Field Label\",\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text"
            + " Validation Type OR Show Slider Number\",\"Text Validation Min\",\"Text Validation Max\","
            + "\"Identifier?\",\"Branching Logic (Show field only if...)\",\"Required Field?\",\"Custom Alignment\","
            + "\"Question Number (surveys only)\",\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"\n";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int casenotes(String... arguments) {
        return Commands.standard(RegistryFactory.getRegistry()).run(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aQuestionnaireBecomesATemplateFileBesideItThatCompiles() throws IOException {
        Path json = folder.resolve("soap.json");
        Files.writeString(json, QuestionnaireExport.of(TemplateLibrary.contributed().compile()
                .form("std.progress.SoapNote").orElseThrow()).json());

        int exit = casenotes("import-questionnaire", json.toString(), "--package", "agency.riverside");

        assertEquals(ExitCode.CLEAN, exit, err.toString());
        Path ntpl = folder.resolve("soap.ntpl");
        assertTrue(out.toString().contains(ntpl.toString()) && out.toString().contains("agency.riverside.SoapNote"),
                out.toString());
        String text = Files.readString(ntpl);
        assertTrue(text.startsWith("// Imported from soap.json"), text);
        CompiledLibrary compiled = TemplateLibrary.contributed().withSource(new TemplateSource("soap.ntpl", text))
                .compile();
        assertEquals(List.of(), compiled.diagnosticsOf("soap.ntpl").stream().filter(TemplateDiagnostic::isError)
                .toList());
        assertTrue(compiled.form("agency.riverside.SoapNote").isPresent());
    }

    @Test
    void malformedJsonWritesNothingAndSaysWhere() throws IOException {
        Path json = folder.resolve("broken.json");
        Files.writeString(json, "{\n  \"resourceType\": \"Questionnaire\",,\n}");

        int exit = casenotes("import-questionnaire", json.toString());

        assertEquals(ExitCode.ERRORS_FOUND, exit);
        assertTrue(err.toString().startsWith(json + ": line 2, column "), err.toString());
        assertTrue(err.toString().contains("nothing was written"), err.toString());
        assertFalse(Files.exists(folder.resolve("broken.ntpl")));
    }

    @Test
    void aRedcapDictionaryBecomesATemplateFile() throws IOException {
        Path csv = folder.resolve("screen.csv");
        Files.writeString(csv, REDCAP_HEADER
                + "record_id,screen,,text,\"Record ID\",,,,,,,,,,,,,\n"
                + "mood,screen,Mood,radio,\"Mood today\",\"1, Low | 2, OK | 3, Good\",,,,,,,y,,,,,\n"
                + "why,screen,,notes,\"Why low?\",,,,,,,\"[mood] = '1'\",,,,,,\n"
                + "card,screen,,file,\"Insurance card\",,,,,,,,,,,,,\n");

        int exit = casenotes("import-redcap", csv.toString(), "--out", folder.resolve("mood.ntpl").toString());

        assertEquals(ExitCode.CLEAN, exit, err.toString());
        String text = Files.readString(folder.resolve("mood.ntpl"));
        assertTrue(text.contains("field why \"Why low?\" : longtext shown when mood in [c1]"), text);
        assertTrue(err.toString().contains("note: not mapped: row 5 (variable 'card')"), err.toString());
    }

    @Test
    void anUnknownRedcapFieldTypeWritesNothingAndNamesTheRow() throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, REDCAP_HEADER + "record_id,screen,,text,\"Record ID\",,,,,,,,,,,,,\n"
                + "photo,screen,,image,Photo,,,,,,,,,,,,,\n");

        int exit = casenotes("import-redcap", csv.toString());

        assertEquals(ExitCode.ERRORS_FOUND, exit);
        assertTrue(err.toString().contains(csv + ": row 3 (variable 'photo'): unknown field type 'image'"),
                err.toString());
        assertFalse(Files.exists(folder.resolve("bad.ntpl")));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path csv = folder.resolve("screen.csv");
        Files.writeString(csv, REDCAP_HEADER + "record_id,screen,,text,\"Record ID\",,,,,,,,,,,,,\n");
        Path existing = folder.resolve("screen.ntpl");
        Files.writeString(existing, "// the agency's own template\n");

        int exit = casenotes("import-redcap", csv.toString());

        assertEquals(ExitCode.CANNOT_RUN, exit);
        assertTrue(err.toString().contains("exists"), err.toString());
        assertEquals("// the agency's own template\n", Files.readString(existing));
    }
}
