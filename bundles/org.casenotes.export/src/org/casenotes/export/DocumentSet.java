package org.casenotes.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one export writes: one document (a note to PDF or to the printer), or a records request's documents behind a
 * cover page, which a paginated exporter follows with a table of contents.
 *
 * @param title      the export's title (the PDF's document title), e.g. "Record of Jordan Ames"
 * @param subject    who the documents are about, repeated in every page's running header
 * @param cover      the cover page, for a records request
 * @param documents  the documents, in the order they are written
 * @param zone       the time zone in which times are shown
 * @param producedAt when the export was made
 * @param source     the record the documents were made from, for exporters of structured data (FHIR); empty for a
 *                   single note or letter
 */
public record DocumentSet(String title, String subject, Optional<CoverPage> cover, List<PrintableDocument> documents,
        ZoneId zone, Instant producedAt, Optional<RecordSource> source) {

    /** A set without the record behind it (a single note or letter, or documents made by hand). */
    public DocumentSet(String title, String subject, Optional<CoverPage> cover, List<PrintableDocument> documents,
            ZoneId zone, Instant producedAt) {
        this(title, subject, cover, documents, zone, producedAt, Optional.empty());
    }

    public DocumentSet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(source, "source");
        documents = List.copyOf(documents);
    }

    /** @return a set of one document without a cover page */
    public static DocumentSet single(PrintableDocument document, String subject, ZoneId zone, Instant producedAt) {
        return new DocumentSet(document.title(), subject, Optional.empty(), List.of(document), zone, producedAt);
    }

    /**
     * The first page of a records request: what was asked for, of whom, and what is left out.
     *
     * @param heading the page's heading
     * @param blocks  the facts of the request (client, period, kinds, counts) and its notices
     */
    public record CoverPage(String heading, List<Block> blocks) {
        public CoverPage {
            Objects.requireNonNull(heading, "heading");
            blocks = List.copyOf(blocks);
        }
    }
}
