package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.casenotes.core.record.IntakeDue;
import org.casenotes.core.record.PlanReviewDue;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.store.CaseloadEntry;

/**
 * One line of the caseload: a client with what needs attention, as the store's overview reads it from its index.
 *
 * @param id             client id
 * @param name           display name
 * @param pronouns       pronouns, or empty
 * @param status         status, e.g. "Active"
 * @param nextPlanReview when the active treatment plan is due for review, or null
 * @param unsigned       notes not signed yet
 * @param overdue        of those, notes whose late-entry window has closed
 * @param lastService    latest date of service, or null
 * @param intakeDueBy    while the open episode's intake is not signed, the last day it is on time; else null
 * @param intakeOverdue  whether that day has passed
 * @param searchText     what the search box matches its words against: name and id, lower case (made once per row,
 *                       not once per keystroke)
 */
record CaseloadRow(String id, String name, String pronouns, String status, LocalDate nextPlanReview, int unsigned,
        int overdue, LocalDate lastService, LocalDate intakeDueBy, boolean intakeOverdue, String searchText) {

    /** @return the name, followed by the pronouns if known: "Samira Haddad · she/her" */
    String nameAndPronouns() {
        return pronouns.isEmpty() ? name : name + " · " + pronouns;
    }

    /**
     * @return the status, or while an admitted client's intake is not signed "Intake due" (or "Intake late" after
     *         its day): what needs doing next, in the width of a status
     */
    String statusAndIntake() {
        if (intakeDueBy == null) {
            return status;
        }
        return intakeOverdue ? "Intake late" : "Intake due";
    }

    /** @return the plan review if it is overdue or due within two weeks of {@code today} */
    Optional<PlanReviewDue> reviewDue(LocalDate today) {
        return PlanReviewDue.of(nextPlanReview, today);
    }

    /**
     * @return the next review as the Review column shows it: its date ("10 Jan 27"), or once due within two weeks
     *         how soon ("in 5 days", "today"), or "overdue"
     */
    String review(LocalDate today) {
        return reviewDue(today).map(due -> due.overdue() ? "overdue"
                : due.daysLeft() == 0 ? "today"
                : "in " + due.daysLeft() + (due.daysLeft() == 1 ? " day" : " days"))
                .orElse(Labels.shortDay(nextPlanReview));
    }

    /** @return the row of a client in the store's overview, with the intake due as of today */
    static CaseloadRow of(CaseloadEntry entry) {
        LocalDate dueBy = entry.awaitingIntake().map(IntakeDue::deadline).orElse(null);
        return new CaseloadRow(entry.client().id(), entry.client().displayName(), entry.pronouns(),
                Labels.status(ClientStatus.get(entry.client().status())), entry.nextPlanReview(),
                entry.unsignedNotes(), entry.overdueNotes(), entry.client().lastServiceDate(), dueBy,
                dueBy != null && LocalDate.now().isAfter(dueBy),
                (entry.client().displayName() + " " + entry.client().id()).toLowerCase(Locale.ROOT));
    }
}
