package org.casenotes.core.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.model.form.Band;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.core.TestClinicians;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;

/**
 * A progress form that asks which measures were given and shows a nine-item depression screen (scored 0-3 per
 * item, bands as the PHQ-9's, item 9 critical from 1) and a seven-item anxiety screen only when named, with a
 * fictional client and clinician and a lifecycle that signs without rules.
 */
final class MeasureFixture {

    static final FormFactory F = FormFactory.eINSTANCE;
    static final LocalDate SESSION_DAY = LocalDate.of(2026, 11, 18);
    static final String[] SCALE = {"notAtAll", "severalDays", "moreThanHalf", "nearlyEveryDay"};

    private final AtomicInteger ids = new AtomicInteger();
    final NoteLifecycle lifecycle = new NoteLifecycle(Clock.fixed(Instant.parse("2026-11-19T01:00:00Z"),
            ZoneId.of("UTC")), SigningGate.NONE, new SigningDeadline(30, ZoneId.of("UTC")),
            () -> "note-" + ids.incrementAndGet());
    final SignedNoteMeasures measures = new SignedNoteMeasures(() -> "result-" + ids.incrementAndGet());
    final Instrument phq9 = instrument("test.PHQ9", "PHQ-9", 9, new int[] {4, 9, 14, 19, 27},
            new String[] {"Minimal or none", "Mild", "Moderate", "Moderately severe", "Severe"});
    final Instrument gad7 = instrument("test.GAD7", "GAD-7", 7, new int[] {4, 9, 14, 21},
            new String[] {"Minimal", "Mild", "Moderate", "Severe"});
    final InstrumentBlock phq9Block = block("phq9", phq9, "phq");
    final InstrumentBlock gad7Block = block("gad7", gad7, "gad");
    final FormDefinition form = form();
    final Clinician author = TestClinicians.rowan();
    final Client client = client();

    MeasureFixture() {
        phq9.getItems().get(8).setCritical(true);
        phq9.getItems().get(8).setCriticalScore(1);
    }

    Note draft() {
        return lifecycle.createDraft(form, DraftRequest.of(client.getId(), author.getId(), SESSION_DAY));
    }

    /** Names the measures given and answers the first items of {@code block} with the scores given. */
    void answer(Note note, InstrumentBlock block, int... scores) {
        InstrumentAnswers answers = new InstrumentAnswers(note, block);
        for (int i = 0; i < scores.length; i++) {
            answers.setAnswer(block.getInstrument().getItems().get(i), SCALE[scores[i]]);
        }
    }

    void give(Note note, String... measures) {
        lifecycle.edit(note, form).choose("measuresGiven", measures);
    }

    Note sign(Note note) {
        lifecycle.sign(note, form, author, null);
        return note;
    }

    private static Instrument instrument(String id, String title, int items, int[] bandMax, String[] labels) {
        Instrument instrument = F.createInstrument();
        instrument.setId(id);
        instrument.setTitle(title);
        for (int i = 1; i <= items; i++) {
            InstrumentItem item = F.createInstrumentItem();
            item.setId("q" + i);
            item.setText("Item " + i);
            instrument.getItems().add(item);
        }
        for (int score = 0; score < SCALE.length; score++) {
            ChoiceOption option = F.createChoiceOption();
            option.setId(SCALE[score]);
            option.setLabel(SCALE[score]);
            option.setScore(score);
            instrument.getScale().add(option);
        }
        int min = 0;
        for (int i = 0; i < bandMax.length; i++) {
            Band band = F.createBand();
            band.setId(labels[i].toLowerCase().replace(' ', '-'));
            band.setLabel(labels[i]);
            band.setMin(BigDecimal.valueOf(min));
            band.setMax(BigDecimal.valueOf(bandMax[i]));
            instrument.getSeverityBands().add(band);
            min = bandMax[i] + 1;
        }
        return instrument;
    }

    private static InstrumentBlock block(String id, Instrument instrument, String shownFor) {
        InstrumentBlock block = F.createInstrumentBlock();
        block.setId(id);
        block.setInstrument(instrument);
        block.setRequired(true);
        Membership shown = F.createMembership();
        shown.getOptionIds().add(shownFor);
        block.setShownWhen(shown);
        return block;
    }

    private FormDefinition form() {
        FormDefinition definition = F.createFormDefinition();
        definition.setId("test.Progress");
        definition.setVersion(1);
        definition.setKind(FormKind.PROGRESS);
        definition.getInstruments().add(phq9);
        definition.getInstruments().add(gad7);
        Section risk = F.createSection();
        risk.setId("risk");
        ChoiceType given = F.createChoiceType();
        given.setMultiple(true);
        for (String option : new String[] {"phq", "gad", "noMeasure"}) {
            ChoiceOption choice = F.createChoiceOption();
            choice.setId(option);
            choice.setLabel(option);
            given.getOptions().add(choice);
        }
        Field measuresGiven = F.createField();
        measuresGiven.setId("measuresGiven");
        measuresGiven.setType(given);
        risk.getElements().add(measuresGiven);
        for (InstrumentBlock block : new InstrumentBlock[] {phq9Block, gad7Block}) {
            ElementValue subject = F.createElementValue();
            subject.setElement(measuresGiven);
            ((Membership) block.getShownWhen()).setSubject(subject);
            risk.getElements().add(block);
        }
        Field sessionDate = F.createField();
        sessionDate.setId(NoteLifecycle.DATE_OF_SERVICE_FIELD);
        sessionDate.setType(F.createDateType());
        risk.getElements().add(sessionDate);
        SignatureBlock signature = F.createSignatureBlock();
        signature.setId("signature");
        definition.getElements().add(risk);
        definition.getElements().add(signature);
        return definition;
    }

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("client-7");
        client.setLegalName("Juniper Quill");
        client.setDateOfBirth(LocalDate.of(1990, 4, 2));
        client.setStatus(ClientStatus.ACTIVE);
        return client;
    }
}
