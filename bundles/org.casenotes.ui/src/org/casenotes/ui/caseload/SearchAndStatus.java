package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.casenotes.store.CaseloadDashboard;
import org.casenotes.store.CaseloadDashboard.Concern;

/**
 * The caseload's filter: a row passes when every word of the search box is in its name or id and it has the chosen
 * client status, or the chosen kind of attention (unsigned or overdue notes, intake due, plan review due, or one of
 * the dashboard's concerns: co-signature awaited, returned for revision, measure not repeated, not seen).
 */
final class SearchAndStatus implements Predicate<CaseloadRow> {

    static final String ALL_STATUSES = "All statuses";
    static final String WITH_UNSIGNED = "With unsigned notes";
    static final String WITH_OVERDUE = "With overdue notes";
    static final String INTAKE_DUE = "Intake due";
    static final String REVIEW_DUE = "Plan review due";
    /** What the status filter offers, in its order. */
    static final String[] CHOICES = {ALL_STATUSES, "Active", "Waitlist", "Inactive", "Discharged", WITH_UNSIGNED,
        WITH_OVERDUE, INTAKE_DUE, REVIEW_DUE, Concern.COSIGNATURE_AWAITED.title(),
        Concern.RETURNED_FOR_REVISION.title(), Concern.MEASURE_NOT_REPEATED.title(), Concern.NOT_SEEN.title()};

    /** The search box's words, split once per filtering rather than once per client. */
    private final String[] words;
    private final String status;
    private final CaseloadDashboard dashboard;
    private final LocalDate today;

    /**
     * The filter for the search box's text and the status filter's choice (a client status, a kind of attention or
     * one of the dashboard's concerns, whose clients {@code dashboard} knows), on {@code today}.
     */
    SearchAndStatus(String searchText, String status, CaseloadDashboard dashboard, LocalDate today) {
        this.words = searchText.toLowerCase(Locale.ROOT).strip().split("\\s+");
        this.status = status;
        this.dashboard = dashboard;
        this.today = today;
    }

    private static Optional<Concern> concernTitled(String title) {
        return Arrays.stream(Concern.values()).filter(concern -> concern.title().equals(title)).findFirst();
    }

    @Override
    public boolean test(CaseloadRow row) {
        boolean shown = switch (status) {
        case ALL_STATUSES -> true;
        case WITH_UNSIGNED -> row.unsigned() > 0;
        case WITH_OVERDUE -> row.overdue() > 0;
        case INTAKE_DUE -> row.intakeDueBy() != null;
        case REVIEW_DUE -> row.reviewDue(today).isPresent();
        default -> concernTitled(status).map(concern -> dashboard.concerns(concern, row.id()))
                .orElseGet(() -> status.equals(row.status()));
        };
        if (!shown) {
            return false;
        }
        String haystack = row.searchText();
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
