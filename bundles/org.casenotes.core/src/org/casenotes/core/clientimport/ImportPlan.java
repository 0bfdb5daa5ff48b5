package org.casenotes.core.clientimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casenotes.core.diagnoses.DiagnosisEntry;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.core.record.ClientDetails;
import org.casenotes.core.record.ClientIds;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;

/**
 * What importing a file with a mapping would do, row by row, before anything is saved: each row either becomes a
 * client (checked by the client dialog's own rules, {@link ClientDetails#problems}, and its diagnosis codes by the
 * ICD-10-CM check that names the nearest codes; imported diagnoses carry no onset and no date of diagnosis, which
 * the file does not give) or is reported with its line and every reason.
 *
 * <p><b>All or none.</b> An import saves its clients in one transaction. While any row is bad the plan refuses to
 * import ({@link #canImport(boolean)} is false) unless the user chooses to skip the bad rows; then the valid rows are
 * saved, still in one transaction, and the bad ones are listed for a second file. A client id is unique: ids already
 * in the caseload are refused, and rows of the file that share an id are all refused (which of them is right cannot
 * be told), each naming the other lines.
 */
public final class ImportPlan {

    private final CsvTable table;
    private final ColumnMapping mapping;
    private final List<ImportRow> rows;

    private ImportPlan(CsvTable table, ColumnMapping mapping, List<ImportRow> rows) {
        this.table = table;
        this.mapping = mapping;
        this.rows = List.copyOf(rows);
    }

    /**
     * @param table       the parsed file
     * @param mapping     what each column becomes
     * @param existingIds the ids of the clients already in the caseload
     * @param codes       the codes a diagnosis may carry
     * @param today       today (no one is born after it)
     * @return the plan; rows are checked only if every required field has a column
     */
    public static ImportPlan of(CsvTable table, ColumnMapping mapping, Collection<String> existingIds,
            Icd10CmCodes codes, LocalDate today) {
        if (mapping.width() != table.width()) {
            throw new IllegalArgumentException("The mapping has " + mapping.width() + " columns, the file "
                    + table.width() + ".");
        }
        if (!mapping.missingRequired().isEmpty()) {
            return new ImportPlan(table, mapping, List.of());
        }
        Set<String> existing = new HashSet<>(existingIds);
        Map<String, List<Integer>> linesById = new HashMap<>();
        Optional<Integer> idColumn = mapping.columnOf(ImportField.ID);
        if (idColumn.isPresent()) {
            for (CsvRow row : table.rows()) {
                linesById.computeIfAbsent(row.cell(idColumn.get()).strip(), id -> new ArrayList<>()).add(row.line());
            }
        }
        ClientIds generated = new ClientIds(existing);
        RowReader reader = new RowReader(table, mapping, existing, codes, today);
        List<ImportRow> checked = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String id = idColumn.isPresent() ? row.cell(idColumn.get()).strip() : generated.next();
            List<Integer> sameId = linesById.getOrDefault(id, List.of());
            checked.add(reader.read(row, id, sameId));
        }
        return new ImportPlan(table, mapping, checked);
    }

    /** @return the file */
    public CsvTable table() {
        return table;
    }

    /** @return the mapping the rows were read with */
    public ColumnMapping mapping() {
        return mapping;
    }

    /** @return the required fields that no column is mapped to (then no row was checked) */
    public List<ImportField> missingColumns() {
        return mapping.missingRequired();
    }

    /** @return every data row, in the file's order */
    public List<ImportRow> rows() {
        return rows;
    }

    /** @return the rows that cannot be imported */
    public List<ImportRow> badRows() {
        return rows.stream().filter(row -> !row.isValid()).toList();
    }

    /** @return the clients of the valid rows, in the file's order */
    public List<Client> validClients() {
        return rows.stream().flatMap(row -> row.client().stream()).toList();
    }

    /**
     * @param skipBadRows whether the user chose to import the valid rows and leave the bad ones out
     * @return whether an import may go ahead: every required column mapped, at least one valid row, and no bad row
     *         unless skipping them was chosen
     */
    public boolean canImport(boolean skipBadRows) {
        return missingColumns().isEmpty() && !validClients().isEmpty() && (skipBadRows || badRows().isEmpty());
    }

    /** @return one sentence: how many rows can be imported and how many cannot, or which columns are missing */
    public String summary() {
        if (!missingColumns().isEmpty()) {
            return "No column is mapped to " + missingColumns().stream().map(ImportField::label)
                    .collect(Collectors.joining(" and ")) + "; choose the column that holds it.";
        }
        int valid = validClients().size();
        int bad = badRows().size();
        if (rows.isEmpty()) {
            return "The file has no rows of clients.";
        }
        if (bad == 0) {
            return clients(valid) + " can be imported.";
        }
        return clients(valid) + " can be imported; " + bad + (bad == 1 ? " row has problems" : " rows have problems")
                + (valid == 0 ? "." : ". Correct the file, or import the " + valid + " valid rows and skip the "
                        + bad + ".");
    }

    private static String clients(int count) {
        return count == 1 ? "1 client" : count + " clients";
    }

    /** Reads one row through the mapping and checks it. */
    private static final class RowReader {

        private final CsvTable table;
        private final ColumnMapping mapping;
        private final Set<String> existing;
        private final Icd10CmCodes codes;
        private final LocalDate today;

        RowReader(CsvTable table, ColumnMapping mapping, Set<String> existing, Icd10CmCodes codes, LocalDate today) {
            this.table = table;
            this.mapping = mapping;
            this.existing = existing;
            this.codes = codes;
            this.today = today;
        }

        ImportRow read(CsvRow row, String id, List<Integer> linesWithId) {
            List<String> problems = new ArrayList<>();
            if (row.cells().size() != table.width()) {
                problems.add("The row has " + row.cells().size() + " cells where the " + (table.hasHeader()
                        ? "header has " : "file's widest row has ") + table.width() + " (a value holding a "
                        + (table.separator() == '\t' ? "tab" : "\"" + table.separator() + "\"")
                        + " must be in quotes).");
            }
            ClientStatus status = status(row, problems);
            boolean mayLeaveMessage = yesOrNo(row, problems);
            ClientDetails details = new ClientDetails(id, cell(row, ImportField.LEGAL_NAME),
                    cell(row, ImportField.PREFERRED_NAME), cell(row, ImportField.PRONOUNS),
                    cell(row, ImportField.DATE_OF_BIRTH), status, cell(row, ImportField.PHONE), mayLeaveMessage,
                    cell(row, ImportField.EMERGENCY_CONTACT), cell(row, ImportField.EMERGENCY_PHONE),
                    cell(row, ImportField.PAYER), cell(row, ImportField.MEMBER_ID));
            Map<String, String> byField = new LinkedHashMap<>(details.problems(existing, today));
            if (existing.contains(id)) {
                byField.put(ClientDetails.ID, id + " is already the id of a client in this caseload.");
            } else if (linesWithId.size() > 1 && !id.isEmpty()) {
                byField.put(ClientDetails.ID, id + " is the id of the rows on lines " + lines(linesWithId)
                        + ": a client id must be unique, so none of them is imported.");
            }
            byField.forEach((label, problem) -> problems.add(columnOf(label) + ": " + problem));
            List<String> diagnoses = diagnosisCodes(row);
            Client client = RecordFactory.eINSTANCE.createClient();
            if (problems.isEmpty()) {
                details.applyTo(client);
            }
            for (int i = 0; i < diagnoses.size(); i++) {
                var entry = new DiagnosisEntry(diagnoses.get(i), null, i == 0, null);
                List<String> wrong = entry.problems(client, codes, today);
                if (wrong.isEmpty()) {
                    // the file does not say when the diagnosis was made: no date is invented (the import's day would
                    // make notes written before it look undiagnosed to the payer rules)
                    entry.addTo(client, codes, today, UUID.randomUUID().toString()).setDiagnosedOn(null);
                } else {
                    wrong.forEach(problem -> problems.add(header(ImportField.DIAGNOSES) + ": " + problem));
                }
            }
            return new ImportRow(row.line(), details, diagnoses, problems,
                    problems.isEmpty() ? Optional.of(client) : Optional.empty());
        }

        private String cell(CsvRow row, ImportField field) {
            return mapping.columnOf(field).map(row::cell).orElse("");
        }

        private String header(ImportField field) {
            return mapping.columnOf(field).map(table.header()::get).orElse(field.label());
        }

        private String columnOf(String label) {
            for (ImportField field : ImportField.values()) {
                if (field.label().equals(label)) {
                    return header(field);
                }
            }
            return label;
        }

        private ClientStatus status(CsvRow row, List<String> problems) {
            String typed = cell(row, ImportField.STATUS).strip();
            if (typed.isEmpty()) {
                return ClientStatus.ACTIVE;
            }
            String key = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            if (key.equals("WAITINGLIST")) {
                return ClientStatus.WAITLIST;
            }
            ClientStatus status = ClientStatus.getByName(key);
            if (status == null) {
                problems.add(header(ImportField.STATUS) + ": \"" + typed + "\" is not a status; write active, "
                        + "waitlist, inactive or discharged (or leave it empty for active).");
                return ClientStatus.ACTIVE;
            }
            return status;
        }

        private boolean yesOrNo(CsvRow row, List<String> problems) {
            String typed = cell(row, ImportField.MAY_LEAVE_MESSAGE).strip().toLowerCase(Locale.ROOT);
            return switch (typed) {
            case "yes", "y", "true", "1", "x", "ok" -> true;
            case "", "no", "n", "false", "0" -> false;
            default -> {
                problems.add(header(ImportField.MAY_LEAVE_MESSAGE) + ": \"" + typed
                        + "\" is neither yes nor no (empty counts as no).");
                yield false;
            }
            };
        }

        private List<String> diagnosisCodes(CsvRow row) {
            String typed = cell(row, ImportField.DIAGNOSES).strip();
            return Arrays.stream(typed.split("[;,|\\s]+")).filter(code -> !code.isEmpty()).toList();
        }

        private static String lines(List<Integer> lines) {
            List<String> shown = lines.stream().map(String::valueOf).toList();
            return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        }
    }
}
