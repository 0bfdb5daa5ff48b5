/**
 * Measure results of a client's record: scoring an instrument's answers (total, severity band, critical items),
 * the results a signed note adds to its client's record, and measures entered on their own. Headless; the store
 * saves a signed note and the results it adds in one transaction.
 */
package org.casenotes.core.measures;
