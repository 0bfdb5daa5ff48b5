package org.casenotes.store.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.casenotes.store.CaseloadInUseException;

/**
 * The caseloads this process has unlocked. The engine refuses a second process by its file lock, but inside one
 * process it would silently share the open database between two stores; this registry refuses that instead.
 */
final class OpenCaseloads {

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private OpenCaseloads() {
    }

    static void claim(Path location) {
        if (!OPEN.add(location)) {
            throw new CaseloadInUseException("The caseload at " + location + " is already open in this window.",
                    null);
        }
    }

    static void release(Path location) {
        OPEN.remove(location);
    }
}
