package org.casenotes.export.tests.bench;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.LetterBody;
import org.casenotes.model.form.MergeInput;

/**
 * A letter form of the shape of the standard library's discharge letters (a dozen merge fields, two inputs, five
 * paragraphs), built in code: the export harness runs on a plain class path without the template compiler.
 */
final class LetterBenchmarkForm {

    private LetterBenchmarkForm() {
    }

    static FormDefinition discharge() {
        FormFactory f = FormFactory.eINSTANCE;
        FormDefinition form = f.createFormDefinition();
        form.setId("bench.letters.Discharge");
        form.setTitle("Discharge letter (benchmark)");
        form.setVersion(1);
        form.setKind(FormKind.LETTER);
        LetterBody body = f.createLetterBody();
        body.setText("""
                {date.today}

                Dear {client.firstName} {client.lastName},

                Congratulations on finishing your counseling at {agency.name}. Our last session was on
                {lastSessionDate}. Together we looked back at the goals you set at the start. {achievements}

                Your goals were:
                {plan.goals}

                Your file is now closed. You are welcome to contact us again at any time if you would like more
                support. Call us at {agency.phone}, or write to us at {agency.address}.

                If you are ever in crisis, call or text 988, any time, day or night.

                With best wishes,

                {clinician.name}, {clinician.credentials}
                {agency.name}
                """);
        body.getInputs().add(input("lastSessionDate", "Date of the last session", f.createDateType()));
        body.getInputs().add(input("achievements", "What the client achieved", f.createLongTextType()));
        form.setLetterBody(body);
        return form;
    }

    private static MergeInput input(String id, String label, org.casenotes.model.form.FieldType type) {
        MergeInput input = FormFactory.eINSTANCE.createMergeInput();
        input.setId(id);
        input.setLabel(label);
        input.setType(type);
        return input;
    }
}
