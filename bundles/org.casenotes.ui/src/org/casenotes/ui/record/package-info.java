/**
 * Dialogs and commands that add to a client's record from the Client menu: measures entered on their own, and
 * diagnoses picked from the ICD-10-CM list. What they enter is checked headless (core), then saved through the
 * store.
 */
package org.casenotes.ui.record;
