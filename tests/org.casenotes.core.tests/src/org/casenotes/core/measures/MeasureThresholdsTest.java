package org.casenotes.core.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.junit.jupiter.api.Test;

class MeasureThresholdsTest {

    private final MeasureThresholds thresholds = MeasureThresholds.bundled();

    @Test
    void phq9HasKroenkesBandsAFivePointMeaningfulChangeAndRemissionBelowFive() {
        InstrumentThresholds phq9 = thresholds.of("std.instruments.PHQ9").orElseThrow();

        assertEquals("PHQ-9", phq9.name());
        assertEquals(27, phq9.maximum());
        assertEquals(List.of(new SeverityBand(0, 4, "Minimal or none"), new SeverityBand(5, 9, "Mild"),
                new SeverityBand(10, 14, "Moderate"), new SeverityBand(15, 19, "Moderately severe"),
                new SeverityBand(20, 27, "Severe")), phq9.bands());
        assertTrue(phq9.meaningful(14, 9));
        assertTrue(phq9.meaningful(9, 14));
        assertFalse(phq9.meaningful(14, 10));
        assertTrue(phq9.remission(4));
        assertFalse(phq9.remission(5));
        assertTrue(phq9.source().contains("Kroenke") && phq9.source().contains("Löwe"), phq9.source());
    }

    @Test
    void gad7HasSpitzersBandsAFourPointMeaningfulChangeAndRemissionBelowFive() {
        InstrumentThresholds gad7 = thresholds.of("std.instruments.GAD7").orElseThrow();

        assertEquals(21, gad7.maximum());
        assertEquals("Severe", gad7.bandOf(15).orElseThrow().label());
        assertEquals("Minimal", gad7.bandOf(4).orElseThrow().label());
        assertTrue(gad7.meaningful(12, 8));
        assertFalse(gad7.meaningful(12, 9));
        assertTrue(gad7.remission(4));
        assertFalse(gad7.remission(5));
        assertTrue(gad7.source().contains("Spitzer") && gad7.source().contains("Toussaint"), gad7.source());
    }

    @Test
    void theBandsAgreeWithTheInstrumentsOfTheStandardLibrary() {
        CompiledLibrary library = TemplateLibrary.contributed().compile();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        for (FormDefinition form : library.forms()) {
            for (var element : FormDefinitions.allElements(form)) {
                if (element instanceof InstrumentBlock block && block.getInstrument() != null) {
                    instruments.putIfAbsent(block.getInstrument().getId(), block.getInstrument());
                }
            }
        }
        for (String id : List.of("std.instruments.PHQ9", "std.instruments.GAD7")) {
            Instrument instrument = instruments.get(id);
            List<SeverityBand> library_bands = instrument.getSeverityBands().stream()
                    .map(band -> new SeverityBand(band.getMin().intValue(), band.getMax().intValue(), band.getLabel()))
                    .toList();
            assertEquals(library_bands, thresholds.of(id).orElseThrow().bands(), id);
            assertEquals(InstrumentScore.maximum(instrument), thresholds.of(id).orElseThrow().maximum(), id);
        }
    }

    @Test
    void anInstrumentWithoutPublishedThresholdsIsChartedWithoutInterpretation() {
        InstrumentThresholds other = thresholds.orUninterpreted("agency.instruments.ORS", 40);

        assertEquals("ORS", other.name());
        assertEquals(40, other.maximum());
        assertEquals(List.of(), other.bands());
        assertFalse(other.meaningful(0, 40));
        assertFalse(other.remission(0));
    }

    @Test
    void aMalformedBandIsRefusedNamingTheKey() {
        String text = """
                x.name = X
                x.maximum = 10
                x.bands = 0-4 Low; five to ten High
                x.meaningfulChange = 2
                x.remissionBelow = 3
                x.source = none
                """;
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MeasureThresholds.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertEquals("x.bands: 'five to ten High' is not 'low-high label'.", refused.getMessage());
    }
}
