package org.casenotes.ui.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casenotes.export.DocumentKind;
import org.casenotes.export.RecordsRequest;
import org.casenotes.model.record.Client;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks what a records request covers: a period (both ends optional, as yyyy-mm-dd) and the kinds of document. Says
 * that psychotherapy notes are never included and that drafts are not part of the record. A date that cannot be read,
 * a period that ends before it starts, or no kind chosen is said in the title area, and OK waits for a valid request.
 */
public final class ExportRecordDialog extends TitleAreaDialog {

    /** The dialog's title. */
    public static final String TITLE = "Export Record";
    /** What the dialog says of psychotherapy notes. */
    public static final String PSYCHOTHERAPY_NOTICE = "Psychotherapy notes are never included: HIPAA keeps them out of"
            + " the record a client or payer receives (45 CFR 164.501, 164.524). Unsigned drafts are not part of the"
            + " record and are left out too.";

    /** The format of the PDF with its JSON beside it, the export a records request gets unless another is chosen. */
    public static final String PDF_WITH_JSON = "pdf";

    /**
     * A file format the record can be exported in.
     *
     * @param format the exporter's format, e.g. {@code fhir}
     * @param name   as the clinician reads it, e.g. "FHIR R4 bundle (JSON)"
     */
    public record Format(String format, String name) {
    }

    private final Client client;
    private final List<Format> formats;
    private final Map<DocumentKind, Button> kinds = new EnumMap<>(DocumentKind.class);
    private Combo formatChoice;
    private String format = PDF_WITH_JSON;
    private Text from;
    private Text to;
    private RecordsRequest request;

    /** @param client whose record is asked for (as a PDF with its JSON) */
    public ExportRecordDialog(Shell parent, Client client) {
        this(parent, client, List.of());
    }

    /**
     * @param client  whose record is asked for
     * @param formats the formats installed besides the PDF with its JSON, offered in a list
     */
    public ExportRecordDialog(Shell parent, Client client, List<Format> formats) {
        super(parent);
        this.client = client;
        this.formats = List.copyOf(formats);
    }

    /** @return the format chosen: {@link #PDF_WITH_JSON} or one of the formats offered */
    public String format() {
        return format;
    }

    /** @return the request, once the dialog was closed with OK */
    public Optional<RecordsRequest> request() {
        return Optional.ofNullable(request);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export the record of " + client.getLegalName());
        setMessage("One PDF with a cover page, a table of contents and every signed document in date order, and a "
                + "machine-readable JSON file beside it.");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(4).margins(12, 12).applyTo(body);
        new Label(body, SWT.NONE).setText("&From (yyyy-mm-dd):");
        from = new Text(body, SWT.BORDER);
        from.setMessage("start of the record");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(from);
        new Label(body, SWT.NONE).setText("&To:");
        to = new Text(body, SWT.BORDER);
        to.setMessage("today");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(to);
        Group kindGroup = new Group(body, SWT.NONE);
        kindGroup.setText("Kinds of document");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(kindGroup);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(kindGroup);
        for (DocumentKind kind : DocumentKind.values()) {
            Button box = new Button(kindGroup, SWT.CHECK);
            box.setText(kind.label());
            box.setSelection(true);
            box.addListener(SWT.Selection, e -> validate());
            kinds.put(kind, box);
        }
        if (!formats.isEmpty()) {
            new Label(body, SWT.NONE).setText("F&ormat:");
            formatChoice = new Combo(body, SWT.READ_ONLY);
            formatChoice.add("PDF document, with a machine-readable JSON file beside it");
            formats.forEach(offered -> formatChoice.add(offered.name()));
            formatChoice.select(0);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(formatChoice);
        }
        Label notice = new Label(body, SWT.WRAP);
        notice.setText(PSYCHOTHERAPY_NOTICE);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(notice);
        from.addListener(SWT.Modify, e -> validate());
        to.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Export...", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private Optional<RecordsRequest> validate() {
        Optional<RecordsRequest> valid = Optional.empty();
        try {
            LocalDate start = day(from.getText(), "start");
            LocalDate end = day(to.getText(), "end");
            Set<DocumentKind> chosen = EnumSet.noneOf(DocumentKind.class);
            kinds.forEach((kind, box) -> {
                if (box.getSelection()) {
                    chosen.add(kind);
                }
            });
            valid = Optional.of(new RecordsRequest(client.getId(), start, end, chosen));
            setErrorMessage(null);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(valid.isPresent());
        }
        return valid;
    }

    private static LocalDate day(String text, String end) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + end + " of the period, '" + text.strip()
                    + "', is not a date written as yyyy-mm-dd (e.g. 2026-01-31).");
        }
    }

    @Override
    protected void okPressed() {
        Optional<RecordsRequest> valid = validate();
        if (valid.isPresent()) {
            request = valid.get();
            int chosen = formatChoice == null ? 0 : formatChoice.getSelectionIndex();
            format = chosen <= 0 ? PDF_WITH_JSON : formats.get(chosen - 1).format();
            super.okPressed();
        }
    }
}
