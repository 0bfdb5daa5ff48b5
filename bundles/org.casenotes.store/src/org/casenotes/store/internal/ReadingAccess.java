package org.casenotes.store.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.casenotes.store.RecordKind;

/**
 * What a session opened for reading has read, for the one audit entry that records the whole access when it ends,
 * and whether anything went wrong (then nothing is recorded, so a damaged or tampered caseload is left exactly as it
 * was found).
 */
final class ReadingAccess {

    private final Map<RecordKind, Integer> opened = new EnumMap<>(RecordKind.class);
    private boolean verified;
    private boolean troubled;

    synchronized void opened(RecordKind kind) {
        opened.merge(kind, 1, Integer::sum);
    }

    synchronized void verified() {
        verified = true;
    }

    /** A read failed, or verification found the caseload altered: from now on nothing is written to it. */
    synchronized void troubled() {
        troubled = true;
    }

    synchronized boolean isTroubled() {
        return troubled;
    }

    /** @return the audit entry's detail, e.g. "read only: 12 clients, 3 notes opened; audit trail verified" */
    synchronized String detail() {
        String counts = opened.isEmpty() ? "no records opened"
                : opened.entrySet().stream().map(e -> e.getValue() + " " + noun(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")) + " opened";
        return "read only: " + counts + (verified ? "; audit trail verified" : "");
    }

    private static String noun(RecordKind kind, int count) {
        String singular = switch (kind) {
        case CLIENT -> "client";
        case NOTE -> "note";
        case PSYCHOTHERAPY_NOTE -> "psychotherapy note";
        case CASELOAD -> "caseload";
        };
        return count == 1 ? singular : singular + "s";
    }
}
