package org.casenotes.template.ui.library;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.agency.AgencyTemplate;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.agency.VersionComparison;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Compares two versions of an agency template: an older published version with a newer one or with the working
 * copy. Shows the changes to the form (sections, fields, options, labels, requirements, conditions) and the text
 * diff.
 */
final class CompareVersionsDialog extends Dialog {

    private final AgencyTemplateLibrary library;
    private final AgencyTemplate template;
    private final List<Integer> published;
    private Combo older;
    private Combo newer;
    private Text shown;

    CompareVersionsDialog(Shell parent, AgencyTemplateLibrary library, AgencyTemplate template) {
        super(parent);
        this.library = library;
        this.template = template;
        this.published = template.published().stream().map(PublishedVersion::version).toList();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare versions of " + template.templateId());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite choices = new Composite(area, SWT.NONE);
        choices.setLayout(new GridLayout(4, false));
        choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(choices, SWT.NONE).setText("&Older:");
        older = new Combo(choices, SWT.READ_ONLY | SWT.DROP_DOWN);
        published.forEach(version -> older.add("version " + version));
        new Label(choices, SWT.NONE).setText("&Newer:");
        newer = new Combo(choices, SWT.READ_ONLY | SWT.DROP_DOWN);
        newerChoices().forEach(newer::add);
        shown = VersionComparisonText.create(area);
        older.select(template.workingCopy().isPresent() ? published.size() - 1 : Math.max(0, published.size() - 2));
        newer.select(newer.getItemCount() - 1);
        older.addListener(SWT.Selection, event -> compare());
        newer.addListener(SWT.Selection, event -> compare());
        compare();
        return area;
    }

    private List<String> newerChoices() {
        List<String> choices = new ArrayList<>();
        published.forEach(version -> choices.add("version " + version));
        template.workingCopy().ifPresent(copy -> choices.add("working copy (version " + copy.version() + ")"));
        return choices;
    }

    private void compare() {
        int from = published.get(older.getSelectionIndex());
        int to = newer.getSelectionIndex();
        try {
            VersionComparison comparison = to < published.size() ? library.compare(template.templateId(), from,
                    published.get(to)) : library.compareWithWorkingCopy(template.templateId(), from);
            shown.setText(comparison.describe());
        } catch (IllegalStateException | IllegalArgumentException e) {
            shown.setText(e.getMessage());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** @return the comparison text shown, for tests */
    String shownText() {
        return shown.getText();
    }
}
