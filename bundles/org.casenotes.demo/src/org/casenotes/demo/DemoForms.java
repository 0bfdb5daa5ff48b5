package org.casenotes.demo;

import java.util.Map;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.form.build.InstrumentBuilder;

/**
 * Hand-built form definitions for the three progress-note templates the demo writes (SOAP, DAP, BIRP), with the
 * template ids, section ids, field ids and option ids of the standard library ({@code std/progress/*.ntpl},
 * {@code std/common/*.ntpl}), so notes written on them line up with the compiled library. They leave out what the
 * demo does not fill: calculated values, conditions, hints and guidance. Use the compiled library when available.
 */
public final class DemoForms implements FormCatalog {

    /** {@code std.progress.SoapNote}. */
    public static final String SOAP = "std.progress.SoapNote";
    /** {@code std.progress.DapNote}. */
    public static final String DAP = "std.progress.DapNote";
    /** {@code std.progress.BirpNote}. */
    public static final String BIRP = "std.progress.BirpNote";

    private static final String[] PHQ9_ITEMS = {"Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy", "Poor appetite or overeating",
        "Feeling bad about yourself - or that you are a failure or have let yourself or your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed, or being so fidgety or restless",
        "Thoughts that you would be better off dead or of hurting yourself in some way"};
    private static final String[] GAD7_ITEMS = {"Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying", "Worrying too much about different things",
        "Trouble relaxing", "Being so restless that it is hard to sit still", "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen"};

    private static final String[] SCALE = {"notAtAll", "Not at all", "severalDays", "Several days", "moreThanHalf",
        "More than half the days", "nearlyEveryDay", "Nearly every day"};

    private static final String[] INTERVENTIONS = {"cbt",
        "Cognitive behavioral techniques (e.g. identifying and reframing thoughts)", "dbtSkills",
        "DBT skills coaching (distress tolerance, emotion regulation)", "motivational", "Motivational interviewing",
        "psychoeducation", "Education about symptoms and treatment", "mindfulness", "Mindfulness or grounding exercise",
        "relaxation", "Relaxation or breathing skills", "problemSolving", "Problem-solving", "behavioralActivation",
        "Behavioral activation (planning rewarding activities)", "exposure", "Gradual exposure", "traumaFocused",
        "Trauma-focused work", "supportive", "Supportive counseling and validation", "familySystems",
        "Family communication work", "safetyPlanning", "Safety planning", "resourceLinkage",
        "Linking to community resources", "homeworkReview", "Review of practice assignments"};

    private final Map<String, FormDefinition> forms = Map.of(SOAP, soap(), DAP, dap(), BIRP, birp());

    @Override
    public Optional<FormDefinition> form(String templateId) {
        return Optional.ofNullable(forms.get(templateId));
    }

    private static FormDefinition soap() {
        return tail(base(SOAP, "SOAP progress note")
                .section("subjective", "Subjective",
                        s -> presentingProblem(s.longText("clientReport", "What the client reported").required()))
                .section("objective", "Objective", DemoForms::sessionContent)
                .section("assessment", "Assessment",
                        s -> progress(s).longText("clinicalImpression", "Your assessment").required())
                .section("plan", "Plan", DemoForms::planSection));
    }

    private static FormDefinition dap() {
        return tail(base(DAP, "DAP progress note")
                .section("data", "Data", s -> sessionContent(
                        presentingProblem(s.longText("clientReport", "What the client reported").required())))
                .section("assessment", "Assessment",
                        s -> progress(s).longText("clinicalImpression", "Your assessment").required())
                .section("plan", "Plan", DemoForms::planSection));
    }

    private static FormDefinition birp() {
        return tail(base(BIRP, "BIRP progress note")
                .section("behavior", "Behavior", s -> presentingProblem(s
                        .longText("clientReport", "What the client reported").required()
                        .longText("presentation", "How the client presented").required()))
                .section("intervention", "Intervention",
                        s -> interventions(s.longText("topics", "Topics discussed").required()))
                .section("responseToInterventions", "Response", s -> progress(s
                        .longText("response", "How the client responded to the interventions").required()))
                .section("plan", "Plan", DemoForms::planSection));
    }

    /**
     * The members of {@code std.progress.ProgressNoteBase} that come before a note's own sections (which the standard
     * formats insert before the goals addressed).
     */
    private static FormBuilder base(String id, String title) {
        return FormBuilder.form(id, FormKind.PROGRESS).title(title).extending("std.progress.ProgressNoteBase")
                .rulePacks("org.casenotes.core.completeness", "org.casenotes.core.payer", "org.casenotes.core.language",
                        "org.casenotes.core.integrity", "org.casenotes.core.privacy")
                .signingWindow(3, WindowUnit.BUSINESS_DAYS)
                .section("SessionDetails", "Session", s -> s.date("sessionDate", "Date of service").required()
                        .time("startTime", "Start time").required()
                        .time("stopTime", "Stop time").required()
                        .choiceOf("cptCode", "CPT code billed", "psychotherapy30",
                                "90832 - Psychotherapy, 16-37 minutes", "psychotherapy45",
                                "90834 - Psychotherapy, 38-52 minutes", "psychotherapy60",
                                "90837 - Psychotherapy, 53 minutes or more", "familyWithClient",
                                "90847 - Family psychotherapy with the client").required()
                        .longText("extendedSessionReason", "Why the session lasted 53 minutes or more")
                        .choiceOf("modality", "Service type", "individual", "Individual psychotherapy", "family",
                                "Family psychotherapy with the client present").required()
                        .choiceOf("placeOfService", "Place of service", "office", "11 - Office",
                                "telehealthHome", "10 - Telehealth in the client's home").required()
                        .shortText("participants", "Who attended besides the client")
                        .section("telehealth", "Telehealth", t -> t
                                .choiceOf("telehealthMode", "Delivered by", "video", "Live video", "audio",
                                        "Audio only (telephone)")
                                .shortText("audioOnlyReason", "Why audio only")
                                .shortText("clientLocation", "Client's location during the session")
                                .shortText("clinicianLocation", "Your location during the session")
                                .yesNo("telehealthConsent", "The client consented to telehealth")));
    }

    /** The members of {@code std.progress.ProgressNoteBase} that come after a note's own sections. */
    private static FormDefinition tail(FormBuilder form) {
        String[] risk = {"none", "None reported or observed", "low", "Low", "moderate", "Moderate", "high", "High"};
        Instrument phq9 = InstrumentBuilder.instrument("std.instruments.PHQ9", "PHQ-9 depression questionnaire")
                .items("q", PHQ9_ITEMS).scale(SCALE).band("minimal", 0, 4, "Minimal or none").band("mild", 5, 9, "Mild")
                .band("moderate", 10, 14, "Moderate").band("moderatelySevere", 15, 19, "Moderately severe")
                .band("severe", 20, 27, "Severe").build();
        Instrument gad7 = InstrumentBuilder.instrument("std.instruments.GAD7", "GAD-7 anxiety questionnaire")
                .items("q", GAD7_ITEMS).scale(SCALE).band("minimal", 0, 4, "Minimal").band("mild", 5, 9, "Mild")
                .band("moderate", 10, 14, "Moderate").band("severe", 15, 21, "Severe").build();
        return form.section("GoalsAddressed", "Treatment-plan goals addressed", s -> s
                .group("goalsAddressed", "Goal addressed", g -> g
                        .goal("goal", "Goal or objective", PlanElementKind.OBJECTIVE).required()
                        .choiceOf("goalProgress", "Progress toward it", "achieved", "Goal achieved", "improving",
                                "Improving", "noChange", "No change", "regressed", "Worse than before",
                                "notAddressed", "Not worked on this session").required()
                        .longText("goalNotes", "Progress or barriers").required())
                .rows(1, 10))
                .section("RiskAssessment", "Risk assessment", s -> s
                        .choiceOf("measuresGiven", "Measures given today", "phq", "PHQ-9", "gad", "GAD-7",
                                "noMeasure", "None today").required().multiple()
                        .instrument("phq9", phq9.getTitle(), phq9).required().shownWhen("measuresGiven", "phq")
                        .instrument("gad7", gad7.getTitle(), gad7).required().shownWhen("measuresGiven", "gad")
                        .choiceOf("suicideRisk", "Risk of suicide or self-harm", risk).required()
                        .choiceOf("harmToOthers", "Risk of harm to others", risk).required()
                        .longText("riskDetails", "What the client reported and what you observed")
                        .longText("safetyPlan", "Safety plan"))
                .yesNo("underSupervision", "I practise under supervision (pre-licensure)").required()
                .signature("signature", "Clinician signature")
                .attestation("I attest that I provided this service and that this note is accurate.").build();
    }

    private static FormBuilder presentingProblem(FormBuilder container) {
        return container.section("PresentingProblem", "Presenting problem", s -> s
                .longText("presentingProblem", "Presenting problem").required()
                .shortText("problemDuration", "How long the client has had it").required()
                .longText("background", "Relevant background"));
    }

    private static FormBuilder sessionContent(FormBuilder container) {
        return container.section("SessionContent", "What happened in the session", s -> interventions(s
                .longText("presentation", "How the client presented").required()
                .longText("topics", "Topics discussed").required())
                .longText("response", "How the client responded to the interventions").required());
    }

    private static FormBuilder interventions(FormBuilder container) {
        return container.choiceOf("interventions", "Interventions used", INTERVENTIONS).required().multiple()
                .longText("interventionDetails", "How you used them").required();
    }

    private static FormBuilder progress(FormBuilder container) {
        return container.section("ProgressSinceTreatmentBegan", "Progress since treatment began", s -> s
                .choiceOf("progress", "Progress since treatment began", "improved", "Improved", "mixed",
                        "Improved in some areas, not others", "plateau", "Plateau (no change)", "setback", "Setback")
                .required()
                .longText("progressDetails", "What changed").required()
                .longText("setbackReason", "Why the setback or plateau"));
    }

    private static FormBuilder planSection(FormBuilder container) {
        return container.section("PlanForFutureSessions", "Conclusion and plan", s -> s
                .longText("conclusion", "Summary of the session").required()
                .longText("futurePlan", "Plan for future sessions").required()
                .longText("homework", "Practice between sessions")
                .date("nextSession", "Next session"));
    }
}
