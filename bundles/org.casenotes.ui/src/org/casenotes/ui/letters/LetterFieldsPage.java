package org.casenotes.ui.letters;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.letters.MergeField;
import org.casenotes.core.letters.MergedLetter;
import org.casenotes.core.letters.RecordMergeFields;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.LongTextType;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The New Letter wizard's second page: asks for each field the letter declares and each standard field the client's
 * record does not hold (e.g. the insurance company's address), so nothing is printed empty or in braces. The wizard
 * goes on only when every one has an answer; the message names, by label, what is still needed.
 */
public final class LetterFieldsPage extends WizardPage {

    /** The key under which each answer's widget holds the name of its merge field (for tests and accessibility). */
    public static final String FIELD_KEY = "casenotes.mergeField";

    private final LetterInProgress letter;
    private final Runnable takeChoice;
    private Composite body;

    /**
     * @param letter     the letter being written
     * @param takeChoice takes the client and template chosen on the page before, as the page is entered
     */
    LetterFieldsPage(LetterInProgress letter, Runnable takeChoice) {
        super("letterFields", "What the letter needs", null);
        this.letter = letter;
        this.takeChoice = takeChoice;
        setDescription("Fill in what the letter asks and what the client's record does not hold.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            takeChoice.run();
            build();
        }
        super.setVisible(visible);
    }

    private void build() {
        for (Control old : body.getChildren()) {
            old.dispose();
        }
        List<MergeField> asked = letter.asked();
        if (asked.isEmpty()) {
            Label all = new Label(body, SWT.WRAP);
            all.setText("The client's record holds everything this letter needs.");
            all.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        }
        for (MergeField field : asked) {
            Label label = new Label(body, SWT.WRAP);
            label.setText(field.label() + (field.input() ? ":" : " (not in the record):"));
            label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            if (field.type() instanceof DateType) {
                DateTime date = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
                date.setData(FIELD_KEY, field.name());
                date.addListener(SWT.Selection, event -> answerDate(field, date));
                answerDate(field, date);
            } else {
                boolean longText = field.type() instanceof LongTextType || field.name().endsWith("address")
                        || field.name().endsWith("Address");
                Text text = new Text(body, SWT.BORDER | (longText ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
                text.setData(FIELD_KEY, field.name());
                text.setText(letter.answerTo(field.name()));
                GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
                layout.widthHint = 360;
                if (longText) {
                    layout.heightHint = text.getLineHeight() * 3;
                }
                text.setLayoutData(layout);
                text.addListener(SWT.Modify, event -> {
                    letter.answer(field.name(), text.getText());
                    validate();
                });
                letter.answer(field.name(), text.getText());
            }
        }
        body.layout(true, true);
        validate();
    }

    private void answerDate(MergeField field, DateTime date) {
        letter.answer(field.name(),
                RecordMergeFields.day(LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay())));
        validate();
    }

    private void validate() {
        MergedLetter merged = letter.merged();
        setMessage(merged.complete() ? null : "Still needed: " + merged.missingLabels() + ".");
        setPageComplete(merged.complete());
    }
}
