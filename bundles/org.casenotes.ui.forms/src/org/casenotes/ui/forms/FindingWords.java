package org.casenotes.ui.forms;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.forms.FieldPath;
import org.casenotes.core.rules.Finding;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.query.FormDefinitions;

/**
 * How a finding reads to the clinician wherever it is listed (the editor's review, the signing dialogs): in which
 * group it belongs (what is missing, what a payer checks, wording, the record's integrity and privacy), and its
 * message with the label of its field as the form shows it, never the field's or the rule's id.
 */
public final class FindingWords {

    /** The groups findings are listed in, in this order. */
    public enum Group {
        MISSING("Missing"), PAYER("Payer"), WORDING("Wording"), RECORD("Record and privacy");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        /** @return the group's heading, e.g. "Wording" */
        public String title() {
            return title;
        }
    }

    private static final Pattern ROW = Pattern.compile("([^.\\[]+)\\[(\\d+)\\]\\.");

    private FindingWords() {
    }

    /** @return the group of {@code finding}, from its rule's family */
    public static Group groupOf(Finding finding) {
        String family = finding.ruleId().contains(".")
                ? finding.ruleId().substring(0, finding.ruleId().indexOf('.')).toLowerCase(Locale.ROOT)
                : "";
        return switch (family) {
            case "completeness" -> Group.MISSING;
            case "payer" -> Group.PAYER;
            case "language" -> Group.WORDING;
            default -> Group.RECORD;
        };
    }

    /**
     * @return the label of the field at {@code path} as the form shows it, with the row of a repeatable group it is
     *         in ("Goal or objective (Goals addressed, row 1)"); "the note" for a note-level finding ({@code null})
     */
    public static String fieldLabel(FormDefinition form, String path) {
        if (path == null) {
            return "the note";
        }
        String label = labelOf(form, FieldPath.fieldId(path));
        StringBuilder rows = new StringBuilder();
        Matcher row = ROW.matcher(path);
        while (row.find()) {
            rows.append(rows.isEmpty() ? " (" : ", ").append(labelOf(form, row.group(1))).append(", row ")
                    .append(Integer.parseInt(row.group(2)) + 1);
        }
        return rows.isEmpty() ? label : label + rows + ")";
    }

    /**
     * @return the finding in words: "Label: message", or the message alone when it already names the field's label
     *         (as what is missing does)
     */
    public static String sentence(FormDefinition form, Finding finding) {
        if (finding.fieldId() == null) {
            return finding.message();
        }
        String label = fieldLabel(form, finding.fieldId());
        String bare = labelOf(form, FieldPath.fieldId(finding.fieldId()));
        return finding.message().contains(bare) && !label.contains(" row ") ? finding.message()
                : label + ": " + finding.message();
    }

    private static String labelOf(FormDefinition form, String id) {
        return (form == null ? java.util.Optional.<String>empty()
                : FormDefinitions.findElement(form, id).map(FormElement::getLabel).filter(label -> !label.isBlank()))
                .orElseGet(() -> words(id));
    }

    /** @return an id the form does not label in words: "suicideRisk" as "suicide risk" */
    private static String words(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
