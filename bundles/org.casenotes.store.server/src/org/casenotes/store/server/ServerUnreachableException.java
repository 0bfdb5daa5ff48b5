package org.casenotes.store.server;

import org.casenotes.store.CaseloadStoreException;

/**
 * The agency server could not be reached (the network is down, the server stopped or restarted, a connection timed
 * out): nothing of the work that failed was written. The session stays signed in and tries again on its next use;
 * a draft that could not be saved can be {@linkplain AgencySession#keepOffline kept on this computer}, encrypted,
 * until the server can be reached.
 */
public final class ServerUnreachableException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be done, for the clinician
     * @param cause   the driver's failure
     */
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
