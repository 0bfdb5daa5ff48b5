package org.casenotes.ui.forms.internal.renderers;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/**
 * Type-ahead on the options of one field, as in a list: a letter or digit typed on an option goes to the next option
 * whose label starts with it (after the one with the keyboard, round to the first), so "S" on "Improved, Plateau,
 * Setback" reaches Setback in one key where the arrows need three. On radio buttons the option reached is chosen, as
 * an arrow key chooses it; on check boxes it takes the keyboard only, and Space ticks it. A key with Ctrl or Alt, and
 * a letter no option starts with, do nothing here.
 */
final class OptionTypeAhead {

    private OptionTypeAhead() {
    }

    static void install(List<Button> options, boolean multiple) {
        for (Button option : options) {
            option.addListener(SWT.KeyDown, event -> typed(options, option, multiple, event));
        }
    }

    private static void typed(List<Button> options, Button from, boolean multiple, Event event) {
        if ((event.stateMask & (SWT.MOD1 | SWT.MOD3)) != 0 || !Character.isLetterOrDigit(event.character)) {
            return;
        }
        String letter = String.valueOf(event.character).toLowerCase(Locale.ROOT);
        int start = options.indexOf(from);
        for (int step = 1; step <= options.size(); step++) {
            Button candidate = options.get((start + step) % options.size());
            if (label(candidate).startsWith(letter)) {
                event.doit = false;
                reach(options, candidate, multiple);
                return;
            }
        }
    }

    private static void reach(List<Button> options, Button target, boolean multiple) {
        target.setFocus();
        if (multiple || target.getSelection()) {
            return;
        }
        for (Button option : options) {
            option.setSelection(option == target);
        }
        target.notifyListeners(SWT.Selection, new Event());
    }

    private static String label(Button option) {
        return option.getText().replace("&", "").strip().toLowerCase(Locale.ROOT);
    }
}
