package org.casenotes.fhir.internal.imports;

import java.util.List;

/**
 * A template being imported, before it is written as text: the parts of the template language an importer fills in,
 * each condition, type and formula already in the language's words.
 */
final class Draft {

    /** A part of a template or of a section or group. */
    sealed interface Part permits SectionPart, GroupPart, FieldPart, CalcPart, InstrumentPart, SignaturePart {
        String id();
    }

    record SectionPart(String id, String label, String guidance, String shownWhen, List<Part> parts) implements Part {
    }

    record GroupPart(String id, String label, String guidance, int min, Integer max, String shownWhen,
            List<Part> parts) implements Part {
    }

    /**
     * @param type        the type in the language's words, e.g. {@code choice { a "A" score 0, b "B" score 1 }}
     * @param constraints e.g. {@code required}, {@code required when x is answered}, {@code max 500 characters}
     */
    record FieldPart(String id, String label, String type, List<String> constraints, String shownWhen, String hint)
            implements Part {
    }

    record CalcPart(String id, String label, String formula) implements Part {
    }

    record InstrumentPart(String id, String instrument, boolean required, String shownWhen) implements Part {
    }

    /** @param cosignature {@code required}, {@code required when ...}, or null */
    record SignaturePart(String id, String label, boolean credentialsRequired, String attestation,
            String cosignature) implements Part {
    }

    /**
     * One template: its full id is the package and the name.
     *
     * @param body a letter's body, or null
     */
    record Template(String name, String title, int version, String kind, String description, List<Part> parts,
            String body) {
    }

    private Draft() {
    }
}
