package org.casenotes.template.agency;

/** Publishing a template was refused; the message says why and what to do, in a template designer's words. */
public final class PublicationRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    PublicationRefusedException(String message) {
        super(message);
    }
}
