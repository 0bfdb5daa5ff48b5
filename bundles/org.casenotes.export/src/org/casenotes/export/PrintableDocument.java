package org.casenotes.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A note or letter as it leaves the workbench: its title and date, whether it is an unsigned draft (which every
 * exporter must mark as such), and its content as blocks in the order of its form. Built by {@link NoteDocuments};
 * written by an {@link Exporter}.
 *
 * @param id     the note's or letter's id
 * @param kind   what kind of document it is
 * @param title  the form's title, e.g. "SOAP Progress Note"
 * @param date   the date of service (of writing, for a letter); may be {@code null} when unknown
 * @param status how far it is in its lifecycle, as a reader says it ("Signed", "Draft", ...)
 * @param draft  true if it is not signed: exporters mark every page of it DRAFT
 * @param blocks the content
 */
public record PrintableDocument(String id, DocumentKind kind, String title, LocalDate date, String status,
        boolean draft, List<Block> blocks) {

    public PrintableDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        blocks = List.copyOf(blocks);
    }
}
