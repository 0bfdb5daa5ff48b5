package org.casenotes.core.letters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.MergeInput;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.query.MergeFields;
import org.casenotes.model.form.query.MergeFields.Placeholder;

/**
 * Merges a letter template's body: each standard {@code {field}} from the record ({@link RecordMergeFields}), each
 * input the letter declares from its writer's answers, and a standard field the record lacks from an answer too.
 * {@link #asked} tells a wizard what to ask; {@link #merge} reports, by label, whatever is still missing, so a letter
 * is never signed or printed with an empty or raw merge field. A value of several lines (an address) keeps its lines
 * where its field stands on a line of its own, and is joined with commas inside a sentence.
 *
 * <pre>{@code
 * LetterMerge merge = new LetterMerge();
 * List<MergeField> ask = merge.asked(form, sources);          // the letter's inputs and what the record lacks
 * MergedLetter letter = merge.merge(form, sources, answers);  // answers by field name
 * String text = letter.requireComplete();                     // or MissingMergeFieldsException, by label
 * }</pre>
 */
public final class LetterMerge {

    private static final String RECIPIENT_INPUT = "recipientName";

    private final RecordMergeFields record;

    public LetterMerge() {
        this(new RecordMergeFields());
    }

    /** @param record how the standard fields are filled */
    public LetterMerge(RecordMergeFields record) {
        this.record = record;
    }

    /**
     * @param letter a letter template (a form of kind LETTER)
     * @return the fields its body uses, each once, in the order of first use; then the inputs it declares but does
     *         not use (still asked: the template's author asked for them)
     * @throws IllegalArgumentException if the form is not a letter
     */
    public List<MergeField> fieldsOf(FormDefinition letter) {
        if (letter.getKind() != FormKind.LETTER || letter.getLetterBody() == null) {
            throw new IllegalArgumentException(letter.getId() + " is not a letter template.");
        }
        Map<String, MergeInput> inputs = new LinkedHashMap<>();
        letter.getLetterBody().getInputs().forEach(input -> inputs.put(input.getId(), input));
        Map<String, MergeField> fields = new LinkedHashMap<>();
        for (Placeholder placeholder : MergeFields.scan(body(letter))) {
            String name = placeholder.name();
            if (name != null && !fields.containsKey(name)) {
                fields.put(name, field(name, inputs.get(name)));
            }
        }
        inputs.forEach((name, input) -> fields.putIfAbsent(name, field(name, input)));
        return List.copyOf(fields.values());
    }

    /**
     * @return what the writer must supply: every input the letter declares, and each standard field it uses that
     *         the record does not hold (e.g. the insurance company's address)
     */
    public List<MergeField> asked(FormDefinition letter, LetterSources sources) {
        return fieldsOf(letter).stream().filter(field -> !fromRecord(field, sources).isPresent()).toList();
    }

    /**
     * @param answers the writer's answers by field name (blank answers count as none)
     * @return the merged body, with what is still missing
     */
    public MergedLetter merge(FormDefinition letter, LetterSources sources, Map<String, String> answers) {
        Map<String, String> values = new LinkedHashMap<>();
        List<MergeField> missing = new ArrayList<>();
        for (MergeField field : fieldsOf(letter)) {
            Optional<String> value = fromRecord(field, sources).or(() -> answer(field, answers));
            value.ifPresentOrElse(text -> values.put(field.name(), text), () -> missing.add(field));
        }
        String text = fill(BodyParagraphs.unwrap(body(letter)), values);
        return new MergedLetter(text, missing, recipient(values, sources));
    }

    private Optional<String> fromRecord(MergeField field, LetterSources sources) {
        return field.input() || !record.isStandard(field.name()) ? Optional.empty()
                : record.value(field.name(), sources);
    }

    private static Optional<String> answer(MergeField field, Map<String, String> answers) {
        Optional<String> answer = Optional.ofNullable(answers.get(field.name())).map(String::strip)
                .filter(text -> !text.isEmpty());
        if (field.type() instanceof NumberType) {
            return answer.filter(LetterMerge::isNumber);
        }
        return answer;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private MergeField field(String name, MergeInput input) {
        if (input != null) {
            return new MergeField(name, input.getLabel() == null ? name : input.getLabel(), true, input.getType());
        }
        return new MergeField(name, record.isStandard(name) ? record.label(name) : name, false, null);
    }

    /** The letter goes to the provider it names, else the payer it is addressed to, else the client. */
    private static String recipient(Map<String, String> values, LetterSources sources) {
        if (values.containsKey(RECIPIENT_INPUT)) {
            return values.get(RECIPIENT_INPUT);
        }
        if (values.containsKey("payer.name") && values.containsKey("payer.address")) {
            return values.get("payer.name");
        }
        return sources.client().getLegalName();
    }

    /** Replaces each filled placeholder; a missing one stays in braces; {@code {{} becomes a literal brace. */
    private static String fill(String body, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Placeholder placeholder : MergeFields.scan(body)) {
            text.append(literal(body.substring(at, placeholder.offset())));
            String value = placeholder.name() == null ? null : values.get(placeholder.name());
            if (value != null) {
                text.append(standsAlone(body, placeholder) ? value : inline(value));
            } else {
                text.append(body, placeholder.offset(), placeholder.offset() + placeholder.length());
            }
            at = placeholder.offset() + placeholder.length();
        }
        text.append(literal(body.substring(at)));
        return text.toString();
    }

    /** Whether the placeholder is its line's only text, as an address under a name is. */
    private static boolean standsAlone(String body, Placeholder placeholder) {
        int lineStart = body.lastIndexOf('\n', placeholder.offset() - 1) + 1;
        int lineEnd = body.indexOf('\n', placeholder.offset());
        String before = body.substring(lineStart, placeholder.offset());
        String after = body.substring(placeholder.offset() + placeholder.length(), lineEnd < 0 ? body.length() : lineEnd);
        return before.isBlank() && after.isBlank();
    }

    /** A several-line value inside a sentence (an address) is written on one line, its lines joined by commas. */
    private static String inline(String value) {
        return String.join(", ", value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static String literal(String text) {
        return text.replace("{{", "{");
    }

    private static String body(FormDefinition letter) {
        String text = letter.getLetterBody().getText();
        return text == null ? "" : text;
    }
}
