package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.lifecycle.SignedNoteGuard;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rows a new note starts with (issue 14): a group that needs a row starts with it, but only where an untouched
 * row still asks for something, never in a group shown only under a condition, and never on top of rows carried
 * forward from the last note.
 */
class FirstRowsUiTest {

    private static final String SOAP = "std.progress.SoapNote";
    private static final String GOALS = "goalsAddressed";

    private CaseloadStore store;
    private FormDefinition soap;

    @BeforeEach
    void openTheDemoCaseload() {
        store = StartedCaseload.store();
        soap = NoteForms.installed().latest(SOAP).orElseThrow();
    }

    @Test
    void theGoalRowIsThereAndAnUntouchedOneStillAsksForItsValues() {
        Note draft = newDraft("C-1009", soap, false);
        assertEquals(1, Completeness.rows(draft, GOALS).size(), "one \"Goal addressed\" row from the start");
        List<String> missing = Completeness.missing(soap, ValueScope.of(draft)).stream()
                .map(value -> value.label() + " " + value.message()).toList();
        assertTrue(missing.contains("Goal or objective is required") && missing.contains("Progress toward it is required")
                && missing.stream().noneMatch(entry -> entry.startsWith("Goal addressed ")), missing.toString());
    }

    @Test
    void aGroupWhoseRowsAskNothingOrThatIsShownOnlyUnderAConditionStartsWithoutRows() {
        FormDefinition optional = EcoreUtil.copy(soap);
        group(optional).getElements().stream().filter(Field.class::isInstance).map(Field.class::cast)
                .forEach(field -> field.setRequired(false));
        assertEquals(0, Completeness.rows(newDraft("C-1009", optional, false), GOALS).size(),
                "an empty row would satisfy 'min 1' without the clinician: not added");

        FormDefinition conditional = EcoreUtil.copy(soap);
        Field measures = FormDefinitions.findField(conditional, "measuresGiven").orElseThrow();
        Membership shownWhen = FormFactory.eINSTANCE.createMembership();
        ElementValue subject = FormFactory.eINSTANCE.createElementValue();
        subject.setElement(measures);
        shownWhen.setSubject(subject);
        shownWhen.getOptionIds().add("phq");
        group(conditional).setShownWhen(shownWhen);
        assertEquals(0, Completeness.rows(newDraft("C-1009", conditional, false), GOALS).size(),
                "a group shown only under a condition is left to its \"Add row\"");
    }

    @Test
    void rowsCarriedForwardAreTheRowsAndNoneIsAdded() {
        Client client = store.loadClient("C-1010").orElseThrow(); // the demo writes Rosa's notes on SOAP
        Note last = client.getNotes().stream().filter(note -> SOAP.equals(note.getTemplateId()))
                .filter(SignedNoteGuard::isSigned)
                .max(java.util.Comparator.comparing(Note::getDateOfService)).orElseThrow();
        int carried = Completeness.rows(last, GOALS).size();
        assertTrue(carried >= 1, "the last signed note addressed a goal");
        assertEquals(carried, Completeness.rows(newDraft("C-1010", soap, true), GOALS).size(),
                "the carried rows, no empty one besides");
    }

    private static RepeatableGroup group(FormDefinition form) {
        return (RepeatableGroup) FormDefinitions.findElement(form, GOALS).orElseThrow();
    }

    private Note newDraft(String clientId, FormDefinition form, boolean carryForward) {
        Client client = store.loadClient(clientId).orElseThrow();
        return new NewNoteRequest(client, form, LocalDate.now(), carryForward).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
    }
}
