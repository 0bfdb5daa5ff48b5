package org.casenotes.fhir.tests;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI FHIR's R4 validator (the core profiles of hapi-fhir-validation-resources-r4, common code systems, no
 * terminology server) and its R4 FHIRPath engine, on this test bundle's own class path (see its pom.xml).
 */
final class HapiR4 {

    static final FhirContext CONTEXT = FhirContext.forR4();
    private static final ValidationSupportChain SUPPORT = new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT), new SnapshotGeneratingValidationSupport(CONTEXT));
    private static final FhirValidator VALIDATOR = CONTEXT.newValidator()
            .registerValidatorModule(new FhirInstanceValidator(SUPPORT));
    private static final FHIRPathEngine FHIRPATH = new FHIRPathEngine(new HapiWorkerContext(CONTEXT, SUPPORT));

    private HapiR4() {
    }

    static Questionnaire questionnaire(String json) {
        return CONTEXT.newJsonParser().parseResource(Questionnaire.class, json);
    }

    /** All messages of the validator, of every severity. */
    static List<SingleValidationMessage> validate(String json) {
        return VALIDATOR.validateWithResult(json).getMessages();
    }

    static List<SingleValidationMessage> errors(String json) {
        return validate(json).stream().filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                || message.getSeverity() == ResultSeverityEnum.FATAL).toList();
    }

    /**
     * Validates a resource with the given conformance resources known to the validator (e.g. the Questionnaires a
     * QuestionnaireResponse answers), returning errors only.
     */
    static List<SingleValidationMessage> errorsKnowing(List<? extends Resource> known, Resource resource) {
        PrePopulatedValidationSupport prepopulated = new PrePopulatedValidationSupport(CONTEXT);
        known.forEach(prepopulated::addResource);
        FhirValidator validator = CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(
                new ValidationSupportChain(prepopulated, new DefaultProfileValidationSupport(CONTEXT),
                        new CommonCodeSystemsTerminologyService(CONTEXT),
                        new InMemoryTerminologyServerValidationSupport(CONTEXT),
                        new SnapshotGeneratingValidationSupport(CONTEXT))));
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL).toList();
    }

    /** Evaluates a FHIRPath expression with {@code %resource} bound to the given resource. */
    static List<Base> evaluate(Resource resource, String expression) {
        return FHIRPATH.evaluate(null, resource, resource, resource, expression);
    }
}
