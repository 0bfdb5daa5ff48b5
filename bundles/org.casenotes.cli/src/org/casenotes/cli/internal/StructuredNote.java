package org.casenotes.cli.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.form.query.ElementIndex;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A structured note given as the JSON form ({@code docs/structured-note.schema.json}): {@code values} maps a field id
 * to its value, a repeatable group's id to an array of rows (objects of the same kind), an embedded instrument's id
 * to an object of item id to scale option id. Read into a draft note on the template, through the same typed edits
 * the note editor makes; every value that does not fit is a problem named by its JSON pointer, and a note with any
 * problem is not checked.
 */
final class StructuredNote {

    /** The note, or the problems that kept it from being read. */
    record Read(Optional<Note> note, List<String> problems) {
    }

    private final FormDefinition form;
    private final ElementIndex index;
    private final NoteLifecycle lifecycle;
    private final List<String> problems = new ArrayList<>();

    /** @param deadline the agency's signing window, which the draft's late-entry state follows */
    StructuredNote(FormDefinition form, SigningDeadline deadline) {
        this.form = form;
        this.lifecycle = new NoteLifecycle(Clock.systemUTC(), SigningGate.NONE, deadline);
        this.index = ElementIndex.of(form);
    }

    Read read(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            return failed("not JSON: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("values")
                || !root.getAsJsonObject().get("values").isJsonObject()) {
            return failed("/: expected an object with \"values\" (field id to value), or a FHIR QuestionnaireResponse");
        }
        JsonObject document = root.getAsJsonObject();
        if (document.has("template") && !form.getId().equals(text(document.get("template")))) {
            problems.add("/template: the file is for " + text(document.get("template")) + ", checked against "
                    + form.getId());
        }
        if (document.has("version") && !Integer.toString(form.getVersion()).equals(text(document.get("version")))) {
            problems.add("/version: the file is for version " + text(document.get("version")) + ", checked against "
                    + form.getId() + " version " + form.getVersion());
        }
        JsonObject values = document.getAsJsonObject("values");
        Note note = lifecycle.createDraft(form, DraftRequest.of("check", "check", dateOfService(values)));
        ValueEditor editor = lifecycle.edit(note, form);
        if (!values.has(NoteLifecycle.DATE_OF_SERVICE_FIELD) && index.field(NoteLifecycle.DATE_OF_SERVICE_FIELD)
                .filter(field -> FormDefinitions.enclosingGroup(field).isEmpty()).isPresent()
                && editor.value(NoteLifecycle.DATE_OF_SERVICE_FIELD).isPresent()) {
            editor.clear(NoteLifecycle.DATE_OF_SERVICE_FIELD); // a draft fills it in; a file to check must say it
        }
        fill(note, editor, document.getAsJsonObject("values"), "/values", null);
        return problems.isEmpty() ? new Read(Optional.of(note), List.of()) : new Read(Optional.empty(), problems);
    }

    private static LocalDate dateOfService(JsonObject values) {
        try {
            return LocalDate.parse(values.get(NoteLifecycle.DATE_OF_SERVICE_FIELD).getAsString());
        } catch (RuntimeException e) { // absent or not a date: reported when the field is read
            return LocalDate.now();
        }
    }

    private Read failed(String problem) {
        return new Read(Optional.empty(), List.of(problem));
    }

    private void fill(Note note, ValueEditor editor, JsonObject values, String pointer, RepeatableGroup row) {
        for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
            String id = entry.getKey();
            String at = pointer + "/" + id.replace("~", "~0").replace("/", "~1");
            Optional<FormElement> element = index.element(id);
            if (element.isEmpty()) {
                problems.add(at + ": " + form.getId() + " has no field '" + id + "'");
                continue;
            }
            Optional<RepeatableGroup> enclosing = FormDefinitions.enclosingGroup(element.get());
            if (enclosing.orElse(null) != row) {
                problems.add(at + ": '" + id + "' is " + enclosing.map(group -> "in the group '" + group.getId()
                        + "'; give it in that group's rows").orElse("not in a group; give it at the top level"));
                continue;
            }
            try {
                switch (element.get()) {
                    case Field field -> field(editor, field, entry.getValue(), at);
                    case RepeatableGroup group -> rows(note, editor, group, entry.getValue(), at);
                    case InstrumentBlock block -> instrument(note, block, entry.getValue(), at);
                    case CalculatedValue calculated -> {
                        // calculated by Casenotes from the other values; a value given for it is not used
                    }
                    default -> problems.add(at + ": '" + id + "' is a " + element.get().eClass().getName()
                            .toLowerCase() + ", not something to fill in");
                }
            } catch (LifecycleException | IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                problems.add(at + ": " + e.getMessage());
            }
        }
    }

    private void rows(Note note, ValueEditor editor, RepeatableGroup group, JsonElement value, String at) {
        if (!value.isJsonArray()) {
            problems.add(at + ": '" + group.getId() + "' is a repeatable group: give an array of rows");
            return;
        }
        for (int i = 0; i < value.getAsJsonArray().size(); i++) {
            JsonElement row = value.getAsJsonArray().get(i);
            if (!row.isJsonObject()) {
                problems.add(at + "/" + i + ": a row is an object of field id to value");
                continue;
            }
            fill(note, editor.addRow(group.getId()), row.getAsJsonObject(), at + "/" + i, group);
        }
    }

    private void instrument(Note note, InstrumentBlock block, JsonElement value, String at) {
        if (!value.isJsonObject()) {
            problems.add(at + ": '" + block.getId() + "' is an instrument: give an object of item id to answer");
            return;
        }
        InstrumentAnswers answers = new InstrumentAnswers(note, block);
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            Optional<InstrumentItem> item = block.getInstrument().getItems().stream()
                    .filter(candidate -> candidate.getId().equals(entry.getKey())).findFirst();
            if (item.isEmpty()) {
                problems.add(at + "/" + entry.getKey() + ": " + block.getInstrument().getId() + " has no item '"
                        + entry.getKey() + "'");
                continue;
            }
            try {
                answers.setAnswer(item.get(), text(entry.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(at + "/" + entry.getKey() + ": " + e.getMessage());
            }
        }
    }

    private void field(ValueEditor editor, Field field, JsonElement value, String at) {
        String id = field.getId();
        if (value.isJsonNull()) {
            return;
        }
        switch (field.getType()) {
            case TextType text -> editor.setText(id, expect(value.isJsonPrimitive()
                    && value.getAsJsonPrimitive().isString(), value, at, "text"));
            case NumberType number -> editor.setNumber(id, number(value, at));
            case BooleanType yes -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                    throw new IllegalArgumentException("expected true or false, found " + value);
                }
                editor.setBoolean(id, value.getAsBoolean());
            }
            case DateType date -> editor.setDate(id, LocalDate.parse(text(value)));
            case TimeType time -> editor.setTime(id, LocalTime.parse(text(value)));
            case DateTimeType dateTime -> editor.setDateTime(id, dateTime(text(value)));
            case DurationType duration -> editor.setDuration(id, number(value, at).intValueExact());
            case ChoiceType choice -> editor.choose(id, texts(value));
            case GoalReferenceType goals -> editor.referTo(id, texts(value));
            default -> throw new IllegalArgumentException("fields of type " + field.getType().eClass().getName()
                    + " cannot be given here");
        }
    }

    private static String expect(boolean fits, JsonElement value, String at, String what) {
        if (!fits) {
            throw new IllegalArgumentException("expected " + what + ", found " + value);
        }
        return value.getAsString();
    }

    private static BigDecimal number(JsonElement value, String at) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("expected a number, found " + value);
        }
        return value.getAsBigDecimal();
    }

    private static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toLocalDateTime();
        }
    }

    private static String[] texts(JsonElement value) {
        if (value.isJsonArray()) {
            List<String> texts = new ArrayList<>();
            value.getAsJsonArray().forEach(element -> texts.add(text(element)));
            return texts.toArray(String[]::new);
        }
        return new String[] {text(value)};
    }

    private static String text(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException("expected a text or number, found " + value);
        }
        return value.getAsString();
    }
}
