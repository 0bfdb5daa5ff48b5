package org.casenotes.ui.forms.internal;

import org.casenotes.ui.forms.ClientIdentity;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The strip across the top of the note editor that says whose note it is: the client's name in large type, then the
 * id and date of birth. It sits outside the scrolled form, so it stays in view however far down the clinician writes.
 */
final class ClientBanner {

    static final Color BACKGROUND = new Color(226, 234, 243);
    private static final Color TEXT = new Color(20, 45, 80);

    private final Label name;
    private final Label idAndBirth;

    private ClientBanner(Label name, Label idAndBirth) {
        this.name = name;
        this.idAndBirth = idAndBirth;
    }

    /** Puts the banner for {@code client} at the top of {@code parent}, a one-column grid. */
    static ClientBanner create(Composite parent, FormToolkit toolkit, ClientIdentity client) {
        Composite strip = toolkit.createComposite(parent);
        strip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true; // in a narrow editor the id and date of birth go under the name, never out of sight
        layout.center = true;
        layout.marginWidth = 10;
        layout.marginHeight = 6;
        layout.spacing = 16;
        strip.setLayout(layout);
        OwnColours.paint(strip, BACKGROUND, null);
        Label name = toolkit.createLabel(strip, client.nameOrId(), SWT.NONE);
        name.setFont(JFaceResources.getHeaderFont());
        OwnColours.paint(name, BACKGROUND, TEXT);
        Label details = toolkit.createLabel(strip, client.idAndBirth(), SWT.NONE);
        OwnColours.paint(details, BACKGROUND, TEXT);
        return new ClientBanner(name, details);
    }

    /** @return the banner's text as shown, e.g. "Dana Whitfield (Dee) | C-1003 · born 12 Apr 1988" */
    String text() {
        return name.getText() + " | " + idAndBirth.getText();
    }
}
