package org.casenotes.ui.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.letters.LetterWording;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.jface.wizard.Wizard;

/**
 * Note &gt; New Letter...: a letter to or about a client from a letter template (the standard library's and the
 * agency's published ones), its merge fields filled from the client's record, the clinician profile and the agency's
 * letterhead, with whatever the record lacks asked for; the text editable with its wording checked live; Finish signs
 * it and keeps it in the client's record (audited; read-only from then on). Nothing is stored unless it is signed.
 */
public final class NewLetterWizard extends Wizard {

    private final CaseloadStore store;
    private final Clock clock;
    private final LetterInProgress letter;
    private final LetterChoicePage choice;
    private final LetterFieldsPage fields;
    private final LetterBodyPage body;
    private Letter signed;

    public NewLetterWizard(CaseloadStore store, NoteForms forms, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.letter = new LetterInProgress(Workplace.letterAuthor(), CasenotesPreferences.letterhead(),
                LocalDate.now(clock));
        this.choice = new LetterChoicePage(store.listClients(), forms);
        this.fields = new LetterFieldsPage(letter, this::takeChoice);
        this.body = new LetterBodyPage(letter, new LetterWording(Workplace.rules().engine()),
                Workplace.rules().agency().ruleSettings());
        setWindowTitle("New Letter");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(choice);
        addPage(fields);
        addPage(body);
    }

    /** @return the first page, for choosing without the mouse in tests */
    public LetterChoicePage choices() {
        return choice;
    }

    /** @return the signed letter, once the wizard finished */
    public Letter signedLetter() {
        return signed;
    }

    /** @return the client whose record holds the signed letter */
    public Client client() {
        return letter.client();
    }

    /** Loads the chosen client's record (only when the page after the choice is entered: loading is audited). */
    private void takeChoice() {
        FormDefinition form = choice.chosenForm().orElseThrow();
        String clientId = choice.chosenClientId().orElseThrow();
        Client client = letter.client() != null && letter.client().getId().equals(clientId) ? letter.client()
                : store.loadClientDetails(clientId).orElseThrow();
        letter.choose(client, form);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == body && body.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Client client = letter.client();
        Letter made = null;
        try {
            made = letter.sign(nextLetterId(client), body.text(), clock);
            client.getLetters().add(made);
            store.saveClient(client);
        } catch (IllegalArgumentException | CaseloadStoreException e) {
            client.getLetters().remove(made);
            body.setErrorMessage(e.getMessage());
            return false;
        }
        signed = made;
        return true;
    }

    /** Letters are never removed, so the next number after the client's letters is free: C-1003-L4. */
    private static String nextLetterId(Client client) {
        Set<String> taken = client.getLetters().stream().map(Letter::getId).collect(Collectors.toSet());
        int number = client.getLetters().size() + 1;
        while (taken.contains(client.getId() + "-L" + number)) {
            number++;
        }
        return client.getId() + "-L" + number;
    }
}
