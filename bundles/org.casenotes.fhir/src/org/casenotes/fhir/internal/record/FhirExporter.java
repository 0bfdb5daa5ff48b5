package org.casenotes.fhir.internal.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.casenotes.export.DocumentSet;
import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporter;
import org.casenotes.fhir.RecordBundle;

/**
 * The {@code fhir} format of {@code org.casenotes.export.exporters}: a records request, or one signed note or letter
 * exported on its own, as a FHIR R4 Bundle (JSON), see {@link RecordBundle}. It writes the record behind the documents
 * ({@link DocumentSet#source()}), so pages made without one (a print preview) are refused.
 */
public final class FhirExporter implements Exporter {

    @Override
    public void write(DocumentSet documents, OutputStream out, ExportProgress progress) throws IOException {
        if (documents.source().isEmpty()) {
            throw new ExportFailedException("A FHIR bundle is made from the record behind the documents (a records"
                    + " request, or one note or letter exported on its own); these pages have none. Nothing was"
                    + " exported.");
        }
        progress.begin("Writing the FHIR bundle", documents.documents().size());
        progress.checkCancelled();
        String json = RecordBundle.of(documents.source().get(), documents.zone(), documents.producedAt()).json();
        documents.documents().forEach(document -> progress.documentWritten());
        progress.checkCancelled();
        out.write(json.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
