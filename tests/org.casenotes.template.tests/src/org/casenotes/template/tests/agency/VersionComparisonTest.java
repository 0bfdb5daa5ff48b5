package org.casenotes.template.tests.agency;

import static org.casenotes.template.tests.agency.AgencyFolder.AGENCY_SOAP;
import static org.casenotes.template.tests.agency.AgencyFolder.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.template.agency.FormChange;
import org.casenotes.template.agency.FormChange.Kind;
import org.casenotes.template.agency.VersionComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The difference between two versions, structural (what the clinician's form gains, loses, changes) and textual. */
class VersionComparisonTest {

    @TempDir
    Path data;

    @Test
    void fieldsOptionsLabelsRequirementsAndConditionsAreCompared() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);
        agency.library().publish(ID);
        agency.write("AgencySoap", """
                package agency

                import std.progress.SoapNote

                // the agency's SOAP note
                template AgencySoap "Agency SOAP note" version 2 kind progress extends SoapNote {
                	section checkIn "Safety check-in" {
                		field feelsSafe "Client feels safe at home" : choice { yes "Yes", no "Not really", unsure "Unsure" }
                		field safetyConcern "What makes the client feel unsafe" : longtext
                			shown when feelsSafe in [no, unsure]
                		field school "School the client attends" : text
                	}
                	remove background
                }
                """);
        agency.library().publish(ID);

        VersionComparison comparison = agency.library().compare(ID, 1, 2);

        List<String> changes = comparison.changes().stream().map(FormChange::toString).toList();
        assertTrue(changes.contains("+ Field \"School the client attends\" (school) added in section \"Safety "
                + "check-in\" (checkIn)"), changes.toString());
        assertTrue(changes.contains("~ Section \"Safety check-in\" (checkIn): label \"Agency check-in\" \u2192 "
                + "\"Safety check-in\""), changes.toString());
        assertTrue(changes.contains("~ Field \"Client feels safe at home\" (feelsSafe): required \"yes\" \u2192 "
                + "\"no\""), changes.toString());
        assertTrue(changes.contains("~ Field \"What makes the client feel unsafe\" (safetyConcern): shown when "
                + "\"feelsSafe = no\" \u2192 \"feelsSafe in [no, unsure]\""), changes.toString());
        assertTrue(changes.contains("+ Field \"Client feels safe at home\" (feelsSafe): option \"Unsure\" (unsure) "
                + "added"), changes.toString());
        assertTrue(changes.contains("~ Field \"Client feels safe at home\" (feelsSafe): option no: label \"No\" "
                + "\u2192 \"Not really\""), changes.toString());
        assertTrue(comparison.changes().stream().anyMatch(c -> c.kind() == Kind.REMOVED
                && c.elementId().equals("background")), changes.toString());
        assertEquals(7, comparison.changes().size(), "nothing else differs: " + changes);
        assertTrue(comparison.textDiff().get(0).startsWith("--- version 1"), comparison.textDiff().toString());
        assertTrue(comparison.textDiff().contains("+\t\tfield school \"School the client attends\" : text"),
                comparison.textDiff().toString());
        assertTrue(comparison.describe().contains("agency.AgencySoap: version 1 \u2192 version 2"));
    }

    @Test
    void theChangesToPublishCompareTheWorkingCopyWithTheLastPublishedVersion() throws Exception {
        AgencyFolder agency = new AgencyFolder(data);
        agency.write("AgencySoap", AGENCY_SOAP);

        VersionComparison first = agency.library().changesToPublish(ID);
        assertEquals("nothing published", first.older());
        assertEquals(1, first.changes().size());
        assertTrue(first.changes().get(0).text().startsWith("First version of \"Agency SOAP note\""),
                first.changes().toString());

        agency.library().publish(ID);
        VersionComparison unchanged = agency.library().changesToPublish(ID);
        assertEquals("version 1", unchanged.older());
        assertEquals("working copy (version 2)", unchanged.newer());
        assertTrue(unchanged.changes().isEmpty(), "only the version number moved: " + unchanged.changes());
        assertTrue(unchanged.textDiff().stream().anyMatch(line -> line.startsWith("+") && line.contains("version 2")),
                unchanged.textDiff().toString());

        agency.edit("AgencySoap", "\"Agency check-in\"", "\"Check-in\"");
        assertEquals(List.of("~ Section \"Check-in\" (checkIn): label \"Agency check-in\" \u2192 \"Check-in\""),
                agency.library().changesToPublish(ID).changes().stream().map(FormChange::toString).toList());
    }
}
