package org.casenotes.core.clientimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.Diagnosis;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String HEADER = "Client ID,Legal Name,Preferred name,Pronouns,DOB,Status,Phone,"
            + "OK to leave messages,Emergency contact,Emergency phone,Insurance,Member ID,Diagnoses\n";

    private final Icd10CmCodes codes = Icd10CmCodes.behavioralHealth();

    private ImportPlan plan(String csv, Set<String> existing) {
        CsvTable table = CsvTable.parse(CsvText.decode(csv.getBytes(StandardCharsets.UTF_8)));
        return ImportPlan.of(table, ColumnMapping.guess(table), existing, codes, TODAY);
    }

    @Test
    void aGoodFileBecomesClientsWithEveryMappedFieldAndDiagnosesThePrimaryFirst() {
        ImportPlan plan = plan(HEADER
                + "a-17,Orla Ives,Orla,she/her,1988-06-14,active,555-0101,yes,Tom Ives,555-0102,Blue Shield,"
                + "BS-4411,F43.10; F41.1\n"
                + "a-18,Ben Ostrova,,,1990-01-02,Waitlist,,no,,,,,\n", Set.of());

        assertTrue(plan.canImport(false));
        assertEquals("2 clients can be imported.", plan.summary());
        List<Client> clients = plan.validClients();
        assertEquals(List.of("a-17", "a-18"), clients.stream().map(Client::getId).toList());
        Client orla = clients.get(0);
        assertEquals("Orla Ives", orla.getLegalName());
        assertEquals("Orla", orla.getPreferredName());
        assertEquals("she/her", orla.getPronouns());
        assertEquals(LocalDate.of(1988, 6, 14), orla.getDateOfBirth());
        assertEquals(ClientStatus.ACTIVE, orla.getStatus());
        assertEquals("555-0101", orla.getContact().getPhone());
        assertTrue(orla.getContact().isMayLeaveMessage());
        assertEquals("Tom Ives", orla.getContact().getEmergencyContactName());
        assertEquals("555-0102", orla.getContact().getEmergencyContactPhone());
        Coverage coverage = orla.getCoverages().get(0);
        assertEquals("Blue Shield", coverage.getPayerName());
        assertEquals("BS-4411", coverage.getMemberId());
        assertEquals(List.of("F43.10", "F41.1"), orla.getDiagnoses().stream().map(Diagnosis::getIcd10Code).toList());
        assertEquals(List.of(true, false), orla.getDiagnoses().stream().map(Diagnosis::isPrimary).toList());
        assertEquals("Post-traumatic stress disorder, unspecified", orla.getDiagnoses().get(0).getDescription());
        assertNull(orla.getDiagnoses().get(0).getDiagnosedOn(), "the file does not say when; no date is invented");
        assertEquals(ClientStatus.WAITLIST, clients.get(1).getStatus());
        assertFalse(clients.get(1).getContact().isMayLeaveMessage());
        assertTrue(clients.get(1).getDiagnoses().isEmpty());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndEachReasonNamingTheFilesColumn() {
        ImportPlan plan = plan(HEADER
                + "a-1,Orla Ives,,,1988-06-14,,,,,,,,\n"
                + "a-2,,,,1990-02-30,retired,,maybe,,,,,\n"
                + "a-3,Cleo Park,,,2031-01-01,,,,,,,,\n", Set.of());

        assertFalse(plan.canImport(false));
        assertTrue(plan.canImport(true));
        List<ImportRow> bad = plan.badRows();
        assertEquals(List.of(3, 4), bad.stream().map(ImportRow::line).toList());
        String second = bad.get(0).report();
        assertTrue(second.startsWith("Line 3: "), second);
        assertTrue(second.contains("Legal Name: Enter the client's legal name."), second);
        assertTrue(second.contains("DOB: 1990-02-30 is not a date"), second);
        assertTrue(second.contains("Status: \"retired\" is not a status"), second);
        assertTrue(second.contains("OK to leave messages: \"maybe\" is neither yes nor no"), second);
        assertTrue(bad.get(1).report().contains("DOB: A date of birth cannot be after today"), bad.get(1).report());
        assertEquals(List.of("a-1"), plan.validClients().stream().map(Client::getId).toList());
        assertEquals("1 client can be imported; 2 rows have problems. Correct the file, or import the 1 valid rows "
                + "and skip the 2.", plan.summary());
    }

    @Test
    void withoutALegalNameColumnNothingIsCheckedAndTheSummarySaysWhichColumnIsMissing() {
        ImportPlan plan = plan("id,dob\na-1,1988-06-14\n", Set.of());

        assertEquals(List.of(ImportField.LEGAL_NAME), plan.missingColumns());
        assertFalse(plan.canImport(true));
        assertTrue(plan.rows().isEmpty());
        assertEquals("No column is mapped to Legal name; choose the column that holds it.", plan.summary());
    }

    @Test
    void mappingAnUnrecognisedColumnByHandMakesTheFileImportable() {
        CsvTable table = CsvTable.parse("Chart,Client\nq-1,Orla Ives\n");
        ColumnMapping guessed = ColumnMapping.guess(table);
        assertEquals(Optional.empty(), guessed.fieldOf(0));
        assertEquals(Optional.of(ImportField.LEGAL_NAME), guessed.fieldOf(1));

        ColumnMapping chosen = guessed.with(0, ImportField.ID);
        ImportPlan plan = ImportPlan.of(table, chosen, Set.of(), codes, TODAY);

        assertEquals("q-1", plan.validClients().get(0).getId());
        assertEquals(Optional.empty(), chosen.with(1, ImportField.ID).fieldOf(0), "a field has one column at most");
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndLinesAreCountedFromTheFile() {
        ImportPlan plan = plan("id,name,emergency contact\n"
                + "a-1,\"Ives, Orla\",\"Tom \"\"Tommy\"\" Ives\nneighbour\"\n"
                + "a-2,\"Park, Cleo\",,\n"
                + "a-3,Ben Ostrova,\n", Set.of());

        Client orla = plan.validClients().get(0);
        assertEquals("Ives, Orla", orla.getLegalName());
        assertEquals("Tom \"Tommy\" Ives\nneighbour", orla.getContact().getEmergencyContactName());
        assertEquals(List.of(2, 4, 5), plan.rows().stream().map(ImportRow::line).toList());
        ImportRow tooWide = plan.badRows().get(0);
        assertEquals(4, tooWide.line());
        assertTrue(tooWide.report().contains("has 4 cells where the header has 3"), tooWide.report());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = "Client id,Legal name\na-1,José Núñez\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        CsvTable table = CsvTable.parse(CsvText.decode(file));

        assertEquals(List.of("Client id", "Legal name"), table.header());
        ImportPlan plan = ImportPlan.of(table, ColumnMapping.guess(table), Set.of(), codes, TODAY);
        assertEquals("a-1", plan.validClients().get(0).getId());
        assertEquals("José Núñez", plan.validClients().get(0).getLegalName());
    }

    @Test
    void aFileInLatin1IsRefusedAtTheLineWhereItStopsBeingUtf8() {
        byte[] latin1 = "Client id,Legal name\na-1,Orla Ives\na-2,Jos\u00e9 N\u00fa\u00f1ez\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        ClientImportException refused = assertThrows(ClientImportException.class, () -> CsvText.decode(latin1));

        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().startsWith("Line 3 is not UTF-8 (byte 0xE9 at column 8"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("\"CSV UTF-8\""), refused.getMessage());
    }

    @Test
    void utf16AndBinaryFilesAreRefusedAsNotUtf8Text() {
        byte[] utf16 = "\uFEFFid,name\n".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(ClientImportException.class, () -> CsvText.decode(utf16)).getMessage()
                .contains("UTF-16"));
        byte[] binary = { 'i', 'd', '\n', 0, 1, 2 };
        assertEquals(2, assertThrows(ClientImportException.class, () -> CsvText.decode(binary)).line());
    }

    @Test
    void aQuoteThatIsNeverClosedRefusesTheWholeFileAtItsLine() {
        ClientImportException refused = assertThrows(ClientImportException.class,
                () -> CsvTable.parse("id,name\na-1,Orla Ives\na-2,\"Cleo Park\na-3,Ben Ostrova\n"));

        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().contains("closing quote never comes"), refused.getMessage());
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFileAtItsLine() {
        ClientImportException refused = assertThrows(ClientImportException.class,
                () -> CsvTable.parse("id,name\na-1,Orla Ives\na-2,\"Cleo\" Park\n"));

        assertEquals(3, refused.line());
        assertTrue(refused.getMessage().contains("text after its closing quote"), refused.getMessage());
    }

    @Test
    void rowsSharingAnIdAreAllRefusedEachNamingTheOtherLines() {
        ImportPlan plan = plan("id,name\na-1,Orla Ives\na-2,Cleo Park\na-1,Ben Ostrova\n", Set.of());

        assertEquals(List.of(2, 4), plan.badRows().stream().map(ImportRow::line).toList());
        assertTrue(plan.badRows().get(0).report().contains("a-1 is the id of the rows on lines 2 and 4"),
                plan.badRows().get(0).report());
        assertEquals(List.of("a-2"), plan.validClients().stream().map(Client::getId).toList());
    }

    @Test
    void anIdAlreadyInTheCaseloadIsRefused() {
        ImportPlan plan = plan("id,name\na-1,Orla Ives\na-2,Cleo Park\n", Set.of("a-2"));

        assertEquals("Line 3: id: a-2 is already the id of a client in this caseload.",
                plan.badRows().get(0).report());
    }

    @Test
    void anUnknownDiagnosisCodeIsRefusedWithTheNearestCodes() {
        ImportPlan plan = plan("id,name,dx\na-1,Orla Ives,F32.10\na-2,Cleo Park,I10\n", Set.of());

        String unknown = plan.badRows().get(0).report();
        assertTrue(unknown.startsWith("Line 2: dx: F32.10 is not an ICD-10-CM code; did you mean F32.1"), unknown);
        assertTrue(plan.badRows().get(1).report().contains("outside the behavioural-health codes"));
    }

    @Test
    void withoutAnIdColumnIdsAreGivenAfterTheCaseloadsHighest() {
        ImportPlan plan = plan("Legal name\nOrla Ives\nCleo Park\n", Set.of("c-0007", "x-99"));

        assertEquals(List.of("c-0008", "c-0009"), plan.validClients().stream().map(Client::getId).toList());
    }

    @Test
    void aSemicolonSeparatedFileIsReadAsSuch() {
        ImportPlan plan = plan("id;name;dob\na-1;Ives, Orla;1988-06-14\n", Set.of());

        assertEquals(';', plan.table().separator());
        assertEquals("Ives, Orla", plan.validClients().get(0).getLegalName());
    }

    @Test
    void aFileWithoutAHeaderHasEveryRowAsDataAndNothingMapped() {
        CsvTable table = CsvTable.parse("a-1,Orla Ives\na-2,Cleo Park\n");

        assertFalse(table.hasHeader());
        assertEquals(List.of("Column 1", "Column 2"), table.header());
        assertEquals(2, table.rows().size());
        ImportPlan plan = ImportPlan.of(table, ColumnMapping.guess(table).with(0, ImportField.ID)
                .with(1, ImportField.LEGAL_NAME), Set.of(), codes, TODAY);
        assertEquals(List.of(1, 2), plan.rows().stream().map(ImportRow::line).toList());
        assertTrue(plan.canImport(false));
    }

    @Test
    void aFirstRowOfWordsOnlyIsTakenAsTheHeaderAndTheGuessCanBeOverruled() {
        CsvTable table = CsvTable.parse("Chart,Full legal name\nh-1,Orla Ives\n");

        assertTrue(table.hasHeader(), "no digit in any cell: a header");
        assertEquals(List.of("Chart", "Full legal name"), table.header());
        CsvTable headless = table.withHeader(false);
        assertEquals(List.of("Column 1", "Column 2"), headless.header());
        assertEquals(List.of(1, 2), headless.rows().stream().map(CsvRow::line).toList());
        assertEquals(table.header(), headless.withHeader(true).header());
    }

    @Test
    void blankRowsAreLeftOutAndAFileOfNoRowsCannotBeImported() {
        ImportPlan plan = plan("id,name\n,\n\n", Set.of());

        assertTrue(plan.rows().isEmpty());
        assertFalse(plan.canImport(true));
        assertEquals("The file has no rows of clients.", plan.summary());
        assertThrows(ClientImportException.class, () -> CsvTable.parse(""));
    }
}
