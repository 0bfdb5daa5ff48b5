package org.casenotes.ui.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What signing asks the clinician; dialogs in the workbench, scripted answers in tests. */
public interface SigningPrompts {

    /** Tells why the note cannot be signed yet. */
    void showBlocked(List<String> reasons);

    /**
     * Tells why the note cannot be signed yet, each blocker with the field it is in; by default as
     * {@link #showBlocked(List)} of their texts.
     */
    default void showBlocking(List<SigningBlocker> blockers) {
        showBlocked(blockers.stream().map(SigningBlocker::text).toList());
    }

    /**
     * @param signatureLine how the signature will read (name and credentials)
     * @param warnings      findings that do not block signing but should be read first
     * @return whether to sign
     */
    boolean confirmSignature(String signatureLine, List<String> warnings);

    /** @return why the note is signed after its window closed at {@code closedAt}; empty to not sign */
    Optional<String> lateEntryReason(Instant closedAt);
}
