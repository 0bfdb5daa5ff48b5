package org.casenotes.store.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.casenotes.store.PassageKind;
import org.casenotes.store.SearchHit;
import org.casenotes.store.Snippet;

/**
 * One Lucene index of {@link Passage}s, held in memory ({@link ByteBuffersDirectory}): nothing of it is ever a file.
 * Between sessions its committed files are kept in the encrypted database by {@link IndexFiles}. Every passage of one
 * record is replaced together ({@link #replace}), keyed by the record's owner key, so a changed note never leaves
 * stale passages behind. Searches parse the clinician's words with {@link SimpleQueryParser} (lenient: quotes make
 * phrases, nothing the user types is a syntax error), rank with BM25, keep each document's best passage, and mark
 * the matching words with the {@link UnifiedHighlighter} over offsets kept in the postings.
 */
final class NoteIndex implements AutoCloseable {

    static final String MARK = "casenotes.auditSequence";
    static final String FORMAT = "casenotes.indexFormat";
    /** Bump when what is indexed or how changes: an index of another format is rebuilt. */
    static final String CURRENT_FORMAT = "2";

    private static final String OWNER = "owner";
    private static final String AUTHOR = "author";
    private static final String TEXT = "text";
    /** Kind and document id as doc values, so results are told apart without reading stored fields. */
    private static final String DOCUMENT_KEY = "documentKey";
    private static final FieldType TEXT_TYPE = textType();
    private static final int SNIPPET_LENGTH = 240;

    private final Directory directory;
    private final Analyzer analyzer = new NoteAnalyzer();
    private final SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Whether something was replaced since the searcher last refreshed. */
    private volatile boolean changed;

    /**
     * @param directory a directory holding a committed index, or an empty one
     * @throws IOException if the directory's index cannot be opened (it is then rebuilt by the caller)
     */
    NoteIndex(ByteBuffersDirectory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setIndexDeletionPolicy(snapshots)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(32);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** @return the audit sequence the last commit covered, if it was of the current format */
    Optional<Long> committedMark() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        if (!CURRENT_FORMAT.equals(data.get(FORMAT)) || data.get(MARK) == null) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(data.get(MARK)));
    }

    /** Removes everything (before a rebuild). */
    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces every passage of one record.
     *
     * @param owner    the record's key (see {@link OwnerKeys})
     * @param passages its passages now (none removes it)
     */
    void replace(String owner, Collection<Passage> passages) {
        List<Document> documents = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            documents.add(document(owner, passage));
        }
        try {
            writer.updateDocuments(new Term(OWNER, owner), documents);
            changed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes what was replaced so far visible to searches. Saves leave it to the next search (so a save pays only for
     * the replacement); a build calls it now and then so that searches meanwhile see what is indexed so far.
     */
    void refresh() {
        try {
            changed = false;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param words  what the clinician typed
     * @param author if not null, only passages by this author
     * @param limit  at most this many documents
     * @return the best passage of each matching document, best first
     */
    List<SearchHit> search(String words, String author, int limit) {
        Query query = parse(words);
        if (query == null || limit <= 0) {
            return List.of();
        }
        if (author != null) {
            query = new BooleanQuery.Builder().add(query, Occur.MUST)
                    .add(new TermQuery(new Term(AUTHOR, author)), Occur.FILTER).build();
        }
        if (changed) {
            refresh();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return bestPerDocument(searcher, query, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(words);
    }

    private List<SearchHit> bestPerDocument(IndexSearcher searcher, Query query, int limit) throws IOException {
        TopDocs top = searcher.search(query, limit * 4);
        Map<BytesRef, Integer> firstOfDocument = new LinkedHashMap<>();
        Map<Integer, Float> scores = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : top.scoreDocs) {
            BytesRef key = documentKey(leaves, hit.doc);
            if (!firstOfDocument.containsKey(key) && firstOfDocument.size() < limit) {
                firstOfDocument.put(key, hit.doc);
                scores.put(hit.doc, hit.score);
            }
        }
        int[] ids = firstOfDocument.values().stream().mapToInt(Integer::intValue).toArray();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (int id : ids) {
            documents.put(id, stored.document(id));
        }
        Object[] snippets = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter(SNIPPET_LENGTH)).withMaxLength(100_000)).snippets(TEXT, query, ids);
        List<SearchHit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document document = documents.get(ids[i]);
            Snippet snippet = snippets[i] instanceof Snippet marked ? marked
                    : SnippetFormatter.opening(document.get(TEXT), SNIPPET_LENGTH);
            hits.add(hit(document, snippet, scores.get(ids[i])));
        }
        return hits;
    }

    /**
     * Commits what is indexed, recording the audit sequence it covers, and hands the commit's files to
     * {@code keeper} while they are protected from deletion.
     *
     * @param mark   every record write up to this audit sequence is in the index
     * @param keeper receives the directory and the names of the commit's files
     * @throws SQLException if the keeper fails to keep them
     */
    void commit(long mark, CommitKeeper keeper) throws SQLException {
        try {
            writer.setLiveCommitData(Map.of(MARK, Long.toString(mark), FORMAT, CURRENT_FORMAT).entrySet());
            writer.commit();
            IndexCommit commit = snapshots.snapshot();
            try {
                keeper.keep(directory, commit.getFileNames());
            } finally {
                snapshots.release(commit);
                writer.deleteUnusedFiles();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many passages are indexed (searchable after the last refresh) */
    int passages() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return bytes the index's files take (in memory, and in the database once committed) */
    long sizeInBytes() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                size += directory.fileLength(file);
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes without committing (what is not committed is rebuilt from the records next time). */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives the files of a commit. */
    @FunctionalInterface
    interface CommitKeeper {
        /**
         * @param directory the index's directory
         * @param files     the files of the commit, which stay there until this returns
         * @throws IOException  on failure to read them
         * @throws SQLException on failure to keep them
         */
        void keep(Directory directory, Collection<String> files) throws IOException, SQLException;
    }

    /**
     * @param directory a directory
     * @return true if it holds a committed index
     * @throws IOException on failure
     */
    static boolean holdsIndex(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    private static BytesRef documentKey(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues keys = leaf.reader().getSortedDocValues(DOCUMENT_KEY);
        if (keys == null || !keys.advanceExact(doc - leaf.docBase)) {
            return new BytesRef(Integer.toString(doc));
        }
        return BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue()));
    }

    private static Document document(String owner, Passage passage) {
        Document document = new Document();
        document.add(new SortedDocValuesField(DOCUMENT_KEY,
                new BytesRef(passage.kind().name() + "/" + passage.documentId())));
        document.add(new StringField(OWNER, owner, Field.Store.NO));
        document.add(new StringField(AUTHOR, passage.author(), Field.Store.NO));
        document.add(new StoredField("kind", passage.kind().name()));
        document.add(new StoredField("client", passage.clientId()));
        document.add(new StoredField("document", passage.documentId()));
        document.add(new StoredField("field", passage.fieldId()));
        document.add(new StoredField("date", passage.date() == null ? "" : passage.date().toString()));
        document.add(new StoredField("status", passage.status()));
        document.add(new StoredField("template", passage.templateId()));
        document.add(new Field(TEXT, passage.text(), TEXT_TYPE));
        return document;
    }

    private static SearchHit hit(Document document, Snippet snippet, float score) {
        String date = document.get("date");
        return new SearchHit(PassageKind.valueOf(document.get("kind")), document.get("client"),
                document.get("document"), document.get("field"), date.isEmpty() ? null : LocalDate.parse(date),
                document.get("status"), document.get("template"), snippet, score);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
