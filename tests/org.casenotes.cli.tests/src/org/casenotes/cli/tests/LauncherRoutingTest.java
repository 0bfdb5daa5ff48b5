package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.cli.internal.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launch scripts send a word to the headless command line only if the command line has that command: a word it
 * lacks (such as {@code export} before issue 11 adds it) would otherwise end in "unknown command" without a display
 * check, instead of reaching the workbench.
 */
class LauncherRoutingTest {

    /** A {@code case} pattern of the scripts that lists the headless commands, e.g. {@code lint|audit|help|--help)}. */
    private static final Pattern HEADLESS_PATTERN = Pattern.compile("(?m)^\\s*(?:case .* in )?((?:[a-z-]+\\|)+[a-z-]+)\\)");

    private static final Set<String> HELP = Set.of("help", "--help");

    /** @return the repository root: the test bundle runs in tests/org.casenotes.cli.tests */
    private static Path repository() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().getParent();
    }

    private static Set<String> commandsOfTheCommandLine() {
        CommandLine casenotes = CommandLine.standard();
        assertEquals(ExitCode.CLEAN, casenotes.run("help"));
        Set<String> names = new TreeSet<>();
        Matcher command = Pattern.compile("(?m)^  (\\S+) ").matcher(casenotes.out());
        while (command.find()) {
            names.add(command.group(1));
        }
        assertTrue(names.contains("lint"), casenotes.out());
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = { "releng/launcher/casenotes", "casenotes" })
    void everyWordTheScriptRoutesToTheCommandLineIsOneOfItsCommands(String script) throws IOException {
        String text = Files.readString(repository().resolve(script));
        Set<String> commands = commandsOfTheCommandLine();
        List<String> routed = new ArrayList<>();
        Matcher pattern = HEADLESS_PATTERN.matcher(text);
        while (pattern.find()) {
            if (List.of(pattern.group(1).split("\\|")).contains("lint")) {
                routed.addAll(List.of(pattern.group(1).split("\\|")));
            }
        }
        assertFalse(routed.isEmpty(), "no headless routing found in " + script);
        for (String word : routed) {
            assertTrue(commands.contains(word) || HELP.contains(word),
                    script + " routes '" + word + "' to the command line, which has only " + commands);
        }
    }
}
