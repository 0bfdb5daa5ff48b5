package org.casenotes.ui.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.record.Admission;
import org.casenotes.core.record.IntakeDue;
import org.casenotes.model.record.Client;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Client &gt; Admit…: the day of admission, who referred the client and why they seek services. A field that
 * cannot be saved (an impossible date, a day after today or before the previous episode ended, no reason) says why
 * right under it ({@link Admission#problems}), and "Admit" stays disabled until nothing is wrong.
 */
public final class AdmissionDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = "Admit Client";
    /** The field labels, as the dialog shows them. */
    static final String REFERRAL = "Referred by";

    private static final String DATE_FORM = "YYYY-MM-DD";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Client client;
    private final LocalDate today;
    private final String clinicianId;
    private final Map<String, Text> fields = new HashMap<>();
    private final FieldProblems problemLines = new FieldProblems();
    private Admission entered;

    /**
     * @param client      the client to admit (the dialog does not change it)
     * @param today       today, after which nobody is admitted; the day offered
     * @param clinicianId the clinician admitting, who becomes the episode's primary clinician
     */
    public AdmissionDialog(Shell parent, Client client, LocalDate today, String clinicianId) {
        super(parent);
        this.client = client;
        this.today = today;
        this.clinicianId = clinicianId;
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
        setTitle("Admit " + name(client) + " to care");
        setMessage("Opens an episode of care on the day of admission. The intake assessment is then due within "
                + IntakeDue.DAYS + " days; signing an intake note records it.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        field(body, Admission.DAY, SWT.BORDER, true).setText(DATE.format(today));
        fields.get(Admission.DAY).setMessage(DATE_FORM);
        field(body, REFERRAL, SWT.BORDER, false).setMessage("e.g. Self, Dr. Ames (primary care), school counsellor");
        Text reason = field(body, Admission.REASON, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, true);
        reason.setMessage("Why the client is seeking services now, in a sentence or two");
        ((GridData) reason.getLayoutData()).heightHint = 4 * reason.getLineHeight();
        return area;
    }

    private Text field(Composite body, String label, int style, boolean checked) {
        Label caption = new Label(body, SWT.NONE);
        caption.setText(label + ":");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER)
                .applyTo(caption);
        Text text = new Text(body, style);
        GridDataFactory.fillDefaults().grab(true, (style & SWT.MULTI) != 0).hint(360, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, event -> validate());
        fields.put(label, text);
        if (checked) {
            problemLines.lineUnder(body, label, 460);
        }
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Admit", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** @return what stops the admission as typed, by field ({@link Admission#RECORD} for the record itself) */
    private Map<String, String> validate() {
        if (problemLines.count() < 2 || !fields.containsKey(Admission.REASON)) {
            return Map.of();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String typed = fields.get(Admission.DAY).getText().strip();
        LocalDate day = null;
        if (typed.isEmpty()) {
            problems.put(Admission.DAY, "Enter the day of admission as " + DATE_FORM + ".");
        } else {
            try {
                day = LocalDate.parse(typed, DATE);
            } catch (DateTimeParseException e) {
                problems.put(Admission.DAY, typed + " is not a date: type it as " + DATE_FORM + ", e.g. "
                        + DATE.format(today) + ".");
            }
        }
        Admission admission = admission(day);
        admission.problems(client, today).forEach(problems::putIfAbsent);
        setErrorMessage(problems.get(Admission.RECORD));
        Button admit = getButton(IDialogConstants.OK_ID);
        if (admit != null) {
            admit.setEnabled(problems.isEmpty());
        }
        problemLines.show(problems, fields.get(Admission.DAY).getParent(), getShell());
        entered = problems.isEmpty() ? admission : null;
        return problems;
    }

    private Admission admission(LocalDate day) {
        return new Admission(day, fields.get(REFERRAL).getText(), fields.get(Admission.REASON).getText(),
                clinicianId);
    }

    @Override
    protected void okPressed() {
        if (validate().isEmpty()) {
            super.okPressed();
        }
    }

    /** @return the admission as entered, once the dialog was closed with "Admit" */
    public Optional<Admission> admission() {
        return getReturnCode() == OK ? Optional.ofNullable(entered) : Optional.empty();
    }

    private static String name(Client client) {
        return client.getPreferredName() == null ? client.getLegalName() : client.getPreferredName();
    }
}
