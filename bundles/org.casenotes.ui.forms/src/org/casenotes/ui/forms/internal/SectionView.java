package org.casenotes.ui.forms.internal;

import java.util.List;
import java.util.Map;

import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.Section;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;

/**
 * A section of the form: a titled, collapsible part with the section's guidance above its elements. Tab passes
 * through it from field to field, never stopping on its title (see {@link SectionTabbing}).
 */
final class SectionView implements ElementView {

    private final Section section;
    private final org.eclipse.ui.forms.widgets.Section widget;
    private final List<ElementView> children;

    SectionView(Composite parent, EditorServices services, Section section, RowPath level, ValueScope scope) {
        this.section = section;
        boolean guided = section.getGuidance() != null && !section.getGuidance().isBlank();
        widget = services.toolkit().createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
                | ExpandableComposite.EXPANDED | (guided ? org.eclipse.ui.forms.widgets.Section.DESCRIPTION : 0));
        widget.setText(section.getLabel() == null ? section.getId() : section.getLabel());
        if (guided) {
            widget.setDescription(section.getGuidance());
        }
        widget.setLayoutData(FormRows.filling());
        Composite client = services.toolkit().createComposite(widget);
        client.setLayout(new GridLayout(1, false));
        children = ElementViews.create(client, services, section, level, scope);
        widget.setClient(client);
        SectionTabbing.install(widget, client);
    }

    @Override
    public boolean refresh(ValueScope scope) {
        boolean changed = ElementView.show(widget, FormState.isShown(section, scope));
        for (ElementView child : children) {
            changed |= child.refresh(scope);
        }
        return changed;
    }

    @Override
    public void collectFields(Map<String, FieldView> into) {
        children.forEach(child -> child.collectFields(into));
    }

    @Override
    public void collectCalculations(Map<String, CalculatedView> into) {
        children.forEach(child -> child.collectCalculations(into));
    }
}
