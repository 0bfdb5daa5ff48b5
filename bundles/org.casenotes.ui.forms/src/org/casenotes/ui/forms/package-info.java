/**
 * The note form editor's public API. Open a note with {@link org.casenotes.ui.forms.NoteEditors#open} and a
 * {@link org.casenotes.ui.forms.NoteEditorInput} (the note, its form definition, the client's plan goals, where
 * saving goes, where a draft's working copy is kept for recovery after a crash with a
 * {@link org.casenotes.ui.forms.DraftKeeper}, how clinicians and earlier notes are named with
 * {@link org.casenotes.ui.forms.RecordNames}, whether it is a psychotherapy note); show a field of an open note, e.g.
 * for a finding, with {@link org.casenotes.ui.forms.NoteEditors#showField}. Add or replace how a kind of field is
 * drawn by registering a {@link org.casenotes.ui.forms.FieldRenderer} as an OSGi service; the standard renderers live
 * in {@code org.casenotes.ui.forms.internal.renderers} and are declared in this bundle's {@code OSGI-INF}. Form logic
 * (conditions, calculations, completeness) is headless, in {@code org.casenotes.core.forms}.
 */
package org.casenotes.ui.forms;
