package org.casenotes.core.lifecycle;

import java.util.List;

/**
 * Signing was refused because problems remain: errors reported by the {@link SigningGate} (the rule engine),
 * carried-forward values nobody reviewed, or missing signer credentials.
 */
public final class SigningRefusedException extends LifecycleException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public SigningRefusedException(List<String> reasons) {
        super("The note cannot be signed yet:\n - " + String.join("\n - ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** @return every reason, one sentence each */
    public List<String> reasons() {
        return reasons;
    }
}
