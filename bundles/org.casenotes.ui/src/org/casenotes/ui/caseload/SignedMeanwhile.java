package org.casenotes.ui.caseload;

import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.KeptDraftSave;
import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A draft kept on this computer while the agency server was out of reach, whose note was signed on the server
 * meanwhile (on another computer): a signed note does not change, so what was written here cannot go into it. The
 * clinician reads it (and copies what is missing into an addendum of the signed note), then discards the kept copy
 * or keeps it for later; it is never thrown away unasked, and the question is asked once per sign-in.
 */
final class SignedMeanwhile extends MessageDialog {

    /** The dialog's title. */
    static final String TITLE = "Note Signed Meanwhile";
    /** The button that deletes the copy kept on this computer. */
    static final String DISCARD = "Discard Kept Copy";
    /** The button that leaves it there, to be offered again at the next sign-in. */
    static final String KEEP = "Keep on This Computer";

    private final String keptText;

    private SignedMeanwhile(Shell shell, String which, String keptText) {
        super(shell, TITLE, null, which + " was signed on the agency server while the changes below were kept on this"
                + " computer. A signed note does not change: if something in them is missing from it, add it to"
                + " the signed note as an addendum.", WARNING, 1, DISCARD, KEEP); // Keep is the default: Enter deletes nothing
        this.keptText = keptText;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Shows {@code save}'s kept draft and discards it from this computer if the clinician says so. */
    static void ask(Shell shell, AgencySession session, KeptDraftSave save) {
        Note draft = save.draft();
        Optional<Client> client = ServerWatch.clientOf(session, draft);
        String text = client.map(known -> NotePlainText.of(known, draft,
                NoteForms.installed().form(draft.getTemplateId(), draft.getTemplateVersion()))).orElse("");
        if (new SignedMeanwhile(shell, "The " + ServerWatch.named(session, draft), text).open() == 0) {
            session.keptDrafts().ifPresent(kept -> kept.discard(draft.getId()));
        }
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        if (keptText.isEmpty()) {
            return null;
        }
        Text kept = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        kept.setText(keptText);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = convertWidthInCharsToPixels(80);
        size.heightHint = convertHeightInCharsToPixels(14);
        kept.setLayoutData(size);
        return kept;
    }
}
