package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template file that is not valid UTF-8 compiles to an error at the line of the bad bytes, never an exception. */
class UndecodableBytesTest {

    @TempDir
    Path folder;

    private Path latin1Template() throws IOException {
        byte[] head = "package fuzz.bad\n\ntemplate Bad \"Bad ".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\" version 1 kind progress {\n\tsignature signature \"Signature\"\n}\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        return Files.write(folder.resolve("bad.ntpl"), bytes);
    }

    @Test
    void aFileWithBytesThatAreNotUtf8HasAnErrorAtTheirLine() throws IOException {
        Path file = latin1Template();

        CompiledLibrary compiled = TemplateLibrary.empty().withFile(file).compile();

        TemplateDiagnostic error = compiled.diagnostics().stream().filter(TemplateDiagnostic::isError).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + file));
        assertEquals(3, error.line(), error.toString());
        assertEquals(19, error.column(), error.toString());
        assertTrue(error.message().contains("UTF-8"), error.message());
        assertTrue(compiled.forms().isEmpty(), "a template with unreadable bytes is not compiled");
    }

    @Test
    void aFolderWithSuchAFileIsReportedTheSameWay() throws IOException {
        Path file = latin1Template();

        CompiledLibrary compiled = TemplateLibrary.empty().withDirectory(folder).compile();

        assertTrue(compiled.diagnosticsOf(file.toString()).stream()
                .anyMatch(d -> d.isError() && d.line() == 3 && d.message().contains("UTF-8")), compiled.diagnostics()
                        .toString());
    }
}
