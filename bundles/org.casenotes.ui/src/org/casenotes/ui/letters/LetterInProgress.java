package org.casenotes.ui.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.LetterMerge;
import org.casenotes.core.letters.LetterSigning;
import org.casenotes.core.letters.LetterSources;
import org.casenotes.core.letters.Letterhead;
import org.casenotes.core.letters.MergeField;
import org.casenotes.core.letters.MergedLetter;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;

/**
 * What the New Letter wizard has gathered so far: the client's record, the letter template, the writer and the
 * letterhead, and the answers to what was asked. The pages read and fill it; {@link #sign} makes the letter.
 */
final class LetterInProgress {

    private final LetterMerge merge = new LetterMerge();
    private final LetterAuthor author;
    private final Letterhead letterhead;
    private final LocalDate today;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private Client client;
    private FormDefinition form;

    LetterInProgress(LetterAuthor author, Letterhead letterhead, LocalDate today) {
        this.author = author;
        this.letterhead = letterhead;
        this.today = today;
    }

    /** Starts over with another client or template: earlier answers belong to the earlier letter. */
    void choose(Client chosenClient, FormDefinition chosenForm) {
        if (chosenClient != client || chosenForm != form) {
            answers.clear();
        }
        this.client = Objects.requireNonNull(chosenClient, "client");
        this.form = Objects.requireNonNull(chosenForm, "form");
    }

    Client client() {
        return client;
    }

    FormDefinition form() {
        return form;
    }

    /** @return what the writer must supply: the letter's inputs and what the record lacks */
    List<MergeField> asked() {
        return merge.asked(form, sources());
    }

    void answer(String fieldName, String text) {
        answers.put(fieldName, text);
    }

    /** @return the answer given to a field so far, or "" */
    String answerTo(String fieldName) {
        return answers.getOrDefault(fieldName, "");
    }

    /** @return the letter merged with the record and the answers so far */
    MergedLetter merged() {
        return merge.merge(form, sources(), answers);
    }

    /** @return the signed letter, not yet in the record; see {@link LetterSigning#sign} for what it refuses */
    Letter sign(String letterId, String text, Clock clock) {
        return new LetterSigning(merge, clock).sign(letterId, form, sources(), answers, text);
    }

    private LetterSources sources() {
        return new LetterSources(client, author, letterhead, today);
    }
}
