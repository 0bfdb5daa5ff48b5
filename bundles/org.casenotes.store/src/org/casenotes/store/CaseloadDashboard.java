package org.casenotes.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The caseload as a day's work: how many of each {@link Concern} there are and which clients are behind each count,
 * read from a {@link CaseloadOverview} (indexed columns only; no record is loaded, so nothing is audited as opened).
 * Notes in review are counted as notes; the other concerns are counted as clients.
 */
public final class CaseloadDashboard {

    /** Days without a session, or without a repeated measure, after which a client needs attention. */
    public static final int NOT_SEEN_DAYS = 30;

    /** What needs attention, in the order the dashboard shows it. */
    public enum Concern {
        /** An active plan's review is due within the review window, or overdue. */
        PLAN_REVIEW_DUE("Plan reviews due", "plan review due", "plan reviews due"),
        /** Notes submitted for co-signature and not co-signed or returned yet. */
        COSIGNATURE_AWAITED("Co-signatures awaited", "co-signature awaited", "co-signatures awaited"),
        /** Notes the supervisor returned for revision. */
        RETURNED_FOR_REVISION("Returned for revision", "note returned for revision", "notes returned for revision"),
        /** Active clients on a measure whose latest result is older than {@value CaseloadDashboard#NOT_SEEN_DAYS}
         * days. */
        MEASURE_NOT_REPEATED("Measures not repeated in 30 days", "measure not repeated in 30 days",
                "measures not repeated in 30 days"),
        /** Active clients whose latest date of service is older than {@value CaseloadDashboard#NOT_SEEN_DAYS} days,
         * or who have none. */
        NOT_SEEN("Not seen in 30 days", "client not seen in 30 days", "clients not seen in 30 days");

        private final String title;
        private final String one;
        private final String many;

        Concern(String title, String one, String many) {
            this.title = title;
            this.one = one;
            this.many = many;
        }

        /** @return the concern as a filter's name: "Co-signatures awaited" */
        public String title() {
            return title;
        }

        /** @return a count of it as a sentence part: "1 co-signature awaited", "3 co-signatures awaited" */
        public String counted(int count) {
            return count + " " + (count == 1 ? one : many);
        }
    }

    private final Map<Concern, Integer> counts = new EnumMap<>(Concern.class);
    private final Map<Concern, Set<String>> clients = new EnumMap<>(Concern.class);

    private CaseloadDashboard() {
        for (Concern concern : Concern.values()) {
            counts.put(concern, 0);
            clients.put(concern, new LinkedHashSet<>());
        }
    }

    /**
     * @param entries           the caseload's entries, as {@link CaseloadOverview#entries()} lists them
     * @param today             the day the dashboard is for
     * @param reviewWindowDays  a plan review due within this many days is counted (the core's
     *                          {@code PlanReviewDue.WINDOW_DAYS})
     * @return the dashboard
     */
    public static CaseloadDashboard of(List<CaseloadEntry> entries, LocalDate today, int reviewWindowDays) {
        Objects.requireNonNull(today, "today");
        CaseloadDashboard dashboard = new CaseloadDashboard();
        for (CaseloadEntry entry : entries) {
            for (Concern concern : Concern.values()) {
                int count = count(entry, concern, today, reviewWindowDays);
                if (count > 0) {
                    dashboard.counts.merge(concern, count, Integer::sum);
                    dashboard.clients.get(concern).add(entry.client().id());
                }
            }
        }
        return dashboard;
    }

    /**
     * @return how much of {@code concern} one client has: its notes in review for those concerns, else 1 when the
     *         client is behind the concern and 0 when not
     */
    public static int count(CaseloadEntry entry, Concern concern, LocalDate today, int reviewWindowDays) {
        boolean active = "ACTIVE".equals(entry.client().status());
        LocalDate stale = today.minusDays(NOT_SEEN_DAYS);
        return switch (concern) {
        case PLAN_REVIEW_DUE -> entry.nextReview().filter(day -> !day.isAfter(today.plusDays(reviewWindowDays)))
                .isPresent() ? 1 : 0;
        case COSIGNATURE_AWAITED -> entry.inReview().awaitingCosignature();
        case RETURNED_FOR_REVISION -> entry.inReview().returnedForRevision();
        case MEASURE_NOT_REPEATED -> active && entry.lastMeasure().filter(day -> day.isBefore(stale)).isPresent()
                ? 1 : 0;
        case NOT_SEEN -> active && entry.client().lastService().map(day -> day.isBefore(stale)).orElse(true) ? 1 : 0;
        };
    }

    /** @return the count shown for the concern (notes in review, else clients) */
    public int count(Concern concern) {
        return counts.get(concern);
    }

    /** @return the ids of the clients behind the count, in the caseload's order */
    public Set<String> clients(Concern concern) {
        return Set.copyOf(clients.get(concern));
    }

    /** @return whether the client is behind the concern's count */
    public boolean concerns(Concern concern, String clientId) {
        return clients.get(concern).contains(clientId);
    }
}
