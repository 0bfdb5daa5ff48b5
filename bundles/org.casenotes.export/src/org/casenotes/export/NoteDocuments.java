package org.casenotes.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.core.forms.Evaluated;
import org.casenotes.core.forms.Expressions;
import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.ValueHolder;

/**
 * Turns a note or letter of a client's record into a {@link PrintableDocument}: the sections and labels of the form
 * version the note pinned, in the form's order, only what the form shows for the note's values (a hidden field is not
 * printed, even if it once held a value), the signature block (name, credentials, time, content hash), co-signature,
 * the late-entry label with its reason, and the addenda in the order they were written. An unsigned note is marked a
 * draft. A note whose form is not known here is printed with its field ids as labels, and says so.
 */
public final class NoteDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final FormLookup forms;
    private final ZoneId zone;

    /**
     * @param forms finds the form version each note pinned
     * @param zone  the time zone in which times are shown
     */
    public NoteDocuments(FormLookup forms, ZoneId zone) {
        this.forms = forms;
        this.zone = zone;
    }

    /** @return the form a note pinned, if known here */
    public Optional<FormDefinition> formOf(Note note) {
        return note.getTemplateId() == null ? Optional.empty()
                : forms.form(note.getTemplateId(), note.getTemplateVersion());
    }

    /**
     * @param client the note's client (for measure results and plan objectives the note refers to)
     * @param note   the note
     * @return the note as a document
     * @throws IllegalArgumentException for a psychotherapy note, which never leaves the workbench this way
     */
    public PrintableDocument of(Client client, Note note) {
        Optional<FormDefinition> form = formOf(note);
        if (form.map(FormDefinition::getKind).orElse(null) == FormKind.PSYCHOTHERAPY) {
            throw new IllegalArgumentException("Psychotherapy notes are never exported or printed from the record.");
        }
        DocumentKind kind = form.flatMap(definition -> DocumentKind.of(definition.getKind()))
                .orElse(DocumentKind.PROGRESS_NOTE);
        boolean draft = note.getSignature() == null;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Entry("Client", client.getLegalName() + " (" + client.getId() + ")"));
        if (draft) {
            blocks.add(new Block.Notice("DRAFT: not signed. This is not part of the signed record."));
        }
        if (note.isLateEntry()) {
            blocks.add(new Block.Notice("Late entry. Reason: " + orNone(note.getLateEntryReason())));
        }
        if (form.isPresent()) {
            addElements(blocks, client, note, form.get(), note, "", 1);
        } else {
            blocks.add(new Block.Notice("The form this note was written on (" + note.getTemplateId() + " version "
                    + note.getTemplateVersion() + ") is not installed here; fields are shown by their ids."));
            note.getValues().forEach(value -> text(client, null, value)
                    .ifPresent(text -> blocks.add(new Block.Entry(value.getFieldId(), text))));
        }
        addSignature(blocks, "Signed", note.getSignature());
        addSignature(blocks, "Co-signed", note.getCosignature());
        for (int i = 0; i < note.getAddenda().size(); i++) {
            org.casenotes.model.record.Addendum addendum = note.getAddenda().get(i);
            blocks.add(new Block.Addendum(i + 1, authorName(note, addendum.getAuthorId()), addendum.getCreatedAt(),
                    addendum.getReason(), addendum.getText(), addendum.getContentHash()));
        }
        String title = form.map(FormDefinition::getTitle).orElseGet(() -> readable(note.getTemplateId()));
        return new PrintableDocument(note.getId(), kind, title, note.getDateOfService(), status(note.getStatus()),
                draft, blocks);
    }

    /**
     * @param letter a letter of the client's record
     * @return the letter as a document: the letterhead it was written under, recipient, date, its text as written
     *         and, once signed, the signature block (name, credentials, time, content hash)
     */
    public PrintableDocument of(Client client, Letter letter) {
        List<Block> blocks = new ArrayList<>();
        if (letter.getLetterhead() != null && !letter.getLetterhead().isBlank()) {
            blocks.add(new Block.Letterhead(letter.getLetterhead().strip().lines().toList()));
        }
        blocks.add(new Block.Entry("Client", client.getLegalName() + " (" + client.getId() + ")"));
        blocks.add(new Block.Entry("To", orNone(letter.getRecipient())));
        LocalDate written = letter.getCreatedAt() == null ? null : letter.getCreatedAt().atZone(zone).toLocalDate();
        if (written != null && letter.getLetterhead() == null) {
            // a merged letter (one with a letterhead) dates itself in its first line
            blocks.add(new Block.Entry("Date", DAY.format(written)));
        }
        blocks.add(new Block.Paragraph(letter.getText() == null ? "" : letter.getText()));
        addSignature(blocks, "Signed", letter.getSignature());
        String title = Optional.ofNullable(letter.getTemplateId())
                .flatMap(id -> forms.form(id, letter.getTemplateVersion())).map(FormDefinition::getTitle)
                .orElseGet(() -> letter.getTemplateId() == null ? "Letter" : readable(letter.getTemplateId()));
        return new PrintableDocument(letter.getId(), DocumentKind.LETTER, title, written,
                letter.getSignature() == null ? "Sent" : "Signed", false, blocks);
    }

    private void addElements(List<Block> blocks, Client client, Note note, ElementContainer container,
            ValueHolder holder, String prefix, int level) {
        ValueScope scope = holder == note ? ValueScope.of(note) : ValueScope.of(note).row((GroupRow) holder);
        for (FormElement element : container.getElements()) {
            if (!FormState.isShown(element, scope)) {
                continue;
            }
            switch (element) {
            case Section section -> {
                List<Block> content = new ArrayList<>();
                addElements(content, client, note, section, holder, prefix, level + 1);
                if (!content.isEmpty()) {
                    blocks.add(new Block.Heading(prefix + section.getLabel(), level));
                    blocks.addAll(content);
                }
            }
            case RepeatableGroup group -> {
                List<GroupRow> rows = holder.getGroups().stream().filter(g -> group.getId().equals(g.getGroupId()))
                        .map(GroupValue::getRows).flatMap(List::stream).toList();
                for (int i = 0; i < rows.size(); i++) {
                    addElements(blocks, client, note, group, rows.get(i),
                            prefix + group.getLabel() + " " + (i + 1) + ": ", level);
                }
            }
            case Field field -> holder.getValues().stream().filter(value -> field.getId().equals(value.getFieldId()))
                    .findFirst().flatMap(value -> text(client, field, value))
                    .ifPresent(text -> blocks.add(new Block.Entry(prefix + field.getLabel(), text)));
            case CalculatedValue calculated -> {
                Evaluated value = Expressions.calculate(calculated, scope);
                if (value.isPresent() && value.text() != null) {
                    blocks.add(new Block.Entry(prefix + calculated.getLabel(), value.text()));
                }
            }
            case InstrumentBlock block -> client.getMeasureResults().stream()
                    .filter(result -> note.getId().equals(result.getNoteId())
                            && block.getInstrument().getId().equals(result.getInstrumentId()))
                    .forEach(result -> blocks.add(new Block.Entry(prefix + block.getLabel(),
                            "total " + result.getTotal() + (result.getBand() == null ? "" : " (" + result.getBand()
                                    + ")"))));
            default -> {
                // the signature block is printed from the note's signatures, after the form's content
            }
            }
        }
    }

    private static void addSignature(List<Block> blocks, String role, Signature signature) {
        if (signature != null && signature.getSignedAt() != null) {
            blocks.add(new Block.Signed(role, signature.getSignerName(), signature.getCredentials(),
                    signature.getSignedAt(), signature.getContentHash()));
        }
    }

    private static String authorName(Note note, String authorId) {
        for (Signature signature : new Signature[] { note.getSignature(), note.getCosignature() }) {
            if (signature != null && authorId != null && authorId.equals(signature.getSignerId())) {
                String credentials = signature.getCredentials();
                return signature.getSignerName() + (credentials == null || credentials.isBlank() ? ""
                        : ", " + credentials);
            }
        }
        return authorId == null ? "" : authorId;
    }

    private Optional<String> text(Client client, Field field, FieldValue value) {
        String text = switch (value) {
        case TextValue words -> words.getText();
        case ChoiceValue choice -> choice.getOptionIds().stream().map(id -> optionLabel(field, id))
                .collect(Collectors.joining(", "));
        case DateValue date -> date.getValue() == null ? null : DAY.format(date.getValue());
        case TimeValue time -> time.getValue() == null ? null : time.getValue().toString();
        case DateTimeValue dateTime -> dateTime.getValue() == null ? null
                : DAY.format(dateTime.getValue()) + " " + dateTime.getValue().toLocalTime();
        case BooleanValue yes -> yes.isValue() ? "Yes" : "No";
        case DurationValue minutes -> minutes.getMinutes() + " minutes";
        case NumberValue number -> number.getValue() == null ? null : number.getValue().toPlainString();
        case GoalReferenceValue goals -> goals.getPlanElementIds().stream().map(id -> objective(client, id))
                .collect(Collectors.joining("; "));
        default -> null;
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
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
                .flatMap(goal -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(goal.getId()).filter(id::equals).map(x -> goal.getStatement()),
                        goal.getObjectives().stream().filter(objective -> id.equals(objective.getId()))
                                .map(Objective::getStatement)))
                .findFirst().orElse(id);
    }

    private static String status(NoteStatus status) {
        return switch (status) {
        case DRAFT -> "Draft";
        case SUBMITTED -> "Submitted for review (not signed)";
        case RETURNED -> "Returned for revision (not signed)";
        case SIGNED -> "Signed";
        case COSIGNED -> "Signed and co-signed";
        };
    }

    private static String readable(String templateId) {
        String simple = templateId.substring(templateId.lastIndexOf('.') + 1);
        String words = simple.replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.isEmpty() ? templateId : words;
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "(none given)" : text;
    }
}
