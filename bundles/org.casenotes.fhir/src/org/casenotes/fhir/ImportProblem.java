package org.casenotes.fhir;

/**
 * Something in an imported file that stops the import: malformed JSON or CSV, a Questionnaire of another FHIR
 * version, an unknown item or field type, a cycle of conditions. Nothing is written while there is one.
 *
 * @param location where, as the user finds it: {@code line 4, column 17}, {@code item[2].item[0] (linkId 'q3')},
 *                 {@code row 12 (variable 'mood')}
 * @param message  what is wrong, in a sentence
 */
public record ImportProblem(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
