package org.casenotes.core.rules.payer.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Signature;

/**
 * {@code payer.signature}: a signed note carries a dated signature with the signer's name and credentials (e.g.
 * LCSW); when its form requires a co-signature (always, or by a condition on the note's values such as
 * {@code underSupervision = true}), a signed note still waiting for it is reported as a warning. Drafts are not checked (the lifecycle refuses a signature without credentials).
 */
public final class SignatureRule extends PayerRule {

    static final String SIGNATURE = "signature";

    public SignatureRule() {
        super("payer.signature", Severity.ERROR,
                "A signed note has a dated signature with the clinician's name and credentials, and the "
                        + "supervisor's co-signature where the form requires one.",
                PayerSources.SIGNATURES);
    }

    @Override
    void check(ServiceNote service, List<Finding> findings) {
        Note note = service.note();
        boolean signedStatus = note.getStatus() == NoteStatus.SIGNED || note.getStatus() == NoteStatus.COSIGNED;
        Signature signature = note.getSignature();
        if (signature == null) {
            if (signedStatus) {
                findings.add(finding("The note is marked signed but carries no signature.", SIGNATURE));
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(signature.getSignerName())) {
            missing.add("the signer's name");
        }
        if (blank(signature.getCredentials())) {
            missing.add("the signer's credentials (e.g. LCSW)");
        }
        if (signature.getSignedAt() == null) {
            missing.add("the date of signing");
        }
        if (!missing.isEmpty()) {
            findings.add(finding("The signature lacks " + String.join(", ", missing) + ".", SIGNATURE));
        }
        if (note.getStatus() == NoteStatus.SIGNED && note.getCosignature() == null && needsCosignature(service)) {
            findings.add(finding(Severity.WARNING, "The form requires a supervisor's co-signature, which this "
                    + "note does not have yet.", SIGNATURE, List.of()));
        }
    }

    private static boolean needsCosignature(ServiceNote service) {
        ValueScope scope = ValueScope.of(service.note());
        return service.form().map(FormDefinitions::allElements).orElse(List.<FormElement>of()).stream()
                .anyMatch(e -> e instanceof SignatureBlock block && FormState.needsCosignature(block, scope));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
