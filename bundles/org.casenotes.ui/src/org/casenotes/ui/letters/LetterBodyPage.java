package org.casenotes.ui.letters;

import java.util.List;

import org.casenotes.core.letters.LetterWording;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleSettings;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The New Letter wizard's last page: the merged letter, editable, with its wording checked on every keystroke as
 * {@code casenotes lint --letter} checks it. Finish signs it; a letter with a wording error is not signed until the
 * word is changed.
 */
public final class LetterBodyPage extends WizardPage {

    private final LetterInProgress letter;
    private final LetterWording wording;
    private final RuleSettings agency;
    private Text text;
    private org.eclipse.swt.widgets.List findings;
    private String lastMerged;

    LetterBodyPage(LetterInProgress letter, LetterWording wording, RuleSettings agency) {
        super("letterBody", "The letter", null);
        this.letter = letter;
        this.wording = wording;
        this.agency = agency;
        setDescription("Read the letter and change what you need. Finish signs it and keeps it in the client's record.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData textLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        textLayout.widthHint = 560;
        textLayout.heightHint = 300;
        text.setLayoutData(textLayout);
        new Label(body, SWT.NONE).setText("Wording (plain language for the client):");
        findings = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
        GridData findingsLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        findingsLayout.heightHint = 70;
        findings.setLayoutData(findingsLayout);
        text.addListener(SWT.Modify, event -> check());
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            String merged = letter.merged().text();
            if (!merged.equals(lastMerged)) {
                lastMerged = merged;
                text.setText(merged);
            }
            check();
        }
        super.setVisible(visible);
    }

    /** @return the letter's text as it stands */
    public String text() {
        return text.getText();
    }

    /** @return the wording findings shown, one line each */
    public List<String> findingLines() {
        return List.of(findings.getItems());
    }

    private void check() {
        List<Finding> found = wording.check(letter.form(), text.getText(), agency);
        findings.removeAll();
        for (Finding finding : found) {
            String words = finding.range() == null || finding.range().end() > text.getText().length() ? ""
                    : " “" + text.getText().substring(finding.range().start(), finding.range().end()) + "”";
            findings.add(finding.severity() + words + ": " + finding.message());
        }
        if (found.isEmpty()) {
            findings.add("No wording problems.");
        }
        boolean errors = LetterWording.hasErrors(found);
        String problem = text.getText().isBlank() ? "The letter has no text."
                : errors ? "Change the words marked ERROR before signing." : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
