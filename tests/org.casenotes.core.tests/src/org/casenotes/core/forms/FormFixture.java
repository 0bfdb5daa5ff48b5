package org.casenotes.core.forms;

import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.form.build.InstrumentBuilder;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;

/**
 * A small fictional SOAP-like form with the logic the form package evaluates: a conditional reason, session times
 * with minutes and a CPT suggestion, a three-item screening instrument with bands, and a repeatable goal group.
 */
final class FormFixture {

    final Instrument screen = InstrumentBuilder.instrument("screen3", null)
            .items("item", "Item 1", "Item 2", "Item 3").scale("s0", "S0", "s1", "S1", "s2", "S2", "s3", "S3")
            .band("low", 0, 3, "Low").band("high", 4, null, "High").build();
    private final FormBuilder builder = FormBuilder.form("test.Soap", FormKind.PROGRESS).title("Test SOAP note")
            .section("session", null, s -> s.time("startTime", "Start").time("stopTime", "Stop")
                    .minutes("minutes", null, "startTime", "stopTime").cptSuggestion("cpt", null, "minutes"))
            .section("assessment", null, s -> s.longText("narrative", "Narrative")
                    .choice("progress", "Progress", "improved", "plateau", "setback").required()
                    .longText("setbackReason", "Why the setback or plateau").shownWhen("progress", "plateau", "setback")
                    .requiredWhen("progress", "setback")
                    .instrument("screen", "Screening", screen).required().bandOfTotal("screenBand", null, "screen")
                    .group("goals", "Goals addressed", g -> g.shortText("goalNote", "Progress toward the goal")
                            .required()).rows(1, -1));
    final FormDefinition form = builder.build();
    final Field narrative = builder.element("narrative", Field.class);
    final Field progress = builder.element("progress", Field.class);
    final Field reason = builder.element("setbackReason", Field.class);
    final Field start = builder.element("startTime", Field.class);
    final Field stop = builder.element("stopTime", Field.class);
    final CalculatedValue minutes = builder.element("minutes", CalculatedValue.class);
    final CalculatedValue cpt = builder.element("cpt", CalculatedValue.class);
    final InstrumentBlock block = builder.element("screen", InstrumentBlock.class);
    final CalculatedValue band = builder.element("screenBand", CalculatedValue.class);
    final RepeatableGroup goals = builder.element("goals", RepeatableGroup.class);
    final Field goalNote = builder.element("goalNote", Field.class);

    Note draft() {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId("n-1");
        note.setTemplateId(form.getId());
        note.setTemplateVersion(form.getVersion());
        note.setStatus(NoteStatus.DRAFT);
        return note;
    }
}
