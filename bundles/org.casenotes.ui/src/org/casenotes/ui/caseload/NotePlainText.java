package org.casenotes.ui.caseload;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.ValueHolder;

/** A note or letter as read-only plain text, in the order and with the labels of its form definition. */
final class NotePlainText {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z",
            Locale.ENGLISH);

    private NotePlainText() {
    }

    static String of(Client client, Note note, Optional<FormDefinition> form) {
        StringBuilder text = new StringBuilder();
        text.append(form.map(FormDefinition::getTitle).orElse(TemplateTitles.of(note.getTemplateId()))).append(" — ")
                .append(Labels.day(note.getDateOfService())).append(" — ").append(Labels.noteStatus(note.getStatus()))
                .append('\n');
        text.append("Client: ").append(client.getLegalName()).append(" (").append(client.getId()).append(")\n");
        appendSignature(text, "Signed", note.getSignature());
        appendSignature(text, "Co-signed", note.getCosignature());
        if (note.isLateEntry()) {
            text.append("Late entry. Reason: ").append(note.getLateEntryReason()).append('\n');
        }
        if (note.getSignature() == null) {
            text.append("Not signed yet.\n");
        }
        if (form.isPresent()) {
            appendElements(text, client, note, form.get(), note, "");
        } else {
            note.getValues().forEach(value -> text.append(value.getFieldId()).append(": ")
                    .append(value(client, null, value)).append('\n'));
        }
        for (Addendum addendum : note.getAddenda()) {
            text.append("\nAddendum, ").append(SIGNED_AT.format(addendum.getCreatedAt().atZone(DemoCaseload.ZONE)))
                    .append(" (").append(addendum.getReason()).append("):\n").append(addendum.getText()).append('\n');
        }
        return text.toString();
    }

    static String of(Client client, Letter letter) {
        Signature signature = letter.getSignature();
        String signed = signature == null ? "" : "\n\nSigned by " + signature.getSignerName()
                + (signature.getCredentials() == null ? "" : ", " + signature.getCredentials()) + " on "
                + signature.getSignedAt() + "\nContent hash (SHA-256): " + signature.getContentHash();
        return TemplateTitles.of(letter.getTemplateId()) + " — to " + letter.getRecipient() + "\nClient: "
                + client.getLegalName() + " (" + client.getId() + ")\n\n"
                + (letter.getLetterhead() == null ? "" : letter.getLetterhead() + "\n\n") + letter.getText() + signed;
    }

    private static void appendSignature(StringBuilder text, String what, Signature signature) {
        if (signature != null) {
            text.append(what).append(" by ").append(signature.getSignerName()).append(", ")
                    .append(signature.getCredentials()).append(" on ")
                    .append(SIGNED_AT.format(signature.getSignedAt().atZone(DemoCaseload.ZONE)))
                    .append(" · content hash ").append(signature.getContentHash(), 0, 12).append("…\n");
        }
    }

    private static void appendElements(StringBuilder text, Client client, Note note, ElementContainer container,
            ValueHolder holder, String indent) {
        for (FormElement element : container.getElements()) {
            switch (element) {
            case Section section -> {
                StringBuilder content = new StringBuilder();
                appendElements(content, client, note, section, holder, indent);
                if (!content.isEmpty()) {
                    text.append('\n').append(indent).append(section.getLabel().toUpperCase(Locale.ROOT)).append('\n')
                            .append(content);
                }
            }
            case RepeatableGroup group -> holder.getGroups().stream()
                    .filter(rows -> group.getId().equals(rows.getGroupId())).map(GroupValue::getRows)
                    .flatMap(List::stream).forEach(row -> appendRow(text, client, note, group, row, indent));
            case Field field -> holder.getValues().stream().filter(value -> field.getId().equals(value.getFieldId()))
                    .findFirst().ifPresent(value -> text.append(indent).append(field.getLabel()).append(": ")
                            .append(value(client, field, value)).append('\n'));
            case InstrumentBlock block -> client.getMeasureResults().stream()
                    .filter(result -> note.getId().equals(result.getNoteId())
                            && block.getInstrument().getId().equals(result.getInstrumentId()))
                    .forEach(result -> text.append(indent).append(block.getLabel()).append(": ")
                            .append(result.getTotal()).append(" (").append(result.getBand()).append(")\n"));
            default -> {
                // signature blocks and calculated values are shown by the header or not stored
            }
            }
        }
    }

    private static void appendRow(StringBuilder text, Client client, Note note, RepeatableGroup group, GroupRow row,
            String indent) {
        text.append(indent).append("• ").append(group.getLabel()).append('\n');
        appendElements(text, client, note, group, row, indent + "    ");
    }

    private static String value(Client client, Field field, FieldValue value) {
        return switch (value) {
        case TextValue text -> text.getText();
        case ChoiceValue choice -> choice.getOptionIds().stream().map(id -> optionLabel(field, id))
                .collect(Collectors.joining(", "));
        case DateValue date -> Labels.day(date.getValue());
        case TimeValue time -> String.valueOf(time.getValue());
        case BooleanValue yes -> yes.isValue() ? "yes" : "no";
        case DurationValue minutes -> minutes.getMinutes() + " minutes";
        case NumberValue number -> String.valueOf(number.getValue());
        case GoalReferenceValue goals -> goals.getPlanElementIds().stream().map(id -> objective(client, id))
                .collect(Collectors.joining("; "));
        default -> String.valueOf(value);
        };
    }

    private static String optionLabel(Field field, String optionId) {
        if (field != null && field.getType() instanceof ChoiceType choice) {
            return choice.getOptions().stream().filter(option -> optionId.equals(option.getId())).findFirst()
                    .map(option -> option.getLabel()).orElse(optionId);
        }
        return optionId;
    }

    private static String objective(Client client, String id) {
        return client.getEpisodes().stream().flatMap(episode -> episode.getTreatmentPlans().stream())
                .flatMap(plan -> plan.getProblems().stream()).flatMap(problem -> problem.getGoals().stream())
                .flatMap(goal -> goal.getObjectives().stream()).filter(objective -> id.equals(objective.getId()))
                .map(Objective::getStatement).findFirst().orElse(id);
    }
}
