package org.casenotes.core;

import java.nio.file.Path;

/** A data directory that cannot hold Casenotes data; the message names the path and why. */
public final class DataFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public DataFolderException(Path path, String reason) {
        super("Cannot use " + path + " as the Casenotes data folder: " + reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
