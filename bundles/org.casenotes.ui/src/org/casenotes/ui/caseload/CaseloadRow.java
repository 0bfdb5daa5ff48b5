package org.casenotes.ui.caseload;

import java.time.LocalDate;

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
 */
record CaseloadRow(String id, String name, String pronouns, String status, LocalDate nextPlanReview, int unsigned,
        int overdue, LocalDate lastService) {

    /** @return what the search box matches its words against: name and id, lower case */
    String searchText() {
        return (name + " " + id).toLowerCase(java.util.Locale.ROOT);
    }

        /** @return the name, followed by the pronouns if known: "Samira Haddad · she/her" */
    String nameAndPronouns() {
        return pronouns.isEmpty() ? name : name + " · " + pronouns;
    }

    /** @return the row of a client in the store's overview */
    static CaseloadRow of(CaseloadEntry entry) {
        return new CaseloadRow(entry.client().id(), entry.client().displayName(), entry.pronouns(),
                Labels.status(ClientStatus.get(entry.client().status())), entry.nextPlanReview(),
                entry.unsignedNotes(), entry.overdueNotes(), entry.client().lastServiceDate());
    }
}
