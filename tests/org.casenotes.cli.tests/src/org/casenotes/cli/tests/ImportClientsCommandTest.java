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
import java.util.Optional;

import org.casenotes.cli.internal.ExitCode;
import org.casenotes.cli.internal.ImportClientsCommand;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.ClientSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casenotes import-clients FILE --caseload DIR} on a small fictional caseload. */
class ImportClientsCommandTest {

    private static final String PASSPHRASE = "test passphrase, not a secret";
    private static final String WITH_BAD_ROWS = """
            id,legal name,dob,diagnoses
            h-1,Rowan Calloway,1991-07-14,F41.1
            h-2,Dana Whitlock,1999-02-30,
            c-1,Someone Else,,
            h-4,Ines Marlowe,2002-05-05,F32.10
            h-5,Morgan Avery,,
            """;

    @TempDir
    Path temp;

    private Path caseload;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void createCaseloadWithOneClient() {
        caseload = temp.resolve("caseload");
        try (CaseloadStore store = Caseloads.embeddedUnderPublishedPassphrase().create(caseload,
                PASSPHRASE.toCharArray(), "clin-ada")) {
            Client client = RecordFactory.eINSTANCE.createClient();
            client.setId("c-1");
            client.setLegalName("Jonah Pell");
            client.setStatus(ClientStatus.ACTIVE);
            store.saveClient(client);
        }
    }

    private int run(String... arguments) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new ImportClientsCommand(Caseloads.embedded(), () -> Optional.of(PASSPHRASE.toCharArray())).run(
                List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String text) throws IOException {
        Path file = temp.resolve("clients.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> ids() {
        try (CaseloadStore store = Caseloads.embedded().open(caseload, PASSPHRASE.toCharArray(), "test")) {
            return store.listClients().stream().map(ClientSummary::id).sorted().toList();
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDryRunReportsEveryBadRowWithItsLineAndSavesNothing() throws IOException {
        int exit = run(file(WITH_BAD_ROWS).toString(), "--caseload", caseload.toString(), "--dry-run");

        assertEquals(ExitCode.ERRORS_FOUND, exit);
        assertTrue(out().contains("Line 3: dob: 1999-02-30 is not a date"), out());
        assertTrue(out().contains("Line 4: id: c-1 is already the id of a client in this caseload."), out());
        assertTrue(out().contains("Line 5: diagnoses: F32.10 is not an ICD-10-CM code; did you mean F32.1"), out());
        assertTrue(out().contains("2 clients can be imported; 3 rows have problems."), out());
        assertTrue(out().contains("Dry run: nothing was imported."), out());
        assertEquals(List.of("c-1"), ids());
    }

    @Test
    void badRowsRefuseTheImportUnlessSkippedAndThenTheValidRowsAreSaved() throws IOException {
        Path file = file(WITH_BAD_ROWS);

        assertEquals(ExitCode.ERRORS_FOUND, run(file.toString(), "--caseload", caseload.toString()));
        assertTrue(out().contains("Nothing was imported: correct the rows above, or run again with "
                + "--skip-bad-rows to import the 2 valid rows."), out());
        assertEquals(List.of("c-1"), ids());

        assertEquals(ExitCode.ERRORS_FOUND, run(file.toString(), "--caseload", caseload.toString(),
                "--skip-bad-rows"));
        assertTrue(out().contains("Imported 2 clients into " + caseload + " in one transaction; the 3 bad rows above "
                + "were skipped."), out());
        assertEquals(List.of("c-1", "h-1", "h-5"), ids());
    }

    @Test
    void aCleanFileIsImportedWithExitZero() throws IOException {
        int exit = run(file("Legal name,Pronouns\nRowan Calloway,they/them\n").toString(), "--caseload",
                caseload.toString());

        assertEquals(ExitCode.CLEAN, exit, out());
        assertEquals(List.of("c-0002", "c-1"), ids(), "ids are given after the highest c-N, here c-1");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedInOneLineNamingItsLine() throws IOException {
        Path file = temp.resolve("latin1.csv");
        Files.write(file, "Legal name\nJos\u00e9 Ramos\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(ExitCode.CANNOT_RUN, run(file.toString(), "--caseload", caseload.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("casenotes import-clients: " + file + ": Line 2 is not UTF-8"), said);
        assertEquals(1, said.lines().count(), said);
        assertEquals(List.of("c-1"), ids());
    }
}
