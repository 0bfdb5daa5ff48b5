package org.casenotes.fhir.internal.record;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;

/** The human-readable narrative of a resource or a section: plain paragraphs, escaped. */
final class Narratives {

    private Narratives() {
    }

    static Narrative of(String... paragraphs) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (String paragraph : paragraphs) {
            if (paragraph != null && !paragraph.isBlank()) {
                div.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br/>")).append("</p>");
            }
        }
        div.append("</div>");
        Narrative narrative = new Narrative().setStatus(NarrativeStatus.GENERATED);
        narrative.setDivAsString(div.toString());
        return narrative;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
