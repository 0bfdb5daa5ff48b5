package org.casenotes.bench;

import java.util.Random;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.PlainNoteContext;

/**
 * Fictional progress-note text for benchmarks: sentences in the style of the demo notes, about one in
 * four with wording the language rules flag, joined deterministically from a seed.
 */
final class NoteCorpus {

    /** Fields of a generated note, in form order. */
    static final String[] FIELDS = { "subjective", "objective", "assessment", "interventions", "plan" };

    private static final String[] SENTENCES = {
        "Client arrived ten minutes early and sat in the waiting room reading.",
        "Client reports sleeping about six hours a night since the last session.",
        "Client stated \"I finally told my sister about the eviction notice.\"",
        "Client described two panic episodes at work, each lasting about fifteen minutes.",
        "Client completed the thought record homework for four of seven days.",
        "Reviewed the safety plan; client named two people she can call.",
        "Client rated her mood 5 out of 10, up from 3 out of 10 last week.",
        "PHQ-9 total was 12, with item 9 scored 0.",
        "Practiced paced breathing for ten minutes; client said it helped her slow down.",
        "Discussed the upcoming court date and the documents the client still needs.",
        "Client made eye contact throughout and spoke at a normal rate.",
        "Client was tearful when discussing her father's illness.",
        "Client identified two triggers for arguments with her partner.",
        "Provided information about the food pantry hours and the bus route.",
        "Plan: meet weekly for six more sessions and review goals at session four.",
        "Client will call the housing office before Friday and bring the letter to the next session.",
        "Client attended the group on Tuesday and shared once.",
        "Client reports no thoughts of suicide or of harming others.",
        "Client and clinician agreed to invite the client's mother to the next session.",
        "Client said the new medication makes her drowsy in the mornings.",
        "Client practiced saying no to extra shifts in a role play.",
        "The session was held by video; client was at home and clinician in the office.",
        "Client reported drinking two beers on Saturday and none since.",
        "Client described the week as calmer and gave the example of a quiet dinner with her son.",
        "Client was late by twenty minutes because the bus did not come.",
        "Reviewed progress toward goal 2: client used the coping card three times.",
        "Client brought a list of questions about the discharge plan.",
        "Client said \"I think I'm getting better at asking for help.\"",
        "Client refused to discuss her drinking today.",
        "Client was non-compliant with her medication this week.",
        "Client claims she took all of her doses.",
        "Client appeared anxious.",
        "Client is probably using again.",
        "I think the client is hiding something from the team.",
        "Client's brother is an addict and lives with the family.",
        "Client complains of headaches most afternoons.",
        "Client seems to be unmotivated about the job search.",
        "Client presented with flat affect and psychomotor retardation.",
        "Client is bipolar and has been stable on lithium.",
        "UDS was clean on Monday.",
        "Client was very difficult during the first half of the session.",
        "Client was manipulative with the front desk staff.",
        "Client denies SI and HI.",
        "My hunch is that the job loss is the real trigger.",
        "Client has improved since intake.",
        "Client became combative when told the appointment was rescheduled.",
    };

    private NoteCorpus() {
    }

    /** @return about {@code words} words of note text */
    static String text(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        int count = 0;
        while (count < words) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(sentence);
            count += sentence.split(" ").length;
        }
        return out.toString();
    }

    /** @return the texts of a note of about {@code words} words, spread over {@link #FIELDS} */
    static String[] fieldTexts(int words, long seed) {
        String[] texts = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            texts[i] = text(words / FIELDS.length, seed * 31 + i);
        }
        return texts;
    }

    /** @return a record note with fresh (not yet analysed) fields holding {@code texts} */
    static PlainNoteContext note(String[] texts) {
        PlainNoteContext note = PlainNoteContext.of(DocumentKind.RECORD_NOTE);
        for (int i = 0; i < texts.length; i++) {
            note = note.withField(FieldText.of(FIELDS[i], texts[i]));
        }
        return note;
    }
}
