package org.casenotes.template.agency;

/** A published template version whose file no longer holds the text that was published; it is not used. */
public final class TamperedVersionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    TamperedVersionException(String message) {
        super(message);
    }
}
