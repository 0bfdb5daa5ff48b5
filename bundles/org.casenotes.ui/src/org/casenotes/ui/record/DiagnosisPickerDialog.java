package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.diagnoses.DiagnosisCodeSearch;
import org.casenotes.core.diagnoses.DiagnosisEntry;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.core.diagnoses.IcdCode;
import org.casenotes.model.record.Client;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Client &gt; Add Diagnosis…: a search box over the bundled ICD-10-CM behavioural-health codes and the matching codes,
 * best first ({@link DiagnosisCodeSearch}); the first is chosen as the clinician types, another by clicking it. Onset
 * and resolved dates are given when known, and the diagnosis may be marked primary. "Add" is enabled only while
 * {@link DiagnosisEntry#problems} has nothing to say, which the dialog shows.
 */
public final class DiagnosisPickerDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = "Add Diagnosis";

    private static final int SHOWN = 50;

    private final Icd10CmCodes codes;
    private final DiagnosisCodeSearch search;
    private final Client client;
    private final LocalDate today;
    private Text query;
    private Table matches;
    private List<IcdCode> shown = List.of();
    private Button onsetKnown;
    private DateTime onset;
    private Button primary;
    private Button resolvedKnown;
    private DateTime resolved;
    private Label problems;
    private DiagnosisEntry entry;

    public DiagnosisPickerDialog(Shell parent, Icd10CmCodes codes, Client client, LocalDate today) {
        super(parent);
        this.codes = codes;
        this.search = new DiagnosisCodeSearch(codes);
        this.client = client;
        this.today = today;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Add a diagnosis for " + (client.getPreferredName() == null ? client.getLegalName()
                : client.getPreferredName()));
        setMessage("Search the ICD-10-CM behavioural-health codes (F01-F99, Z55-Z65, Z69-Z76) by code or by words.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText("Search:");
        query = new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        query.setMessage("e.g. F43.1 or post traumatic");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.Modify, event -> refreshMatches());

        matches = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        matches.setHeaderVisible(true);
        new TableColumn(matches, SWT.NONE).setText("Code");
        new TableColumn(matches, SWT.NONE).setText("Description");
        matches.getColumn(0).setWidth(80);
        matches.getColumn(1).setWidth(460);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(560, 220).applyTo(matches);
        matches.addListener(SWT.Selection, event -> validate());
        matches.addListener(SWT.DefaultSelection, event -> okPressed());

        onsetKnown = new Button(body, SWT.CHECK);
        onsetKnown.setText("Onset:");
        onset = date(body);
        primary = new Button(body, SWT.CHECK);
        primary.setText("Primary diagnosis");
        primary.setSelection(client.getDiagnoses().stream().noneMatch(d -> d.isPrimary() && d.getResolvedOn() == null));
        GridDataFactory.swtDefaults().span(2, 1).applyTo(primary);
        resolvedKnown = new Button(body, SWT.CHECK);
        resolvedKnown.setText("Resolved:");
        resolved = date(body);
        for (Button toggle : List.of(onsetKnown, primary, resolvedKnown)) {
            toggle.addListener(SWT.Selection, event -> validate());
        }

        problems = new Label(body, SWT.WRAP);
        problems.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(560, SWT.DEFAULT).applyTo(problems);
        refreshMatches();
        return area;
    }

    private DateTime date(Composite parent) {
        DateTime date = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        date.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
        date.addListener(SWT.Selection, event -> validate());
        return date;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Add", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void refreshMatches() {
        shown = search.search(query.getText(), SHOWN);
        matches.removeAll();
        for (IcdCode code : shown) {
            TableItem item = new TableItem(matches, SWT.NONE);
            item.setText(new String[] {code.code(), code.description()});
        }
        if (!shown.isEmpty()) {
            matches.setSelection(0);
        }
        validate();
    }

    private void validate() {
        if (problems == null) {
            return;
        }
        int chosen = matches.getSelectionIndex();
        String code = chosen >= 0 ? shown.get(chosen).code() : query.getText();
        entry = new DiagnosisEntry(code, onsetKnown.getSelection() ? day(onset) : null, primary.getSelection(),
                resolvedKnown.getSelection() ? day(resolved) : null);
        onset.setEnabled(onsetKnown.getSelection());
        resolved.setEnabled(resolvedKnown.getSelection());
        List<String> found = entry.problems(client, codes, today);
        problems.setText(String.join("\n", found));
        Button add = getButton(IDialogConstants.OK_ID);
        if (add != null) {
            add.setEnabled(found.isEmpty());
        }
        problems.getParent().layout(true, true);
    }

    private static LocalDate day(DateTime date) {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    @Override
    protected void okPressed() {
        validate();
        if (entry != null && entry.problems(client, codes, today).isEmpty()) {
            super.okPressed();
        }
    }

    /** @return the diagnosis as entered, once the dialog was closed with "Add" */
    public Optional<DiagnosisEntry> entry() {
        return getReturnCode() == OK ? Optional.ofNullable(entry) : Optional.empty();
    }
}
