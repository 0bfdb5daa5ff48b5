package org.casenotes.core.rules.integrity.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.ValueHolder;
import org.casenotes.model.record.ValueProvenance;

/**
 * The narrative of a note for clone detection: the text the clinician entered for this note (values carried
 * forward from an earlier note are left out; {@link UnreviewedCarryForwardRule} deals with those), in value order,
 * group rows included. Fingerprints are cached per note object and recomputed when its text changes, so that
 * re-checking a note while it is typed, or auditing a whole caseload, fingerprints each earlier note once.
 */
final class Narrative {

    private record Cached(int textHash, NarrativeFingerprint fingerprint) {
    }

    private final Map<Note, Cached> cache = Collections.synchronizedMap(new WeakHashMap<>());

    /** @return the fingerprint of {@code note}'s entered text */
    NarrativeFingerprint fingerprint(Note note) {
        int textHash = textHash(note);
        Cached cached = cache.get(note);
        if (cached == null || cached.textHash() != textHash) {
            cached = new Cached(textHash, NarrativeFingerprint.of(text(note)));
            cache.put(note, cached);
        }
        return cached.fingerprint();
    }

    /** @return the note's entered text, values separated by blank lines */
    static String text(Note note) {
        StringBuilder text = new StringBuilder();
        append(note, text);
        return text.toString();
    }

    private static void append(ValueHolder holder, StringBuilder text) {
        for (FieldValue value : holder.getValues()) {
            if (value instanceof TextValue entered && isEntered(value) && entered.getText() != null) {
                text.append(entered.getText()).append("\n\n");
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (GroupRow row : group.getRows()) {
                append(row, text);
            }
        }
    }

    /** Cheap change detection: strings cache their hash codes. */
    private static int textHash(ValueHolder holder) {
        int hash = 1;
        for (FieldValue value : holder.getValues()) {
            if (value instanceof TextValue entered && isEntered(value) && entered.getText() != null) {
                hash = 31 * hash + entered.getText().hashCode();
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (GroupRow row : group.getRows()) {
                hash = 31 * hash + textHash(row);
            }
        }
        return hash;
    }

    private static boolean isEntered(FieldValue value) {
        return value.getProvenance() == null || value.getProvenance() == ValueProvenance.ENTERED;
    }
}
