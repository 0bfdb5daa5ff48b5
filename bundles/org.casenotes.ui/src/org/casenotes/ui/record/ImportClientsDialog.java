package org.casenotes.ui.record;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casenotes.core.clientimport.ClientImportException;
import org.casenotes.core.clientimport.ColumnMapping;
import org.casenotes.core.clientimport.CsvTable;
import org.casenotes.core.clientimport.ImportField;
import org.casenotes.core.clientimport.ImportPlan;
import org.casenotes.core.clientimport.ImportRow;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.core.record.ClientDetails;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Import Clients…: choose a CSV file, check what each column becomes (a combo per column, guessed from the
 * header), see the first rows as they would be imported and every row that cannot be, with its line and reasons,
 * then import. While any row is bad "Import" stays disabled unless the clinician ticks "skip the bad rows"; either
 * way the clients are saved in one transaction ({@link ImportPlan} says why). Nothing is saved by the dialog itself.
 */
public final class ImportClientsDialog extends TitleAreaDialog {

    /** The window title. */
    public static final String TITLE = "Import Clients";
    /** How many rows the preview shows. */
    static final int PREVIEW_ROWS = 20;
    private static final String LEAVE_OUT = "(leave out)";

    private final Set<String> existingIds;
    private final Icd10CmCodes codes;
    private final LocalDate today;
    private Text file;
    private ScrolledComposite columnsScroller;
    private Composite columns;
    private Table preview;
    private Table badRows;
    private Label summary;
    private Button skipBadRows;
    private Button firstRowIsHeader;
    private CsvTable table;
    private ColumnMapping mapping;
    private ImportPlan plan;
    private String chosenFile;

    /**
     * @param existingIds the ids of the caseload's clients
     * @param codes       the codes a diagnosis may carry
     * @param today       today
     */
    ImportClientsDialog(Shell parent, Collection<String> existingIds, Icd10CmCodes codes, LocalDate today) {
        super(parent);
        this.existingIds = Set.copyOf(existingIds);
        this.codes = codes;
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
    protected Point getInitialSize() {
        Rectangle screen = getShell().getDisplay().getClientArea();
        return new Point(Math.min(1000, screen.width - 40), Math.min(840, screen.height - 40));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Import clients from a spreadsheet saved as CSV (UTF-8)");
        setMessage("Check what each column becomes and the rows below. Imported clients stay in the record: they "
                + "cannot be removed afterwards.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText("File:");
        file = new Text(body, SWT.BORDER);
        file.setMessage("a .csv file");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.addListener(SWT.Modify, event -> read());
        Button choose = new Button(body, SWT.PUSH);
        choose.setText("Choose…");
        choose.addListener(SWT.Selection, event -> choose());

        firstRowIsHeader = new Button(body, SWT.CHECK);
        firstRowIsHeader.setText("The first row names the columns");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(firstRowIsHeader);
        firstRowIsHeader.setEnabled(false);
        firstRowIsHeader.addListener(SWT.Selection, event -> {
            if (table != null) {
                table = table.withHeader(firstRowIsHeader.getSelection());
                mapping = ColumnMapping.guess(table);
                plan();
            }
        });

        Label columnsLabel = new Label(body, SWT.NONE);
        columnsLabel.setText("Columns of the file and what each becomes:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(columnsLabel);
        columnsScroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.BORDER);
        columnsScroller.setExpandHorizontal(true);
        columnsScroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 120).applyTo(columnsScroller);
        columns = new Composite(columnsScroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(columns);
        columnsScroller.setContent(columns);

        Label previewLabel = new Label(body, SWT.NONE);
        previewLabel.setText("The first " + PREVIEW_ROWS + " rows as they would be imported:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(previewLabel);
        preview = table(body, 170);

        Label badLabel = new Label(body, SWT.NONE);
        badLabel.setText("Rows that cannot be imported:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(badLabel);
        badRows = table(body, 130);
        column(badRows, "Line", 50);
        column(badRows, "Why", 760);

        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(800, SWT.DEFAULT).applyTo(summary);
        skipBadRows = new Button(body, SWT.CHECK);
        skipBadRows.setText("Import the valid rows and skip the bad ones");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(skipBadRows);
        skipBadRows.addListener(SWT.Selection, event -> updateButtons());
        summary.setText("Choose a file.");
        return area;
    }

    private static Table table(Composite body, int height) {
        Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(820, height).applyTo(table);
        return table;
    }

    private static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateButtons();
    }

    private void choose() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Choose the CSV file to import");
        dialog.setFilterExtensions(new String[] { "*.csv;*.CSV;*.txt", "*" });
        dialog.setFilterNames(new String[] { "CSV files", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    /** Reads the file named in the field, guesses the mapping and shows the plan; refuses unreadable files. */
    private void read() {
        table = null;
        mapping = null;
        plan = null;
        String typed = file.getText().strip();
        if (typed.isEmpty() || !Path.of(typed).toFile().isFile()) {
            showPlan(typed.isEmpty() ? "Choose a file." : "There is no file " + typed + ".");
            return;
        }
        try {
            table = CsvTable.read(Path.of(typed));
            firstRowIsHeader.setSelection(table.hasHeader());
            mapping = ColumnMapping.guess(table);
            plan();
        } catch (ClientImportException e) {
            table = null;
            showPlan(e.getMessage());
        }
    }

    private void plan() {
        plan = ImportPlan.of(table, mapping, existingIds, codes, today);
        showPlan(plan.summary());
    }

    private void showPlan(String message) {
        showColumns();
        showPreview();
        badRows.removeAll();
        if (plan != null) {
            for (ImportRow row : plan.badRows()) {
                new TableItem(badRows, SWT.NONE).setText(new String[] { String.valueOf(row.line()),
                        String.join(" ", row.problems()) });
            }
        }
        summary.setText(message);
        firstRowIsHeader.setEnabled(table != null);
        setErrorMessage(table == null && !file.getText().isBlank() ? message : null);
        updateButtons();
        summary.getParent().layout(true, true);
    }

    private void showColumns() {
        for (Control child : columns.getChildren()) {
            child.dispose();
        }
        if (table == null) {
            columnsScroller.setMinSize(columns.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            return;
        }
        for (int column = 0; column < table.width(); column++) {
            Label header = new Label(columns, SWT.NONE);
            header.setText(table.header().get(column) + ":");
            GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(header);
            Combo field = new Combo(columns, SWT.READ_ONLY | SWT.DROP_DOWN);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(field);
            field.add(LEAVE_OUT);
            for (ImportField each : ImportField.values()) {
                field.add(each.label() + (each.required() ? " (required)" : ""));
            }
            field.select(mapping.fieldOf(column).map(each -> each.ordinal() + 1).orElse(0));
            int mapped = column;
            field.addListener(SWT.Selection, event -> {
                int index = field.getSelectionIndex();
                mapping = mapping.with(mapped, index == 0 ? null : ImportField.values()[index - 1]);
                plan();
            });
        }
        columns.layout(true, true);
        columnsScroller.setMinSize(columns.computeSize(columnsScroller.getClientArea().width, SWT.DEFAULT));
    }

    private void showPreview() {
        preview.setRedraw(false);
        preview.removeAll();
        for (TableColumn each : preview.getColumns()) {
            each.dispose();
        }
        if (plan != null) {
            List<ImportField> shown = new ArrayList<>();
            column(preview, "Line", 50);
            for (ImportField field : ImportField.values()) {
                if (field == ImportField.ID || mapping.columnOf(field).isPresent()) {
                    shown.add(field);
                    column(preview, field.label(), field == ImportField.LEGAL_NAME ? 150 : 110);
                }
            }
            column(preview, "Problems", 300);
            for (ImportRow row : plan.rows().subList(0, Math.min(PREVIEW_ROWS, plan.rows().size()))) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(row.line()));
                shown.forEach(field -> cells.add(valueOf(row, field)));
                cells.add(row.isValid() ? "" : String.join(" ", row.problems()));
                TableItem item = new TableItem(preview, SWT.NONE);
                item.setText(cells.toArray(String[]::new));
                if (!row.isValid()) {
                    item.setForeground(preview.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
        }
        preview.setRedraw(true);
    }

    private static String valueOf(ImportRow row, ImportField field) {
        ClientDetails details = row.details();
        return switch (field) {
        case ID -> details.id();
        case LEGAL_NAME -> details.legalName();
        case PREFERRED_NAME -> details.preferredName();
        case PRONOUNS -> details.pronouns();
        case DATE_OF_BIRTH -> details.dateOfBirth();
        case STATUS -> details.status().getName().toLowerCase(java.util.Locale.ROOT);
        case PHONE -> details.phone();
        case MAY_LEAVE_MESSAGE -> details.mayLeaveMessage() ? "yes" : "no";
        case EMERGENCY_CONTACT -> details.emergencyContactName();
        case EMERGENCY_PHONE -> details.emergencyContactPhone();
        case PAYER -> details.payerName();
        case MEMBER_ID -> details.memberId();
        case DIAGNOSES -> String.join("; ", row.diagnoses());
        };
    }

    private void updateButtons() {
        boolean someBad = plan != null && !plan.badRows().isEmpty() && !plan.validClients().isEmpty();
        if (skipBadRows != null && !skipBadRows.isDisposed()) {
            skipBadRows.setEnabled(someBad);
            if (!someBad) {
                skipBadRows.setSelection(false);
            }
            if (plan != null && someBad) {
                skipBadRows.setText("Import the " + plan.validClients().size() + " valid rows and skip the "
                        + plan.badRows().size() + " bad ones");
            }
        }
        Button importButton = getButton(IDialogConstants.OK_ID);
        if (importButton != null) {
            importButton.setEnabled(plan != null && plan.canImport(skipBadRows.getSelection()));
        }
    }

    @Override
    protected void okPressed() {
        if (plan != null && plan.canImport(skipBadRows.getSelection())) {
            chosenFile = file.getText().strip();
            super.okPressed();
        }
    }

    /** @return the plan to import, once the dialog was closed with "Import" */
    Optional<ImportPlan> chosenPlan() {
        return getReturnCode() == OK ? Optional.ofNullable(plan) : Optional.empty();
    }

    /** @return the file chosen, once the dialog was closed with "Import" */
    Optional<String> chosenFile() {
        return getReturnCode() == OK ? Optional.ofNullable(chosenFile) : Optional.empty();
    }
}
