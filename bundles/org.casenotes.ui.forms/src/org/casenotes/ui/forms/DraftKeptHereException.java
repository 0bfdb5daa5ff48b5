package org.casenotes.ui.forms;

/**
 * Thrown by a {@link NoteEditorInput.NoteSaver NoteSaver} whose note's home cannot take it now (an agency server out
 * of reach) but which kept the draft safely elsewhere meanwhile (on this computer, encrypted). The editor tells the
 * clinician so in a warning rather than an error, and stays dirty: the note's home does not have the changes yet.
 */
public class DraftKeptHereException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what the clinician is told: where the draft is kept, and when it will reach its home */
    public DraftKeptHereException(String message, Throwable cause) {
        super(message, cause);
    }
}
