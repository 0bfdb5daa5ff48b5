package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.ExitCode;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

/** {@code casenotes help}: every command with its arguments, although commands are made only when needed. */
class HelpTest {

    @Test
    void helpListsEveryCommandWithItsArguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Commands.standard(RegistryFactory.getRegistry()).run(List.of("help"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String help = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.CLEAN, exit, help);
        assertTrue(help.lines().anyMatch(line -> line.matches("  lint +\\[--json\\] \\[--letter\\] FILE\\.\\.\\..*")), help);
        assertTrue(help.lines().anyMatch(line -> line.matches("  audit +\\[--json\\].* CASELOAD .*")), help);
        assertTrue(help.lines().anyMatch(line -> line.matches("  check-templates +\\[--json\\] PATH\\.\\.\\..*")), help);
    }
}
