package org.casenotes.core.measures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.form.build.InstrumentBuilder;
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

    static final LocalDate SESSION_DAY = LocalDate.of(2026, 11, 18);
    static final String[] SCALE = {"notAtAll", "severalDays", "moreThanHalf", "nearlyEveryDay"};
    private static final String[] SCALE_PAIRS = {"notAtAll", "notAtAll", "severalDays", "severalDays", "moreThanHalf",
        "moreThanHalf", "nearlyEveryDay", "nearlyEveryDay"};

    private final AtomicInteger ids = new AtomicInteger();
    final NoteLifecycle lifecycle = new NoteLifecycle(Clock.fixed(Instant.parse("2026-11-19T01:00:00Z"),
            ZoneId.of("UTC")), SigningGate.NONE, new SigningDeadline(30, ZoneId.of("UTC")),
            () -> "note-" + ids.incrementAndGet());
    final SignedNoteMeasures measures = new SignedNoteMeasures(() -> "result-" + ids.incrementAndGet());
    final Instrument phq9 = InstrumentBuilder.instrument("test.PHQ9", "PHQ-9").items("q", items(9)).scale(SCALE_PAIRS)
            .band("minimal-or-none", 0, 4, "Minimal or none").band("mild", 5, 9, "Mild")
            .band("moderate", 10, 14, "Moderate").band("moderately-severe", 15, 19, "Moderately severe")
            .band("severe", 20, 27, "Severe").critical("q9", 1, null).build();
    final Instrument gad7 = InstrumentBuilder.instrument("test.GAD7", "GAD-7").items("q", items(7)).scale(SCALE_PAIRS)
            .band("minimal", 0, 4, "Minimal").band("mild", 5, 9, "Mild").band("moderate", 10, 14, "Moderate")
            .band("severe", 15, 21, "Severe").build();
    private final FormBuilder builder = FormBuilder.form("test.Progress", FormKind.PROGRESS)
            .section("risk", null, s -> s.choiceOf("measuresGiven", null, "phq", "phq", "gad", "gad", "noMeasure",
                    "noMeasure").multiple()
                    .instrument("phq9", null, phq9).required().shownWhen("measuresGiven", "phq")
                    .instrument("gad7", null, gad7).required().shownWhen("measuresGiven", "gad")
                    .date(NoteLifecycle.DATE_OF_SERVICE_FIELD, null))
            .signature("signature", null);
    final InstrumentBlock phq9Block = builder.element("phq9", InstrumentBlock.class);
    final InstrumentBlock gad7Block = builder.element("gad7", InstrumentBlock.class);
    final FormDefinition form = builder.build();
    final Clinician author = TestClinicians.rowan();
    final Client client = client();

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

    private static String[] items(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Item " + i).toArray(String[]::new);
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
