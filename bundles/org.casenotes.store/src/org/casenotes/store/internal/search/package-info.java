/**
 * Full-text search over note contents ({@link org.casenotes.store.NoteSearch}): a Lucene index held in memory
 * ({@code ByteBuffersDirectory}) whose committed files are kept between sessions as rows of the caseload's encrypted
 * H2 database ({@code IndexFiles}), so that nothing of the index is ever a plain file. {@code CaseloadSearch} explains
 * how the index is loaded, caught up, built and committed.
 *
 * <p><b>Why Lucene and not H2's own full-text search.</b> H2's native {@code FullText} keeps its word tables inside
 * the encrypted database, which is what the store needs, but it has no stemming ("panicking" would not find "panic
 * attacks"), no phrase queries, no ranking and no highlighting; measured on the same text (releng/bench/search-bench.sh,
 * 2-core machine at load ~20) it indexed 20,000 notes in 132 s through its triggers and answered one-word searches in
 * p50 170 ms, where this index answers stemmed, ranked, highlighted searches over 100,000 notes faster. H2's Lucene
 * full-text search writes a plain Lucene directory beside the database, which is not allowed. An encrypting Lucene
 * {@code Directory} over files would keep memory low but means writing block cipher code for random-access reads;
 * holding the index in memory and storing its (immutable) files as database rows needs no cryptography of ours. Its
 * cost is memory: the index is held on the heap while the caseload is unlocked.
 */
package org.casenotes.store.internal.search;
