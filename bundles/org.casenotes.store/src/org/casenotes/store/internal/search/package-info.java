/**
 * Full-text search over note contents: a Lucene index held in memory and kept, between sessions, as files inside the
 * caseload's encrypted database (never as files on disk). See {@code NoteIndex} for the design.
 */
package org.casenotes.store.internal.search;
