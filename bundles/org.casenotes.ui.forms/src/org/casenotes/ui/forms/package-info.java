/**
 * The note form editor's public API. Open a note with {@link org.casenotes.ui.forms.NoteEditors#open} and a
 * {@link org.casenotes.ui.forms.NoteEditorInput} (the note, its form definition, the client's plan goals, where
 * saving goes). Add or replace how a kind of field is drawn by registering a
 * {@link org.casenotes.ui.forms.FieldRenderer} as an OSGi service; the standard renderers live in
 * {@code org.casenotes.ui.forms.internal.renderers} and are declared in this bundle's {@code OSGI-INF}.
 * Form logic (conditions, calculations, completeness) is headless, in {@code org.casenotes.core.forms}.
 */
package org.casenotes.ui.forms;
