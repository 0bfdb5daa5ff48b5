package org.casenotes.demo;

import java.util.Map;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.SigningWindow;
import org.casenotes.model.form.WindowUnit;

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

    private static final FormFactory FORM = FormFactory.eINSTANCE;

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
        FormDefinition form = base(SOAP, "SOAP progress note");
        FormBuilder root = new FormBuilder(form);
        FormBuilder subjective = root.section("subjective", "Subjective")
                .longText("clientReport", "What the client reported", true);
        presentingProblem(subjective);
        sessionContent(root.section("objective", "Objective"));
        FormBuilder assessment = root.section("assessment", "Assessment");
        progress(assessment);
        assessment.longText("clinicalImpression", "Your assessment", true);
        planSection(root.section("plan", "Plan"));
        return tail(form);
    }

    private static FormDefinition dap() {
        FormDefinition form = base(DAP, "DAP progress note");
        FormBuilder root = new FormBuilder(form);
        FormBuilder data = root.section("data", "Data").longText("clientReport", "What the client reported", true);
        presentingProblem(data);
        sessionContent(data);
        FormBuilder assessment = root.section("assessment", "Assessment");
        progress(assessment);
        assessment.longText("clinicalImpression", "Your assessment", true);
        planSection(root.section("plan", "Plan"));
        return tail(form);
    }

    private static FormDefinition birp() {
        FormDefinition form = base(BIRP, "BIRP progress note");
        FormBuilder root = new FormBuilder(form);
        presentingProblem(root.section("behavior", "Behavior")
                .longText("clientReport", "What the client reported", true)
                .longText("presentation", "How the client presented", true));
        interventions(root.section("intervention", "Intervention").longText("topics", "Topics discussed", true));
        progress(root.section("responseToInterventions", "Response")
                .longText("response", "How the client responded to the interventions", true));
        planSection(root.section("plan", "Plan"));
        return tail(form);
    }

    /**
     * The members of {@code std.progress.ProgressNoteBase} that come before a note's own sections (which the standard
     * formats insert before the goals addressed).
     */
    private static FormDefinition base(String id, String title) {
        FormDefinition form = FORM.createFormDefinition();
        form.setId(id);
        form.setTitle(title);
        form.setVersion(1);
        form.setKind(FormKind.PROGRESS);
        form.getBaseChain().add("std.progress.ProgressNoteBase");
        RuleConfiguration rules = FORM.createRuleConfiguration();
        rules.getRulePacks().addAll(java.util.List.of("org.casenotes.core.completeness", "org.casenotes.core.payer",
                "org.casenotes.core.language", "org.casenotes.core.integrity", "org.casenotes.core.privacy"));
        SigningWindow window = FORM.createSigningWindow();
        window.setAmount(3);
        window.setUnit(WindowUnit.BUSINESS_DAYS);
        rules.setSigningWindow(window);
        form.setRuleConfiguration(rules);
        Instrument phq9 = FormBuilder.instrument("std.instruments.PHQ9", "PHQ-9 depression questionnaire",
                PHQ9_ITEMS, "minimal", "0", "4", "Minimal or none", "mild", "5", "9", "Mild", "moderate", "10", "14",
                "Moderate", "moderatelySevere", "15", "19", "Moderately severe", "severe", "20", "27", "Severe");
        Instrument gad7 = FormBuilder.instrument("std.instruments.GAD7", "GAD-7 anxiety questionnaire", GAD7_ITEMS,
                "minimal", "0", "4", "Minimal", "mild", "5", "9", "Mild", "moderate", "10", "14", "Moderate",
                "severe", "15", "21", "Severe");
        form.getInstruments().add(phq9);
        form.getInstruments().add(gad7);

        new FormBuilder(form).section("SessionDetails", "Session")
                .date("sessionDate", "Date of service", true)
                .time("startTime", "Start time", true)
                .time("stopTime", "Stop time", true)
                .choice("cptCode", "CPT code billed", true, false, "psychotherapy30",
                        "90832 - Psychotherapy, 16-37 minutes", "psychotherapy45",
                        "90834 - Psychotherapy, 38-52 minutes", "psychotherapy60",
                        "90837 - Psychotherapy, 53 minutes or more", "familyWithClient",
                        "90847 - Family psychotherapy with the client")
                .longText("extendedSessionReason", "Why the session lasted 53 minutes or more", false)
                .choice("modality", "Service type", true, false, "individual", "Individual psychotherapy", "family",
                        "Family psychotherapy with the client present")
                .choice("placeOfService", "Place of service", true, false, "office", "11 - Office",
                        "telehealthHome", "10 - Telehealth in the client's home")
                .text("participants", "Who attended besides the client", false)
                .section("telehealth", "Telehealth")
                .choice("telehealthMode", "Delivered by", false, false, "video", "Live video", "audio",
                        "Audio only (telephone)")
                .text("audioOnlyReason", "Why audio only", false)
                .text("clientLocation", "Client's location during the session", false)
                .text("clinicianLocation", "Your location during the session", false)
                .yesNo("telehealthConsent", "The client consented to telehealth", false);
        return form;
    }

    /** The members of {@code std.progress.ProgressNoteBase} that come after a note's own sections. */
    private static FormDefinition tail(FormDefinition form) {
        FormBuilder root = new FormBuilder(form);
        root.section("GoalsAddressed", "Treatment-plan goals addressed")
                .group("goalsAddressed", "Goal addressed", 1, 10)
                .objective("goal", "Goal or objective")
                .choice("goalProgress", "Progress toward it", true, false, "achieved", "Goal achieved", "improving",
                        "Improving", "noChange", "No change", "regressed", "Worse than before", "notAddressed",
                        "Not worked on this session")
                .longText("goalNotes", "Progress or barriers", true);
        String[] risk = {"none", "None reported or observed", "low", "Low", "moderate", "Moderate", "high", "High"};
        root.section("RiskAssessment", "Risk assessment")
                .choice("measuresGiven", "Measures given today", true, true, "phq", "PHQ-9", "gad", "GAD-7",
                        "noMeasure", "None today")
                .instrumentWhenChosen("phq9", form.getInstruments().get(0), "measuresGiven", "phq")
                .instrumentWhenChosen("gad7", form.getInstruments().get(1), "measuresGiven", "gad")
                .choice("suicideRisk", "Risk of suicide or self-harm", true, false, risk)
                .choice("harmToOthers", "Risk of harm to others", true, false, risk)
                .longText("riskDetails", "What the client reported and what you observed", false)
                .longText("safetyPlan", "Safety plan", false);
        root.yesNo("underSupervision", "I practise under supervision (pre-licensure)", true);
        return signed(form);
    }

    private static void presentingProblem(FormBuilder container) {
        container.section("PresentingProblem", "Presenting problem")
                .longText("presentingProblem", "Presenting problem", true)
                .text("problemDuration", "How long the client has had it", true)
                .longText("background", "Relevant background", false);
    }

    private static void sessionContent(FormBuilder container) {
        interventions(container.section("SessionContent", "What happened in the session")
                .longText("presentation", "How the client presented", true)
                .longText("topics", "Topics discussed", true))
                .longText("response", "How the client responded to the interventions", true);
    }

    private static FormBuilder interventions(FormBuilder container) {
        return container.choice("interventions", "Interventions used", true, true, INTERVENTIONS)
                .longText("interventionDetails", "How you used them", true);
    }

    private static void progress(FormBuilder container) {
        container.section("ProgressSinceTreatmentBegan", "Progress since treatment began")
                .choice("progress", "Progress since treatment began", true, false, "improved", "Improved", "mixed",
                        "Improved in some areas, not others", "plateau", "Plateau (no change)", "setback", "Setback")
                .longText("progressDetails", "What changed", true)
                .longText("setbackReason", "Why the setback or plateau", false);
    }

    private static void planSection(FormBuilder container) {
        container.section("PlanForFutureSessions", "Conclusion and plan")
                .longText("conclusion", "Summary of the session", true)
                .longText("futurePlan", "Plan for future sessions", true)
                .longText("homework", "Practice between sessions", false)
                .date("nextSession", "Next session", false);
    }

    private static FormDefinition signed(FormDefinition form) {
        SignatureBlock signature = FORM.createSignatureBlock();
        signature.setId("signature");
        signature.setLabel("Clinician signature");
        signature.setCredentialsRequired(true);
        signature.setAttestation("I attest that I provided this service and that this note is accurate.");
        form.getElements().add(signature);
        return form;
    }
}
