package org.casenotes.model.form.build;

import java.math.BigDecimal;

import org.casenotes.model.form.Band;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentItem;

/**
 * Writes a scored instrument (a questionnaire such as the PHQ-9) by hand, for {@link FormBuilder#instrument}:
 * {@code InstrumentBuilder.instrument("PHQ9", "PHQ-9").items("q", texts).scale("notAtAll", "Not at all", ...).build()}.
 */
public final class InstrumentBuilder {

    private static final FormFactory F = FormFactory.eINSTANCE;

    private final Instrument instrument = F.createInstrument();

    private InstrumentBuilder(String id, String title) {
        instrument.setId(id);
        instrument.setTitle(title);
    }

    public static InstrumentBuilder instrument(String id, String title) {
        return new InstrumentBuilder(id, title);
    }

    public Instrument build() {
        return instrument;
    }

    public InstrumentBuilder instructions(String instructions) {
        instrument.setInstructions(instructions);
        return this;
    }

    /** Items with these texts (null for none), their ids the prefix and 1, 2, 3... */
    public InstrumentBuilder items(String idPrefix, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            InstrumentItem item = F.createInstrumentItem();
            item.setId(idPrefix + (i + 1));
            item.setText(texts[i]);
            instrument.getItems().add(item);
        }
        return this;
    }

    /** The answers every item takes, given as id, label, id, label..., scored 0, 1, 2... in that order. */
    public InstrumentBuilder scale(String... idLabelPairs) {
        for (int i = 0; i < idLabelPairs.length; i += 2) {
            instrument.getScale().add(FormBuilder.option(idLabelPairs[i], idLabelPairs[i + 1], i / 2));
        }
        return this;
    }

    /** A severity band of the total; {@code max} null: no upper limit. */
    public InstrumentBuilder band(String id, int min, Integer max, String label) {
        Band band = F.createBand();
        band.setId(id);
        band.setMin(BigDecimal.valueOf(min));
        band.setMax(max == null ? null : BigDecimal.valueOf(max));
        band.setLabel(label);
        instrument.getSeverityBands().add(band);
        return this;
    }

    /** Makes the item critical from {@code score} on ({@code message} may be null). */
    public InstrumentBuilder critical(String itemId, int score, String message) {
        InstrumentItem item = instrument.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + itemId + " in " + instrument.getId()));
        item.setCritical(true);
        item.setCriticalScore(score);
        item.setCriticalMessage(message);
        return this;
    }
}
