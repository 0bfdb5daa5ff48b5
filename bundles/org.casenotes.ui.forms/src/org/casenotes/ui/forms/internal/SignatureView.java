package org.casenotes.ui.forms.internal;

import java.util.Map;

import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.record.Signature;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The signature block: the attestation, and who signed (and co-signed) the note, or that it is not signed yet. */
final class SignatureView implements ElementView {

    private final SignatureBlock block;
    private final Composite root;
    private final Label signed;

    SignatureView(Composite parent, EditorServices services, SignatureBlock block) {
        this.block = block;
        root = services.toolkit().createComposite(parent, SWT.BORDER);
        root.setLayoutData(FormRows.filling());
        root.setLayout(new GridLayout(1, false));
        Label title = services.toolkit().createLabel(root, block.getLabel() == null ? "Signature" : block.getLabel());
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        if (block.getAttestation() != null) {
            services.toolkit().createLabel(root, block.getAttestation(), SWT.WRAP)
                    .setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        signed = services.toolkit().createLabel(root, "", SWT.WRAP);
        signed.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    @Override
    public boolean refresh(ValueScope scope) {
        boolean changed = ElementView.show(root, FormState.isShown(block, scope));
        StringBuilder text = new StringBuilder(describe("Signed", scope.note().getSignature()));
        if (scope.note().getCosignature() != null) {
            text.append('\n').append(describe("Co-signed", scope.note().getCosignature()));
        } else if (FormState.needsCosignature(block, scope)) {
            text.append("\nNeeds a supervisor's co-signature after signing.");
        }
        if (!text.toString().equals(signed.getText())) {
            signed.setText(text.toString());
            changed = true;
        }
        return changed;
    }

    private static String describe(String what, Signature signature) {
        if (signature == null) {
            return "Not signed yet.";
        }
        return what + " by " + signature.getSignerName()
                + (signature.getCredentials() == null ? "" : ", " + signature.getCredentials()) + " on "
                + RecordTimes.format(signature.getSignedAt());
    }

    @Override
    public void collectFields(Map<String, FieldView> into) {
        // a signature is given through the lifecycle, not typed into the form
    }
}
