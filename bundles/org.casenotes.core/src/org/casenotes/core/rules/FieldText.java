package org.casenotes.core.rules;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.casenotes.core.forms.FieldPath;
import org.casenotes.core.rules.text.TextAnalysis;

/**
 * The text of one field as text-level rules see it, independent of the EMF record model. The text
 * analysis (tokens, quotes, sentences) is computed on first use and shared by every rule that looks
 * at the field.
 */
public final class FieldText {

    private final String fieldId;
    private final String text;
    private final boolean clientWords;
    private volatile TextAnalysis analysis;
    private final Map<Object, Object> shared = new ConcurrentHashMap<>(4);

    /**
     * @param fieldId where the field is in the note: its id in the FormDefinition, or, inside a repeatable group,
     *            {@code group[row].id} (rows counted from 0; groups nest)
     * @param text the field's current text; {@code null} is treated as empty
     * @param clientWords whether the field holds the client's own words (e.g. a "client's
     *            statement" field), which language rules leave alone
     */
    public FieldText(String fieldId, String text, boolean clientWords) {
        this.fieldId = Objects.requireNonNull(fieldId, "fieldId");
        this.text = text == null ? "" : text;
        this.clientWords = clientWords;
    }

    /** @return a field written by the clinician */
    public static FieldText of(String fieldId, String text) {
        return new FieldText(fieldId, text, false);
    }

    /** @return where the field is in the note: its id, or {@code group[row].id} inside a repeatable group */
    public String fieldId() {
        return fieldId;
    }

    /** @return the id of the field in its FormDefinition: {@link #fieldId()} without the rows it is in */
    public String formFieldId() {
        return FieldPath.fieldId(fieldId);
    }

    /** @return the text, never {@code null} */
    public String text() {
        return text;
    }

    /** @return whether the field is marked as the client's own words */
    public boolean clientWords() {
        return clientWords;
    }

    /** @return tokens, quoted passages and sentences of the text */
    public TextAnalysis analysis() {
        TextAnalysis result = analysis;
        if (result == null) {
            result = TextAnalysis.of(text);
            analysis = result;
        }
        return result;
    }

    /**
     * Computes something derived from this text once and shares it among rules, e.g. one scan of
     * the text for the terms of all word-list rules.
     *
     * @param key identifies the computation; compared with {@code equals}
     * @param computation derives the value from this field; called at most once per key
     * @return the value computed for {@code key}
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<FieldText, T> computation) {
        return (T) shared.computeIfAbsent(key, k -> computation.apply(this));
    }
}
