package org.casenotes.core.rules.integrity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;

/**
 * {@code integrity.cloned-narrative}: a note whose narrative is nearly identical to one of the client's earlier
 * notes (an audit red flag: cloned documentation does not show what happened in this session). "Nearly identical"
 * means an estimated Jaccard index of word 3-shingles of at least {@value #THRESHOLD} ({@link NarrativeFingerprint});
 * notes under {@value #MIN_WORDS} words are not compared (short notes legitimately repeat). Earlier notes are the
 * client's notes with an earlier date of service (or the same date and an earlier creation time); the finding names
 * the most similar one. Needs the client's record through {@link NoteContext#lookup(Class)}.
 */
public final class ClonedNarrativeRule extends DescribedRule {

    /** Estimated share of word 3-shingles two narratives must have in common to count as nearly identical. */
    public static final double THRESHOLD = 0.8;
    /** Notes shorter than this are not compared. */
    public static final int MIN_WORDS = 25;

    private final Narrative narratives = new Narrative();

    public ClonedNarrativeRule() {
        super("integrity.cloned-narrative", RuleCategory.INTEGRITY, Severity.WARNING,
                "The note's narrative is nearly identical to an earlier note for the same client "
                        + "(cloned documentation).",
                IntegritySources.CLONED_DOCUMENTATION);
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<Note> note = context.lookup(Note.class);
        Optional<Client> client = context.lookup(Client.class);
        if (note.isEmpty() || client.isEmpty()) {
            return List.of();
        }
        NarrativeFingerprint fingerprint = narratives.fingerprint(note.get());
        if (fingerprint.words() < MIN_WORDS) {
            return List.of();
        }
        Note mostSimilar = null;
        double best = 0;
        for (Note earlier : client.get().getNotes()) {
            if (earlier == note.get() || !isBefore(earlier, note.get())) {
                continue;
            }
            NarrativeFingerprint other = narratives.fingerprint(earlier);
            if (other.words() < MIN_WORDS) {
                continue;
            }
            double similarity = fingerprint.similarity(other);
            if (similarity >= THRESHOLD && similarity > best) {
                best = similarity;
                mostSimilar = earlier;
            }
        }
        if (mostSimilar == null) {
            return List.of();
        }
        return List.of(new Finding(id(), defaultSeverity(), "The narrative is nearly identical to the note of "
                + describe(mostSimilar) + " (about " + Math.round(best * 100) + "% of the wording is the same). "
                + "Describe what happened in this session.", null, null, List.of(), source()));
    }

    private static boolean isBefore(Note earlier, Note note) {
        if (note.getId() != null && note.getId().equals(earlier.getId())) {
            return false;
        }
        LocalDate day = note.getDateOfService();
        LocalDate earlierDay = earlier.getDateOfService();
        if (day == null || earlierDay == null) {
            return false;
        }
        if (!earlierDay.equals(day)) {
            return earlierDay.isBefore(day);
        }
        return earlier.getCreatedAt() != null && note.getCreatedAt() != null
                && earlier.getCreatedAt().isBefore(note.getCreatedAt());
    }

    private static String describe(Note note) {
        return note.getDateOfService() + " (" + note.getId() + ")";
    }
}
