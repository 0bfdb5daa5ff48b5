package org.casenotes.fhir.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.fhir.ImportProblem;
import org.casenotes.fhir.KnownDefinitions;
import org.casenotes.fhir.TemplateImport;
import org.hl7.fhir.r4.model.Questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;

/** A FHIR R4 Questionnaire's JSON to a template: checks, then reads, then writes the text. */
public final class QuestionnaireTemplates {

    private final FhirContext context;
    private final KnownDefinitions known;

    public QuestionnaireTemplates(FhirContext context, KnownDefinitions known) {
        this.context = context;
        this.known = known;
    }

    /**
     * @param json   the file's text
     * @param source the file's name, for the header comment
     * @param pkg    the template's package
     */
    public TemplateImport read(String json, String source, String pkg) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null ? "the file" : "line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return failed(new ImportProblem(location, "malformed JSON: " + e.getOriginalMessage()));
        }
        if (root == null) {
            return failed(new ImportProblem("the file", "it is empty"));
        }
        List<ImportProblem> problems = new ArrayList<>(new QuestionnaireChecks().check(root));
        if (!problems.isEmpty()) {
            return new TemplateImport(Optional.empty(), List.of(), problems);
        }
        Questionnaire questionnaire;
        try {
            questionnaire = context.newJsonParser().setParserErrorHandler(new Collecting(problems))
                    .parseResource(Questionnaire.class, json);
        } catch (DataFormatException e) {
            problems.add(new ImportProblem("the file", "not a FHIR R4 Questionnaire: " + e.getMessage()));
            return new TemplateImport(Optional.empty(), List.of(), problems);
        }
        if (!problems.isEmpty()) {
            return new TemplateImport(Optional.empty(), List.of(), problems);
        }
        QuestionnaireReader reader = new QuestionnaireReader(known);
        Draft.Template template = reader.read(questionnaire);
        List<String> unmapped = reader.unmapped();
        return new TemplateImport(Optional.of(TemplateText.of(source, unmapped, pkg, List.of(template))), unmapped,
                List.of());
    }

    private static TemplateImport failed(ImportProblem problem) {
        return new TemplateImport(Optional.empty(), List.of(), List.of(problem));
    }

    /** HAPI's parser's complaints, each a problem: elements R4 does not have, values it does not allow. */
    private record Collecting(List<ImportProblem> problems) implements IParserErrorHandler {

        private static String where(IParseLocation location) {
            return location == null || location.getParentElementName() == null ? "the Questionnaire"
                    : "in " + location.getParentElementName();
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            problems.add(new ImportProblem(where(location), "'" + name + "' is not an element of a FHIR R4"
                    + " Questionnaire (is it from another FHIR version?)"));
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            unknownElement(location, name);
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            // references to contained resources that are missing do not matter for a template
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String elementName, ValueType expected,
                ScalarType expectedScalar, ValueType found, ScalarType foundScalar) {
            problems.add(new ImportProblem(where(location), "'" + elementName + "' should be " + expected
                    + (expectedScalar == null ? "" : " (" + expectedScalar + ")") + " but is " + found));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            problems.add(new ImportProblem(where(location), "the value '" + value + "' is not allowed: " + error));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String element) {
            problems.add(new ImportProblem(where(location), "'" + element + "' is required"));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            problems.add(new ImportProblem(where(location), "'" + elementName + "' is repeated but R4 allows it once"));
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            // a contained resource that is missing does not matter for a template
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            problems.add(new ImportProblem(where(location), "an extension has both a value and nested extensions"));
        }
    }
}
