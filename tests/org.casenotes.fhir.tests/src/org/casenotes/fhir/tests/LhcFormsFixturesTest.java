package org.casenotes.fhir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.fhir.QuestionnaireExport;
import org.casenotes.model.form.Band;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes what {@code releng/lhc-forms/check-scores.sh} renders in LHC-Forms: the exported Questionnaire of every
 * standard template with the number of items in it (LHC-Forms must render each one), and for the scored ones, a PHQ-9
 * screen and the SOAP progress note, answer sets with the total and severity Casenotes' own form engine gives them
 * ({@link InstrumentAnswers}, the engine the note editor uses). Written to {@code target/lhc-forms/}.
 */
class LhcFormsFixturesTest {

    private static final int[][] ANSWERS = { { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, { 1, 2, 0, 3, 1, 0, 2, 1, 0 },
            { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, { 2, 2, 1, 1, 2, 2, 1, 1, 1 }, { 1, 1, 1, 1, 1, 0, 0, 0, 1 } };

    @Test
    void theFixturesCarryCasenotesOwnTotals() throws IOException {
        Path folder = Path.of("target", "lhc-forms");
        Files.createDirectories(folder);
        FormDefinition screen = Forms.compile("lhc.Phq9Screen", """
                package lhc
                template Phq9Screen "PHQ-9 screen" version 1 kind progress {
                	instrument phq9 : std.instruments.PHQ9 required
                }
                """);
        FormDefinition soap = Forms.standard("std.progress.SoapNote");
        ObjectMapper json = new ObjectMapper();
        ObjectNode fixtures = json.createObjectNode();
        ArrayNode forms = fixtures.putArray("forms");
        forms.add(form(json, folder, screen, Map.of()));
        forms.add(form(json, folder, soap, Map.of("measuresGiven", List.of("PHQ-9"))));
        ArrayNode rendered = fixtures.putArray("render");
        for (FormDefinition form : Forms.standard().forms()) {
            rendered.add(rendering(json, folder, form));
        }
        Files.writeString(folder.resolve("cases.json"), json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(fixtures));
        assertTrue(Files.size(folder.resolve("std.progress.SoapNote.questionnaire.json")) > 10_000);
        assertEquals(Forms.standard().forms().size(), rendered.size());
        assertTrue(rendered.size() >= 20, "every standard template, letters and the psychotherapy note included");
    }

    /** A standard template's Questionnaire and every item LHC-Forms has to show (linkId, type, nesting). */
    private static ObjectNode rendering(ObjectMapper json, Path folder, FormDefinition form) throws IOException {
        String file = form.getId() + ".questionnaire.json";
        String questionnaire = QuestionnaireExport.of(form).json();
        Files.writeString(folder.resolve(file), questionnaire);
        ObjectNode node = json.createObjectNode();
        node.put("id", form.getId());
        node.put("title", form.getTitle());
        node.put("questionnaire", file);
        ArrayNode items = node.putArray("items");
        collect(json.readTree(questionnaire).path("item"), items);
        assertTrue(items.size() > 0, form.getId() + " has items");
        return node;
    }

    private static void collect(JsonNode items, ArrayNode into) {
        for (JsonNode item : items) {
            into.addObject().put("linkId", item.path("linkId").asText()).put("type", item.path("type").asText())
                    .put("conditional", item.has("enableWhen") || item.has("extension")
                            && item.path("extension").toString().contains("enableWhenExpression"));
            collect(item.path("item"), into);
        }
    }

    private static ObjectNode form(ObjectMapper json, Path folder, FormDefinition form, Map<String, List<String>> setup)
            throws IOException {
        String file = form.getId() + ".questionnaire.json";
        Files.writeString(folder.resolve(file), QuestionnaireExport.of(form).json());
        InstrumentBlock block = FormDefinitions.allElements(form).stream().filter(InstrumentBlock.class::isInstance)
                .map(InstrumentBlock.class::cast).filter(b -> b.getInstrument().getId().equals("std.instruments.PHQ9"))
                .findFirst().orElseThrow();
        Instrument phq9 = block.getInstrument();
        ObjectNode node = json.createObjectNode();
        node.put("title", form.getTitle());
        node.put("questionnaire", file);
        node.put("total", block.getId() + ".total");
        node.put("severity", block.getId() + ".severity");
        ObjectNode before = node.putObject("setup");
        setup.forEach((linkId, labels) -> labels.forEach(label -> before.withArray(linkId).add(label)));
        ArrayNode cases = node.putArray("cases");
        for (int[] scores : ANSWERS) {
            Note note = RecordFactory.eINSTANCE.createNote();
            note.setStatus(NoteStatus.DRAFT);
            InstrumentAnswers answers = new InstrumentAnswers(note, block);
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> pattern = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                int score = scores[i];
                String option = phq9.getScale().stream().filter(o -> o.getScore() == score).findFirst().orElseThrow()
                        .getId();
                answers.setAnswer(phq9.getItems().get(i), option);
                labels.put(block.getId() + "." + phq9.getItems().get(i).getId(), phq9.getScale().stream()
                        .filter(o -> o.getId().equals(option)).findFirst().orElseThrow().getLabel());
                pattern.add(Integer.toString(score));
            }
            BigDecimal total = answers.total().orElseThrow();
            int expected = java.util.Arrays.stream(scores).sum();
            assertEquals(expected, total.intValue(), "Casenotes adds the scores");
            ObjectNode entry = cases.addObject();
            entry.put("name", "answers " + String.join(",", pattern));
            ObjectNode answerNode = entry.putObject("answers");
            labels.forEach(answerNode::put);
            entry.put("total", total.intValue());
            entry.put("severity", severity(phq9, total));
        }
        return node;
    }

    private static String severity(Instrument instrument, BigDecimal total) {
        for (Band band : instrument.getSeverityBands()) {
            if (total.compareTo(band.getMin()) >= 0 && (band.getMax() == null || total.compareTo(band.getMax()) <= 0)) {
                return band.getLabel();
            }
        }
        return "";
    }
}
