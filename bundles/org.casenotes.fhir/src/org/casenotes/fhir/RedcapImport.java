package org.casenotes.fhir;

import org.casenotes.fhir.internal.imports.RedcapTemplates;

/**
 * A REDCap data dictionary (the CSV REDCap downloads, with its own column headers) as templates of the template
 * language, one per form, in one file: field types, choices, branching logic as "shown when", sums as calculated
 * values, required fields, validation ranges, field notes as hints. What could not be mapped is reported with its
 * row; malformed CSV, missing columns, unknown field types and repeated variable names are problems, and then there
 * is no template.
 *
 * <pre>
 * TemplateImport imported = RedcapImport.read(Files.readString(file), "intake_dictionary.csv", "agency.imported");
 * </pre>
 */
public final class RedcapImport {

    private RedcapImport() {
    }

    /**
     * @param csv    the data dictionary's text
     * @param source the file's name, written in the templates' header comment
     * @param pkg    the package of the templates
     */
    public static TemplateImport read(String csv, String source, String pkg) {
        return new RedcapTemplates().read(csv, source, pkg);
    }
}
