package org.casenotes.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** First screen of the workbench: what this is, which version, and where the clinician's data lives. */
public final class WelcomeView extends ViewPart {

    private Label title;
    private Label version;
    private Label dataLocation;

    @Override
    public void createPartControl(Composite parent) {
        InstallationFacts facts = InstallationFacts.current();
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(24, 24).spacing(8, 12).applyTo(body);

        title = new Label(body, SWT.NONE);
        title.setText("Casenotes");
        title.setFont(JFaceResources.getHeaderFont());

        Label purpose = new Label(body, SWT.WRAP);
        purpose.setText("Progress notes for social work and mental health: write from your agency's templates, "
                + "and see what is missing or would hurt the client while you type.");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(purpose);

        version = new Label(body, SWT.NONE);
        version.setText("Version " + facts.version());

        dataLocation = new Label(body, SWT.WRAP);
        dataLocation.setText("Your data lives in " + facts.dataLocation());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dataLocation);
    }

    /** The text this view shows about the version, for tests. */
    public String versionText() {
        return version.getText();
    }

    /** The text this view shows about the data location, for tests. */
    public String dataLocationText() {
        return dataLocation.getText();
    }

    @Override
    public void setFocus() {
        title.setFocus();
    }
}
