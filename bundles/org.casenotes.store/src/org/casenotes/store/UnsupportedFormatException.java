package org.casenotes.store;

/**
 * The caseload was written by a newer version of Casenotes, in a format this version cannot read safely. It was
 * left untouched; the user needs the newer version (or a backup made in an older format).
 */
public final class UnsupportedFormatException extends CaseloadStoreException {

    private static final long serialVersionUID = 1L;

    private final int foundVersion;
    private final int supportedVersion;

    public UnsupportedFormatException(int foundVersion, int supportedVersion) {
        super("This caseload was written in store format " + foundVersion
                + ", but this version of Casenotes reads formats up to " + supportedVersion
                + ". Open it with a newer Casenotes; the file was not changed.");
        this.foundVersion = foundVersion;
        this.supportedVersion = supportedVersion;
    }

    public int foundVersion() {
        return foundVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
