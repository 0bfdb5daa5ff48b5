/**
 * A client's record beyond single notes: episodes of care, the versions of the treatment plan, and what a signed
 * note changes in the record ({@link org.casenotes.core.record.SignedNoteRecord}). Headless; callers save the
 * note and its client together so a signature never lands without its consequences, nor they without it.
 */
package org.casenotes.core.record;
