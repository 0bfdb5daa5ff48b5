package org.casenotes.ui.caseload;

import java.util.List;
import java.util.function.Supplier;

import org.casenotes.store.PassphraseStrength;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

/**
 * Shows, while a passphrase is typed, how hard it is to guess: a bar filled by zxcvbn's score (0 to 4), the verdict
 * with the time guessing would take, and zxcvbn's warning and suggestions.
 */
final class PassphraseMeter {

    private final ProgressBar bar;
    private final Label verdict;
    private final Label advice;
    private final Supplier<List<String>> personalWords;
    private PassphraseStrength strength;

    /**
     * @param parent        a composite with a two-column grid layout of labels and fields (the meter goes under the
     *                      field)
     * @param personalWords words that make a passphrase easy to guess here (the agency's and the clinician's names)
     */
    PassphraseMeter(Composite parent, Supplier<List<String>> personalWords) {
        this.personalWords = personalWords;
        new Label(parent, SWT.NONE);
        Composite meter = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(meter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(meter);
        bar = new ProgressBar(meter, SWT.HORIZONTAL);
        bar.setMaximum(4);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(bar);
        verdict = new Label(meter, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(verdict);
        advice = new Label(meter, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(advice);
    }

    /** Measures the passphrase in {@code field} again and shows the result. */
    void measure(Text field) {
        char[] typed = field.getTextChars();
        try {
            strength = typed.length == 0 ? null : PassphraseStrength.of(typed, personalWords.get());
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
        if (strength == null) {
            bar.setSelection(0);
            verdict.setText("Strength: type a passphrase (a few uncommon words are easiest to remember)");
            advice.setText("");
        } else {
            bar.setSelection(strength.score());
            verdict.setText("Strength: " + strength.verdict() + " (guessing it would take " + strength.timeToGuess()
                    + ")" + (strength.acceptable() ? "" : " - a caseload needs Strong"));
            advice.setText(strength.advice());
        }
        boolean advised = !advice.getText().isEmpty();
        advice.setVisible(advised);
        ((GridData) advice.getLayoutData()).exclude = !advised;
        verdict.getParent().getParent().layout(true, true);
    }

    /** @return the strength last measured; empty while nothing is typed */
    java.util.Optional<PassphraseStrength> strength() {
        return java.util.Optional.ofNullable(strength);
    }
}
