package org.casenotes.ui.tests.templates;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.ActiveWorkbench.runCommand;
import static org.casenotes.ui.testsupport.Clicks.press;
import static org.casenotes.ui.testsupport.DialogWatcher.answer;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.casenotes.ui.testsupport.WidgetFinder.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.casenotes.template.ui.library.LibraryEntries;
import org.casenotes.template.ui.library.TemplateLibraryView;
import org.casenotes.ui.WorkbenchDataFolder;
import org.casenotes.ui.lifecycle.NewNoteWizard;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's "done means", with real widgets: an agency designer creates a template that extends the standard SOAP
 * note (Templates > New Template, choosing SOAP), adds a field and sees the preview follow, publishes it (with the
 * changes shown for confirmation), finds the published version read-only, and a clinician then writes a note on it
 * through the new-note wizard for a demo client: the new field is in the note's form.
 */
class AgencyTemplateEndToEndTest {

    private static final String NAME = "RiversideSoap";
    private static final String ID = "agency." + NAME;
    private static final String NEW_FIELD = "School the client attends";

    @AfterEach
    void removeTheAgencyTemplate() throws IOException {
        page().closeAllEditors(false);
        Path data = WorkbenchDataFolder.current();
        Files.deleteIfExists(data.resolve("templates").resolve(NAME + ".ntpl"));
        Path published = data.resolve(AgencyTemplateLibrary.PUBLISHED_FOLDER).resolve(ID);
        if (Files.exists(published)) {
            try (Stream<Path> files = Files.walk(published)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    file.toFile().setWritable(true);
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void aDesignerExtendsSoapPublishesItAndAClinicianWritesANoteOnIt() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        page().showView(TemplateLibraryView.ID);

        // Templates > New Template: extends the SOAP note, id RiversideSoap
        List<String> baseChosen = answer("New template", shell -> {
            chooseSoap(shell);
            answer("New template", idDialog -> {
                all(idDialog, Text.class).get(0).setText(NAME);
                press(idDialog, "OK");
            });
        });
        runCommand("org.casenotes.template.ui.newTemplate");
        spinUntil(() -> page().getActiveEditor() instanceof TemplateDesigner, 60_000,
                "the new template in the designer");
        assertEquals(List.of("New template"), baseChosen);
        TemplateDesigner designer = (TemplateDesigner) page().getActiveEditor();
        Path file = WorkbenchDataFolder.current().resolve("templates").resolve(NAME + ".ntpl");
        assertTrue(Files.exists(file), "written into the agency folder");
        IDocument document = designer.textEditor().getDocumentProvider()
                .getDocument(designer.textEditor().getEditorInput());
        assertTrue(document.get().contains("extends SoapNote"), document.get());

        // preview, then add a field and see the preview follow
        page().setPartState(page().getReference(designer), IWorkbenchPage.STATE_MAXIMIZED);
        designer.showPreview(true);
        try {
            spinUntil(() -> designer.previewedForm() != null, 60_000, "the first preview");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the preview says: " + designer.previewStatus()
                    + "; diagnostics: " + designer.textEditor().diagnostics(), e);
        }
        assertFalse(labels(designer).contains(NEW_FIELD));
        designer.showPreview(false);
        String comment = "\t// add sections and fields, or override inherited ones\n";
        assertTrue(document.get().contains(comment), document.get());
        document.set(document.get().replace(comment,
                "\tadd to subjective {\n\t\tfield school \"" + NEW_FIELD + "\" : text required\n\t}\n"));
        designer.showPreview(true);
        spinUntil(() -> designer.previewedForm() != null
                && FormDefinitions.findField(designer.previewedForm(), "school").isPresent(), 60_000,
                "the preview to show the new field");
        spin();
        assertTrue(labels(designer).stream().anyMatch(label -> label.contains(NEW_FIELD)),
                "the new field is rendered in the preview: " + labels(designer));
        assertTrue(page().saveEditor(designer, false));
        assertFalse(designer.isDirty());

        // Publish, from the designer; the dialog shows the changes to confirm
        page().activate(designer);
        List<String> shownForConfirmation = new ArrayList<>();
        List<String> confirmed = answer("Publish " + ID, shell -> {
            all(shell, Text.class).forEach(text -> shownForConfirmation.add(text.getText()));
            press(shell, "Publish");
        });
        runCommand("org.casenotes.template.ui.publish");
        spin();
        assertEquals(List.of("Publish " + ID), confirmed, "the confirmation was shown");
        assertTrue(shownForConfirmation.stream().anyMatch(text -> text.contains("First version of")
                && text.contains("+\t\tfield school")), shownForConfirmation.toString());
        AgencyTemplateLibrary library = AgencyTemplateFolder.inDataFolder().publishing();
        List<PublishedVersion> published = library.publishedVersions(ID);
        assertEquals(1, published.size(), "version 1 is published");
        assertTrue(document.get().contains("version 2 kind"), "the designer now edits version 2: " + document.get());
        assertFalse(designer.isDirty(), "reloaded from disk, not changed in the editor");
        assertTrue(treeTexts().stream().anyMatch(text -> text.startsWith(ID) && text.contains("published [1]")),
                "the Template Library view lists the published version: " + treeTexts());

        // the published version cannot be edited
        IEditorPart publishedEditor = LibraryEntries.openPublished(page(), published.get(0), library);
        TemplateDesigner readOnly = assertInstanceOf(TemplateDesigner.class, publishedEditor);
        spin();
        assertFalse(readOnly.textEditor().isEditable(), "a published version opens read-only");
        assertFalse(readOnly.textEditor().viewer().getTextWidget().getEditable(), "typing is refused");
        assertFalse(Files.getPosixFilePermissions(published.get(0).file()).contains(PosixFilePermission.OWNER_WRITE),
                "the published file is read-only on disk");

        // a clinician writes a note on it through the new-note wizard
        page().setPartState(page().getReference(readOnly), IWorkbenchPage.STATE_RESTORED);
        ClientSummary client = store.listClients().get(0);
        NewNoteWizard wizard = new NewNoteWizard(page(), store, NoteForms.installed());
        WizardDialog dialog = new WizardDialog(ActiveWorkbench.shell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.choices().choose(client.id(), FormKind.PROGRESS, ID);
        List<String> offered = List.of(all(dialog.getShell(), Combo.class).get(2).getItems());
        assertTrue(offered.contains("Agency SOAP progress note (agency template, version 1)"), offered.toString());
        press(dialog.getShell(), "Finish");
        spin();
        IEditorPart noteEditor = wizard.openedEditor();
        assertNotNull(noteEditor, "the wizard opened the draft");
        Note draft = NoteOpener.inputOf(noteEditor).note();
        FormDefinition form = NoteOpener.inputOf(noteEditor).form();
        assertEquals(ID, draft.getTemplateId());
        assertEquals(1, draft.getTemplateVersion(), "the note pins the published version");
        assertTrue(FormDefinitions.findField(form, "school").isPresent(), "the new field is in the note's form");
        assertTrue(FormDefinitions.findField(form, "clientReport").isPresent(), "and SOAP's own fields");
        assertTrue(store.loadNote(draft.getId()).isPresent(), "the draft is saved in the caseload");
        assertTrue(NoteForms.installed().form(ID, 1).isPresent(), "the pinned version is found again");
    }

    /** Picks "SOAP progress note" in the New Template dialog's list and presses OK. */
    private static void chooseSoap(Shell shell) {
        all(shell, Text.class).get(0).setText("SOAP progress note");
        Table table = all(shell, Table.class).get(0);
        spinUntil(() -> table.getItemCount() > 0 && table.getItem(0).getText().startsWith("SOAP progress note"),
                30_000, "the SOAP note to be listed");
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        press(shell, "OK");
    }

    private static List<String> labels(TemplateDesigner designer) {
        return all(designer.previewControl(), Label.class).stream().filter(label -> label.isVisible())
                .map(Label::getText).toList();
    }

    private static List<String> treeTexts() {
        TemplateLibraryView view = (TemplateLibraryView) page().findView(TemplateLibraryView.ID);
        view.viewer().expandAll();
        List<String> texts = new ArrayList<>();
        collect(view.viewer().getTree().getItems(), texts);
        return texts;
    }

    private static void collect(TreeItem[] items, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText());
            collect(item.getItems(), into);
        }
    }
}
