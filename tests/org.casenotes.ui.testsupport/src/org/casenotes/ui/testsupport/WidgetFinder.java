package org.casenotes.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finds controls in a widget tree the way a user finds them on screen: by their type and the text they show. */
public final class WidgetFinder {

    private WidgetFinder() {
    }

    /** @return every control of {@code type} at or below {@code root}, depth first in tree order */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    /** @return the first control of {@code type} at or below {@code root} that {@code wanted} accepts, depth first */
    public static <T extends Control> Optional<T> first(Control root, Class<T> type, Predicate<? super T> wanted) {
        return all(root, type).stream().filter(wanted).findFirst();
    }

    /** @return the first button at or below {@code root} labelled {@code label}, mnemonic markers ({@code &}) ignored */
    public static Optional<Button> button(Control root, String label) {
        return first(root, Button.class, button -> withoutMnemonics(button.getText()).equals(label));
    }

    /** @return {@code text} without its mnemonic markers, e.g. "Save" for "&amp;Save" */
    public static String withoutMnemonics(String text) {
        return text.replace("&", "");
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> into) {
        if (type.isInstance(control)) {
            into.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, into);
            }
        }
    }
}
