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
import java.util.ArrayList;
import java.util.List;

import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.ExitCode;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code casenotes lint} with the word lists the installed plugins contribute, as a user runs it. */
class LintCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int casenotes(String... arguments) {
        Commands commands = Commands.standard(RegistryFactory.getRegistry());
        return commands.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path note(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void reportsJudgmentalWordingWithLineColumnSuggestionAndSource() throws IOException {
        Path note = note("session.txt", "Met with client for 50 minutes.\nThe client refused to engage in the exercise.\n");
        casenotes("lint", note.toString());
        String line = out().lines().filter(l -> l.contains("refused") || l.contains("language.judgmental"))
                .findFirst().orElse("");
        assertTrue(line.startsWith(note + ":2:12: "), out());
        assertTrue(line.contains("[language.judgmental]"), line);
        assertTrue(line.contains("\"declined\""), line);
        assertTrue(line.contains("source: "), line);
        assertTrue(out().lines().anyMatch(l -> l.startsWith("1 file checked:")), out());
    }

    @Test
    void quotedClientWordsAreNotTheWritersAndAreLeftAlone() throws IOException {
        Path note = note("quoted.txt", "Client said \"my mother thinks I refused to help\" and laughed.\n");
        casenotes("lint", note.toString());
        assertFalse(out().contains("language.judgmental"), out());
    }

    @Test
    void jsonOutputListsEveryFindingWithItsPosition() throws IOException {
        Path note = note("letter.txt", "The client claims she was not informed. Probably she forgot.\n");
        int exit = casenotes("lint", "--json", note.toString());
        JsonObject root = JsonParser.parseString(out()).getAsJsonObject();
        JsonArray findings = root.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("findings");
        List<String> rules = new ArrayList<>();
        for (JsonElement finding : findings) {
            rules.add(finding.getAsJsonObject().get("rule").getAsString());
        }
        assertTrue(rules.contains("language.doubt"), rules.toString());
        assertTrue(rules.contains("language.speculation"), rules.toString());
        JsonObject doubt = findings.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(f -> f.get("rule").getAsString().equals("language.doubt")).findFirst().orElseThrow();
        assertEquals(1, doubt.get("line").getAsInt());
        assertEquals(12, doubt.get("column").getAsInt());
        int errors = root.getAsJsonObject("summary").get("error").getAsInt();
        assertEquals(errors > 0 ? ExitCode.ERRORS_FOUND : ExitCode.CLEAN, exit);
    }

    @Test
    void aCleanNoteHasNoFindingsAndExitsZero() throws IOException {
        Path note = note("clean.txt", "Client reported sleeping six hours a night. We practised a breathing exercise; "
                + "client said it helped and will use it before work.\n");
        assertEquals(ExitCode.CLEAN, casenotes("lint", note.toString()));
        assertTrue(out().contains("1 file checked: 0 errors, 0 warnings, 0 notes"), out());
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillChecked() throws IOException {
        Path good = note("good.txt", "The client refused the referral.\n");
        Path missing = temp.resolve("missing.txt");
        assertEquals(ExitCode.CANNOT_RUN, casenotes("lint", missing.toString(), good.toString()));
        assertTrue(err().contains("cannot read " + missing), err());
        assertTrue(out().contains("[language.judgmental]"), out());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        assertEquals(ExitCode.CANNOT_RUN, casenotes("lint"));
        assertTrue(err().contains("name at least one file"), err());
        assertEquals(ExitCode.CANNOT_RUN, casenotes("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void invalidUtf8IsReadNotRejected() throws IOException {
        Path note = temp.resolve("latin1.txt");
        Files.write(note, new byte[] {'T', 'h', 'e', ' ', (byte) 0xE9, ' ', 'c', 'l', 'i', 'e', 'n', 't', ' ',
                'r', 'e', 'f', 'u', 's', 'e', 'd', '.', '\n'});
        casenotes("lint", note.toString());
        assertTrue(out().contains("[language.judgmental]"), out());
    }

    @Test
    void bytesThatAreNotUtf8AreNamedInWordsWithTheirLine() throws IOException {
        Path note = temp.resolve("latin1.txt");
        Files.write(note, new byte[] {'S', 'e', 's', 's', 'i', 'o', 'n', '.', '\n', 'T', 'h', 'e', ' ', (byte) 0xE9,
                ' ', 'c', 'l', 'i', 'e', 'n', 't', '.', '\n'});
        casenotes("lint", note.toString());
        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).startsWith("casenotes lint: " + note + ":2:5: "), lines.get(0));
        assertTrue(lines.get(0).contains("not UTF-8"), lines.get(0));
    }
}
