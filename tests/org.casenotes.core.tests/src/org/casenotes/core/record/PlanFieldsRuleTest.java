package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.completeness.internal.PlanFieldsRule;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;
import org.junit.jupiter.api.Test;

/** The clinician is told, before signing, when a plan or review note will not change the treatment plan. */
class PlanFieldsRuleTest {

    private final PlanFixture fx = new PlanFixture();
    private final PlanFieldsRule rule = new PlanFieldsRule();

    @Test
    void aPlanOnATemplateWithoutTheStandardFieldsIsReportedWithWhatItLacks() {
        FormDefinition bare = PlanFixture.form("agency.test.BarePlan");

        assertEquals(List.of("WARNING Signing this note will not make a treatment plan version: the template lacks "
                + "problemList (a repeatable group, one row per problem), problemList.problem (the problem, as text), "
                + "problemList.goal (the goal for the problem, as text). Ask the template designer to extend the "
                + "standard plan template or use its field ids."), findings(fx.draft(bare, PlanFixture.PLAN_DAY), bare));
    }

    @Test
    void standardAndExtendedPlansAreNotReported() {
        FormDefinition standard = PlanFixture.treatmentPlan();
        FormDefinition extended = PlanFixture.form("agency.test.ExtendedPlan");

        assertEquals(List.of(), findings(fx.planNote(standard), standard));
        assertEquals(List.of(), findings(fx.planNote(extended), extended));
    }

    @Test
    void aReviewOfAClientWithoutAPlanIsReportedAndOneWithAPlanIsNot() {
        FormDefinition review = PlanFixture.planReview();
        Note note = fx.draft(review, PlanFixture.PLAN_DAY);

        assertEquals(List.of("WARNING The client has no treatment plan to review: signing this review will not "
                + "change the client's plan. Sign a treatment plan first."), findings(note, review));

        FormDefinition plan = PlanFixture.treatmentPlan();
        Note planNote = fx.planNote(plan);
        fx.problem(planNote, plan, "Worry most days keeps the client awake.", "Sleep through the night.",
                "Client will sleep 6 hours on 5 of 7 nights.", PlanFixture.PLAN_DAY.plusDays(90), "cbt");
        fx.signAndApply(planNote, plan);
        assertEquals(List.of(), findings(note, review));
    }

    @Test
    void otherNotesAreNotChecked() {
        FormDefinition soap = PlanFixture.form("std.progress.SoapNote");

        assertEquals(List.of(), findings(fx.draft(soap, PlanFixture.PLAN_DAY), soap));
    }

    private List<String> findings(Note note, FormDefinition form) {
        return rule.evaluate(new NoteTextContext(note, form, RuleSettings.DEFAULTS, fx.client)).stream()
                .map(PlanFieldsRuleTest::describe).toList();
    }

    private static String describe(Finding finding) {
        return finding.severity() + " " + finding.message();
    }
}
