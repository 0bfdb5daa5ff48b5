package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.casenotes.fhir.ImportProblem;
import org.casenotes.fhir.RedcapImport;
import org.casenotes.fhir.TemplateImport;
import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.ShortTextType;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.form.query.ConditionText;
import org.casenotes.model.form.query.ElementIndex;
import org.casenotes.template.library.CompiledLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A data dictionary as REDCap writes it (data/redcap: its real headers, every field type, two forms) imported, and
 * bad dictionaries refused with the row of each problem.
 */
class RedcapImportTest {

    private static TemplateImport imported;
    private static FormDefinition intake;
    private static FormDefinition followUp;
    private static ElementIndex index;

    @BeforeAll
    static void importTheDictionary() throws IOException {
        imported = RedcapImport.read(dictionary(), "intake_and_followup_dictionary.csv", "agency.redcap");
        assertTrue(imported.succeeded(), imported.problems().toString());
        CompiledLibrary compiled = Forms.compileFile(imported.template().orElseThrow());
        assertEquals("", Forms.errors(compiled), imported.template().get());
        intake = compiled.form("agency.redcap.Intake").orElseThrow();
        followUp = compiled.form("agency.redcap.FollowUp").orElseThrow();
        index = ElementIndex.of(intake);
    }

    private static String dictionary() throws IOException {
        try (InputStream in = RedcapImportTest.class.getResourceAsStream(
                "/data/redcap/intake_and_followup_dictionary.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachFormIsATemplateAndSectionHeadersAreSections() {
        assertEquals("Intake", intake.getTitle());
        assertEquals("Follow up", followUp.getTitle());
        Section screening = (Section) index.element("screeningPhq2").orElseThrow();
        assertEquals("Screening (PHQ-2)", screening.getLabel());
        assertEquals("Over the last 2 weeks, how often has the client been bothered by the following problems?",
                screening.getGuidance(), "the descriptive row under the header is the section's guidance");
    }

    @Test
    void textValidationsBecomeTypesAndRanges() {
        assertInstanceOf(DateType.class, field("dob").getType());
        assertEquals("Y-M-D", field("dob").getHint());
        assertInstanceOf(TimeType.class, field("visit_time").getType());
        assertInstanceOf(DateTimeType.class, field("visit_start").getType());
        NumberType age = (NumberType) field("age").getType();
        assertEquals(NumberKind.INTEGER, age.getNumberKind());
        assertEquals(120, age.getMax().intValue());
        NumberType height = (NumberType) field("height").getType();
        assertEquals(NumberKind.DECIMAL, height.getNumberKind());
        assertEquals("0.5", height.getMin().toPlainString());
        assertTrue(((ShortTextType) field("email").getType()).getPattern().contains("@"));
        assertTrue(field("first_name").isRequired());
    }

    @Test
    void choicesKeepTheirCodesAsScoresAndCheckboxesAreMultiple() {
        ChoiceType referral = (ChoiceType) field("referral").getType();
        assertFalse(referral.isMultiple());
        assertEquals(List.of("c1", "c2", "c3", "c99"), referral.getOptions().stream().map(o -> o.getId()).toList());
        assertEquals("Friend or family", referral.getOptions().get(1).getLabel());
        assertEquals(Integer.valueOf(99), referral.getOptions().get(3).getScore());
        assertTrue(((ChoiceType) field("services").getType()).isMultiple());
        assertInstanceOf(ChoiceType.class, field("insurer").getType(), "a dropdown");
        assertInstanceOf(BooleanType.class, field("insured").getType(), "yes/no");
        assertInstanceOf(BooleanType.class, field("privacy_read").getType(), "true/false");
        assertInstanceOf(LongTextType.class, field("psych_reason").getType(), "notes");
        NumberType distress = (NumberType) field("distress").getType();
        assertEquals(100, distress.getMax().intValue(), "a slider is 0..100");
        assertTrue(field("distress").getHint().contains("No distress"), field("distress").getHint());
    }

    @Test
    void branchingLogicBecomesShownWhen() {
        assertEquals("referral in [c99]", ConditionText.of(field("referral_other").getShownWhen()));
        assertEquals("services in [c3]", ConditionText.of(field("psych_reason").getShownWhen()));
        assertEquals("insured = true", ConditionText.of(field("insurer").getShownWhen()));
        assertEquals("phq_total >= 3 and age >= 12", ConditionText.of(field("phq9_date").getShownWhen()));
        Field worse = (Field) ElementIndex.of(followUp).element("fu_worse").orElseThrow();
        assertEquals("fu_mood in [c3] or fu_mood in [c2]", ConditionText.of(worse.getShownWhen()));
    }

    @Test
    void aSumIsACalculatedValue() {
        CalculatedValue total = (CalculatedValue) index.element("phq_total").orElseThrow();
        assertEquals("sum(phq1, phq2)", ConditionText.of(total.getCalculation()));
    }

    @Test
    void whatHasNoCounterpartIsReportedWithItsRow() {
        List<String> unmapped = imported.unmapped();
        assertReported(unmapped, "row 19 (variable 'card')", "file uploads");
        assertReported(unmapped, "row 26 (variable 'bmi')", "not a sum");
        assertReported(unmapped, "row 27 (variable 'phq9_date')", "range of dates");
        assertReported(unmapped, "row 28 (variable 'staff_initials')", "@HIDDEN-SURVEY");
        assertReported(unmapped, "row 29 (variable 'clinic')", "SQL");
        assertReported(unmapped, "row 33 (variable 'fu_insurer_changed')", "not a field of this form");
        assertReported(unmapped, "row 34 (variable 'fu_days')", "datediff");
        String text = imported.template().orElseThrow();
        unmapped.forEach(line -> assertTrue(text.contains(line), "the file's header lists: " + line));
    }

    @Test
    void malformedCsvIsRefused() {
        TemplateImport bad = RedcapImport.read(header() + "\nmood,intake,,radio,\"Mood,\"1, Low | 2, OK\"\n",
                "bad.csv", "agency.redcap");

        assertFalse(bad.succeeded());
        assertTrue(bad.problems().get(0).message().startsWith("malformed CSV"), bad.problems().toString());
    }

    @Test
    void aFileWithoutREDCapsColumnsIsRefused() {
        TemplateImport bad = RedcapImport.read("name,type\nmood,radio\n", "bad.csv", "agency.redcap");

        assertEquals("row 1", bad.problems().get(0).location());
        assertTrue(bad.problems().get(0).message().contains("'Variable / Field Name'"), bad.problems().toString());
    }

    @Test
    void unknownFieldTypesAndChoicesWithoutCodesAreRefusedWithTheirRows() {
        TemplateImport bad = RedcapImport.read(header() + "\n"
                + "mood,intake,,radio,Mood,\"Low | 2, OK\",,,,,,,,,,,,\n"
                + "photo,intake,,image,Photo,,,,,,,,,,,,,\n", "bad.csv", "agency.redcap");

        assertFalse(bad.succeeded());
        assertTrue(bad.template().isEmpty());
        assertEquals(List.of("row 2 (variable 'mood')", "row 3 (variable 'photo')"),
                bad.problems().stream().map(ImportProblem::location).toList());
        assertTrue(bad.problems().get(1).message().contains("unknown field type 'image'"));
    }

    private static String header() {
        return "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\","
                + "\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text Validation Type OR Show Slider"
                + " Number\",\"Text Validation Min\",\"Text Validation Max\",\"Identifier?\",\"Branching Logic (Show"
                + " field only if...)\",\"Required Field?\",\"Custom Alignment\",\"Question Number (surveys only)\","
                + "\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"";
    }

    private static void assertReported(List<String> unmapped, String location, String words) {
        assertTrue(unmapped.stream().anyMatch(line -> line.startsWith(location) && line.contains(words)),
                location + " " + words + " in " + unmapped);
    }

    private static Field field(String id) {
        return (Field) index.element(id).orElseThrow(() -> new AssertionError("no field " + id));
    }
}
