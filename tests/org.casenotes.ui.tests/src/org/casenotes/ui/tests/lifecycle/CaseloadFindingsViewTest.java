package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.casenotes.core.rules.Severity;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.findings.CaseloadFinding;
import org.casenotes.ui.findings.CaseloadFindingsView;
import org.casenotes.ui.findings.FindingsFilter;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

/**
 * The caseload findings view lists the demo caseload's deliberate problems, found in a background job, and its
 * filters narrow the list by rule, client and severity; a locked caseload is reported, not shown as "no findings".
 */
class CaseloadFindingsViewTest {

    @Test
    void listsTheDemoCaseloadsDeliberateProblemsAndFiltersThem() throws Exception {
        Workbench.caseload();
        CaseloadFindingsView view = (CaseloadFindingsView) Workbench.page().showView(CaseloadFindingsView.ID);
        view.recheck();
        Workbench.spinUntil(view::isChecked, 180_000, "the caseload check to finish");
        List<CaseloadFinding> all = view.shownFindings();

        assertTrue(all.stream().anyMatch(found -> found.clientId().equals("C-1010")
                && found.finding().ruleId().equals("language.judgmental")), "Rosa's draft: 'complains of', 'claims'");
        assertTrue(all.stream().anyMatch(found -> found.clientId().equals("C-1003")
                && found.finding().message().toLowerCase(Locale.ROOT).contains("setback")),
                "Samira's draft records a plateau without its reason");
        Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.screenshot("lifecycle-3-caseload-findings.png");
        Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        view.filter(new FindingsFilter("language.judgmental", null, null));
        assertFalse(view.shownFindings().isEmpty());
        assertTrue(view.shownFindings().stream().allMatch(found -> found.finding().ruleId().equals("language.judgmental")));

        view.filter(new FindingsFilter(null, "C-1003", null));
        assertFalse(view.shownFindings().isEmpty());
        assertTrue(view.shownFindings().stream().allMatch(found -> found.clientId().equals("C-1003")));

        view.filter(new FindingsFilter(null, null, Severity.ERROR));
        assertTrue(view.shownFindings().stream().allMatch(found -> found.finding().severity() == Severity.ERROR));
        assertTrue(view.shownFindings().size() < all.size(), "warnings are filtered out");
        assertTrue(view.summaryText().matches("\\d+ of " + all.size() + " findings in \\d+ unsigned or recent notes.*"),
                view.summaryText());
        view.filter(FindingsFilter.ALL);
    }

    @Test
    void aLockedCaseloadIsReportedInsteadOfFindings() throws Exception {
        CaseloadStore store = Workbench.caseload();
        CaseloadFindingsView view = (CaseloadFindingsView) Workbench.page().showView(CaseloadFindingsView.ID);
        store.lock();
        try {
            view.recheck();
            Workbench.spinUntil(() -> view.summaryText().startsWith("The caseload could not be checked"), 60_000,
                    "the view to report the locked caseload");
            assertTrue(view.summaryText().endsWith("Unlock the caseload and press Recheck."), view.summaryText());
            assertTrue(view.shownFindings().isEmpty(), "no stale findings beside the message");
        } finally {
            store.unlock(DemoCaseload.PASSPHRASE.toCharArray());
        }
    }
}
