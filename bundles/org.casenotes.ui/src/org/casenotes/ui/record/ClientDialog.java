package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casenotes.core.record.ClientDetails;
import org.casenotes.model.record.ClientStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * Client &gt; New Client… and Client &gt; Edit Client…: a client's names, date of birth, status, contact, payer and
 * emergency contact. A field that cannot be saved (no legal name, an impossible or future date of birth, an id
 * another client has) says why right under it, and "Save" stays disabled until nothing is wrong.
 *
 * <p>The dialog is modal, so the workbench's menus cannot close Casenotes while it is open, but the window manager
 * can still close the workbench window under it, which would take the typed details along unsaved. While details
 * are changed and not saved, closing the workbench asks first, as it does for a note with unsaved changes.
 */
public final class ClientDialog extends TitleAreaDialog {

    /** The window title when adding a client. */
    public static final String NEW_TITLE = "New Client";
    /** The window title when changing a client. */
    public static final String EDIT_TITLE = "Edit Client";

    private final ClientDetails initial;
    private final boolean adding;
    private final Set<String> takenIds;
    private final LocalDate today;
    private final Map<String, Text> fields = new HashMap<>();
    private final FieldProblems problemLines = new FieldProblems();
    private Combo status;
    /** The statuses the Status field offers, in its order. */
    private final List<ClientStatus> offeredStatuses;
    private final Optional<LocalDate> inCareSince;
    private Button mayLeaveMessage;
    private Button admitNow;
    private boolean admitNowChosen;
    private ClientDetails entered;
    private final IWorkbenchListener closingWorkbench = new IWorkbenchListener() {
        @Override
        public boolean preShutdown(IWorkbench workbench, boolean forced) {
            return forced || mayCloseWorkbench();
        }

        @Override
        public void postShutdown(IWorkbench workbench) {
            // nothing to do: preShutdown asked
        }
    };

    /** The title of the question asked when the workbench closes over changed, unsaved details. */
    public static final String UNSAVED_TITLE = "Unsaved Client Details";
    /** The answer to that question that keeps the dialog open. */
    public static final String KEEP_EDITING = "Keep Editing";

    /**
     * @param initial  the details to start from (a suggested id for a new client, the record's for an edit)
     * @param adding   whether this adds a client (its id can then be changed) or changes one
     * @param takenIds the ids of the caseload's other clients
     * @param today    today, after which nobody is born
     * @param inCareSince the day the client's open episode of care began, if one is open: the client is then
     *                 discharged only through Client &gt; Discharge… (whose note closes the episode), so the Status
     *                 field does not offer Discharged
     */
    ClientDialog(Shell parent, ClientDetails initial, boolean adding, Set<String> takenIds, LocalDate today,
            Optional<LocalDate> inCareSince) {
        super(parent);
        this.initial = initial;
        this.adding = adding;
        this.takenIds = Set.copyOf(takenIds);
        this.today = today;
        this.inCareSince = inCareSince;
        this.offeredStatuses = ClientStatus.VALUES.stream()
                .filter(each -> inCareSince.isEmpty() || each != ClientStatus.DISCHARGED).toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(adding ? NEW_TITLE : EDIT_TITLE);
    }

    @Override
    public int open() {
        boolean watching = PlatformUI.isWorkbenchRunning();
        if (watching) {
            PlatformUI.getWorkbench().addWorkbenchListener(closingWorkbench);
        }
        try {
            return super.open();
        } finally {
            if (watching) {
                PlatformUI.getWorkbench().removeWorkbenchListener(closingWorkbench);
            }
        }
    }

    /**
     * Asks whether to close Casenotes although details were changed and not saved ("Keep Editing" is the default).
     *
     * @return true if nothing is changed or the clinician chose to close without saving
     */
    private boolean mayCloseWorkbench() {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed() || status == null || details().equals(initial)) {
            return true;
        }
        shell.forceActive();
        String whose = initial.legalName().isBlank() ? "the new client" : initial.legalName();
        MessageDialog question = new MessageDialog(shell, UNSAVED_TITLE, null, "You changed the details of " + whose
                + " and have not saved them. Close Casenotes without saving them?", MessageDialog.QUESTION, 0,
                KEEP_EDITING, "Close Without Saving");
        return question.open() == 1;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(adding ? "Add a client to the caseload" : "Change " + initial.legalName() + "'s details");
        setMessage(adding ? "The id is suggested; keep it or type the one your agency uses. Only the legal name is "
                + "required." : "Saved to the client's record; the change is recorded in the audit trail.");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Text id = field(body, ClientDetails.ID, initial.id());
        id.setEditable(adding);
        id.setEnabled(adding);
        field(body, ClientDetails.LEGAL_NAME, initial.legalName());
        field(body, ClientDetails.PREFERRED_NAME, initial.preferredName());
        field(body, ClientDetails.PRONOUNS, initial.pronouns()).setMessage("e.g. she/her, they/them");
        field(body, ClientDetails.DATE_OF_BIRTH, initial.dateOfBirth()).setMessage(ClientDetails.DATE_FORM);
        new Label(body, SWT.NONE).setText("Status:");
        status = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        offeredStatuses.forEach(each -> status.add(statusLabel(each)));
        status.select(Math.max(0, offeredStatuses.indexOf(initial.status())));
        inCareSince.ifPresent(since -> {
            new Label(body, SWT.NONE);
            Label discharge = new Label(body, SWT.WRAP);
            discharge.setText("In care since " + since + ": discharge with Client > Discharge…, whose "
                    + "note closes the episode.");
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(discharge);
        });
        field(body, "Phone", initial.phone());
        new Label(body, SWT.NONE);
        mayLeaveMessage = new Button(body, SWT.CHECK);
        mayLeaveMessage.setText("OK to leave messages");
        mayLeaveMessage.setSelection(initial.mayLeaveMessage());
        field(body, "Payer", initial.payerName());
        field(body, "Member id", initial.memberId());
        field(body, "Emergency contact", initial.emergencyContactName());
        field(body, "Emergency phone", initial.emergencyContactPhone());
        if (adding) {
            new Label(body, SWT.NONE);
            admitNow = new Button(body, SWT.CHECK);
            admitNow.setText("Admit now (the admission's day, referral and reason come next)");
        }
        return area;
    }

    private Text field(Composite body, String label, String value) {
        new Label(body, SWT.NONE).setText(label + ":");
        Text text = new Text(body, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, event -> validate());
        fields.put(label, text);
        if (ClientDetails.CHECKED_FIELDS.contains(label)) {
            problemLines.lineUnder(body, label, 420);
        }
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private ClientDetails details() {
        return new ClientDetails(value(ClientDetails.ID), value(ClientDetails.LEGAL_NAME), value(ClientDetails.PREFERRED_NAME),
                value(ClientDetails.PRONOUNS), value(ClientDetails.DATE_OF_BIRTH), offeredStatuses.get(status.getSelectionIndex()),
                value("Phone"), mayLeaveMessage.getSelection(), value("Emergency contact"), value("Emergency phone"),
                value("Payer"), value("Member id"));
    }

    private String value(String label) {
        return fields.get(label).getText();
    }

    private Map<String, String> validate() {
        if (status == null || mayLeaveMessage == null || problemLines.count() < ClientDetails.CHECKED_FIELDS.size()) {
            return Map.of();
        }
        Map<String, String> problems = details().problems(takenIds, today);
        Button save = getButton(IDialogConstants.OK_ID);
        if (save != null) {
            save.setEnabled(problems.isEmpty());
        }
        problemLines.show(problems, status.getParent(), getShell());
        return problems;
    }

    @Override
    protected void okPressed() {
        if (validate().isEmpty()) {
            entered = details();
            admitNowChosen = admitNow != null && admitNow.getSelection();
            super.okPressed();
        }
    }

    /** @return whether the new client is to be admitted once saved (New Client only) */
    boolean admitNow() {
        return getReturnCode() == OK && admitNowChosen;
    }

    /** @return the details as entered, once the dialog was closed with "Save" */
    Optional<ClientDetails> entered() {
        return getReturnCode() == OK ? Optional.ofNullable(entered) : Optional.empty();
    }

    private static String statusLabel(ClientStatus status) {
        String name = status.getName().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
