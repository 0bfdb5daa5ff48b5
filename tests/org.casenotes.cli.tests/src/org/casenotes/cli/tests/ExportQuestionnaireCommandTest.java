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
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code casenotes export-questionnaire}: an installed template as a FHIR R4 Questionnaire. */
class ExportQuestionnaireCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int casenotes(String... arguments) {
        return Commands.standard(RegistryFactory.getRegistry()).run(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anInstalledTemplateIsWrittenToStandardOutputAsAQuestionnaireOfItsVersion() {
        assertEquals(ExitCode.CLEAN, casenotes("export-questionnaire", "--template", "std.progress.SoapNote@1"), err());

        JsonObject questionnaire = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals("Questionnaire", questionnaire.get("resourceType").getAsString());
        assertEquals("1", questionnaire.get("version").getAsString());
        assertEquals("http://casenotes.org/fhir/Questionnaire/std.progress.SoapNote",
                questionnaire.get("url").getAsString());
        assertTrue(questionnaire.getAsJsonArray("item").size() > 3, out());
        assertTrue(err().contains("note: not in the Questionnaire: signature block"), err());
    }

    @Test
    void withOutTheQuestionnaireIsWrittenToTheFileAndNothingToStandardOutput() throws IOException {
        Path file = folder.resolve("soap.json");

        assertEquals(ExitCode.CLEAN, casenotes("export-questionnaire", "--template", "std.progress.SoapNote", "--out",
                file.toString()), err());

        assertEquals("", out());
        assertEquals("Questionnaire",
                JsonParser.parseString(Files.readString(file)).getAsJsonObject().get("resourceType").getAsString());
    }

    @Test
    void aVersionThatIsNotInstalledIsRefusedWithTheInstalledOne() {
        assertEquals(ExitCode.CANNOT_RUN, casenotes("export-questionnaire", "--template", "std.progress.SoapNote@7"));

        assertEquals("", out());
        assertTrue(err().contains("std.progress.SoapNote is installed at version 1"), err());
        assertTrue(err().contains("--data"), err());
    }

    @Test
    void anUnknownTemplateIsRefusedWithTheInstalledOnes() {
        assertEquals(ExitCode.CANNOT_RUN, casenotes("export-questionnaire", "--template", "std.progress.Soap"));

        assertTrue(err().contains("no template std.progress.Soap is installed"), err());
        assertTrue(err().contains("std.progress.SoapNote"), err());
    }

    @Test
    void aFolderThatDoesNotExistLeavesNothingWritten() {
        Path file = folder.resolve("missing").resolve("soap.json");

        assertEquals(ExitCode.CANNOT_RUN, casenotes("export-questionnaire", "--template", "std.progress.SoapNote",
                "--out", file.toString()));

        assertTrue(err().contains("does not exist"), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void withoutATemplateItSaysHowToNameOne() {
        assertEquals(ExitCode.CANNOT_RUN, casenotes("export-questionnaire"));

        assertTrue(err().contains("--template std.progress.SoapNote@1"), err());
    }
}
