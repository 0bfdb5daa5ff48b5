package org.casenotes.ui.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.store.ClientSummary;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

/**
 * The new-note wizard's page: client, kind of note, template (the installed ones and the agency's published ones of
 * that kind; the one the client's last note of the kind was written on shown first), day of service and whether to
 * carry forward (offered only where the client has a signed note of that template).
 */
public final class NewNotePage extends WizardPage {

    /** The kinds of note the wizard writes; letters and psychotherapy notes have their own actions. */
    static final List<FormKind> KINDS = List.of(FormKind.PROGRESS, FormKind.INTAKE, FormKind.TREATMENT_PLAN,
            FormKind.PLAN_REVIEW, FormKind.DISCHARGE, FormKind.CONTACT, FormKind.SESSION_SUMMARY);

    private final List<ClientSummary> clients;
    private final NoteForms forms;
    private List<FormDefinition> templates = List.of();
    private Combo client;
    private Combo kind;
    private Combo template;
    private DateTime day;
    private Button carry;
    private String preselectedClientId;
    private FormKind preselectedKind;
    private ClientsLastTemplate lastTemplate;
    private boolean templateChosenHere;
    private boolean carryWanted = true;
    private String preselectedTemplateId;

    NewNotePage(List<ClientSummary> clients, NoteForms forms) {
        super("newNote", "New note", null);
        this.clients = clients;
        this.forms = forms;
        setDescription("Choose the client and the template; the draft opens in the note editor.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        client = ChoiceCombos.clients(body, "&Client:", clients);
        if (preselectedClientId != null) {
            client.select(ChoiceCombos.indexOfClient(clients, preselectedClientId));
        }
        kind = ChoiceCombos.labelled(body, "&Kind of note:");
        KINDS.forEach(value -> kind.add(kindLabel(value)));
        template = ChoiceCombos.labelled(body, "&Template:");
        new Label(body, SWT.NONE).setText("&Day of service:");
        day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        carry = new Button(body, SWT.CHECK);
        carry.setText("Ca&rry forward from the client's last signed note of this template (values to review)");
        carry.setSelection(true);
        carry.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        kind.addListener(SWT.Selection, event -> {
            templateChosenHere = false;
            kindChanged();
        });
        client.addListener(SWT.Selection, event -> {
            selectTheClientsLastTemplate();
            offerCarryingForward();
            validate();
        });
        template.addListener(SWT.Selection, event -> {
            templateChosenHere = true;
            offerCarryingForward();
            validate();
        });
        carry.addListener(SWT.Selection, event -> carryWanted = carry.getSelection());
        kind.select(preselectedKind == null ? 0 : KINDS.indexOf(preselectedKind));
        kindChanged();
        if (preselectedTemplateId != null) {
            template.select(Math.max(0, templates.stream().map(FormDefinition::getId).toList()
                    .indexOf(preselectedTemplateId)));
        }
        offerCarryingForward();
        setControl(body);
        validate();
    }

    /** Chooses the client with id {@code clientId}, the kind and the template with id {@code templateId}. */
    public void choose(String clientId, FormKind noteKind, String templateId) {
        client.select(ChoiceCombos.indexOfClient(clients, clientId));
        kind.select(KINDS.indexOf(noteKind));
        kindChanged();
        template.select(templates.stream().map(FormDefinition::getId).toList().indexOf(templateId));
        offerCarryingForward();
        validate();
    }

    /**
     * Chooses the client with id {@code clientId} once the page is shown, leaving kind and template to the clinician.
     *
     * @throws IllegalArgumentException if the caseload has no such client
     */
    public void preselectClient(String clientId) {
        ChoiceCombos.indexOfClient(clients, clientId);
        preselectedClientId = clientId;
    }

    /**
     * Chooses the client, the kind of note and, among that kind's templates, the one with id {@code templateId}
     * (else the first) once the page is shown, e.g. a discharge note for the client being discharged.
     *
     * @throws IllegalArgumentException if the caseload has no such client
     */
    public void preselect(String clientId, FormKind noteKind, String templateId) {
        preselectClient(clientId);
        preselectedKind = noteKind;
        preselectedTemplateId = templateId;
    }

    /** Offers first, for the client chosen, the template of the client's last note of the kind chosen. */
    void offerFirstTheLastTemplateOf(ClientsLastTemplate last) {
        this.lastTemplate = last;
    }

    /** Sets whether the draft carries forward the last note's values. */
    public void carryForward(boolean yes) {
        carryWanted = yes;
        carry.setSelection(yes);
    }

    Optional<String> chosenClientId() {
        return client.getSelectionIndex() < 0 ? Optional.empty()
                : Optional.of(clients.get(client.getSelectionIndex()).id());
    }

    Optional<FormDefinition> chosenForm() {
        return template.getSelectionIndex() < 0 ? Optional.empty()
                : Optional.of(templates.get(template.getSelectionIndex()));
    }

    LocalDate dayOfService() {
        return LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay());
    }

    boolean carriesForward() {
        return carry.getSelection();
    }

    private void kindChanged() {
        templates = kind.getSelectionIndex() < 0 ? List.of() : forms.ofKind(KINDS.get(kind.getSelectionIndex()));
        template.removeAll();
        templates.forEach(form -> template.add(forms.choiceLabel(form)));
        if (!templates.isEmpty()) {
            template.select(0);
            selectTheClientsLastTemplate();
        }
        offerCarryingForward();
        validate();
    }

    /**
     * Offers carrying forward only where there is something to carry: a signed note of the chosen template for the
     * chosen client (else the box is shown unticked and disabled, as it could carry nothing); where there is, the box
     * is ticked unless the clinician unticked it.
     */
    private void offerCarryingForward() {
        if (lastTemplate == null) {
            return;
        }
        boolean possible = client.getSelectionIndex() >= 0 && template.getSelectionIndex() >= 0
                && lastTemplate.hasSignedNoteOf(clients.get(client.getSelectionIndex()).id(),
                        templates.get(template.getSelectionIndex()).getId());
        carry.setEnabled(possible);
        carry.setSelection(possible && carryWanted);
    }

    /** Shows first the template of the client's last note of the kind, unless the clinician chose one here. */
    private void selectTheClientsLastTemplate() {
        if (lastTemplate == null || templateChosenHere || client.getSelectionIndex() < 0 || templates.isEmpty()) {
            return;
        }
        List<String> ids = templates.stream().map(FormDefinition::getId).toList();
        lastTemplate.among(clients.get(client.getSelectionIndex()).id(), ids)
                .ifPresent(id -> template.select(ids.indexOf(id)));
    }

    private void validate() {
        String problem = client.getSelectionIndex() < 0 ? "Choose the client."
                : templates.isEmpty() ? "No template of this kind is installed."
                : template.getSelectionIndex() < 0 ? "Choose a template." : null;
        setErrorMessage(null);
        setMessage(problem);
        setPageComplete(problem == null);
    }

    private static String kindLabel(FormKind kind) {
        String words = kind.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " note";
    }
}
