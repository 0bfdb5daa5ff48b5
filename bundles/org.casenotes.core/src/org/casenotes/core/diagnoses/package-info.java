/**
 * Diagnoses of a client's record with ICD-10-CM codes: the bundled list of behavioural-health codes
 * ({@code data/icd10cm/}), a ranked search over it by code and by words, the check that refuses an unknown code with
 * its nearest codes, and a diagnosis entered for a client (code, onset, primary, resolved). Headless.
 */
package org.casenotes.core.diagnoses;
