package org.casenotes.store.internal.layout;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The header's two places for the {@link AuditAnchor}. Moving the anchor overwrites the older place in the header
 * file, in place (no new file, no rename, no folder update): while one place is written, the other still holds the
 * previous anchor, so a write torn by a crash leaves an anchor behind the log, never none and never one ahead. Both
 * places lie in the file's first 512 bytes, a single sector of the disk.
 *
 * @param first  the first place
 * @param second the second place
 */
public record AnchorSlots(AuditAnchor first, AuditAnchor second) {

    /** No anchor in either place. */
    public static final AnchorSlots NONE = new AnchorSlots(AuditAnchor.NONE, AuditAnchor.NONE);

    public AnchorSlots {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /**
     * @param authentic which anchors were sealed by the caseload's key
     * @return the newest authentic anchor, if any
     */
    public Optional<AuditAnchor> newest(Predicate<AuditAnchor> authentic) {
        Optional<AuditAnchor> a = Optional.of(first).filter(AuditAnchor::isPresent).filter(authentic);
        Optional<AuditAnchor> b = Optional.of(second).filter(AuditAnchor::isPresent).filter(authentic);
        if (a.isPresent() && b.isPresent()) {
            return a.get().sequence() >= b.get().sequence() ? a : b;
        }
        return a.isPresent() ? a : b;
    }

    /**
     * @param current the anchor in force (which must not be overwritten)
     * @return the index (0 or 1) of the place to write the next anchor to
     */
    public int placeFor(AuditAnchor current) {
        return first.equals(current) && current.isPresent() ? 1 : 0;
    }

    /**
     * @param index  0 or 1
     * @param anchor the anchor to put there
     * @return these places with that one replaced
     */
    public AnchorSlots with(int index, AuditAnchor anchor) {
        return index == 0 ? new AnchorSlots(anchor, second) : new AnchorSlots(first, anchor);
    }
}
