package org.casenotes.ui.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueFit;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.SuggestedEdit;
import org.casenotes.model.form.BooleanType;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.TextValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.PlanElement;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * One field: its label with a required marker, its hint, the control its renderer draws, and the findings shown on
 * it; a carried-forward value awaiting review is highlighted, a field of a note that may not be changed looks
 * read-only whichever renderer drew it, and a stored value that no longer fits the field is shown as stored, with an
 * error, instead of being given to the renderer. Asks the renderers for the control and
 * gives the chosen one a context that turns its changes into undoable edits at the field's level.
 */
public final class FieldView implements ElementView {

    private final EditorServices services;
    private final Field field;
    private final RowPath level;
    private final Composite root;
    private final Label label;
    private final CarriedValueMark carried;
    private final RenderedField rendered;
    private final MisfitNotice misfit;
    private final FieldFindings findings;
    private ValueScope scope;

    FieldView(Composite parent, EditorServices services, Field field, RowPath level, ValueScope scope) {
        this.services = services;
        this.field = field;
        this.level = level;
        this.scope = scope;
        FormToolkit toolkit = services.toolkit();
        root = toolkit.createComposite(parent);
        root.setLayoutData(FormRows.filling());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        label = toolkit.createLabel(root, labelText(false));
        label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        if (field.getHint() != null && !field.getHint().isBlank()) {
            Label hint = toolkit.createLabel(root, field.getHint(), SWT.WRAP);
            hint.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            hint.setLayoutData(FormRows.filling());
        }
        carried = new CarriedValueMark(root, toolkit, services.names(), services.readOnly(), this::markReviewed);
        Composite valueArea = toolkit.createComposite(root);
        valueArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout valueLayout = new GridLayout(1, false);
        valueLayout.marginWidth = 0;
        valueLayout.marginHeight = 0;
        valueLayout.marginLeft = 10; // room for the findings decoration
        valueArea.setLayout(valueLayout);
        rendered = render(valueArea);
        if (services.readOnly()) {
            ReadOnlyLook.apply(valueArea);
        }
        findings = new FieldFindings(rendered);
        misfit = new MisfitNotice(root, toolkit, findings);
        rendered.styledText().ifPresent(text -> text.addListener(SWT.KeyDown, event -> {
            if ((event.stateMask & SWT.MOD1) != 0 && event.keyCode == '1') {
                int at = text.getSelectionCount() > 0 ? text.getSelection().x : text.getCaretOffset();
                findings.quickFixNear(at).ifPresent(finding -> {
                    if (at < finding.range().start() || at > finding.range().end()) {
                        text.setCaretOffset(finding.range().start()); // the words being fixed, where the chooser opens
                    }
                    SuggestionChooser.open(text, finding, this::apply);
                });
                event.doit = false;
            }
        }));
    }

    /** Applies a finding's suggested edit to this text field as one undoable change (a quick fix). */
    void apply(SuggestedEdit edit) {
        String text = scope.value(field.getId()).filter(TextValue.class::isInstance)
                .map(value -> ((TextValue) value).getText()).orElse("");
        if (text == null || edit.range().end() > text.length()) {
            return;
        }
        String fixed = edit.applyTo(text);
        findings.showInputProblem(services.editing().edit("Quick fix: " + edit.label(), level, path(),
                editor -> editor.setText(field.getId(), fixed)));
    }

    /** Confirms the carried-forward value as one undoable change. */
    void markReviewed() {
        findings.showInputProblem(services.editing().edit("Mark " + shownLabel() + " reviewed", level, null,
                editor -> editor.markReviewed(field.getId())));
    }

    /** @return the value the renderer shows: the stored one, unless it no longer fits the field */
    private Optional<FieldValue> fittingValue(ValueScope values) {
        return values.value(field.getId()).filter(value -> ValueFit.misfit(field, value).isEmpty());
    }

    private RenderedField render(Composite valueArea) {
        Optional<FieldRenderer> renderer = services.renderers().rendererFor(field);
        if (renderer.isEmpty()) {
            Label unsupported = services.toolkit().createLabel(valueArea,
                    "No installed renderer can show a " + field.getType().eClass().getName() + " field.");
            return new RenderedField() {
                @Override
                public Control control() {
                    return unsupported;
                }

                @Override
                public void refresh(Optional<FieldValue> value) {
                    // nothing to show
                }
            };
        }
        RenderedField[] result = new RenderedField[1];
        services.whileRefreshing(() -> result[0] = renderer.get().render(new Context(valueArea)));
        return result[0];
    }

    /** @return the rule engine's name of this field */
    public String path() {
        return level.pathOf(field.getId());
    }

    public Field field() {
        return field;
    }

    public RenderedField rendered() {
        return rendered;
    }

    public FieldFindings findings() {
        return findings;
    }

    /** @return whether the field is highlighted as carried forward and awaiting review */
    public boolean carriedHighlighted() {
        return carried.shown();
    }

    /** @return the "Mark reviewed" button of a carried-forward value */
    public Button markReviewedButton() {
        return carried.reviewButton();
    }

    /** @return what the field says about a stored value that does not fit it, or empty */
    public Optional<String> misfitText() {
        return misfit.text();
    }

    @Override
    public boolean refresh(ValueScope newScope) {
        this.scope = newScope;
        boolean changed = ElementView.show(root, FormState.isShown(field, newScope));
        String text = labelText(FormState.isRequired(field, newScope));
        if (!text.equals(label.getText())) {
            label.setText(text);
            changed = true;
        }
        Optional<FieldValue> stored = newScope.value(field.getId());
        changed |= carried.show(stored);
        Optional<String> problem = stored.flatMap(value -> MisfitNotice.problem(field, value));
        changed |= misfit.show(problem.orElse(null));
        Optional<FieldValue> shown = problem.isPresent() ? Optional.empty() : stored;
        services.whileRefreshing(() -> rendered.refresh(shown));
        return changed;
    }

    /** @return whether the note holds a value for this field (where it was last refreshed) */
    public boolean holdsValue() {
        return scope.value(field.getId()).isPresent();
    }

    @Override
    public void collectFields(Map<String, FieldView> into) {
        into.put(path(), this);
    }

    /** @return whether values of this field are typed, so that a burst of typing is undone as one change */
    private boolean typed() {
        FieldType type = field.getType();
        return !(type instanceof ChoiceType || type instanceof BooleanType || type instanceof GoalReferenceType);
    }

    /** @return the label as shown, ending in " *" while the field is required */
    public String shownLabel() {
        return label.getText();
    }

    /** @return whether the field is on screen now */
    public boolean shown() {
        return root.isVisible();
    }

    private String labelText(boolean required) {
        String name = field.getLabel() == null || field.getLabel().isBlank() ? field.getId() : field.getLabel();
        return required ? name + " *" : name;
    }

    /** Shows the findings of this field (its own findings; note-level ones are in the findings list). */
    void showFindings(List<Finding> fieldFindings) {
        findings.show(fieldFindings);
    }

    private final class Context implements FieldRenderContext {

        private final Composite parent;

        Context(Composite parent) {
            this.parent = parent;
        }

        @Override
        public Composite parent() {
            return parent;
        }

        @Override
        public FormToolkit toolkit() {
            return services.toolkit();
        }

        @Override
        public Field field() {
            return field;
        }

        @Override
        public Optional<FieldValue> value() {
            return fittingValue(scope);
        }

        @Override
        public boolean readOnly() {
            return services.readOnly();
        }

        @Override
        public boolean edit(String editLabel, Consumer<ValueEditor> change) {
            if (services.refreshing()) {
                return true;
            }
            if (services.readOnly()) {
                return false;
            }
            String refusal = services.editing().edit(editLabel, level, path(), typed(), change);
            findings.showInputProblem(refusal);
            return refusal == null;
        }

        @Override
        public void reportInput(String problem) {
            findings.showInputProblem(problem);
        }

        @Override
        public List<PlanElement> planElements(PlanElementKind kind) {
            return services.planElements().planElements(services.editing().note(), kind);
        }
    }
}
