package org.casenotes.core.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Note;

/**
 * Checks that a signed note is still what was signed: the content hash in the signature matches the content, and
 * every addendum's hash matches its chain. Catches changes that bypassed {@link SignedNoteGuard}, e.g. an edited
 * record on disk.
 */
public final class NoteIntegrity {

    private NoteIntegrity() {
    }

    /**
     * @return one sentence per problem found; empty when the note is intact or not signed
     */
    public static List<String> verify(Note note) {
        List<String> problems = new ArrayList<>();
        if (!SignedNoteGuard.isSigned(note)) {
            return problems;
        }
        if (note.getSignature() == null) {
            problems.add("Note " + note.getId() + " is marked " + note.getStatus() + " but has no signature.");
            return problems;
        }
        String signedHash = note.getSignature().getContentHash();
        String actual = NoteContentHash.of(note);
        if (!actual.equals(signedHash)) {
            problems.add("Note " + note.getId() + ": content differs from what was signed (signed hash " + signedHash
                    + ", content now hashes to " + actual + ").");
        }
        String previous = signedHash;
        for (Addendum addendum : note.getAddenda()) {
            String expected = NoteContentHash.ofAddendum(previous, addendum);
            if (!expected.equals(addendum.getContentHash())) {
                problems.add("Note " + note.getId() + ": addendum " + addendum.getId()
                        + " was changed or the addenda before it were changed or removed.");
            }
            previous = addendum.getContentHash();
        }
        return problems;
    }
}
