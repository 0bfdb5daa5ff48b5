package org.casenotes.ui.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whose note it is, as the note editor says it in its tab and above the form: the client's name as the caseload lists
 * it (legal name, the preferred one in brackets), the client's id and date of birth. Two identifiers together (name
 * and date of birth, with the id for two clients of the same name) are what keeps a note from being written into
 * another client's chart.
 *
 * @param name        e.g. "Dana Whitfield (Dee)"; null where the name is not known
 * @param id          the client's id, never null: the note's own {@code clientId}
 * @param dateOfBirth null where not known
 */
public record ClientIdentity(String name, String id, LocalDate dateOfBirth) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ClientIdentity {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** @return the name, or "Client C-1003" where the name is not known */
    public String nameOrId() {
        return name == null ? "Client " + id : name;
    }

    /** @return the id and date of birth, e.g. "C-1003 · born 12 Apr 1988" */
    public String idAndBirth() {
        return Stream.concat(Stream.of(id), Stream.ofNullable(dateOfBirth).map(day -> "born " + DAY.format(day)))
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** @return everything in one line, e.g. "Dana Whitfield (Dee) · C-1003 · born 12 Apr 1988" */
    public String line() {
        return name == null ? "Client " + idAndBirth() : name + " \u00b7 " + idAndBirth();
    }
}
