package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The caseload's filter: a row passes when every word of the search box is in its name or id and it has the chosen
 * client status, or the chosen kind of attention (unsigned or overdue notes, intake due, plan review due).
 */
final class SearchAndStatus implements Predicate<CaseloadRow> {

    static final String ALL_STATUSES = "All statuses";
    static final String WITH_UNSIGNED = "With unsigned notes";
    static final String WITH_OVERDUE = "With overdue notes";
    static final String INTAKE_DUE = "Intake due";
    static final String REVIEW_DUE = "Plan review due";
    /** What the status filter offers, in its order. */
    static final String[] CHOICES = {ALL_STATUSES, "Active", "Waitlist", "Inactive", "Discharged", WITH_UNSIGNED,
        WITH_OVERDUE, INTAKE_DUE, REVIEW_DUE};

    /** The search box's words, split once per filtering rather than once per client. */
    private final String[] words;
    private final String status;
    private final LocalDate today;

    /** The filter for the search box's text and the status filter's choice, on {@code today}. */
    SearchAndStatus(String searchText, String status, LocalDate today) {
        this.words = searchText.toLowerCase(Locale.ROOT).strip().split("\\s+");
        this.status = status;
        this.today = today;
    }

    @Override
    public boolean test(CaseloadRow row) {
        boolean shown = switch (status) {
        case ALL_STATUSES -> true;
        case WITH_UNSIGNED -> row.unsigned() > 0;
        case WITH_OVERDUE -> row.overdue() > 0;
        case INTAKE_DUE -> row.intakeDueBy() != null;
        case REVIEW_DUE -> row.reviewDue(today).isPresent();
        default -> status.equals(row.status());
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
