package org.casenotes.fhir.internal.record;

import org.casenotes.model.record.Signature;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/** The clinicians who signed the exported documents, as Practitioners: name, credentials, Casenotes id. */
final class Practitioners {

    private final BundleEntries entries;

    Practitioners(BundleEntries entries) {
        this.entries = entries;
    }

    Reference of(Signature signature) {
        String id = signature.getSignerId() == null ? signature.getSignerName() : signature.getSignerId();
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier(new Identifier().setSystem(Codes.CLINICIAN_ID).setValue(id));
        practitioner.addName().setText(signature.getSignerName());
        if (signature.getCredentials() != null && !signature.getCredentials().isBlank()) {
            practitioner.addQualification().setCode(new CodeableConcept().setText(signature.getCredentials()));
        }
        practitioner.setText(Narratives.of(signature.getSignerName()
                + (signature.getCredentials() == null ? "" : ", " + signature.getCredentials())));
        Reference reference = new Reference(entries.add(id, practitioner));
        return reference.setDisplay(signature.getSignerName());
    }
}
