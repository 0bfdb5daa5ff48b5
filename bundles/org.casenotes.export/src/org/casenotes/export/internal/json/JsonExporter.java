package org.casenotes.export.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.casenotes.export.Block;
import org.casenotes.export.DocumentSet;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporter;
import org.casenotes.export.PrintableDocument;

import com.google.gson.stream.JsonWriter;

/**
 * The machine-readable twin of a records request's PDF: the same documents with the same content, as JSON (format
 * {@code casenotes-record-export}, version 1), so the requester's system can read what the PDF shows. Signatures and
 * addenda keep their parts (signer, credentials, ISO-8601 time, content hash) instead of being flattened to text.
 */
public final class JsonExporter implements Exporter {

    @Override
    public void write(DocumentSet set, OutputStream out, ExportProgress progress) throws IOException {
        progress.begin("Writing the machine-readable file", set.documents().size());
        JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.setIndent("  ");
        json.beginObject();
        json.name("format").value("casenotes-record-export");
        json.name("version").value(1);
        json.name("title").value(set.title());
        json.name("subject").value(set.subject());
        json.name("producedAt").value(set.producedAt().toString());
        json.name("timeZone").value(set.zone().getId());
        if (set.cover().isPresent()) {
            json.name("request");
            blocks(json, set.cover().get().blocks());
        }
        json.name("documents").beginArray();
        for (PrintableDocument document : set.documents()) {
            progress.checkCancelled();
            json.beginObject();
            json.name("id").value(document.id());
            json.name("kind").value(document.kind().token());
            json.name("title").value(document.title());
            json.name("date").value(document.date() == null ? null : document.date().toString());
            json.name("status").value(document.status());
            json.name("draft").value(document.draft());
            json.name("content");
            blocks(json, document.blocks());
            json.endObject();
            progress.documentWritten();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void blocks(JsonWriter json, Iterable<Block> blocks) throws IOException {
        json.beginArray();
        for (Block block : blocks) {
            json.beginObject();
            switch (block) {
            case Block.Heading heading -> json.name("type").value("heading").name("level").value(heading.level())
                    .name("text").value(heading.text());
            case Block.Letterhead letterhead -> json.name("type").value("letterhead").name("text")
                    .value(String.join("\n", letterhead.lines()));
            case Block.Entry entry -> json.name("type").value("entry").name("label").value(entry.label())
                    .name("value").value(entry.value());
            case Block.Paragraph paragraph -> json.name("type").value("paragraph").name("text")
                    .value(paragraph.text());
            case Block.Notice notice -> json.name("type").value("notice").name("text").value(notice.text());
            case Block.Signed signed -> json.name("type").value("signature").name("role").value(signed.role())
                    .name("name").value(signed.name()).name("credentials").value(signed.credentials())
                    .name("at").value(signed.at().toString()).name("contentHash").value(signed.contentHash());
            case Block.Figure figure -> json.name("type").value("figure").name("caption").value(figure.caption())
                    .name("description").value(figure.description());
            case Block.Addendum addendum -> json.name("type").value("addendum").name("number")
                    .value(addendum.number()).name("author").value(addendum.author()).name("at")
                    .value(addendum.at().toString()).name("reason").value(addendum.reason()).name("text")
                    .value(addendum.text()).name("contentHash").value(addendum.contentHash());
            }
            json.endObject();
        }
        json.endArray();
    }
}
