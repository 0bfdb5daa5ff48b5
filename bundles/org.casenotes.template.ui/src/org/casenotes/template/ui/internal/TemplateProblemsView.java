package org.casenotes.template.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.ui.TemplateDesigners;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Template Problems: the errors and warnings of every template in the folder of the template saved last (the
 * agency's folder), with file and line, as {@code casenotes check-templates} reports them. Filled in the background
 * each time a template is saved; double-clicking a problem opens the template at it.
 * <p>
 * The same problems of the data folder's agency templates also become markers in the workbench's Problems view
 * ({@link TemplateMarkers}); templates elsewhere are listed here only.
 */
public final class TemplateProblemsView extends ViewPart {

    /** Id of the view, as declared in plugin.xml. */
    public static final String ID = "org.casenotes.template.ui.problems";

    private TableViewer table;
    private Label summary;
    private Path folder;
    private List<TemplateDiagnostic> problems = List.of();
    private long generation;

    /** Shows the view (without taking the focus) and checks every template in the saved template's folder. */
    static void refreshAfterSave(IWorkbenchPage page, Path savedTemplate) {
        Path parent = savedTemplate.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            IViewPart view = page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            if (view instanceof TemplateProblemsView problemsView) {
                problemsView.check(parent);
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot show the template problems", null,
                    e.getStatus());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText("Save a template to check every template of its folder.");
        Composite tableArea = new Composite(area, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        table = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, "Description", 60, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((TemplateDiagnostic) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(
                        ((TemplateDiagnostic) element).isError() ? ISharedImages.IMG_OBJS_ERROR_TSK
                                : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column(columns, "Template", 25, label(d -> Path.of(d.file()).getFileName().toString()));
        column(columns, "Line", 7, label(d -> Integer.toString(d.line())));
        column(columns, "Severity", 8, label(d -> d.severity().name().toLowerCase()));
        table.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
    }

    private static ColumnLabelProvider label(java.util.function.Function<TemplateDiagnostic, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((TemplateDiagnostic) element);
            }
        };
    }

    /** Compiles the installed libraries with every template of {@code templates} and lists that folder's problems. */
    void check(Path templates) {
        long current = ++generation;
        folder = templates;
        summary.setText("Checking the templates in " + templates + "\u2026");
        Job job = Job.create("Checking templates", (IProgressMonitor monitor) -> {
            List<TemplateDiagnostic> found = TemplateLibrary.contributed().withDirectory(templates).compile()
                    .diagnostics().stream().filter(d -> inFolder(d, templates)).toList();
            table.getControl().getDisplay().asyncExec(() -> show(current, templates, found));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static boolean inFolder(TemplateDiagnostic diagnostic, Path templates) {
        Path file = Path.of(diagnostic.file());
        return file.isAbsolute() && file.startsWith(templates.toAbsolutePath());
    }

    private void show(long checked, Path templates, List<TemplateDiagnostic> found) {
        if (checked != generation || table.getControl().isDisposed()) {
            return;
        }
        problems = found;
        table.setInput(found);
        long errors = found.stream().filter(TemplateDiagnostic::isError).count();
        long warnings = found.stream().filter(d -> d.severity() == TemplateDiagnostic.Severity.WARNING).count();
        long files = countTemplates(templates);
        summary.setText(errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings") + " in " + files + (files == 1 ? " template" : " templates")
                + " of " + templates);
        summary.getParent().layout(true, true);
        TemplateMarkers.replace(templates, found);
    }

    private static long countTemplates(Path templates) {
        try (var files = Files.walk(templates)) {
            return files.filter(f -> f.toString().endsWith(".ntpl")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private void open(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof TemplateDiagnostic problem)) {
            return;
        }
        try {
            var editor = TemplateDesigners.open(getSite().getPage(), Path.of(problem.file()));
            if (editor instanceof TemplateDesigner designer) {
                designer.textEditor().selectAndReveal(problem.offset(), problem.length());
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Cannot open the template", null, e.getStatus());
        }
    }

    /** @return the problems listed now (for tests) */
    public List<TemplateDiagnostic> problems() {
        return problems;
    }

    /** @return the folder checked last, or null */
    public Path folder() {
        return folder;
    }

    /** @return the line above the table */
    public String summary() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
