package org.casenotes.store.internal.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.store.SignedNoteChangeException;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Refuses client saves that would change or remove a signed letter (a letter, once signed, is sent as it is), and
 * tells which letters a save signs, so that each gets its own SIGN entry in the audit log. As {@link NoteChanges}
 * does for notes, this repeats at the last point before the disk what the letter wizard already keeps.
 */
public final class SignedLetterChanges {

    private SignedLetterChanges() {
    }

    /**
     * @param stored   the client as stored, or null if new
     * @param incoming the client to store
     * @return the letters {@code incoming} holds signed that were not stored signed
     * @throws SignedNoteChangeException if the save would change or remove a stored signed letter
     */
    public static List<Letter> newlySigned(Client stored, Client incoming) {
        Map<String, Letter> before = signed(stored == null ? List.of() : stored.getLetters());
        Map<String, Letter> after = new LinkedHashMap<>();
        incoming.getLetters().forEach(letter -> after.put(letter.getId(), letter));
        for (Letter signed : before.values()) {
            Letter kept = after.get(signed.getId());
            String name = "Letter " + signed.getId() + " of client " + incoming.getId();
            if (kept == null) {
                throw new SignedNoteChangeException(name + " is signed and cannot be removed.");
            }
            if (!EcoreUtil.equals(signed, kept)) {
                throw new SignedNoteChangeException(name + " is signed: it is kept as it was sent and cannot change.");
            }
        }
        return signed(incoming.getLetters()).values().stream().filter(letter -> !before.containsKey(letter.getId()))
                .toList();
    }

    private static Map<String, Letter> signed(List<Letter> letters) {
        Map<String, Letter> signed = new LinkedHashMap<>();
        letters.stream().filter(letter -> letter.getSignature() != null)
                .forEach(letter -> signed.put(letter.getId(), letter));
        return signed;
    }
}
