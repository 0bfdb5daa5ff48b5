package org.casenotes.model.form;

import org.casenotes.model.form.build.FormBuilder;

/** Builds small fictional form definitions for tests, the way the template compiler would. */
final class SampleForms {

    private SampleForms() {
    }

    /** A cut-down SOAP note: session section with times and duration, assessment with a conditional field. */
    static FormDefinition soapNote() {
        return FormBuilder.form("std.SoapNote", FormKind.PROGRESS).title("SOAP progress note").version(3)
                .extending("std.ProgressNoteBase")
                .section("session", "Session", s -> s.time("startTime", "Start time").time("stopTime", "Stop time")
                        .minutes("minutes", null, "startTime", "stopTime"))
                .section("assessment", "Assessment", s -> s
                        .choice("progress", "Progress since treatment began", "improved", "plateau", "setback")
                        .required()
                        .longText("setbackReason", "Why the setback or plateau")
                        .requiredWhen("progress", "plateau", "setback")
                        .group("goalsAddressed", null, g -> g.goal("goal", "Goal", null)
                                .longText("goalProgress", "Progress toward the goal")).rows(1, -1))
                .signature("signature", null).signingWindow(3, WindowUnit.DAYS).build();
    }
}
