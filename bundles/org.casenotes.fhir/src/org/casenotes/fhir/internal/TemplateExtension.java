package org.casenotes.fhir.internal;

import java.util.Optional;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * What a Questionnaire made from a template carries for the way back to a template: the parts FHIR has no element
 * for (a condition or calculation in the template language's words, lengths in words, "client words", the option set
 * or instrument a part comes from, the template's kind), in one complex extension per item. Other tools ignore it;
 * the Questionnaire importer reads it before falling back on {@code enableWhen} and the other FHIR elements.
 */
public final class TemplateExtension {

    /** The complex extension on an item, and on the Questionnaire for the template's kind. */
    public static final String URL = Extensions.CASENOTES + "StructureDefinition/template";

    public static final String SHOWN_WHEN = "shownWhen";
    public static final String REQUIRED_WHEN = "requiredWhen";
    public static final String CALCULATION = "calculation";
    public static final String MIN_WORDS = "minWords";
    public static final String MAX_WORDS = "maxWords";
    public static final String CLIENT_WORDS = "clientWords";
    public static final String PATTERN_MESSAGE = "patternMessage";
    public static final String OPTION_SET = "optionSet";
    public static final String INSTRUMENT = "instrument";
    public static final String GOAL_TARGET = "goalTarget";
    public static final String KIND = "kind";
    public static final String LETTER_BODY = "letterBody";
    public static final String SIGNATURE = "signature";
    public static final String CREDENTIALS_REQUIRED = "credentialsRequired";
    public static final String ATTESTATION = "attestation";
    public static final String COSIGNATURE = "cosignature";

    private TemplateExtension() {
    }

    /** Adds one part to the element's template extension, made on first use. */
    static void put(Element element, String part, Type value) {
        Extension extension = element.getExtensionByUrl(URL);
        if (extension == null) {
            extension = element.addExtension().setUrl(URL);
        }
        extension.addExtension(part, value);
    }

    static void put(Element element, String part, String text) {
        put(element, part, new StringType(text));
    }

    /** Adds one part to the resource's template extension, made on first use. */
    static void put(DomainResource resource, String part, Type value) {
        Extension extension = resource.getExtensionByUrl(URL);
        if (extension == null) {
            extension = resource.addExtension().setUrl(URL);
        }
        extension.addExtension(part, value);
    }

    static void put(DomainResource resource, String part, String text) {
        put(resource, part, new StringType(text));
    }

    /** @return a text part of the resource's template extension, if it has it */
    public static Optional<String> text(DomainResource resource, String part) {
        Extension extension = resource.getExtensionByUrl(URL);
        return extension == null ? Optional.empty() : Optional.ofNullable(extension.getExtensionByUrl(part))
                .map(Extension::getValue).map(Type::primitiveValue);
    }

    /** @return one part of the element's template extension, if it has it */
    public static Optional<Type> get(Element element, String part) {
        Extension extension = element.getExtensionByUrl(URL);
        if (extension == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(extension.getExtensionByUrl(part)).map(Extension::getValue);
    }

    /** @return a text part of the element's template extension, if it has it */
    public static Optional<String> text(Element element, String part) {
        return get(element, part).map(Type::primitiveValue);
    }
}
