package org.casenotes.ui.forms.tests;

import java.math.BigDecimal;
import java.util.List;

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
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.InstrumentTotal;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.ui.forms.PlanElement;
import org.casenotes.ui.forms.PlanElementSource;

/**
 * A small fictional SOAP-like form definition with every field type, built the way the template compiler would:
 * session times with minutes and a CPT suggestion, a narrative, progress with a conditional reason, a three-item
 * screening instrument with a band, goals addressed as a repeatable group, and a signature block.
 */
final class SoapForm {

    static final String ID = "test.SoapNote";
    private static final FormFactory F = FormFactory.eINSTANCE;

    /** Two goals of a fictional client's plan. */
    static final PlanElementSource PLAN = (note, kind) -> kind == PlanElementKind.GOAL
            ? List.of(new PlanElement("g-sleep", "Sleep through the night 5 of 7 nights"),
                    new PlanElement("g-work", "Return to part-time work"))
            : List.of();

    private SoapForm() {
    }

    static FormDefinition create() {
        FormDefinition form = F.createFormDefinition();
        form.setId(ID);
        form.setTitle("SOAP progress note");
        form.setKind(FormKind.PROGRESS);

        Section session = section("session", "Session", "Record the actual start and stop times of contact.");
        Field start = field("startTime", "Start time", F.createTimeType());
        Field stop = field("stopTime", "Stop time", F.createTimeType());
        CalculatedValue minutes = calculated("minutes", "Minutes", minutes(start, stop));
        CalculatedValue cpt = calculated("cpt", "Suggested CPT code", cpt(minutes));
        session.getElements().addAll(List.of(start, stop, minutes, cpt,
                field("sessionDate", "Date of service", F.createDateType()),
                field("followUp", "Next appointment", F.createDateTimeType()),
                field("travel", "Travel time", F.createDurationType()),
                field("telehealth", "Telehealth session", F.createBooleanType()),
                field("distress", "Distress rating", rating())));

        Section subjective = section("subjective", "Subjective",
                "What the client reported, in their words where it matters. Describe, do not judge.");
        Field narrative = field("narrative", "Narrative", F.createLongTextType());
        narrative.setHint("Observed behaviour and what the client said; avoid labels.");
        narrative.setRequired(true);
        subjective.getElements().add(narrative);

        Section assessment = section("assessment", "Assessment",
                "Compare with the start of treatment: improvements, setbacks or plateaus.");
        Field progress = field("progress", "Progress since treatment began", choice(false, "improved", "plateau", "setback"));
        progress.setRequired(true);
        Field reason = field("setbackReason", "Why the setback or plateau", F.createLongTextType());
        reason.setShownWhen(membership(progress, "plateau", "setback"));
        reason.setRequiredWhen(membership(progress, "setback"));
        Field interventions = field("interventions", "Interventions used", choice(true, "cbt", "mi", "psychoeducation"));
        InstrumentBlock screen = F.createInstrumentBlock();
        screen.setId("screen");
        screen.setLabel("Mood screen");
        Instrument instrument = instrument();
        form.getInstruments().add(instrument);
        screen.setInstrument(instrument);
        CalculatedValue band = calculated("screenBand", "Mood screen band", band(screen));
        assessment.getElements().addAll(List.of(progress, reason, interventions, screen, band));

        RepeatableGroup goals = F.createRepeatableGroup();
        goals.setId("goals");
        goals.setLabel("Goals addressed");
        goals.setHint("One row per treatment-plan goal worked on today.");
        GoalReferenceType goalType = F.createGoalReferenceType();
        goalType.setTarget(PlanElementKind.GOAL);
        goals.getElements().add(field("goal", "Goal", goalType));
        goals.getElements().add(field("goalProgress", "Progress toward the goal", F.createShortTextType()));
        assessment.getElements().add(goals);

        SignatureBlock signature = F.createSignatureBlock();
        signature.setId("signature");
        signature.setAttestation("I attest that this note describes the services I provided.");
        form.getElements().addAll(List.of(session, subjective, assessment, signature));
        return form;
    }

    private static Section section(String id, String label, String guidance) {
        Section section = F.createSection();
        section.setId(id);
        section.setLabel(label);
        section.setGuidance(guidance);
        return section;
    }

    private static Field field(String id, String label, FieldType type) {
        Field field = F.createField();
        field.setId(id);
        field.setLabel(label);
        field.setType(type);
        return field;
    }

    private static NumberType rating() {
        NumberType type = F.createNumberType();
        type.setUnit("of 10");
        type.setMin(BigDecimal.ZERO);
        type.setMax(BigDecimal.TEN);
        return type;
    }

    private static ChoiceType choice(boolean multiple, String... ids) {
        ChoiceType type = F.createChoiceType();
        type.setMultiple(multiple);
        for (String id : ids) {
            type.getOptions().add(option(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), null));
        }
        return type;
    }

    private static ChoiceOption option(String id, String label, Integer score) {
        ChoiceOption option = F.createChoiceOption();
        option.setId(id);
        option.setLabel(label);
        option.setScore(score);
        return option;
    }

    private static Membership membership(Field subject, String... optionIds) {
        Membership membership = F.createMembership();
        membership.setSubject(value(subject));
        membership.getOptionIds().addAll(List.of(optionIds));
        return membership;
    }

    private static ElementValue value(org.casenotes.model.form.ValueElement element) {
        ElementValue value = F.createElementValue();
        value.setElement(element);
        return value;
    }

    private static CalculatedValue calculated(String id, String label, Calculation calculation) {
        CalculatedValue calculated = F.createCalculatedValue();
        calculated.setId(id);
        calculated.setLabel(label);
        calculated.setCalculation(calculation);
        return calculated;
    }

    private static DurationMinutes minutes(Field start, Field stop) {
        DurationMinutes minutes = F.createDurationMinutes();
        minutes.setStart(start);
        minutes.setStop(stop);
        return minutes;
    }

    private static CptSuggestion cpt(CalculatedValue minutes) {
        CptSuggestion cpt = F.createCptSuggestion();
        cpt.setMinutes(value(minutes));
        cpt.getBands().add(cptBand("90832", 16, 37));
        cpt.getBands().add(cptBand("90834", 38, 52));
        cpt.getBands().add(cptBand("90837", 53, null));
        return cpt;
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
        instrument.setId("mood3");
        instrument.setTitle("Mood screen (3 items)");
        instrument.setInstructions("Over the last two weeks, how often has the client been bothered by:");
        String[] items = { "Little interest or pleasure", "Feeling down", "Thoughts of self-harm" };
        for (int i = 0; i < items.length; i++) {
            InstrumentItem item = F.createInstrumentItem();
            item.setId("item" + (i + 1));
            item.setText(items[i]);
            instrument.getItems().add(item);
        }
        InstrumentItem critical = instrument.getItems().get(2);
        critical.setCritical(true);
        critical.setCriticalMessage("Needs a risk assessment and a safety plan today.");
        String[] scale = { "Not at all", "Several days", "More than half the days", "Nearly every day" };
        for (int score = 0; score < scale.length; score++) {
            instrument.getScale().add(option("s" + score, scale[score], score));
        }
        instrument.getSeverityBands().add(band("minimal", 0, 2, "Minimal"));
        instrument.getSeverityBands().add(band("moderate", 3, 5, "Moderate"));
        instrument.getSeverityBands().add(band("severe", 6, null, "Severe"));
        return instrument;
    }

    private static BandLookup band(InstrumentBlock block) {
        BandLookup lookup = F.createBandLookup();
        InstrumentTotal total = F.createInstrumentTotal();
        total.setBlock(block);
        lookup.setSource(total);
        lookup.getBands().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(block.getInstrument().getSeverityBands()));
        return lookup;
    }

    private static Band band(String id, int min, Integer max, String label) {
        Band band = F.createBand();
        band.setId(id);
        band.setMin(BigDecimal.valueOf(min));
        band.setMax(max == null ? null : BigDecimal.valueOf(max));
        band.setLabel(label);
        return band;
    }

    static boolean isNarrative(Field field) {
        return field.getType() instanceof LongTextType && field.getId().equals("narrative");
    }
}
