package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.store.PassphraseStrength;
import org.junit.jupiter.api.Test;

/** What a clinician choosing a caseload passphrase is told: common and personal passphrases are refused, with why. */
class PassphraseStrengthTest {

    @Test
    void aCommonPasswordIsRefusedAndZxcvbnSaysWhy() {
        PassphraseStrength strength = PassphraseStrength.of("password1".toCharArray(), List.of());

        assertFalse(strength.acceptable());
        assertTrue(strength.advice().toLowerCase().contains("common password"), strength.advice());
    }

    @Test
    void severalUncommonWordsAreAccepted() {
        PassphraseStrength strength = PassphraseStrength.of("lantern orchard tuesday gravel".toCharArray(),
                List.of());

        assertTrue(strength.acceptable(), strength.verdict() + ": " + strength.advice());
    }

    @Test
    void anAlmostStrongPassphraseIsRefusedWithAdviceToAddAWord() {
        PassphraseStrength strength = PassphraseStrength.of("gravel lantern".toCharArray(), List.of());

        assertEquals(3, strength.score(), "zxcvbn's 'safely unguessable', which a GPU gets through within hours");
        assertFalse(strength.acceptable());
        assertEquals("Almost strong enough", strength.verdict());
        assertEquals("Add another word or two. Uncommon words are better.", strength.advice());
    }

    @Test
    void theAgencysOwnNameCountsAsEasyToGuess() {
        char[] passphrase = "Brightwater Counselling 2026".toCharArray();
        PassphraseStrength unknown = PassphraseStrength.of(passphrase, List.of());
        PassphraseStrength personal = PassphraseStrength.of(passphrase, List.of("Brightwater Counselling"));

        assertTrue(personal.score() < unknown.score() || !personal.acceptable(),
                "with the agency's name known: " + personal.verdict() + ", without: " + unknown.verdict());
    }
}
