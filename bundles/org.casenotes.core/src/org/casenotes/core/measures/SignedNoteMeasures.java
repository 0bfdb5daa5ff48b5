package org.casenotes.core.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;

/**
 * The measure results a signed note adds to its client's record: one per instrument the note shows with at least
 * one answer, dated with the note's date of service and linked to the note by id. Scoring follows
 * {@link InstrumentScore} (an instrument with unanswered items keeps its answers and critical items but has no
 * total). An instrument the note hides (e.g. "Measures given today" did not name it) or left unanswered gives no
 * result. A note adds its results once: a client who already has results of the note (because it was signed
 * before and has since gained an addendum or a co-signature) gains none.
 *
 * <p>Callers save the note and the client together ({@code CaseloadStore.saveNoteWithClient}), so a signed note is
 * never stored without its results, nor the results without the signature.
 */
public final class SignedNoteMeasures {

    private final Supplier<String> ids;

    /** @param ids source of new measure-result ids */
    public SignedNoteMeasures(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Adds the results of a signed note to its client.
     *
     * @param client the note's client; gains the results
     * @param note   the note, signed or co-signed
     * @param form   the form the note was written on
     * @return the results added (empty when the note has no answered instrument or its results are already there)
     * @throws LifecycleException if the note is not signed or belongs to another client
     */
    public List<MeasureResult> addTo(Client client, Note note, FormDefinition form) {
        if (!Objects.equals(client.getId(), note.getClientId())) {
            throw new LifecycleException("Note " + note.getId() + " belongs to client " + note.getClientId()
                    + ", not to " + client.getId() + ".");
        }
        if (client.getMeasureResults().stream().anyMatch(result -> note.getId().equals(result.getNoteId()))) {
            return List.of();
        }
        List<MeasureResult> results = of(note, form);
        client.getMeasureResults().addAll(results);
        return results;
    }

    /**
     * @param note the note, signed or co-signed
     * @param form the form the note was written on
     * @return the results the note's answered, shown instruments give, in the form's order
     * @throws LifecycleException if the note is not signed
     */
    public List<MeasureResult> of(Note note, FormDefinition form) {
        if (note.getStatus() != NoteStatus.SIGNED && note.getStatus() != NoteStatus.COSIGNED) {
            throw new LifecycleException("Note " + note.getId() + " is " + note.getStatus()
                    + "; only a signed note adds measure results to the record.");
        }
        ValueScope scope = ValueScope.of(note);
        LocalDate day = dateOfService(note);
        List<MeasureResult> results = new ArrayList<>();
        for (var element : FormDefinitions.allElements(form)) {
            if (element instanceof InstrumentBlock block && block.getInstrument() != null
                    && FormState.isShown(block, scope)) {
                Map<String, String> options = new LinkedHashMap<>();
                Map<String, Integer> scores = new LinkedHashMap<>();
                InstrumentAnswers answers = new InstrumentAnswers(note, block);
                for (InstrumentItem item : block.getInstrument().getItems()) {
                    answers.answer(item).ifPresent(option -> options.put(item.getId(), option));
                    answers.score(item).map(BigDecimal::intValue).ifPresent(score -> scores.put(item.getId(), score));
                }
                if (!scores.isEmpty()) {
                    results.add(MeasureResults.create(ids.get(), block.getInstrument(), day, note.getId(), scores,
                            InstrumentScore.of(block.getInstrument(), scores)));
                }
            }
        }
        return results;
    }

    /**
     * @return the note's date of service, else its date-of-service field, else the day it was signed (UTC): the day
     *         a measure result is dated, and the day a plan version from the note takes effect if it names none
     */
    public static LocalDate dateOfService(Note note) {
        if (note.getDateOfService() != null) {
            return note.getDateOfService();
        }
        Optional<LocalDate> entered = note.getValues().stream()
                .filter(value -> NoteLifecycle.DATE_OF_SERVICE_FIELD.equals(value.getFieldId()))
                .filter(DateValue.class::isInstance).map(value -> ((DateValue) value).getValue())
                .filter(Objects::nonNull).findFirst();
        return entered.orElseGet(() -> LocalDate.ofInstant(note.getSignature().getSignedAt(), ZoneOffset.UTC));
    }
}
