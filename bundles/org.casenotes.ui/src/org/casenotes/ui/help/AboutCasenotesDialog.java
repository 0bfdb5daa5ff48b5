package org.casenotes.ui.help;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help &gt; About Casenotes: the version (the workbench bundle's, qualifier included, which is what a bug report needs),
 * Casenotes' licence, and every component the installation runs on with the licence it declares.
 */
public final class AboutCasenotesDialog extends Dialog {

    /** The dialog's title. */
    public static final String TITLE = "About Casenotes";

    private final Bundle casenotes = FrameworkUtil.getBundle(AboutCasenotesDialog.class);
    private Label version;
    private Table components;

    public AboutCasenotesDialog(Shell parent) {
        super(parent);
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
        Label name = new Label(area, SWT.NONE);
        name.setText("Casenotes");
        name.setFont(JFaceResources.getHeaderFont());
        version = new Label(area, SWT.NONE);
        version.setText("Version " + casenotes.getVersion());
        wrapped(area, "Progress notes for social work and mental health: agency templates, live review of what is "
                + "missing and of the wording, and an encrypted record kept on this computer.");
        wrapped(area, "Casenotes is free software under the " + Licences.OWN
                + " (https://www.eclipse.org/legal/epl-2.0/). It runs on the components below, each under the "
                + "licence it declares.");
        components = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        components.setHeaderVisible(true);
        components.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 280).applyTo(components);
        column("Component", 300);
        column("Version", 130);
        column("Licence", 290);
        for (Licences.Component component : Licences.of(casenotes.getBundleContext().getBundles())) {
            new TableItem(components, SWT.NONE)
                    .setText(new String[] {component.name(), component.version(), component.licence()});
        }
        return area;
    }

    private static void wrapped(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(label);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(components, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** @return the version line as shown (for tests) */
    public String versionText() {
        return version.getText();
    }

    /** @return the components as listed, "name | version | licence" (for tests) */
    public List<String> componentRows() {
        return java.util.Arrays.stream(components.getItems())
                .map(item -> item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2)).toList();
    }
}
