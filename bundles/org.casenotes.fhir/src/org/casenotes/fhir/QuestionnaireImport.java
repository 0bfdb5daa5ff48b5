package org.casenotes.fhir;

import org.casenotes.fhir.internal.imports.QuestionnaireTemplates;

/**
 * A FHIR R4 Questionnaire (JSON) as a template of the template language: groups as sections, repeating groups as
 * repeatable groups, questions as fields with their types, options, scores, limits, units and help, {@code enableWhen}
 * as "shown when"; a Questionnaire made by Casenotes also brings back what FHIR cannot say (conditions in the
 * template language, calculations, lengths in words, the option sets and instruments it used). What could not be
 * mapped is reported, never dropped silently. Malformed JSON, another FHIR version, unknown item types, repeated
 * linkIds and cyclic {@code enableWhen} are problems: there is then no template.
 *
 * <pre>
 * TemplateImport imported = QuestionnaireImport.read(Files.readString(file), "phq9.json", "agency.imported",
 *         KnownDefinitions.NONE);
 * imported.problems().forEach(System.err::println);
 * imported.template().ifPresent(text -&gt; Files.writeString(out, text));
 * </pre>
 */
public final class QuestionnaireImport {

    private QuestionnaireImport() {
    }

    /**
     * @param json   the Questionnaire's JSON
     * @param source the file's name, written in the template's header comment
     * @param pkg    the package of the template
     * @param known  the option sets and instruments of the library the template joins
     */
    public static TemplateImport read(String json, String source, String pkg, KnownDefinitions known) {
        return new QuestionnaireTemplates(QuestionnaireExport.context(), known).read(json, source, pkg);
    }
}
