/**
 * Dialogs and commands of the Client menu: a new client and a change of a client's details (checked by
 * {@code ClientDetails}, which knows no widgets), admission and discharge (checked headless in core), measures
 * entered on their own, and diagnoses picked from the ICD-10-CM list (checked headless in core). Everything is saved
 * through the store.
 */
package org.casenotes.ui.record;
