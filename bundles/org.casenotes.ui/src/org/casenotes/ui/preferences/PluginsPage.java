package org.casenotes.ui.preferences;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.casenotes.plugins.InstalledPlugin;
import org.casenotes.plugins.PluginInstallException;
import org.casenotes.plugins.PluginInstallation;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.framework.FrameworkUtil;

/**
 * Preference page listing the installed plugins, installing more from a p2 repository (a folder or a URL) and removing
 * them, as {@code casenotes plugins} does: through {@link PluginInstallation}. A refused install shows p2's reason on
 * the page and changes nothing; changes take effect when Casenotes is restarted.
 */
public final class PluginsPage extends PreferencePage implements IWorkbenchPreferencePage {

    private final Supplier<PluginInstallation> installation;

    private Table plugins;
    private Text repository;
    private Button install;
    private Button remove;
    private Label listing;
    private Label outcome;

    /** The page on the running installation. */
    public PluginsPage() {
        this(PluginsPage::runningInstallation);
    }

    /** @param installation the installation whose plugins the page shows */
    public PluginsPage(Supplier<PluginInstallation> installation) {
        this.installation = installation;
        noDefaultAndApplyButton();
        setDescription("Plugins add rule packs, word lists, note controls and export formats. Install them from the"
                + " p2 repository their author built (a folder or a URL); only install plugins from sources you"
                + " trust. Changes take effect when Casenotes is restarted.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the installation is read when the page is shown
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);

        new Label(page, SWT.NONE).setText("&Installed plugins:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(page.getChildren()[0]);
        plugins = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        plugins.setHeaderVisible(true);
        for (String column : List.of("Plugin", "Version", "Id")) {
            new TableColumn(plugins, SWT.LEFT).setText(column);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 120).applyTo(plugins);
        remove = new Button(page, SWT.PUSH);
        remove.setText("&Remove");
        remove.setEnabled(false);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
        plugins.addListener(SWT.Selection, event -> remove.setEnabled(plugins.getSelectionCount() == 1));
        remove.addListener(SWT.Selection, event -> removeSelected());
        listing = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(listing);

        new Label(page, SWT.NONE).setText("&From p2 repository:");
        repository = new Text(page, SWT.BORDER);
        repository.setMessage("folder or URL, e.g. .../target/repository");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(repository);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, event -> {
            String folder = new DirectoryDialog(getShell()).open();
            if (folder != null) {
                repository.setText(folder);
            }
        });
        install = new Button(page, SWT.PUSH);
        install.setText("I&nstall");
        GridDataFactory.fillDefaults().span(3, 1).align(SWT.END, SWT.CENTER).applyTo(install);
        install.addListener(SWT.Selection, event -> install());

        outcome = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(outcome);
        refresh(true);
        return page;
    }

    private void install() {
        String typed = repository.getText();
        run(() -> {
            List<InstalledPlugin> installed = installation.get().install(typed);
            return "Installed " + String.join(", ", installed.stream().map(InstalledPlugin::toString).toList())
                    + ". Restart Casenotes to use " + (installed.size() == 1 ? "it." : "them.");
        });
    }

    private void removeSelected() {
        String id = (String) plugins.getSelection()[0].getData();
        run(() -> "Removed " + installation.get().remove(id) + ". Restart Casenotes to leave it out.");
    }

    private interface Operation {
        String run() throws PluginInstallException;
    }

    /**
     * Runs a p2 operation off the display thread (installing from a folder takes seconds, from a URL longer), then
     * shows its outcome and lists the plugins again. The buttons wait meanwhile.
     */
    private void run(Operation operation) {
        setBusy(true);
        outcome.setText("Working...");
        Display display = getShell().getDisplay();
        Job.create("Plugins", monitor -> {
            String message;
            boolean failed;
            try {
                message = operation.run();
                failed = false;
            } catch (PluginInstallException | RuntimeException e) {
                message = e.getMessage() + System.lineSeparator() + "Nothing was changed.";
                failed = true;
            }
            String shown = message;
            boolean refused = failed;
            display.asyncExec(() -> {
                if (outcome.isDisposed()) {
                    return;
                }
                setErrorMessage(refused ? shown.lines().findFirst().orElse(shown) : null);
                outcome.setText(shown);
                refresh(false);
            });
        }).schedule();
    }

    /**
     * Lists the installed plugins off the display thread, or says why they cannot be listed; when the page opens, first
     * deletes the files of plugins removed earlier that are still there (removing a plugin while the workbench runs it
     * leaves its jars until the workbench has been restarted without them).
     */
    private void refresh(boolean collectGarbage) {
        setBusy(true);
        Display display = getShell().getDisplay();
        Job.create("Plugins", monitor -> {
            List<InstalledPlugin> found;
            String problem;
            try {
                if (collectGarbage) {
                    installation.get().collectGarbage();
                }
                found = installation.get().installed();
                problem = "";
            } catch (PluginInstallException | RuntimeException e) {
                found = List.of();
                problem = e.getMessage();
            }
            List<InstalledPlugin> listed = found;
            String said = problem;
            display.asyncExec(() -> {
                if (plugins.isDisposed()) {
                    return;
                }
                plugins.removeAll();
                for (InstalledPlugin plugin : listed) {
                    TableItem item = new TableItem(plugins, SWT.NONE);
                    item.setText(new String[] { plugin.name(), plugin.version(), plugin.id() });
                    item.setData(plugin.id());
                }
                for (TableColumn column : plugins.getColumns()) {
                    column.pack();
                }
                listing.setText(said);
                setBusy(false);
                outcome.getParent().layout(true, true);
            });
        }).schedule();
    }

    private void setBusy(boolean busy) {
        install.setEnabled(!busy);
        remove.setEnabled(!busy && plugins.getSelectionCount() == 1);
    }

    private static PluginInstallation runningInstallation() {
        try {
            return new PluginInstallation(FrameworkUtil.getBundle(PluginsPage.class).getBundleContext(),
                    Path.of(Platform.getInstallLocation().getURL().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell this installation's folder", e);
        }
    }
}
