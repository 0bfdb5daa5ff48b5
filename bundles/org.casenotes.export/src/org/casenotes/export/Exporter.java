package org.casenotes.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes documents in one file format. Contributed through the extension point {@code org.casenotes.export.exporters}
 * (schema in {@code schema/exporters.exsd}), so a plugin adds a format without touching this bundle; the PDF exporter
 * and the machine-readable JSON of a records request are this bundle's own contributions. An extension point rather
 * than a DS service because the command line starts without declarative services (see CONTRIBUTING.md) and must
 * export too.
 *
 * <p>Implementations write only to the stream they are given (callers write it to a temporary file and move it into
 * place, so a failure leaves no partial file), mark every page of a {@link PrintableDocument#draft() draft} as one,
 * and call {@link ExportProgress#documentWritten} after each document so long exports can be followed and cancelled.
 *
 * <pre>
 * &lt;extension point="org.casenotes.export.exporters"&gt;
 *    &lt;exporter id="org.example.export.markdown" format="md" name="Markdown"
 *          class="org.example.export.MarkdownExporter"/&gt;
 * &lt;/extension&gt;
 *
 * public final class MarkdownExporter implements Exporter {
 *     public void write(DocumentSet documents, OutputStream out, ExportProgress progress) throws IOException {
 *         for (PrintableDocument document : documents.documents()) {
 *             out.write(("# " + document.title() + "\n").getBytes(StandardCharsets.UTF_8));
 *             progress.documentWritten();
 *         }
 *     }
 * }
 * </pre>
 */
public interface Exporter {

    /**
     * Writes the documents.
     *
     * @param documents what to write
     * @param out       where (not closed by the exporter)
     * @param progress  told after each document; cancelled exports end with {@link ExportCancelledException}
     * @throws IOException when writing fails
     */
    void write(DocumentSet documents, OutputStream out, ExportProgress progress) throws IOException;
}
