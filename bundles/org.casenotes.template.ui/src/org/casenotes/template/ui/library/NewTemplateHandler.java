package org.casenotes.template.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.ui.TemplateDesigners;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "New template": asks for the template it extends (or none) and its id, writes it into the agency's template
 * folder and opens it in the template designer.
 */
public final class NewTemplateHandler extends AbstractHandler {

    private static final String NO_BASE = "(none: a template of its own)";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        AgencyTemplateFolder agency = AgencyTemplateFolder.inDataFolder();
        Optional<Optional<FormDefinition>> base = chooseBase(shell, agency.library());
        if (base.isEmpty()) {
            return null;
        }
        InputDialog idDialog = new InputDialog(shell, "New template",
                "Template id (a capital letter, then letters and digits), e.g. AgencySoapNote:", "AgencyNote",
                id -> id.matches("[A-Z][A-Za-z0-9]*") ? null : "Start with a capital letter; letters and digits only.");
        if (idDialog.open() != Window.OK) {
            return null;
        }
        String id = idDialog.getValue();
        try {
            Path file = agency.create(id, base.get().map(f -> "Agency " + f.getTitle()).orElse(id), base.get());
            TemplateLibraryView.refreshIn(window);
            TemplateDesigners.open(window.getActivePage(), file);
        } catch (IllegalArgumentException | PartInitException e) {
            MessageDialog.openError(shell, "New template", e.getMessage());
        }
        return null;
    }

    /** @return empty when cancelled, else the chosen base (itself empty for "none") */
    private static Optional<Optional<FormDefinition>> chooseBase(Shell shell, TemplateLibrary library) {
        List<Object> choices = new ArrayList<>();
        choices.add(NO_BASE);
        choices.addAll(library.compile().forms());
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof FormDefinition form ? form.getTitle() + " \u2014 " + form.getId()
                        : element.toString();
            }
        });
        dialog.setTitle("New template");
        dialog.setMessage("The template to extend (its sections, fields and rules are inherited):");
        dialog.setElements(choices.toArray());
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return Optional.empty();
        }
        return Optional.of(dialog.getFirstResult() instanceof FormDefinition form ? Optional.of(form)
                : Optional.empty());
    }
}
