package org.casenotes.template.compiler;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.model.form.Band;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.template.ast.BandFormula;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.Instrument;
import org.casenotes.template.ast.Item;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Sum;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.structure.ExpressionTypes;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

/**
 * Copies instruments into the form that embeds them (once per instrument), so a form definition is self-contained.
 */
final class InstrumentCatalog {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    private final IQualifiedNameProvider names;

    InstrumentCatalog(IQualifiedNameProvider names) {
        this.names = names;
    }

    String idOf(Instrument instrument) {
        return names.getFullyQualifiedName(instrument).toString();
    }

    /** @return the form's copy of the instrument, created on first use. */
    org.casenotes.model.form.Instrument copyInto(FormDefinition form, Instrument instrument) {
        String id = idOf(instrument);
        for (org.casenotes.model.form.Instrument existing : form.getInstruments()) {
            if (existing.getId().equals(id)) {
                return existing;
            }
        }
        org.casenotes.model.form.Instrument copy = FORM.createInstrument();
        copy.setId(id);
        copy.setTitle(instrument.getTitle());
        copy.setInstructions(instrument.getInstructions());
        copy.setSource(instrument.getSource());
        for (Option answer : instrument.getScale()) {
            copy.getScale().add(FieldTypeCompiler.option(answer));
        }
        for (Item item : instrument.getItems()) {
            InstrumentItem itemCopy = FORM.createInstrumentItem();
            itemCopy.setId(item.getName());
            itemCopy.setText(item.getText());
            if (item.getCritical() != null) {
                itemCopy.setCritical(true);
                int threshold = item.getCritical().getThreshold();
                itemCopy.setCriticalScore(">".equals(item.getCritical().getOp()) ? threshold + 1 : threshold);
                itemCopy.setCriticalMessage(item.getCritical().getMessage());
            }
            copy.getItems().add(itemCopy);
        }
        for (Calculation calculation : instrument.getCalculations()) {
            if (calculation.getFormula() instanceof BandFormula band && band.getSubject() instanceof ValueRef ref
                    && ExpressionTypes.referenced(ref) instanceof Calculation subject && isTotal(subject)) {
                copy.getSeverityBands().addAll(bands(band.getBands()));
                break;
            }
        }
        form.getInstruments().add(copy);
        return copy;
    }

    /** @return whether the calculation is the sum of every item of its instrument (its total score). */
    static boolean isTotal(Calculation calculation) {
        if (!(calculation.getFormula() instanceof Sum sum) || !(calculation.eContainer() instanceof Instrument owner)) {
            return false;
        }
        Set<Item> summed = new HashSet<>();
        for (var term : sum.getTerms()) {
            if (term instanceof ValueRef ref && ExpressionTypes.referenced(ref) instanceof Item item) {
                summed.add(item);
            } else {
                return false;
            }
        }
        return summed.equals(new HashSet<>(owner.getItems()));
    }

    static List<Band> bands(List<Option> options) {
        return options.stream().map(option -> {
            Band band = FORM.createBand();
            band.setId(option.getName());
            band.setLabel(option.getLabel());
            band.setMin(option.getRange() == null ? null : option.getRange().getMin());
            BigDecimal max = option.getRange() == null ? null : option.getRange().getMax();
            band.setMax(max);
            return band;
        }).toList();
    }
}
