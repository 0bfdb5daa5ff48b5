/**
 * Hand-written, read-only queries over the generated form definition model (which lives in {@code src-gen} and is
 * never edited): traversal in document order, lookup by id, the repeatable group of a field.
 */
package org.casenotes.model.form.query;
