package org.casenotes.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/**
 * The planner's or the engine's reasons as a message for the user: the headline, then each distinct reason on a line
 * of its own ("Missing requirement: ... requires 'osgi.bundle; org.casenotes.core [0.2.0,1.0.0)' but it could not be
 * found"), and, when what is missing is part of Casenotes, that a newer Casenotes is needed.
 */
final class PlanProblems {

    private PlanProblems() {
    }

    static String describe(String headline, IStatus status) {
        Set<String> reasons = new LinkedHashSet<>();
        collect(status, reasons);
        StringBuilder message = new StringBuilder(headline).append('.');
        boolean needsCasenotes = reasons.stream().anyMatch(reason -> reason.contains("Missing requirement")
                && reason.matches("(?s).*requires '[^']*org\\.casenotes\\..*"));
        if (needsCasenotes) {
            message.append(" It needs a newer Casenotes than this one: update Casenotes first, or install a version"
                    + " of the plugin made for this one.");
        }
        reasons.forEach(reason -> message.append(System.lineSeparator()).append("  ").append(reason));
        return message.toString();
    }

    private static void collect(IStatus status, Set<String> into) {
        if (status.getMessage() != null && !status.getMessage().isBlank() && status.getSeverity() != IStatus.OK) {
            into.add(status.getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, into);
        }
    }
}
