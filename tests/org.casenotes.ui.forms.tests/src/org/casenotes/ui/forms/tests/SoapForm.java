package org.casenotes.ui.forms.tests;

import java.util.List;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.form.build.InstrumentBuilder;
import org.casenotes.ui.forms.PlanElement;
import org.casenotes.ui.forms.PlanElementSource;

/**
 * A small fictional SOAP-like form definition with every field type, built the way the template compiler would:
 * session times with minutes and a CPT suggestion, a narrative, progress with a conditional reason, a three-item
 * screening instrument with a band, goals addressed as a repeatable group, and a signature block.
 */
final class SoapForm {

    static final String ID = "test.SoapNote";

    /** Two goals of a fictional client's plan. */
    static final PlanElementSource PLAN = (note, kind) -> kind == PlanElementKind.GOAL
            ? List.of(new PlanElement("g-sleep", "Sleep through the night 5 of 7 nights"),
                    new PlanElement("g-work", "Return to part-time work"))
            : List.of();

    private SoapForm() {
    }

    static FormDefinition create() {
        Instrument mood = InstrumentBuilder.instrument("mood3", "Mood screen (3 items)")
                .instructions("Over the last two weeks, how often has the client been bothered by:")
                .items("item", "Little interest or pleasure", "Feeling down", "Thoughts of self-harm")
                .critical("item3", 1, "Needs a risk assessment and a safety plan today.")
                .scale("s0", "Not at all", "s1", "Several days", "s2", "More than half the days", "s3",
                        "Nearly every day")
                .band("minimal", 0, 2, "Minimal").band("moderate", 3, 5, "Moderate").band("severe", 6, null, "Severe")
                .build();
        return FormBuilder.form(ID, FormKind.PROGRESS).title("SOAP progress note")
                .section("session", "Session", s -> s.time("startTime", "Start time").time("stopTime", "Stop time")
                        .minutes("minutes", "Minutes", "startTime", "stopTime")
                        .cptSuggestion("cpt", "Suggested CPT code", "minutes")
                        .date("sessionDate", "Date of service").dateTime("followUp", "Next appointment")
                        .duration("travel", "Travel time").yesNo("telehealth", "Telehealth session")
                        .number("distress", "Distress rating", null, "of 10", 0, 10))
                .guidance("Record the actual start and stop times of contact.")
                .section("subjective", "Subjective", s -> s.longText("narrative", "Narrative")
                        .hint("Observed behaviour and what the client said; avoid labels.").required())
                .guidance("What the client reported, in their words where it matters. Describe, do not judge.")
                .section("assessment", "Assessment", s -> s
                        .choice("progress", "Progress since treatment began", "improved", "plateau", "setback")
                        .required().longText("setbackReason", "Why the setback or plateau")
                        .shownWhen("progress", "plateau", "setback").requiredWhen("progress", "setback")
                        .choice("interventions", "Interventions used", "cbt", "mi", "psychoeducation").multiple()
                        .instrument("screen", "Mood screen", mood)
                        .bandOfTotal("screenBand", "Mood screen band", "screen")
                        .group("goals", "Goals addressed", g -> g.goal("goal", "Goal", PlanElementKind.GOAL)
                                .shortText("goalProgress", "Progress toward the goal"))
                        .hint("One row per treatment-plan goal worked on today."))
                .guidance("Compare with the start of treatment: improvements, setbacks or plateaus.")
                .signature("signature", null).attestation("I attest that this note describes the services I provided.")
                .build();
    }

    static boolean isNarrative(Field field) {
        return field.getType() instanceof LongTextType && field.getId().equals("narrative");
    }
}
