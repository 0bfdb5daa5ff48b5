package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Signature;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The outcome of an audit: counts by rule and by clinician (the author of each note), optionally every finding (listed
 * by client, then date of service, whatever order the notes were checked in), and the template versions that were not
 * available. Notes are added from several threads; {@link #add} is synchronized.
 */
final class AuditReport {

    /** Findings of one rule, or of one clinician's notes, by severity, and how many notes had any. */
    private static final class Tally {
        private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        private int notes;
        private int notesWithErrors;

        void count(Severity severity) {
            counts.merge(severity, 1, Integer::sum);
        }

        int of(Severity severity) {
            return counts.getOrDefault(severity, 0);
        }
    }

    private record Detail(String clientId, LocalDate dateOfService, String noteId, Finding finding) {
    }

    /** By client, then date of service (undated notes first), then note; a note's findings keep their order. */
    private static final Comparator<Detail> LISTED = Comparator.comparing(Detail::clientId)
            .thenComparing(Detail::dateOfService, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Detail::noteId);

    private final boolean keepDetails;
    private final Map<String, Tally> byRule = new TreeMap<>();
    private final Map<String, Tally> byClinician = new TreeMap<>();
    private final Map<String, String> clinicianNames = new LinkedHashMap<>();
    private final Tally total = new Tally();
    private final List<Detail> details = new ArrayList<>();
    private final Map<String, Integer> notesWithoutForm = new TreeMap<>();
    private int clients;

    /** @param keepDetails whether to keep every finding for printing, not only the counts */
    AuditReport(boolean keepDetails) {
        this.keepDetails = keepDetails;
    }

    synchronized void clientDone() {
        clients++;
    }

    synchronized void add(String clientId, Note note, List<Finding> findings) {
        String clinician = note.getAuthorId() == null ? "(no author)" : note.getAuthorId();
        Signature signature = note.getSignature();
        if (signature != null && clinician.equals(signature.getSignerId()) && signature.getSignerName() != null) {
            clinicianNames.putIfAbsent(clinician, signature.getSignerName()
                    + (signature.getCredentials() == null ? "" : ", " + signature.getCredentials()));
        }
        Tally author = byClinician.computeIfAbsent(clinician, id -> new Tally());
        Set<String> rulesSeen = new HashSet<>();
        boolean hasError = false;
        for (Finding finding : findings) {
            Tally rule = byRule.computeIfAbsent(finding.ruleId(), id -> new Tally());
            rule.count(finding.severity());
            if (rulesSeen.add(finding.ruleId())) {
                rule.notes++;
            }
            if (finding.severity() == Severity.ERROR && rulesSeen.add(finding.ruleId() + "#error")) {
                rule.notesWithErrors++;
            }
            author.count(finding.severity());
            total.count(finding.severity());
            hasError |= finding.severity() == Severity.ERROR;
            if (keepDetails) {
                details.add(new Detail(clientId, note.getDateOfService(), note.getId(), finding));
            }
        }
        author.notes++;
        total.notes++;
        if (hasError) {
            author.notesWithErrors++;
            total.notesWithErrors++;
        }
    }

    /** Counts a note checked without its form, because the template version it pinned is not available. */
    synchronized void formUnavailable(String templateId, int version) {
        notesWithoutForm.merge(templateId + " version " + version, 1, Integer::sum);
    }

    /** Prints one line naming the template versions that were not available, if there were any. */
    synchronized void printUnavailableForms(PrintStream err) {
        if (notesWithoutForm.isEmpty()) {
            return;
        }
        int notes = notesWithoutForm.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder versions = new StringBuilder();
        notesWithoutForm.forEach((version, count) -> versions.append(versions.isEmpty() ? "" : ", ").append(version)
                .append(" (").append(count).append(count == 1 ? " note)" : " notes)"));
        err.println("casenotes audit: " + notes + (notes == 1 ? " note was" : " notes were") + " checked without "
                + "the form of the template version " + (notes == 1 ? "it" : "they") + " pinned, which is neither "
                + "installed nor published unchanged in the data folder: " + versions);
    }

    synchronized int notes() {
        return total.notes;
    }

    synchronized boolean hasErrors() {
        return total.of(Severity.ERROR) > 0;
    }

    synchronized void printText(PrintStream out, double seconds) {
        for (Detail detail : details.stream().sorted(LISTED).toList()) {
            Finding finding = detail.finding();
            out.printf("%s/%s%s: %s [%s] %s (source: %s)%n", detail.clientId(), detail.noteId(),
                    finding.fieldId() == null ? "" : ":" + finding.fieldId(), name(finding.severity()),
                    finding.ruleId(), finding.message(), finding.source());
        }
        out.printf("Audited %,d notes of %,d clients in %.1f s: %,d notes with errors; %,d errors, %,d warnings, "
                + "%,d notes.%n", total.notes, clients, seconds, total.notesWithErrors, total.of(Severity.ERROR),
                total.of(Severity.WARNING), total.of(Severity.INFO));
        out.println();
        out.printf("By rule%-33s %10s %10s %10s %10s%n", "", "notes", "errors", "warnings", "info");
        byRule.entrySet().stream().sorted(Comparator.comparing(e -> -e.getValue().notes))
                .forEach(e -> out.printf("  %-38s %,10d %,10d %,10d %,10d%n", e.getKey(), e.getValue().notes,
                        e.getValue().of(Severity.ERROR), e.getValue().of(Severity.WARNING),
                        e.getValue().of(Severity.INFO)));
        out.println();
        out.printf("By clinician%-28s %10s %12s %10s %10s%n", "", "notes", "with errors", "errors", "warnings");
        byClinician.forEach((id, tally) -> out.printf("  %-38s %,10d %,12d %,10d %,10d%n", clinicianLabel(id),
                tally.notes, tally.notesWithErrors, tally.of(Severity.ERROR), tally.of(Severity.WARNING)));
    }

    private String clinicianLabel(String id) {
        String name = clinicianNames.get(id);
        return name == null ? id : name + " (" + id + ")";
    }

    synchronized void printJson(PrintStream out, double seconds) {
        JsonObject root = new JsonObject();
        JsonObject summary = counts(total);
        summary.addProperty("clients", clients);
        summary.addProperty("seconds", Math.round(seconds * 10) / 10.0);
        root.add("summary", summary);
        JsonArray rules = new JsonArray();
        byRule.forEach((id, tally) -> {
            JsonObject rule = counts(tally);
            rule.addProperty("rule", id);
            rules.add(rule);
        });
        root.add("byRule", rules);
        JsonArray clinicians = new JsonArray();
        byClinician.forEach((id, tally) -> {
            JsonObject clinician = counts(tally);
            clinician.addProperty("clinician", id);
            if (clinicianNames.containsKey(id)) {
                clinician.addProperty("name", clinicianNames.get(id));
            }
            clinicians.add(clinician);
        });
        root.add("byClinician", clinicians);
        if (keepDetails) {
            JsonArray findings = new JsonArray();
            for (Detail detail : details.stream().sorted(LISTED).toList()) {
                JsonObject item = new JsonObject();
                item.addProperty("client", detail.clientId());
                item.addProperty("note", detail.noteId());
                item.addProperty("rule", detail.finding().ruleId());
                item.addProperty("severity", name(detail.finding().severity()));
                item.addProperty("message", detail.finding().message());
                if (detail.finding().fieldId() != null) {
                    item.addProperty("field", detail.finding().fieldId());
                }
                item.addProperty("source", detail.finding().source().toString());
                findings.add(item);
            }
            root.add("findings", findings);
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject counts(Tally tally) {
        JsonObject object = new JsonObject();
        object.addProperty("notes", tally.notes);
        object.addProperty("notesWithErrors", tally.notesWithErrors);
        for (Severity severity : Severity.values()) {
            object.addProperty(name(severity), tally.of(severity));
        }
        return object;
    }

    private static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
