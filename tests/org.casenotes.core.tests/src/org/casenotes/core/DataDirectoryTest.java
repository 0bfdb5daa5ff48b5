package org.casenotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void defaultsToCasenotesInTheUsersHome() {
        DataDirectory data = DataDirectory.fromEnvironment(Map.of(), temp);
        assertEquals(temp.resolve("Casenotes"), data.path());
    }

    @Test
    void environmentVariableOverridesTheDefault() {
        Path configured = temp.resolve("elsewhere");
        DataDirectory data = DataDirectory.fromEnvironment(
                Map.of(DataDirectory.ENVIRONMENT_VARIABLE, configured.toString()), temp);
        assertEquals(configured, data.path());
    }

    @Test
    void blankEnvironmentVariableFallsBackToTheDefault() {
        DataDirectory data = DataDirectory.fromEnvironment(Map.of(DataDirectory.ENVIRONMENT_VARIABLE, "  "), temp);
        assertEquals(temp.resolve("Casenotes"), data.path());
    }

    @Test
    void prepareCreatesMissingFolders() throws Exception {
        Path nested = temp.resolve("a/b/Casenotes");
        assertEquals(nested, DataDirectory.at(nested).prepare());
        assertTrue(Files.isDirectory(nested));
    }

    @Test
    void refusesAFileAndCreatesNothing() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");
        DataDirectoryException error = assertThrows(DataDirectoryException.class, () -> DataDirectory.at(file).prepare());
        assertTrue(error.getMessage().contains("it is a file"), error.getMessage());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void refusesAPathBelowAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        DataDirectoryException error = assertThrows(DataDirectoryException.class,
                () -> DataDirectory.at(file.resolve("Casenotes")).prepare());
        assertTrue(error.getMessage().contains("is not a folder"), error.getMessage());
    }

    @Test
    void refusesAFolderThatCannotBeWrittenEvenByRoot() {
        // /proc refuses new folders for every user, root included, so this holds on CI too
        Path target = Path.of("/proc/casenotes-" + ProcessHandle.current().pid());
        assertThrows(DataDirectoryException.class, () -> DataDirectory.at(target).prepare());
        assertFalse(Files.exists(target));
    }
}
