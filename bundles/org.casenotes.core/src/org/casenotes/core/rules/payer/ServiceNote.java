package org.casenotes.core.rules.payer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Session;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.ValueHolder;

/**
 * What a note documents about a billable service, read the way a payer's reviewer reads it: from the note's values
 * (field ids of the standard progress-note base, {@code std.progress.ProgressNoteBase}: {@code startTime},
 * {@code stopTime}, {@code cptCode}, {@code placeOfService}, {@code telehealthMode}, ...) and, where the note is
 * silent, from its {@link Session} in the client's record. A read-only view; payer rules share it.
 */
public final class ServiceNote {

    /** Field id of the date of service in the standard progress-note base. */
    public static final String SESSION_DATE = NoteLifecycle.DATE_OF_SERVICE_FIELD;
    /** Field id of the session's start time in the standard progress-note base. */
    public static final String START_TIME = "startTime";
    /** Field id of the session's stop time in the standard progress-note base. */
    public static final String STOP_TIME = "stopTime";
    /** Field id of the session's length in minutes in the standard progress-note base. */
    public static final String MINUTES = "minutes";
    /** Field id of the billed CPT code in the standard progress-note base. */
    public static final String CPT_CODE = "cptCode";
    /** Field id of the place of service (02 and 10 are telehealth) in the standard progress-note base. */
    public static final String PLACE_OF_SERVICE = "placeOfService";

    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{5})\\b");
    private static final List<String> TELEHEALTH_PLACES = List.of("02", "10");

    private final Note note;
    private final FormDefinition form;
    private final Client client;

    private ServiceNote(Note note, FormDefinition form, Client client) {
        this.note = note;
        this.form = form;
        this.client = client;
    }

    /** @return the view of the note in {@code context}, empty when the context carries no record note */
    public static Optional<ServiceNote> of(NoteContext context) {
        return context.lookup(Note.class).map(note -> new ServiceNote(note,
                context.lookup(FormDefinition.class).orElse(null), context.lookup(Client.class).orElse(null)));
    }

    /** @return the note */
    public Note note() {
        return note;
    }

    /** @return its form definition, when the context has it */
    public Optional<FormDefinition> form() {
        return Optional.ofNullable(form);
    }

    /** @return the client's record, when the context has it */
    public Optional<Client> client() {
        return Optional.ofNullable(client);
    }

    /** @return the session the note documents, found by {@link Note#getSessionId()} in the client's record */
    public Optional<Session> session() {
        if (client == null || note.getSessionId() == null) {
            return Optional.empty();
        }
        return client.getSessions().stream().filter(s -> note.getSessionId().equals(s.getId())).findFirst();
    }

    /** @return the date of service: the note's, else its {@code sessionDate} value, else the session's date */
    public Optional<LocalDate> dateOfService() {
        if (note.getDateOfService() != null) {
            return Optional.of(note.getDateOfService());
        }
        Optional<LocalDate> entered = value(SESSION_DATE).filter(DateValue.class::isInstance)
                .map(v -> ((DateValue) v).getValue());
        return entered.isPresent() ? entered : session().map(Session::getDate);
    }

    /**
     * @return whether the note documents a (psychotherapy) service a payer reviews: a progress note, or, when the
     *         form is unknown, a note with a session, a CPT code or a length
     */
    public boolean documentsService() {
        if (form != null) {
            return form.getKind() == FormKind.PROGRESS;
        }
        return session().isPresent() || cptCode().isPresent() || minutes().isPresent();
    }

    /**
     * @return the session length in minutes: from the note's start and stop times, else its {@code minutes} value,
     *         else the session's start and stop times
     */
    public OptionalInt minutes() {
        Optional<LocalTime> start = time(START_TIME);
        Optional<LocalTime> stop = time(STOP_TIME);
        if (start.isPresent() && stop.isPresent()) {
            return OptionalInt.of(between(start.get(), stop.get()));
        }
        if (value(MINUTES).orElse(null) instanceof DurationValue duration) {
            return OptionalInt.of(duration.getMinutes());
        }
        Optional<Session> session = session();
        if (session.isPresent() && session.get().getStartTime() != null && session.get().getStopTime() != null) {
            return OptionalInt.of(between(session.get().getStartTime(), session.get().getStopTime()));
        }
        return OptionalInt.empty();
    }

    private static int between(LocalTime start, LocalTime stop) {
        long minutes = Duration.between(start, stop).toMinutes();
        return (int) (minutes < 0 ? minutes + 24 * 60 : minutes);
    }

    /**
     * @return the five-digit CPT code billed: the note's {@code cptCode} choice (the code that starts the option's
     *         label, or the option id itself when it is a code), else the session's code
     */
    public Optional<String> cptCode() {
        Optional<String> option = choice(CPT_CODE);
        if (option.isPresent()) {
            return codeOfOption(CPT_CODE, option.get());
        }
        return session().map(Session::getCptCode).filter(code -> !code.isBlank()).map(String::strip);
    }

    private Optional<String> codeOfOption(String fieldId, String optionId) {
        Matcher direct = LEADING_CODE.matcher(optionId);
        if (direct.find()) {
            return Optional.of(direct.group(1));
        }
        return optionLabel(fieldId, optionId).map(LEADING_CODE::matcher).filter(Matcher::find).map(m -> m.group(1));
    }

    /** @return the label of option {@code optionId} of choice field {@code fieldId}, when the form is known */
    Optional<String> optionLabel(String fieldId, String optionId) {
        if (form == null) {
            return Optional.empty();
        }
        return FormDefinitions.findField(form, fieldId).map(Field::getType)
                .filter(ChoiceType.class::isInstance).map(ChoiceType.class::cast)
                .flatMap(type -> type.getOptions().stream().filter(o -> optionId.equals(o.getId())).findFirst())
                .map(ChoiceOption::getLabel);
    }

    /**
     * @return whether the service was delivered by telehealth: the session has telehealth details or a telehealth
     *         place of service (02, 10), or the note's place of service is a telehealth one
     */
    public boolean isTelehealth() {
        Optional<Session> session = session();
        if (session.isPresent() && (session.get().getTelehealth() != null
                || session.get().getPlaceOfService() != null
                        && TELEHEALTH_PLACES.contains(session.get().getPlaceOfService()))) {
            return true;
        }
        return choice(PLACE_OF_SERVICE).filter(option -> option.toLowerCase(Locale.ROOT).contains("telehealth")
                || optionLabel(PLACE_OF_SERVICE, option).map(label -> label.strip())
                        .filter(label -> TELEHEALTH_PLACES.stream().anyMatch(label::startsWith)).isPresent())
                .isPresent();
    }

    /** @return the value of field {@code fieldId} in the note or, if not there, in the first group row that has it */
    public Optional<FieldValue> value(String fieldId) {
        return find(note, fieldId);
    }

    private static Optional<FieldValue> find(ValueHolder holder, String fieldId) {
        for (FieldValue value : holder.getValues()) {
            if (fieldId.equals(value.getFieldId())) {
                return Optional.of(value);
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (GroupRow row : group.getRows()) {
                Optional<FieldValue> found = find(row, fieldId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** @return the stripped text of field {@code fieldId}; empty if it has none */
    public String text(String fieldId) {
        return value(fieldId).filter(TextValue.class::isInstance).map(v -> ((TextValue) v).getText())
                .map(String::strip).orElse("");
    }

    /** @return the first chosen option id of choice field {@code fieldId} */
    public Optional<String> choice(String fieldId) {
        return value(fieldId).filter(ChoiceValue.class::isInstance).map(ChoiceValue.class::cast)
                .flatMap(v -> v.getOptionIds().stream().findFirst());
    }

    /** @return the answer of yes/no field {@code fieldId} */
    public Optional<Boolean> flag(String fieldId) {
        return value(fieldId).filter(BooleanValue.class::isInstance).map(v -> ((BooleanValue) v).isValue());
    }

    private Optional<LocalTime> time(String fieldId) {
        return value(fieldId).filter(TimeValue.class::isInstance).map(v -> ((TimeValue) v).getValue());
    }

    /** @return the ids of every treatment-plan goal or objective the note refers to, in note order */
    public List<String> planElementReferences() {
        List<String> ids = new ArrayList<>();
        collectReferences(note, ids);
        return ids;
    }

    private static void collectReferences(ValueHolder holder, List<String> into) {
        for (FieldValue value : holder.getValues()) {
            if (value instanceof GoalReferenceValue reference) {
                into.addAll(reference.getPlanElementIds());
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (GroupRow row : group.getRows()) {
                collectReferences(row, into);
            }
        }
    }
}
