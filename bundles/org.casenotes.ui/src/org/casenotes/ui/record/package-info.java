/**
 * Dialogs and commands of the Client menu: a new client and a change of a client's details (checked by
 * {@code org.casenotes.core.record.ClientDetails}, headless, whose rules the CSV import applies too), clients
 * imported from a CSV file (File &gt; Import Clients…), admission and discharge (checked headless in core), the
 * treatment plan edited as a new version, measures entered on their own, and diagnoses picked from the ICD-10-CM
 * list (checked headless in core). Everything is saved through the store.
 */
package org.casenotes.ui.record;
