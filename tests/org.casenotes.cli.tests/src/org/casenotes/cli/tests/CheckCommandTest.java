package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.ExitCode;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code casenotes check}: structured notes from files (the JSON form or a FHIR QuestionnaireResponse) checked with
 * every rule pack against the template, as a draft in the workbench is.
 */
class CheckCommandTest {

    /** A SOAP note whose PHQ-9 item 9 is above 0 but which says nothing about the risk: riskDetails is required. */
    private static final String JSON_FORM = """
            {
              "template": "std.progress.SoapNote",
              "version": 1,
              "values": {
                "sessionDate": "2026-12-01",
                "startTime": "10:00",
                "stopTime": "10:50",
                "clientReport": "Client said \\"I slept better this week and went to work every day\\" and smiled.",
                "measuresGiven": ["phq"],
                "phq9": {"q1": "severalDays", "q9": "severalDays"},
                "suicideRisk": "none",
                "harmToOthers": "none"
              }
            }
            """;

    private static final String RESPONSE = """
            {
              "resourceType": "QuestionnaireResponse",
              "status": "completed",
              "item": [
                {"linkId": "SessionDetails", "item": [
                  {"linkId": "sessionDate", "answer": [{"valueDate": "2026-12-01"}]},
                  {"linkId": "startTime", "answer": [{"valueTime": "10:00:00"}]},
                  {"linkId": "stopTime", "answer": [{"valueTime": "10:50:00"}]}
                ]},
                {"linkId": "clientReport", "answer": [{"valueString": "Client said \\"I slept better this week and went to work every day\\" and smiled."}]},
                {"linkId": "measuresGiven", "answer": [{"valueCoding": {"code": "phq"}}]},
                {"linkId": "phq9", "item": [
                  {"linkId": "phq9.q1", "answer": [{"valueCoding": {"code": "severalDays"}}]},
                  {"linkId": "phq9.q9", "answer": [{"valueCoding": {"code": "severalDays"}}]},
                  {"linkId": "phq9.total", "answer": [{"valueInteger": 2}]}
                ]},
                {"linkId": "suicideRisk", "answer": [{"valueCoding": {"code": "none"}}]},
                {"linkId": "harmToOthers", "answer": [{"valueCoding": {"code": "none"}}]}
              ]
            }
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int casenotes(String... arguments) {
        return Commands.standard(RegistryFactory.getRegistry()).run(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aJsonFormNoteIsCheckedWithTheTemplatesRulesAndItsErrorsExitOne() throws IOException {
        Path note = file("note.json", JSON_FORM);

        assertEquals(ExitCode.ERRORS_FOUND, casenotes("check", "--template", "std.progress.SoapNote@1",
                note.toString()), out() + err());

        assertTrue(out().contains(note + ": riskDetails: error"), out());
        assertTrue(out().contains(note + ": presentingProblem: error"), out());
        assertFalse(out().contains(note + ": clientReport: error"), out());
        assertTrue(out().contains("1 file checked against std.progress.SoapNote version 1"), out());
    }

    @Test
    void aQuestionnaireResponseIsCheckedLikeTheSameAnswersInTheJsonForm() throws IOException {
        Path form = file("note.json", JSON_FORM);
        Path response = file("response.json", RESPONSE);

        casenotes("check", "--json", "--template", "std.progress.SoapNote", form.toString(), response.toString());

        JsonObject report = JsonParser.parseString(out()).getAsJsonObject();
        var files = report.getAsJsonArray("files");
        assertEquals(0, files.get(1).getAsJsonObject().getAsJsonArray("problems").size(), out());
        assertEquals(files.get(0).getAsJsonObject().get("findings"), files.get(1).getAsJsonObject().get("findings"));
        assertTrue(files.get(1).getAsJsonObject().getAsJsonArray("findings").toString().contains("\"riskDetails\""));
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() throws IOException {
        Path note = file("broken.json", "{\"values\": {\"clientReport\": \"unfinished}");

        assertEquals(ExitCode.CANNOT_RUN, casenotes("check", "--template", "std.progress.SoapNote", note.toString()));

        assertTrue(err().contains(note + ": not JSON"), err());
        assertTrue(err().contains("line 1"), err());
    }

    @Test
    void valuesThatDoNotFitTheTemplateAreEachNamedByTheirJsonPointer() throws IOException {
        Path note = file("wrong.json", """
                {"values": {"sessionDate": "first of December", "sessionLength": 50,
                            "phq9": {"q1": "always"}, "measuresGiven": "phq"}}
                """);

        assertEquals(ExitCode.CANNOT_RUN, casenotes("check", "--template", "std.progress.SoapNote", note.toString()));

        assertTrue(err().contains("/values/sessionDate: "), err());
        assertTrue(err().contains("/values/sessionLength: std.progress.SoapNote has no field 'sessionLength'"), err());
        assertTrue(err().contains("/values/phq9/q1: "), err());
        assertFalse(err().contains("/values/measuresGiven"), err());
    }

    @Test
    void aQuestionnaireResponseOfAnotherFhirVersionIsRefused() throws IOException {
        Path note = file("dstu2.json", """
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "group": {"linkId": "root", "question": [{"linkId": "clientReport"}]}}
                """);

        assertEquals(ExitCode.CANNOT_RUN, casenotes("check", "--template", "std.progress.SoapNote", note.toString()));

        assertTrue(err().contains("not a FHIR R4 QuestionnaireResponse"), err());
    }
}
