package org.casenotes.core.clientimport;

import java.util.List;
import java.util.Optional;

import org.casenotes.core.record.ClientDetails;
import org.casenotes.model.record.Client;

/**
 * One data row of an import as it would become a client: its details and diagnosis codes as read, and either the
 * client's record (when nothing is wrong) or the reasons it cannot be imported.
 *
 * @param line       the 1-based line the row starts on in the file
 * @param details    the client's details as read through the mapping
 * @param diagnoses  the diagnosis codes as written, the primary first
 * @param problems   why the row cannot be imported, each naming its column; empty when it can
 * @param client     the record to save, present exactly when there are no problems
 */
public record ImportRow(int line, ClientDetails details, List<String> diagnoses, List<String> problems,
        Optional<Client> client) {

    public ImportRow {
        diagnoses = List.copyOf(diagnoses);
        problems = List.copyOf(problems);
    }

    /** @return whether the row can be imported */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** @return "Line 7: Date of birth: 1990-02-30 is not a date…; Status: …" */
    public String report() {
        return "Line " + line + ": " + String.join(" ", problems);
    }
}
