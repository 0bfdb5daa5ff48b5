package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.SignatureBlock;
import org.eclipse.swt.widgets.Composite;

/** Creates the view of each element of a container, by kind of element. */
final class ElementViews {

    private ElementViews() {
    }

    /** @return views of the elements of {@code container}, created in {@code parent}, at {@code level} */
    static List<ElementView> create(Composite parent, EditorServices services, ElementContainer container,
            RowPath level, ValueScope scope) {
        List<ElementView> views = new ArrayList<>();
        for (FormElement element : container.getElements()) {
            views.add(create(parent, services, element, level, scope));
        }
        return views;
    }

    private static ElementView create(Composite parent, EditorServices services, FormElement element, RowPath level,
            ValueScope scope) {
        return switch (element) {
            case Section section -> new SectionView(parent, services, section, level, scope);
            case Field field -> new FieldView(parent, services, field, level, scope);
            case RepeatableGroup group -> new GroupView(parent, services, group, level);
            case InstrumentBlock block -> new InstrumentView(parent, services, block);
            case CalculatedValue calculated -> new CalculatedView(parent, services, calculated);
            case SignatureBlock signature -> new SignatureView(parent, services, signature);
            default -> throw new IllegalArgumentException("Unknown form element " + element.eClass().getName());
        };
    }
}
