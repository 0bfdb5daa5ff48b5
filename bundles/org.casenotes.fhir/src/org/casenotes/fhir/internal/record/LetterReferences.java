package org.casenotes.fhir.internal.record;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.casenotes.model.record.Letter;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A letter as a DocumentReference whose attachment is the letter as written (letterhead, recipient line and text,
 * plain UTF-8 text), final once signed, with the signer as author.
 */
final class LetterReferences {

    private final Practitioners practitioners;
    private final Times times;

    LetterReferences(Practitioners practitioners, Times times) {
        this.practitioners = practitioners;
        this.times = times;
    }

    DocumentReference of(Letter letter, String title, Reference patient) {
        DocumentReference reference = new DocumentReference();
        reference.addIdentifier().setSystem(Codes.LETTER_ID).setValue(letter.getId());
        reference.setStatus(DocumentReferenceStatus.CURRENT);
        reference.setDocStatus(letter.getSignature() == null ? DocumentReference.ReferredDocumentStatus.PRELIMINARY
                : DocumentReference.ReferredDocumentStatus.FINAL);
        CodeableConcept type = new CodeableConcept().setText("Letter");
        if (letter.getTemplateId() != null) {
            type.addCoding(new Coding(Codes.TEMPLATE, letter.getTemplateId(), null));
        }
        reference.setType(type);
        reference.setSubject(patient);
        if (letter.getCreatedAt() != null) {
            reference.setDate(Date.from(letter.getCreatedAt()));
        }
        if (letter.getSignature() != null && letter.getSignature().getSignedAt() != null) {
            reference.addAuthor(practitioners.of(letter.getSignature()));
        }
        reference.setDescription(title + (letter.getRecipient() == null ? "" : " to " + letter.getRecipient()));
        Attachment attachment = new Attachment().setContentType("text/plain").setLanguage("en")
                .setData(text(letter).getBytes(StandardCharsets.UTF_8)).setTitle(title);
        if (letter.getCreatedAt() != null) {
            attachment.setCreationElement(times.moment(letter.getCreatedAt()));
        }
        reference.addContent().setAttachment(attachment);
        reference.setText(Narratives.of(reference.getDescription()));
        return reference;
    }

    private static String text(Letter letter) {
        StringBuilder text = new StringBuilder();
        if (letter.getLetterhead() != null && !letter.getLetterhead().isBlank()) {
            text.append(letter.getLetterhead().strip()).append("\n\n");
        }
        if (letter.getRecipient() != null && !letter.getRecipient().isBlank()) {
            text.append("To: ").append(letter.getRecipient()).append("\n\n");
        }
        text.append(letter.getText() == null ? "" : letter.getText());
        return text.toString();
    }
}
