package org.casenotes.ui.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.casenotes.core.record.ClientDetails;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordPackage.Literals;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The fields of one element of the plan draft (the plan's own dates, or the problem, goal, objective or intervention
 * selected in the tree), each with the place under it where what is wrong with it is said. Every edit goes through
 * {@link PlanEditing}, so it can be undone. A date that cannot be read never reaches the draft: it is kept as typed,
 * and refused at the field, until it is corrected or undone.
 */
final class PlanFields {

    /** The form dates are typed in. */
    static final String DATE_FORM = ClientDetails.DATE_FORM;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A field of an element of the draft. */
    record At(EObject element, EStructuralFeature field) {
    }

    private final Composite pane;
    private final PlanEditing editing;
    private final List<Diagnosis> diagnoses;
    private final Map<At, String> unreadableDates;
    private final Consumer<EObject> edited;
    private final Map<At, Label> messages = new HashMap<>();
    private Control first;
    private boolean showing;

    /**
     * @param pane            the two-column composite the fields are made in (emptied for each element)
     * @param diagnoses       the client's diagnoses, which a problem's diagnosis is chosen from
     * @param unreadableDates dates as typed that are not dates, shared by all fields of the dialog
     * @param edited          told of every edit, with the element edited
     */
    PlanFields(Composite pane, PlanEditing editing, List<Diagnosis> diagnoses, Map<At, String> unreadableDates,
            Consumer<EObject> edited) {
        this.pane = pane;
        this.editing = editing;
        this.diagnoses = diagnoses;
        this.unreadableDates = unreadableDates;
        this.edited = edited;
    }

    /** Shows the fields of {@code element}, or nothing when it is {@code null}. */
    void show(EObject element) {
        for (Control child : pane.getChildren()) {
            child.dispose();
        }
        messages.clear();
        first = null;
        showing = true;
        try {
            switch (element) {
            case null -> hint("Select a problem, goal, objective or intervention on the left, or add one.");
            case TreatmentPlan plan -> {
                date(plan, "Plan date", Literals.TREATMENT_PLAN__EFFECTIVE_DATE);
                date(plan, "Next review", Literals.TREATMENT_PLAN__NEXT_REVIEW_DATE);
            }
            case Problem problem -> {
                heading(problem);
                text(problem, "Statement", Literals.PROBLEM__STATEMENT, true);
                diagnosis(problem);
            }
            case Goal goal -> {
                heading(goal);
                text(goal, "Statement", Literals.GOAL__STATEMENT, true);
                date(goal, "Target date", Literals.GOAL__TARGET_DATE);
                status(goal, Literals.GOAL__STATUS);
            }
            case Objective objective -> {
                heading(objective);
                text(objective, "Statement", Literals.OBJECTIVE__STATEMENT, true);
                text(objective, "How measured", Literals.OBJECTIVE__MEASURE, false)
                        .setMessage("e.g. PHQ-9 below 10; 3 of 4 weeks by self-report");
                date(objective, "Target date", Literals.OBJECTIVE__TARGET_DATE);
                status(objective, Literals.OBJECTIVE__STATUS);
            }
            case Intervention intervention -> {
                heading(intervention);
                text(intervention, "Description", Literals.INTERVENTION__DESCRIPTION, true);
                text(intervention, "Frequency", Literals.INTERVENTION__FREQUENCY, false)
                        .setMessage("e.g. weekly, 50 minutes");
            }
            default -> hint(String.valueOf(element));
            }
        } finally {
            showing = false;
        }
        pane.layout(true, true);
    }

    /** Gives the first field the focus, so that a new row can be typed into at once. */
    void focusFirst() {
        if (first != null && !first.isDisposed()) {
            first.setFocus();
        }
    }

    /** Says at each shown field what {@code wrong} holds for it, and clears the others. */
    void showFindings(Map<At, String> wrong) {
        messages.forEach((at, message) -> {
            String problem = wrong.getOrDefault(at, "");
            message.setText(problem);
            message.setVisible(!problem.isEmpty());
            ((GridData) message.getLayoutData()).exclude = problem.isEmpty();
        });
        pane.layout(true, true);
    }

    /** @return what is wrong with a date as typed, or {@code null} if it is empty or a date */
    static String unreadable(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            LocalDate.parse(typed.strip(), DATE);
            return null;
        } catch (DateTimeParseException e) {
            return typed.strip() + " is not a date: type it as " + DATE_FORM + ", e.g. 2027-03-01.";
        }
    }

    static String format(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private void heading(EObject element) {
        Label heading = new Label(pane, SWT.NONE);
        heading.setText(PlanOutline.number(element));
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
    }

    private void hint(String text) {
        Label hint = new Label(pane, SWT.WRAP);
        hint.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(hint);
    }

    private Text text(EObject element, String label, EStructuralFeature field, boolean statement) {
        Label name = caption(label);
        Text text = new Text(pane, statement ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER);
        Object value = element.eGet(field);
        text.setText(value == null ? "" : value.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, statement ? 3 * text.getLineHeight() : SWT.DEFAULT)
                .applyTo(text);
        if (statement) {
            GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(name);
            text.addListener(SWT.Traverse, event -> {
                if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    event.doit = true;
                }
            });
        }
        text.addListener(SWT.Modify, event -> {
            if (!showing) {
                editing.type(element, field, text.getText().isBlank() ? null : text.getText());
                edited.accept(element);
            }
        });
        message(element, field);
        firstField(text);
        return text;
    }

    private void date(EObject element, String label, EStructuralFeature field) {
        caption(label);
        Text text = new Text(pane, SWT.BORDER);
        At at = new At(element, field);
        text.setText(unreadableDates.getOrDefault(at, format((LocalDate) element.eGet(field))));
        text.setMessage(DATE_FORM);
        GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, event -> {
            if (showing) {
                return;
            }
            String typed = text.getText();
            if (unreadable(typed) != null) {
                unreadableDates.put(at, typed);
            } else {
                unreadableDates.remove(at);
                editing.type(element, field, typed.isBlank() ? null : LocalDate.parse(typed.strip(), DATE));
            }
            edited.accept(element);
        });
        message(element, field);
        firstField(text);
    }

    private void status(EObject element, EStructuralFeature field) {
        caption("Status");
        Combo combo = new Combo(pane, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (GoalStatus status : GoalStatus.VALUES) {
            combo.add(statusLabel(status));
        }
        GoalStatus value = (GoalStatus) element.eGet(field);
        combo.select((value == null ? GoalStatus.ACTIVE : value).getValue());
        combo.addListener(SWT.Selection, event -> {
            editing.choose(element, field, GoalStatus.get(combo.getSelectionIndex()));
            edited.accept(element);
        });
    }

    private void diagnosis(Problem problem) {
        caption("Diagnosis");
        Combo combo = new Combo(pane, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<String> codes = new ArrayList<>();
        combo.add("(none)");
        codes.add(null);
        for (Diagnosis diagnosis : diagnoses) {
            combo.add(diagnosis.getIcd10Code() + " " + (diagnosis.getDescription() == null ? ""
                    : diagnosis.getDescription()) + (diagnosis.getResolvedOn() == null ? "" : " (resolved)"));
            codes.add(diagnosis.getIcd10Code());
        }
        String code = problem.getDiagnosisCode();
        if (code != null && !codes.contains(code)) {
            combo.add(code + " (not among the client's diagnoses)");
            codes.add(code);
        }
        combo.select(Math.max(0, codes.indexOf(code)));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, event -> {
            editing.choose(problem, Literals.PROBLEM__DIAGNOSIS_CODE, codes.get(combo.getSelectionIndex()));
            edited.accept(problem);
        });
        if (diagnoses.isEmpty()) {
            new Label(pane, SWT.NONE);
            Label none = new Label(pane, SWT.WRAP);
            none.setText("The client has no diagnoses yet: Client > Add Diagnosis… adds one.");
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(none);
        }
    }

    private Label caption(String label) {
        Label caption = new Label(pane, SWT.NONE);
        caption.setText(label + ":");
        return caption;
    }

    private void message(EObject element, EStructuralFeature field) {
        Label message = new Label(pane, SWT.WRAP);
        message.setForeground(pane.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(380, SWT.DEFAULT).exclude(true)
                .applyTo(message);
        message.setVisible(false);
        messages.put(new At(element, field), message);
    }

    private void firstField(Control control) {
        if (first == null) {
            first = control;
        }
    }

    static String statusLabel(GoalStatus status) {
        String name = status.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
