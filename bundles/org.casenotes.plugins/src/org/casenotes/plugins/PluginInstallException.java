package org.casenotes.plugins;

/**
 * A plugin could not be installed or removed, with a message for the user saying why and what to do. When it is
 * thrown the installation is unchanged: p2 changes an installation only by a plan that resolved as a whole.
 */
public final class PluginInstallException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginInstallException(String message) {
        super(message);
    }

    public PluginInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
