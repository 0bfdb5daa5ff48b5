/**
 * Client letters: the standard merge fields filled from the record ({@link org.casenotes.core.letters.RecordMergeFields}),
 * the merge of a letter template's body with those and the letter's own inputs ({@link org.casenotes.core.letters.LetterMerge}),
 * and the signed letter kept in the client's record ({@link org.casenotes.core.letters.LetterSigning}). Headless: the
 * workbench's New Letter wizard and the tests use the same engine.
 */
package org.casenotes.core.letters;
