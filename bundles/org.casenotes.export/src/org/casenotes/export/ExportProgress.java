package org.casenotes.export;

/**
 * Follows a long export (a records request of hundreds of documents) and lets the user cancel it. Exporters and
 * {@link RecordExport} call {@link #documentWritten()} after each document and stop with
 * {@link ExportCancelledException} once {@link #isCancelled()} is true.
 */
public interface ExportProgress {

    /** Progress that nobody follows and that is never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void begin(String step, int documents) {
            // nobody follows
        }

        @Override
        public void documentWritten() {
            // nobody follows
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * A step starts.
     *
     * @param step      what is done, e.g. "Writing the PDF"
     * @param documents how many documents it goes through
     */
    void begin(String step, int documents);

    /** One more document of the current step is done. */
    void documentWritten();

    /** @return true once the user asked to stop */
    boolean isCancelled();

    /** @throws ExportCancelledException if the user asked to stop */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
