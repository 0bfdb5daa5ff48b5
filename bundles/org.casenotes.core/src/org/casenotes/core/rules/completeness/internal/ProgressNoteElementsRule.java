package org.casenotes.core.rules.completeness.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.MissingValue;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Note;

/**
 * {@code completeness.progress-elements}: the elements every progress note shows, whatever the agency's template
 * makes optional: the date and time of the session, the presenting problem, the progress since treatment began with
 * the reason for a setback or plateau, the interventions and the client's response, and the plan. Each element is
 * looked for in the fields of the standard progress-note sections ({@code std.common}); an element counts as
 * documented when one of its fields has a value. A template without any of an element's fields is reported once per
 * note (the template cannot hold it). Elements whose field is already reported by {@link RequiredValuesRule} are not
 * repeated. Only progress notes are checked.
 */
public final class ProgressNoteElementsRule extends CompletenessRule {

    private record Element(String name, List<String> fieldIds) {
    }

    private static final List<Element> ELEMENTS = List.of(
            new Element("the date of the session", List.of("sessionDate")),
            new Element("the time of the session", List.of("startTime")),
            new Element("the presenting problem", List.of("presentingProblem")),
            new Element("the progress since treatment began", List.of("progressDetails", "progress")),
            new Element("the interventions used", List.of("interventions", "interventionDetails")),
            new Element("the client's response to the interventions", List.of("response")),
            new Element("the plan for future sessions", List.of("futurePlan")));
    private static final Element SETBACK_REASON = new Element("why the setback or plateau happened (or what was "
            + "ruled out, if the reason is unknown)", List.of("setbackReason"));
    private static final String PROGRESS = "progress";
    private static final Set<String> SETBACK_OR_PLATEAU = Set.of("setback", "plateau");

    public ProgressNoteElementsRule() {
        super("completeness.progress-elements", Severity.WARNING,
                "A progress note shows the date and time, the presenting problem, progress since treatment began "
                        + "(with the reason for a setback or plateau), interventions and the client's response, "
                        + "and the plan.",
                new SourceCitation("Stress Less Therapist, \u201cThe Do\u2019s and Don\u2019ts of Progress Notes\u201d"
                        + " (what to include in a progress note)", "https://www.stresslesstherapist.com/"));
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<Note> note = context.lookup(Note.class);
        Optional<FormDefinition> form = context.lookup(FormDefinition.class);
        if (note.isEmpty() || form.isEmpty() || form.get().getKind() != FormKind.PROGRESS) {
            return List.of();
        }
        ValueScope scope = ValueScope.of(note.get());
        Set<String> reported = Completeness.missing(form.get(), scope).stream().map(MissingValue::path)
                .collect(Collectors.toSet());
        List<Element> elements = new ArrayList<>(ELEMENTS);
        if (scope.value(PROGRESS).filter(ChoiceValue.class::isInstance).map(ChoiceValue.class::cast)
                .filter(v -> v.getOptionIds().stream().anyMatch(SETBACK_OR_PLATEAU::contains)).isPresent()) {
            elements.add(SETBACK_REASON);
        }
        List<Finding> findings = new ArrayList<>();
        for (Element element : elements) {
            List<Field> fields = element.fieldIds().stream()
                    .map(id -> FormDefinitions.findField(form.get(), id)).flatMap(Optional::stream).toList();
            if (fields.isEmpty()) {
                if (!documentedOutsideTheForm(element, note.get())) {
                    findings.add(finding("The template has no field for " + element.name() + ".", null));
                }
            } else if (fields.stream().noneMatch(field -> FormState.isAnswered(field, scope))
                    && fields.stream().map(Field::getId).noneMatch(reported::contains)) {
                findings.add(finding("The note does not say " + element.name() + ".", fields.get(0).getId()));
            }
        }
        return findings;
    }

    private static boolean documentedOutsideTheForm(Element element, Note note) {
        return element.fieldIds().contains("sessionDate") && note.getDateOfService() != null;
    }
}
