package org.casenotes.fhir.internal.imports;

import java.util.List;
import java.util.Set;

import org.casenotes.fhir.internal.imports.Draft.CalcPart;
import org.casenotes.fhir.internal.imports.Draft.FieldPart;
import org.casenotes.fhir.internal.imports.Draft.GroupPart;
import org.casenotes.fhir.internal.imports.Draft.InstrumentPart;
import org.casenotes.fhir.internal.imports.Draft.Part;
import org.casenotes.fhir.internal.imports.Draft.SectionPart;
import org.casenotes.fhir.internal.imports.Draft.SignaturePart;

/**
 * Writes imported templates as a formatted {@code .ntpl} file, laid out as the standard library is: a header comment
 * naming the source and listing what could not be mapped, the package, then each template with one tab per level,
 * hints on the line below their field.
 */
final class TemplateText {

    /** The language's keywords that are not allowed as names (see the grammar's Name rule). */
    private static final Set<String> RESERVED = Set.of("abstract", "add", "and", "answered", "approved", "attestation",
            "band", "before", "boolean", "business", "calc", "choice", "cosignature", "cpt", "credentials", "critical",
            "date", "datetime", "decimal", "duration", "extends", "false", "field", "for", "from", "guidance", "import",
            "in", "include", "insert", "instrument", "integer", "is", "item", "longtext", "max", "min", "multiple", "not",
            "of", "optional", "or", "override", "package", "packs", "pattern", "range", "remove", "required", "rules",
            "section", "shown", "sign", "sum", "template", "text", "time", "to", "true", "when", "within");

    private final StringBuilder out = new StringBuilder();

    /**
     * @param source    where the templates came from, for the header
     * @param unmapped  what could not be mapped, one sentence each
     * @param pkg       the package of the templates
     * @param templates the templates
     */
    static String of(String source, List<String> unmapped, String pkg, List<Draft.Template> templates) {
        TemplateText text = new TemplateText();
        text.line(0, "// Imported from " + source + " by Casenotes.");
        if (unmapped.isEmpty()) {
            text.line(0, "// Everything in it was mapped.");
        } else {
            text.line(0, "// Not mapped (check these by hand):");
            unmapped.forEach(sentence -> text.line(0, "//   - " + sentence.replace("\n", " ")));
        }
        text.line(0, "package " + pkg);
        for (Draft.Template template : templates) {
            text.out.append('\n');
            text.template(template);
        }
        return text.out.toString();
    }

    /** A name as the language accepts it: a keyword is escaped with {@code ^}. */
    static String name(String id) {
        return RESERVED.contains(id) ? "^" + id : id;
    }

    /** A string literal. */
    static String quoted(String text) {
        return "\"" + (text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "")
                .replace("\n", "\\n").replace("\t", " ")) + "\"";
    }

    private void template(Draft.Template template) {
        line(0, "template " + name(template.name()) + " " + quoted(template.title()) + " version " + template.version()
                + " kind " + template.kind() + " {");
        if (template.description() != null && !template.description().isBlank()) {
            line(1, "description " + quoted(template.description()));
        }
        parts(1, template.parts());
        if (template.body() != null) {
            body(template.body());
        }
        line(0, "}");
    }

    private void parts(int depth, List<Part> parts) {
        for (Part part : parts) {
            switch (part) {
                case SectionPart section -> {
                    line(depth, "section " + name(section.id()) + " " + quoted(section.label())
                            + shown(section.shownWhen()) + " {");
                    guidance(depth + 1, section.guidance());
                    parts(depth + 1, section.parts());
                    line(depth, "}");
                }
                case GroupPart group -> {
                    line(depth, "group " + name(group.id()) + " " + quoted(group.label())
                            + (group.min() > 0 ? " min " + group.min() : "")
                            + (group.max() == null ? "" : " max " + group.max()) + shown(group.shownWhen()) + " {");
                    guidance(depth + 1, group.guidance());
                    parts(depth + 1, group.parts());
                    line(depth, "}");
                }
                case FieldPart field -> {
                    StringBuilder line = new StringBuilder("field ").append(name(field.id())).append(' ')
                            .append(quoted(field.label())).append(" : ").append(field.type());
                    field.constraints().forEach(constraint -> line.append(' ').append(constraint));
                    line.append(shown(field.shownWhen()));
                    line(depth, line.toString());
                    if (field.hint() != null && !field.hint().isBlank()) {
                        line(depth + 1, "hint " + quoted(field.hint()));
                    }
                }
                case CalcPart calc -> line(depth, "calc " + name(calc.id()) + " " + quoted(calc.label()) + " = "
                        + calc.formula());
                case InstrumentPart instrument -> line(depth, "instrument " + name(instrument.id()) + " : "
                        + instrument.instrument() + (instrument.required() ? " required" : "")
                        + shown(instrument.shownWhen()));
                case SignaturePart signature -> signature(depth, signature);
            }
        }
    }

    private void signature(int depth, SignaturePart signature) {
        String head = "signature " + name(signature.id()) + " " + quoted(signature.label());
        if (!signature.credentialsRequired() && signature.attestation() == null && signature.cosignature() == null) {
            line(depth, head);
            return;
        }
        line(depth, head + " {");
        if (signature.credentialsRequired()) {
            line(depth + 1, "credentials required");
        }
        if (signature.attestation() != null) {
            line(depth + 1, "attestation " + quoted(signature.attestation()));
        }
        if (signature.cosignature() != null) {
            line(depth + 1, "cosignature " + signature.cosignature());
        }
        line(depth, "}");
    }

    private void body(String body) {
        line(1, "body \"\"\"");
        for (String text : body.split("\n", -1)) {
            out.append(text.isBlank() ? "" : "\t\t" + text).append('\n');
        }
        line(2, "\"\"\"");
    }

    private void guidance(int depth, String guidance) {
        if (guidance != null && !guidance.isBlank()) {
            line(depth, "guidance " + quoted(guidance));
        }
    }

    private static String shown(String condition) {
        return condition == null || condition.isBlank() ? "" : " shown when " + condition;
    }

    private void line(int depth, String text) {
        out.append("\t".repeat(depth)).append(text).append('\n');
    }
}
