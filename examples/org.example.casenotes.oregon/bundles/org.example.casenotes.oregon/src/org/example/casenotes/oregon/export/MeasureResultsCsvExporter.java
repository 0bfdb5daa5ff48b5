package org.example.casenotes.oregon.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casenotes.export.Block;
import org.casenotes.export.DocumentSet;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporter;
import org.casenotes.export.PrintableDocument;

/**
 * The measure results in the exported notes (PHQ-9, GAD-7 and other instruments given in a session) as CSV, one row
 * per result, for a spreadsheet or an outcomes report: date, measure, total, band, the note it was given in and
 * whether that note is signed or a draft. Quoting follows RFC 4180 (Apache Commons CSV). Contributed to
 * {@code org.casenotes.export.exporters} in this plugin's {@code plugin.xml}.
 */
public final class MeasureResultsCsvExporter implements Exporter {

    /** The header row. */
    public static final String[] COLUMNS = { "date", "measure", "total", "band", "note", "status" };

    /** How the note documents show an instrument's result: "total 14 (moderate)". */
    private static final Pattern RESULT = Pattern.compile("total (-?\\d+(?:\\.\\d+)?)(?: \\((.*)\\))?");

    @Override
    public void write(DocumentSet documents, OutputStream out, ExportProgress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
        for (PrintableDocument document : documents.documents()) {
            for (Block block : document.blocks()) {
                if (block instanceof Block.Entry entry) {
                    Matcher result = RESULT.matcher(entry.value());
                    if (result.matches()) {
                        csv.printRecord(document.date() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(
                                document.date()), entry.label(), result.group(1),
                                result.group(2) == null ? "" : result.group(2), document.title(),
                                document.draft() ? "draft" : document.status());
                    }
                }
            }
            progress.documentWritten();
        }
        csv.flush();
    }
}
