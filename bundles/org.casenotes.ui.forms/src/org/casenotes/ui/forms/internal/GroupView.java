package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.record.GroupRow;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A repeatable group: one bordered block of its elements per row, each with "Remove row", and "Add row" below,
 * which puts the keyboard in the new row's first field.
 * Rows are rebuilt when their number changes (add, remove, undo, redo).
 */
final class GroupView implements ElementView {

    private final EditorServices services;
    private final RepeatableGroup group;
    private final RowPath level;
    private final Composite root;
    private final Composite rowsArea;
    private final Button add;
    private final List<List<ElementView>> rows = new ArrayList<>();

    GroupView(Composite parent, EditorServices services, RepeatableGroup group, RowPath level) {
        this.services = services;
        this.group = group;
        this.level = level;
        root = services.toolkit().createComposite(parent);
        root.setLayoutData(FormRows.filling());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        root.setLayout(layout);
        Label title = services.toolkit().createLabel(root, group.getLabel() == null ? group.getId() : group.getLabel());
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        if (group.getHint() != null && !group.getHint().isBlank()) {
            services.toolkit().createLabel(root, group.getHint(), SWT.WRAP)
                    .setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        rowsArea = services.toolkit().createComposite(root);
        rowsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout rowsLayout = new GridLayout(1, false);
        rowsLayout.marginWidth = 0;
        rowsArea.setLayout(rowsLayout);
        add = services.toolkit().createButton(root, "Add row", SWT.PUSH);
        add.addListener(SWT.Selection, e -> {
            String refusal = services.editing().edit("Add row to " + title.getText(), level, null,
                    editor -> editor.addRow(group.getId()));
            if (refusal == null) {
                focusLastRow(); // a row is added to be filled in: its first field takes the keyboard
            }
        });
        add.setVisible(!services.readOnly());
    }

    @Override
    public boolean refresh(ValueScope scope) {
        boolean changed = ElementView.show(root, FormState.isShown(group, scope));
        List<GroupRow> held = Completeness.rows(scope.holder(), group.getId());
        if (held.size() != rows.size()) {
            rebuild(held, scope);
            changed = true;
        }
        for (int i = 0; i < held.size(); i++) {
            ValueScope rowScope = scope.row(held.get(i));
            for (ElementView view : rows.get(i)) {
                changed |= view.refresh(rowScope);
            }
        }
        add.setEnabled(!services.readOnly() && (group.getMaxRows() < 0 || held.size() < group.getMaxRows()));
        return changed;
    }

    private void rebuild(List<GroupRow> held, ValueScope scope) {
        for (var child : rowsArea.getChildren()) {
            child.dispose();
        }
        rows.clear();
        for (int i = 0; i < held.size(); i++) {
            int index = i;
            Composite row = services.toolkit().createComposite(rowsArea, SWT.BORDER);
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            row.setLayout(new GridLayout(1, false));
            rows.add(ElementViews.create(row, services, group, level.row(group.getId(), i), scope.row(held.get(i))));
            if (!services.readOnly()) {
                Button remove = services.toolkit().createButton(row, "Remove row " + (i + 1), SWT.PUSH);
                remove.addListener(SWT.Selection, e -> services.editing().edit("Remove row", level, null,
                        editor -> editor.removeRow(group.getId(), index)));
            }
        }
    }

    private void focusLastRow() {
        Control[] shown = rowsArea.getChildren();
        if (shown.length > 0) {
            shown[shown.length - 1].setFocus();
        }
    }

    @Override
    public void collectFields(Map<String, FieldView> into) {
        rows.forEach(views -> views.forEach(view -> view.collectFields(into)));
    }

    @Override
    public void collectCalculations(Map<String, CalculatedView> into) {
        rows.forEach(views -> views.forEach(view -> view.collectCalculations(into)));
    }

    /** @return the "Add row" button */
    Button addButton() {
        return add;
    }
}
