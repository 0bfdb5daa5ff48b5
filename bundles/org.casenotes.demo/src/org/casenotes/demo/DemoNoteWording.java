package org.casenotes.demo;

import java.util.List;
import java.util.Map;

/**
 * The wording of the demo's progress notes: observable facts, the client's words in quotation marks, the
 * interventions and the client's response. Sentences vary from session to session so notes are not clones.
 */
final class DemoNoteWording {

    private static final Map<String, String> INTERVENTION_DETAILS = Map.ofEntries(
            Map.entry("behavioralActivation", "Reviewed last week's activity schedule and planned two activities for the coming week."),
            Map.entry("cbt", "Wrote down one upsetting thought, looked at the evidence for and against it and wrote a balanced version."),
            Map.entry("homeworkReview", "Went through the practice log line by line and adjusted the next assignment."),
            Map.entry("relaxation", "Practised slow breathing (4 seconds in, 6 out) and progressive muscle relaxation for 10 minutes."),
            Map.entry("psychoeducation", "Explained how worry and the body's alarm response feed each other, using a drawing."),
            Map.entry("exposure", "Planned the next step on the practice ladder and rehearsed it in imagination first."),
            Map.entry("traumaFocused", "Worked on one memory of the crash with grounding breaks when distress rose above 7 out of 10."),
            Map.entry("mindfulness", "Practised the 5-4-3-2-1 grounding exercise until distress went down."),
            Map.entry("problemSolving", "Listed options for the main problem of the week, weighed them and chose one to try."),
            Map.entry("safetyPlanning", "Reviewed the written safety plan: warning signs, coping steps, people to call and the 988 line."),
            Map.entry("supportive", "Listened and reflected feelings; named the steps taken since the last session."),
            Map.entry("motivational", "Explored what the client wants to change and why, and rated readiness to change from 1 to 10."),
            Map.entry("resourceLinkage", "Gave the contact details of a community program and agreed on when to call."),
            Map.entry("familySystems", "Helped the family take turns speaking and restate what the other person said."));

    private static final List<String> PRESENTATIONS = List.of(
            "arrived on time, casually dressed, made eye contact and spoke at a normal pace",
            "arrived a few minutes early, was dressed for the weather, and sat upright with steady eye contact",
            "was on time and alert; voice was quiet at first and louder as the session went on",
            "joined on time, was tearful when talking about the week and calmer by the end of the session",
            "arrived on time, fidgeted with a water bottle early on and settled after about ten minutes");

    private DemoNoteWording() {
    }

    static String clientReport(String name, String topic, String quote) {
        return name + " talked about " + topic + " and said, \"" + quote + "\"";
    }

    static String presentation(String name, int session) {
        return name + " " + PRESENTATIONS.get(session % PRESENTATIONS.size()) + ".";
    }

    static String topics(String topic, String nextTopic) {
        return "Discussed " + topic + ". Briefly touched on " + nextTopic + ".";
    }

    static String interventionDetails(List<String> interventions) {
        StringBuilder text = new StringBuilder();
        for (String intervention : interventions) {
            text.append(text.isEmpty() ? "" : " ").append(INTERVENTION_DETAILS.get(intervention));
        }
        return text.toString();
    }

    static String response(String name, Progress progress) {
        return name + switch (progress) {
        case IMPROVED -> " took part in every exercise, named one step to practise this week and rated today's "
                + "session as helpful (8 out of 10).";
        case MIXED -> " took part in the exercises, said the breathing part helped more than the writing part, and "
                + "agreed to practise once a day.";
        case PLATEAU -> " went through the exercise, said it helped \"a little\", and agreed to try it at home "
                + "on three days.";
        case SETBACK -> " answered questions briefly at first, joined the exercise in the second half of the "
                + "session and agreed to one small step for the week.";
        };
    }

    static String progressDetails(String name, String measure, Integer total, String band, int baseline,
            String objective) {
        if (total == null) {
            return name + " reported working on the objective: " + lower(objective) + ".";
        }
        return measure + " today " + total + " (" + band + "), " + baseline + " at intake. " + name
                + " reported working on the objective: " + lower(objective) + ".";
    }

    static String impression(String name, Progress progress, String goal) {
        String change = switch (progress) {
        case IMPROVED -> "Symptoms are lower than at intake";
        case MIXED -> "Symptoms are somewhat lower than at intake";
        case PLATEAU -> "Symptoms are about the same as at intake";
        case SETBACK -> "Symptoms are higher than at intake";
        };
        return change + ", in line with what " + name + " reported this week. Continued therapy is needed for the "
                + "plan's goal: " + lower(goal);
    }

    static String conclusion(String topic) {
        return "The session focused on " + topic + " and on practising the skills for the coming week.";
    }

    static String plan(int cadenceDays, String nextTopic) {
        return "Continue " + (cadenceDays == 7 ? "weekly" : "every-other-week") + " sessions; next session will "
                + "review the practice and " + nextTopic + ".";
    }

    static String homework(String intervention) {
        return switch (intervention) {
        case "exposure" -> "Practise the next step on the ladder three times and log distress before and after.";
        case "relaxation", "mindfulness" -> "Practise the breathing or grounding exercise once a day.";
        case "cbt" -> "Fill in the thought record on three days.";
        default -> "Keep the practice log for the week.";
        };
    }

    private static String lower(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
