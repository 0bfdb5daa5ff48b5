package org.casenotes.template.ui.tests.library;

import static org.casenotes.template.ui.tests.library.LibraryDriver.rows;
import static org.casenotes.template.ui.tests.library.LibraryDriver.select;
import static org.casenotes.template.ui.tests.library.LibraryDriver.showView;
import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.ActiveWorkbench.runCommand;
import static org.casenotes.ui.testsupport.Clicks.press;
import static org.casenotes.ui.testsupport.DialogWatcher.answer;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.casenotes.ui.testsupport.WidgetFinder.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.template.ui.library.AgencyTemplateFolder;
import org.casenotes.template.ui.library.LibraryEntries;
import org.casenotes.template.ui.library.LibraryEntry;
import org.casenotes.template.ui.library.TemplateLibraryView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Template Library view with its Publish and Compare Versions commands, in the running workbench. */
class TemplateLibraryViewTest {

    private static final String ID = "agency.LibrarySoap";
    private static final String TEXT = """
            package agency

            import std.progress.SoapNote

            template LibrarySoap "Library SOAP note" version 1 kind progress extends SoapNote {
            	section checkIn "Agency check-in" {
            		field feelsSafe "Client feels safe at home" : choice { yes "Yes", no "No" } required
            	}
            }
            """;

    private AgencyTemplateFolder folder;
    private AgencyTemplateLibrary library;

    @BeforeEach
    void writeAWorkingCopy() throws Exception {
        folder = AgencyTemplateFolder.inDataFolder();
        library = folder.publishing();
        Files.createDirectories(folder.folder());
        Files.writeString(folder.folder().resolve("LibrarySoap.ntpl"), TEXT, StandardCharsets.UTF_8);
    }

    @AfterEach
    void removeIt() throws Exception {
        page().closeAllEditors(false);
        Files.deleteIfExists(folder.folder().resolve("LibrarySoap.ntpl"));
        LibraryDriver.delete(library.publishedFolder().resolve(ID));
    }

    @Test
    void theViewListsStandardTemplatesReadOnlyAndAgencyTemplatesWithTheirPublishedVersions() throws Exception {
        library.publish(ID);
        TemplateLibraryView view = showView();

        List<String> rows = rows(view);

        assertTrue(rows.contains("Standard templates (read-only)"), rows.toString());
        assertTrue(rows.contains("std/progress/soap.ntpl"), rows.toString());
        assertTrue(rows.contains("Agency templates"), rows.toString());
        assertTrue(rows.contains(ID + " \u2014 Library SOAP note (editing version 2), published [1]"), rows.toString());
        assertTrue(rows.contains("version 1 (published, read-only)"), rows.toString());
    }

    @Test
    void publishingFromTheViewShowsTheChangesAndCancelPublishesNothing() throws Exception {
        TemplateLibraryView view = showView();
        select(view, ID);
        List<String> shown = new ArrayList<>();
        answer("Publish " + ID, shell -> {
            all(shell, Text.class).forEach(text -> shown.add(text.getText()));
            press(shell, "Cancel");
        });
        runCommand("org.casenotes.template.ui.publish");
        assertTrue(shown.stream().anyMatch(text -> text.contains("nothing published \u2192 working copy (version 1)")),
                shown.toString());
        assertTrue(library.publishedVersions(ID).isEmpty(), "cancelled: nothing published");

        select(view, ID);
        List<String> published = answer("Publish " + ID, shell -> press(shell, "Publish"));
        runCommand("org.casenotes.template.ui.publish");
        assertEquals(List.of("Publish " + ID), published);
        assertEquals(1, library.publishedVersions(ID).size());
        assertTrue(rows(view).contains(ID + " \u2014 Library SOAP note (editing version 2), published [1]"),
                "the view shows it at once: " + rows(view));
    }

    @Test
    void aWorkingCopyWithErrorsIsNotPublishedAndTheErrorsAreShown() throws Exception {
        Files.writeString(folder.folder().resolve("LibrarySoap.ntpl"), TEXT.replace("choice {", "choice {{"));
        TemplateLibraryView view = showView();
        select(view, ID);
        List<String> said = new ArrayList<>();
        answer("Cannot publish " + ID, shell -> {
            all(shell, Label.class).forEach(label -> said.add(label.getText()));
            press(shell, "OK");
        });
        runCommand("org.casenotes.template.ui.publish");
        assertTrue(said.stream().anyMatch(text -> text.contains("correct") && text.contains("line 7")),
                said.toString());
        assertTrue(library.publishedVersions(ID).isEmpty());
    }

    @Test
    void compareVersionsShowsWhatChangedBetweenTwoPublishedVersions() throws Exception {
        library.publish(ID);
        Path file = folder.folder().resolve("LibrarySoap.ntpl");
        Files.writeString(file, Files.readString(file).replace("required\n",
                "required\n\t\tfield school \"School the client attends\" : text\n"));
        library.publish(ID);
        TemplateLibraryView view = showView();
        select(view, ID);
        List<String> compared = new ArrayList<>();
        answer("Compare versions of " + ID, shell -> {
            List<Combo> combos = all(shell, Combo.class);
            combos.get(0).select(0);
            combos.get(0).notifyListeners(SWT.Selection, new Event());
            combos.get(1).select(1);
            combos.get(1).notifyListeners(SWT.Selection, new Event());
            all(shell, Text.class).forEach(text -> compared.add(text.getText()));
            press(shell, "Close");
        });
        runCommand("org.casenotes.template.ui.compareVersions");
        assertTrue(compared.stream().anyMatch(text -> text.contains("version 1 \u2192 version 2")
                && text.contains("+ Field \"School the client attends\" (school) added in section \"Agency check-in\"")
                && text.contains("+\t\tfield school")), compared.toString());
    }

    @Test
    void aPublishedVersionOpensReadOnlyAndOneChangedOnDiskIsRefused() throws Exception {
        PublishedVersion version = library.publish(ID);
        TemplateLibraryView view = showView();
        LibraryEntry row = select(view, "version 1 (published");

        LibraryEntries.open(page(), row, library);
        TemplateDesigner designer = assertInstanceOf(TemplateDesigner.class, page().getActiveEditor());
        spinUntil(() -> designer.textEditor() != null, 10_000, "the designer");
        assertFalse(designer.textEditor().isEditable(), "published versions are read-only");
        assertFalse(designer.textEditor().viewer().getTextWidget().getEditable());
        page().closeAllEditors(false);
        TemplateDesigner fromDisk = (TemplateDesigner) TemplateDesigners.open(page(), version.file());
        assertFalse(fromDisk.textEditor().isEditable(), "the read-only file also opens read-only from disk");
        page().closeAllEditors(false);

        version.file().toFile().setWritable(true);
        Files.writeString(version.file(), TEXT.replace("required", ""));
        List<String> said = new ArrayList<>();
        answer("Published version changed", shell -> {
            all(shell, Label.class).forEach(label -> said.add(label.getText()));
            press(shell, "OK");
        });
        IEditorPart refused = LibraryEntries.openPublished(page(), version, library);
        assertNull(refused, "not opened");
        assertTrue(said.stream().anyMatch(text -> text.contains("has been changed since it was published")),
                said.toString());
    }
}
