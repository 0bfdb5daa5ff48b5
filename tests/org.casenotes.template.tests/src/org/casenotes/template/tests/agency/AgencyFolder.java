package org.casenotes.template.tests.agency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/** Test fixture: an agency data folder with working copies written from text, over the installed libraries. */
final class AgencyFolder {

    static final String ID = "agency.AgencySoap";

    /** An agency SOAP note: the standard SOAP note plus a check-in section with a conditional field. */
    static final String AGENCY_SOAP = """
            package agency

            import std.progress.SoapNote

            // the agency's SOAP note
            template AgencySoap "Agency SOAP note" version 1 kind progress extends SoapNote {
            	section checkIn "Agency check-in" {
            		field feelsSafe "Client feels safe at home" : choice { yes "Yes", no "No" } required
            		field safetyConcern "What makes the client feel unsafe" : longtext
            			shown when feelsSafe = no
            	}
            }
            """;

    private static TemplateLibrary installed;

    private final Path data;
    private final AgencyTemplateLibrary library;

    AgencyFolder(Path data) {
        this(data, installed());
    }

    /** The same data folder seen with other installed libraries, as after an upgrade of the standard library. */
    AgencyFolder(Path data, TemplateLibrary installed) {
        this.data = data;
        this.library = new AgencyTemplateLibrary(data.resolve("templates"), data.resolve("published-templates"),
                installed);
    }

    static synchronized TemplateLibrary installed() {
        if (installed == null) {
            installed = TemplateLibrary.contributed();
            if (installed.sources().isEmpty()) {
                throw new IllegalStateException("the standard library is not contributed in this test run");
            }
        }
        return installed;
    }

    /**
     * @return the installed libraries with one installed template's text changed: {@code from} replaced by
     *         {@code to} in the source declaring {@code template <name>}, failing when there is no such text
     */
    static TemplateLibrary installedWithChange(String name, String from, String to) {
        TemplateLibrary changed = TemplateLibrary.empty();
        boolean found = false;
        for (TemplateSource source : installed().sources()) {
            if (source.text().contains("template " + name + " ") && source.text().contains(from)) {
                changed = changed.withSource(new TemplateSource(source.name(), source.text().replace(from, to)));
                found = true;
            } else {
                changed = changed.withSource(source);
            }
        }
        if (!found) {
            throw new AssertionError("no installed template " + name + " with '" + from + "'");
        }
        return changed;
    }

    AgencyTemplateLibrary library() {
        return library;
    }

    Path data() {
        return data;
    }

    /** Writes {@code templates/<name>.ntpl}. */
    Path write(String name, String text) throws IOException {
        Path folder = Files.createDirectories(data.resolve("templates"));
        return Files.writeString(folder.resolve(name + ".ntpl"), text, StandardCharsets.UTF_8);
    }

    String read(String name) throws IOException {
        return Files.readString(data.resolve("templates").resolve(name + ".ntpl"), StandardCharsets.UTF_8);
    }

    /** Replaces {@code from} by {@code to} in the working copy {@code name}, failing when {@code from} is absent. */
    void edit(String name, String from, String to) throws IOException {
        String text = read(name);
        if (!text.contains(from)) {
            throw new AssertionError("no '" + from + "' in " + text);
        }
        write(name, text.replace(from, to));
    }
}
