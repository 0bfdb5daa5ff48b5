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

class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void defaultsToCasenotesInTheUsersHome() {
        DataFolder data = DataFolder.fromEnvironment(Map.of(), temp);
        assertEquals(temp.resolve("Casenotes"), data.path());
    }

    @Test
    void environmentVariableOverridesTheDefault() {
        Path configured = temp.resolve("elsewhere");
        DataFolder data = DataFolder.fromEnvironment(
                Map.of(DataFolder.ENVIRONMENT_VARIABLE, configured.toString()), temp);
        assertEquals(configured, data.path());
    }

    @Test
    void blankEnvironmentVariableFallsBackToTheDefault() {
        DataFolder data = DataFolder.fromEnvironment(Map.of(DataFolder.ENVIRONMENT_VARIABLE, "  "), temp);
        assertEquals(temp.resolve("Casenotes"), data.path());
    }

    @Test
    void prepareCreatesMissingFolders() throws Exception {
        Path nested = temp.resolve("a/b/Casenotes");
        assertEquals(nested, DataFolder.at(nested).prepare());
        assertTrue(Files.isDirectory(nested));
    }

    @Test
    void refusesAFileAndCreatesNothing() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");
        DataFolderException error = assertThrows(DataFolderException.class, () -> DataFolder.at(file).prepare());
        assertTrue(error.getMessage().contains("it is a file"), error.getMessage());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void refusesAPathBelowAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        DataFolderException error = assertThrows(DataFolderException.class,
                () -> DataFolder.at(file.resolve("Casenotes")).prepare());
        assertTrue(error.getMessage().contains("is not a folder"), error.getMessage());
    }

    @Test
    void refusesAFolderThatCannotBeWrittenEvenByRoot() {
        // /proc refuses new folders for every user, root included, so this holds on CI too
        Path target = Path.of("/proc/casenotes-" + ProcessHandle.current().pid());
        assertThrows(DataFolderException.class, () -> DataFolder.at(target).prepare());
        assertFalse(Files.exists(target));
    }
}
