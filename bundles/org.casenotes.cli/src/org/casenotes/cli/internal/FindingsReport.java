package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SuggestedEdit;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Findings of several documents, printed for people ({@code file:line:column: ...}) or as JSON. */
final class FindingsReport {

    private record Located(Finding finding, TextPosition start, TextPosition end) {
    }

    private record Document(String name, List<Located> findings) {
    }

    private final List<Document> documents = new ArrayList<>();
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);

    void add(String name, String text, List<Finding> findings) {
        LineIndex lines = new LineIndex(text);
        List<Located> located = new ArrayList<>();
        for (Finding finding : findings) {
            TextPosition start = finding.range() == null ? null : lines.position(finding.range().start());
            TextPosition end = finding.range() == null ? null : lines.position(finding.range().end());
            located.add(new Located(finding, start, end));
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        documents.add(new Document(name, located));
    }

    boolean hasErrors() {
        return counts.getOrDefault(Severity.ERROR, 0) > 0;
    }

    void printText(PrintStream out) {
        for (Document document : documents) {
            for (Located item : document.findings()) {
                Finding finding = item.finding();
                String where = item.start() == null ? document.name()
                        : document.name() + ":" + item.start().line() + ":" + item.start().column();
                out.printf("%s: %s [%s] %s%s (source: %s)%n", where, finding.severity().name().toLowerCase(),
                        finding.ruleId(), finding.message(), suggestions(finding), finding.source());
            }
        }
        out.printf("%d %s checked: %d errors, %d warnings, %d notes%n", documents.size(),
                documents.size() == 1 ? "file" : "files", counts.getOrDefault(Severity.ERROR, 0),
                counts.getOrDefault(Severity.WARNING, 0), counts.getOrDefault(Severity.INFO, 0));
    }

    private static String suggestions(Finding finding) {
        if (finding.suggestions().isEmpty()) {
            return "";
        }
        return " Suggestion: " + finding.suggestions().stream().map(SuggestedEdit::replacement)
                .map(text -> "\"" + text + "\"").collect(Collectors.joining(" or ")) + ".";
    }

    void printJson(PrintStream out) {
        JsonObject root = new JsonObject();
        JsonArray files = new JsonArray();
        for (Document document : documents) {
            JsonObject file = new JsonObject();
            file.addProperty("file", document.name());
            JsonArray findings = new JsonArray();
            for (Located item : document.findings()) {
                findings.add(json(item));
            }
            file.add("findings", findings);
            files.add(file);
        }
        root.add("files", files);
        JsonObject summary = new JsonObject();
        for (Severity severity : Severity.values()) {
            summary.addProperty(severity.name().toLowerCase(), counts.getOrDefault(severity, 0));
        }
        root.add("summary", summary);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject json(Located item) {
        Finding finding = item.finding();
        JsonObject object = new JsonObject();
        object.addProperty("rule", finding.ruleId());
        object.addProperty("severity", finding.severity().name().toLowerCase());
        object.addProperty("message", finding.message());
        if (finding.fieldId() != null) {
            object.addProperty("field", finding.fieldId());
        }
        if (item.start() != null) {
            object.addProperty("line", item.start().line());
            object.addProperty("column", item.start().column());
            object.addProperty("endLine", item.end().line());
            object.addProperty("endColumn", item.end().column());
            object.addProperty("start", finding.range().start());
            object.addProperty("end", finding.range().end());
        }
        JsonArray suggestions = new JsonArray();
        finding.suggestions().forEach(edit -> suggestions.add(edit.replacement()));
        object.add("suggestions", suggestions);
        JsonObject source = new JsonObject();
        source.addProperty("title", finding.source().title());
        source.addProperty("reference", finding.source().reference());
        object.add("source", source);
        return object;
    }
}
