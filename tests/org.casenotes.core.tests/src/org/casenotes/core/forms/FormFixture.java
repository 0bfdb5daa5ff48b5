package org.casenotes.core.forms;

import java.math.BigDecimal;

import org.casenotes.model.form.Band;
import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.Calculation;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.InstrumentTotal;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.ValueElement;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;

/**
 * A small fictional SOAP-like form with the logic the form package evaluates: a conditional reason, session times
 * with minutes and a CPT suggestion, a three-item screening instrument with bands, and a repeatable goal group.
 */
final class FormFixture {

    static final FormFactory F = FormFactory.eINSTANCE;

    final FormDefinition form = F.createFormDefinition();
    final Field narrative = field("narrative", "Narrative", F.createLongTextType());
    final Field progress = field("progress", "Progress", choice("improved", "plateau", "setback"));
    final Field reason = field("setbackReason", "Why the setback or plateau", F.createLongTextType());
    final Field start = field("startTime", "Start", F.createTimeType());
    final Field stop = field("stopTime", "Stop", F.createTimeType());
    final CalculatedValue minutes = calculated("minutes", duration());
    final CalculatedValue cpt = calculated("cpt", cpt());
    final Instrument screen = instrument();
    final InstrumentBlock block = F.createInstrumentBlock();
    final CalculatedValue band = calculated("screenBand", bandOfTotal());
    final RepeatableGroup goals = F.createRepeatableGroup();
    final Field goalNote = field("goalNote", "Progress toward the goal", F.createShortTextType());

    FormFixture() {
        form.setId("test.Soap");
        form.setTitle("Test SOAP note");
        form.setKind(FormKind.PROGRESS);
        Section session = section("session");
        session.getElements().add(start);
        session.getElements().add(stop);
        session.getElements().add(minutes);
        session.getElements().add(cpt);
        Section assessment = section("assessment");
        progress.setRequired(true);
        reason.setShownWhen(membership(progress, "plateau", "setback"));
        reason.setRequiredWhen(membership(progress, "setback"));
        assessment.getElements().add(narrative);
        assessment.getElements().add(progress);
        assessment.getElements().add(reason);
        block.setId("screen");
        block.setLabel("Screening");
        block.setInstrument(screen);
        block.setRequired(true);
        form.getInstruments().add(screen);
        assessment.getElements().add(block);
        assessment.getElements().add(band);
        goals.setId("goals");
        goals.setLabel("Goals addressed");
        goals.setMinRows(1);
        goalNote.setRequired(true);
        goals.getElements().add(goalNote);
        assessment.getElements().add(goals);
        form.getElements().add(session);
        form.getElements().add(assessment);
    }

    Note draft() {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId("n-1");
        note.setTemplateId(form.getId());
        note.setTemplateVersion(form.getVersion());
        note.setStatus(NoteStatus.DRAFT);
        return note;
    }

    private static Section section(String id) {
        Section section = F.createSection();
        section.setId(id);
        return section;
    }

    static Field field(String id, String label, FieldType type) {
        Field field = F.createField();
        field.setId(id);
        field.setLabel(label);
        field.setType(type);
        return field;
    }

    static ChoiceType choice(String... ids) {
        ChoiceType type = F.createChoiceType();
        for (String id : ids) {
            type.getOptions().add(option(id, null));
        }
        return type;
    }

    static ChoiceOption option(String id, Integer score) {
        ChoiceOption option = F.createChoiceOption();
        option.setId(id);
        option.setLabel(Character.toUpperCase(id.charAt(0)) + id.substring(1));
        option.setScore(score);
        return option;
    }

    static Membership membership(ValueElement subject, String... optionIds) {
        Membership membership = F.createMembership();
        membership.setSubject(value(subject));
        membership.getOptionIds().addAll(java.util.List.of(optionIds));
        return membership;
    }

    static ElementValue value(ValueElement element) {
        ElementValue value = F.createElementValue();
        value.setElement(element);
        return value;
    }

    private static CalculatedValue calculated(String id, Calculation calculation) {
        CalculatedValue calculated = F.createCalculatedValue();
        calculated.setId(id);
        calculated.setCalculation(calculation);
        return calculated;
    }

    private DurationMinutes duration() {
        DurationMinutes duration = F.createDurationMinutes();
        duration.setStart(start);
        duration.setStop(stop);
        return duration;
    }

    private CptSuggestion cpt() {
        CptSuggestion suggestion = F.createCptSuggestion();
        suggestion.setMinutes(value(minutes));
        suggestion.getBands().add(cptBand("90832", 16, 37));
        suggestion.getBands().add(cptBand("90834", 38, 52));
        suggestion.getBands().add(cptBand("90837", 53, null));
        return suggestion;
    }

    private static CptBand cptBand(String code, int min, Integer max) {
        CptBand band = F.createCptBand();
        band.setCode(code);
        band.setMinMinutes(min);
        band.setMaxMinutes(max);
        return band;
    }

    private static Instrument instrument() {
        Instrument instrument = F.createInstrument();
        instrument.setId("screen3");
        for (int i = 1; i <= 3; i++) {
            InstrumentItem item = F.createInstrumentItem();
            item.setId("item" + i);
            item.setText("Item " + i);
            instrument.getItems().add(item);
        }
        for (int score = 0; score <= 3; score++) {
            instrument.getScale().add(option("s" + score, score));
        }
        instrument.getSeverityBands().add(band("low", 0, 3, "Low"));
        instrument.getSeverityBands().add(band("high", 4, null, "High"));
        return instrument;
    }

    private BandLookup bandOfTotal() {
        BandLookup lookup = F.createBandLookup();
        InstrumentTotal total = F.createInstrumentTotal();
        total.setBlock(block);
        lookup.setSource(total);
        lookup.getBands().add(band("low", 0, 3, "Low"));
        lookup.getBands().add(band("high", 4, null, "High"));
        return lookup;
    }

    static Band band(String id, int min, Integer max, String label) {
        Band band = F.createBand();
        band.setId(id);
        band.setMin(BigDecimal.valueOf(min));
        band.setMax(max == null ? null : BigDecimal.valueOf(max));
        band.setLabel(label);
        return band;
    }
}
