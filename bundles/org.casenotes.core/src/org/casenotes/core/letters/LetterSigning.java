package org.casenotes.core.letters;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.lifecycle.NoteContentHash;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.query.MergeFields;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;

/**
 * Makes the signed letter that goes into the client's record: the text as its writer last edited it (merged from
 * the template, see {@link LetterMerge}), the letterhead of the day, the inputs given, and a signature with name,
 * credentials, time and content hash. Refuses, with nothing made, a letter whose template needs a field neither the
 * record nor the writer supplied, and a text that still holds a merge field in braces.
 */
public final class LetterSigning {

    private final LetterMerge merge;
    private final Clock clock;

    /**
     * @param merge fills the template's fields
     * @param clock the time of signing
     */
    public LetterSigning(LetterMerge merge, Clock clock) {
        this.merge = Objects.requireNonNull(merge, "merge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param letterId a new id for the letter
     * @param form     the letter template
     * @param sources  the record, the writer, the letterhead and the day
     * @param answers  the writer's answers, by field name
     * @param text     the body to send: the merged text, possibly edited
     * @return the signed letter (not yet in the client's record: add it and save the client)
     * @throws MissingMergeFieldsException if a field the template needs is still missing
     * @throws IllegalArgumentException    if the text is blank or still holds one of the letter's merge fields
     */
    public Letter sign(String letterId, FormDefinition form, LetterSources sources, Map<String, String> answers,
            String text) {
        MergedLetter merged = merge.merge(form, sources, answers);
        merged.requireComplete();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The letter has no text. Nothing was stored.");
        }
        Set<String> fields = merge.fieldsOf(form).stream().map(MergeField::name).collect(Collectors.toSet());
        fields.addAll(MergeFields.STANDARD);
        List<String> left = MergeFields.scan(text).stream().map(MergeFields.Placeholder::name)
                .filter(fields::contains).distinct().toList();
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("The letter still holds " + left.stream().map(name -> "{" + name + "}")
                    .collect(Collectors.joining(", ")) + ": write the text in its place. Nothing was stored.");
        }
        Letter letter = RecordFactory.eINSTANCE.createLetter();
        letter.setId(Objects.requireNonNull(letterId, "letterId"));
        letter.setTemplateId(form.getId());
        letter.setTemplateVersion(form.getVersion());
        letter.setAuthorId(sources.author().id());
        letter.setCreatedAt(clock.instant());
        letter.setRecipient(merged.recipient());
        String letterhead = sources.agency().text();
        letter.setLetterhead(letterhead.isEmpty() ? null : letterhead);
        letter.setText(text.strip());
        for (MergeField field : merge.fieldsOf(form)) {
            String answer = answers.get(field.name());
            if (field.input() && answer != null && !answer.isBlank()) {
                TextValue value = RecordFactory.eINSTANCE.createTextValue();
                value.setFieldId(field.name());
                value.setText(answer.strip());
                letter.getValues().add(value);
            }
        }
        Signature signature = RecordFactory.eINSTANCE.createSignature();
        signature.setSignerId(sources.author().id());
        signature.setSignerName(sources.author().name());
        signature.setCredentials(sources.author().credentials().isEmpty() ? null : sources.author().credentials());
        signature.setSignedAt(letter.getCreatedAt());
        signature.setContentHash(NoteContentHash.ofLetter(sources.client().getId(), letter));
        letter.setSignature(signature);
        return letter;
    }
}
