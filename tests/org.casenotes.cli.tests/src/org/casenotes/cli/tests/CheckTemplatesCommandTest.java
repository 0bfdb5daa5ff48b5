package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code casenotes check-templates} on an agency's folder, with the installed standard library to extend. */
class CheckTemplatesCommandTest {

    @TempDir
    Path agency;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int casenotes(String... arguments) {
        return Commands.standard(RegistryFactory.getRegistry()).run(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAgencyTemplateExtendingSoapCompilesClean() throws IOException {
        Files.writeString(agency.resolve("our-soap.ntpl"), """
                package agency.riverside

                import std.progress.*

                template RiversideSoap "Riverside SOAP note" version 1 kind progress extends SoapNote {
                \tsection housing "Housing" {
                \t\tguidance "Where the client is staying and whether it is stable."
                \t\tfield housingStatus "Housing this week" : text required
                \t}
                }
                """);
        assertEquals(ExitCode.CLEAN, casenotes("check-templates", agency.toString()), out());
        assertTrue(out().contains("0 errors"), out());
    }

    @Test
    void anErrorIsReportedWithFileLineAndColumnAndExitsOne() throws IOException {
        Path broken = Files.writeString(agency.resolve("broken.ntpl"), """
                package agency.riverside

                import std.progress.*

                template Broken "Broken" version 1 kind progress extends NoSuchBase {
                }
                """);
        assertEquals(ExitCode.ERRORS_FOUND, casenotes("check-templates", agency.toString()));
        assertTrue(out().lines().anyMatch(line -> line.startsWith(broken.toString()) && line.contains(":5:")
                && line.contains("error")), out());
    }

    @Test
    void jsonListsTheDiagnostics() throws IOException {
        Files.writeString(agency.resolve("truncated.ntpl"), "package agency.x\ntemplate T \"T\" version 1 kind progress {\n section s \"S\" {");
        assertEquals(ExitCode.ERRORS_FOUND, casenotes("check-templates", "--json", agency.toString()));
        JsonObject root = JsonParser.parseString(out()).getAsJsonObject();
        assertTrue(root.getAsJsonArray("diagnostics").size() > 0, out());
    }

    @Test
    void aMissingPathCannotRun() {
        assertEquals(ExitCode.CANNOT_RUN, casenotes("check-templates", agency.resolve("nope").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read " + agency.resolve("nope")
                + ": no such file"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirLineNotACrash() throws IOException {
        // the example: printf 'package fuzz.bad\n\ntemplate Bad "Bad \xff" version 1 kind progress {\n}\n'
        Path bad = agency.resolve("bad.ntpl");
        byte[] text = "package fuzz.bad\n\ntemplate Bad \"Bad ?\" version 1 kind progress {\n}\n"
                .getBytes(StandardCharsets.US_ASCII);
        text[new String(text, StandardCharsets.US_ASCII).indexOf('?')] = (byte) 0xFF;
        Files.write(bad, text);

        for (String path : new String[] {bad.toString(), agency.toString()}) {
            out.reset();
            assertEquals(ExitCode.ERRORS_FOUND, casenotes("check-templates", path), out());
            assertTrue(out().lines().anyMatch(line -> line.startsWith(bad + ":3:") && line.contains("error")
                    && line.contains("UTF-8")), out());
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
