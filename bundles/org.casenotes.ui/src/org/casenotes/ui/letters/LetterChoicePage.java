package org.casenotes.ui.letters;

import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.lifecycle.ChoiceCombos;
import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The New Letter wizard's first page: the client, and the letter template (standard and the agency's published). */
public final class LetterChoicePage extends WizardPage {

    private final List<ClientSummary> clients;
    private final NoteForms forms;
    private final List<FormDefinition> templates;
    private Combo client;
    private Combo template;
    private Label description;
    private String preselectedClientId;

    LetterChoicePage(List<ClientSummary> clients, NoteForms forms) {
        super("letterChoice", "New letter", null);
        this.clients = clients;
        this.forms = forms;
        this.templates = forms.ofKind(FormKind.LETTER);
        setDescription("Choose the client and the letter. Merge fields are filled from the client's record.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        client = ChoiceCombos.clients(body, "&Client:", clients);
        template = ChoiceCombos.labelled(body, "&Letter:");
        templates.forEach(form -> template.add(forms.choiceLabel(form)));
        description = new Label(body, SWT.WRAP);
        description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (preselectedClientId != null) {
            client.select(ChoiceCombos.indexOfClient(clients, preselectedClientId));
        }
        client.addListener(SWT.Selection, event -> validate());
        template.addListener(SWT.Selection, event -> validate());
        setControl(body);
        validate();
    }

    /**
     * Chooses the client once the page is shown.
     *
     * @throws IllegalArgumentException if the caseload has no such client
     */
    public void preselectClient(String clientId) {
        ChoiceCombos.indexOfClient(clients, clientId);
        preselectedClientId = clientId;
    }

    /** Chooses the client and the letter template with this id (for tests, as a clinician would with the mouse). */
    public void choose(String clientId, String templateId) {
        client.select(ChoiceCombos.indexOfClient(clients, clientId));
        template.select(templates.stream().map(FormDefinition::getId).toList().indexOf(templateId));
        validate();
    }

    /** @return the letter templates offered, by title */
    public List<String> templateTitles() {
        return List.of(template.getItems());
    }

    Optional<String> chosenClientId() {
        return client.getSelectionIndex() < 0 ? Optional.empty()
                : Optional.of(clients.get(client.getSelectionIndex()).id());
    }

    Optional<FormDefinition> chosenForm() {
        return template.getSelectionIndex() < 0 ? Optional.empty()
                : Optional.of(templates.get(template.getSelectionIndex()));
    }

    private void validate() {
        description.setText(chosenForm().map(FormDefinition::getDescription).orElse(""));
        String problem = client.getSelectionIndex() < 0 ? "Choose the client."
                : templates.isEmpty() ? "No letter template is installed."
                : template.getSelectionIndex() < 0 ? "Choose the letter." : null;
        setMessage(problem);
        setPageComplete(problem == null);
    }
}
