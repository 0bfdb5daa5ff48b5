package org.casenotes.fhir;

import java.util.List;

import org.casenotes.fhir.internal.QuestionnaireBuilder;
import org.casenotes.model.form.FormDefinition;
import org.hl7.fhir.r4.model.Questionnaire;

import ca.uhn.fhir.context.FhirContext;

/**
 * A compiled template as a FHIR R4 Questionnaire (JSON), with Structured Data Capture extensions for what core FHIR
 * lacks: calculated totals and bands ({@code calculatedExpression}), conditions an {@code enableWhen} cannot say
 * ({@code enableWhenExpression}), answer scores ({@code itemWeight}). The template's version is the Questionnaire's
 * {@code version}. What the Questionnaire cannot express (signature blocks, lengths in words) is listed by
 * {@link #unmapped()} rather than dropped silently.
 *
 * <pre>
 * QuestionnaireExport export = QuestionnaireExport.of(library.form("std.progress.SoapNote").orElseThrow());
 * Files.writeString(out, export.json());
 * export.unmapped().forEach(System.err::println);
 * </pre>
 */
public final class QuestionnaireExport {

    private final FormDefinition form;
    private final String json;
    private final List<String> unmapped;

    private QuestionnaireExport(FormDefinition form, String json, List<String> unmapped) {
        this.form = form;
        this.json = json;
        this.unmapped = unmapped;
    }

    /** Converts one compiled form; safe to call from several threads. */
    public static QuestionnaireExport of(FormDefinition form) {
        QuestionnaireBuilder builder = new QuestionnaireBuilder(form);
        Questionnaire questionnaire = builder.build();
        String json = R4.CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(questionnaire);
        return new QuestionnaireExport(form, json, builder.unmapped());
    }

    public FormDefinition form() {
        return form;
    }

    /** The Questionnaire as FHIR JSON, pretty-printed. */
    public String json() {
        return json;
    }

    /** One sentence for each part of the template the Questionnaire does not express. */
    public List<String> unmapped() {
        return unmapped;
    }

    static FhirContext context() {
        return R4.CONTEXT;
    }

    /** HAPI's R4 context is expensive to make (it scans the model classes) and thread-safe once made. */
    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }
}
