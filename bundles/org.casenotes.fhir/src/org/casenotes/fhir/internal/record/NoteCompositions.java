package org.casenotes.fhir.internal.record;

import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Note;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionAttestationMode;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Composition.DocumentConfidentiality;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Reference;

/**
 * A signed note as a Composition: its kind (LOINC document type), the form's title, the signer as author and legal
 * attester, a co-signer as professional attester, one section whose entry is the note's QuestionnaireResponse (or,
 * when the form is not installed, a narrative saying so), and one section per addendum. Notes are confidential
 * ({@code R}, restricted), as mental-health records are. "Amended" once it has addenda.
 */
final class NoteCompositions {

    private final Practitioners practitioners;
    private final Times times;

    NoteCompositions(Practitioners practitioners, Times times) {
        this.practitioners = practitioners;
        this.times = times;
    }

    Composition of(Note note, Optional<FormDefinition> form, Reference patient, Optional<Reference> response) {
        Composition composition = new Composition();
        composition.getIdentifier().setSystem(Codes.NOTE_ID).setValue(note.getId());
        composition.setStatus(note.getAddenda().isEmpty() ? CompositionStatus.FINAL : CompositionStatus.AMENDED);
        composition.setType(type(form.map(FormDefinition::getKind).orElse(null)));
        composition.getType().addCoding(new Coding(Codes.TEMPLATE, note.getTemplateId(), null));
        composition.setSubject(patient);
        composition.setDateElement(times.moment(note.getSignature().getSignedAt()));
        Reference signer = practitioners.of(note.getSignature());
        composition.addAuthor(signer);
        String title = form.map(FormDefinition::getTitle).orElse(note.getTemplateId());
        composition.setTitle(title + (note.getDateOfService() == null ? "" : ", " + note.getDateOfService()));
        composition.setConfidentiality(DocumentConfidentiality.R);
        composition.addAttester().setMode(CompositionAttestationMode.LEGAL)
                .setTimeElement(times.moment(note.getSignature().getSignedAt())).setParty(signer);
        if (note.getCosignature() != null && note.getCosignature().getSignedAt() != null) {
            composition.addAttester().setMode(CompositionAttestationMode.PROFESSIONAL)
                    .setTimeElement(times.moment(note.getCosignature().getSignedAt()))
                    .setParty(practitioners.of(note.getCosignature()));
        }
        if (note.getDateOfService() != null) {
            composition.addEvent().getPeriod().setStartElement(Times.dayTime(note.getDateOfService()));
        }
        SectionComponent content = composition.addSection().setTitle(title);
        response.ifPresentOrElse(content::addEntry, () -> content.setText(Narratives.of("The form this note was"
                + " written on (" + note.getTemplateId() + " version " + note.getTemplateVersion()
                + ") is not installed where it was exported; its answers are not included.")));
        if (note.isLateEntry()) {
            composition.addSection().setTitle("Late entry").setText(Narratives.of("Signed after the agency's window."
                    + (note.getLateEntryReason() == null ? "" : " Reason: " + note.getLateEntryReason())));
        }
        for (int i = 0; i < note.getAddenda().size(); i++) {
            Addendum addendum = note.getAddenda().get(i);
            composition.addSection().setTitle("Addendum " + (i + 1)).setText(Narratives.of(
                    "Written " + times.moment(addendum.getCreatedAt()).getValueAsString() + " by "
                            + addendum.getAuthorId() + (addendum.getReason() == null ? "" : "; reason: "
                                    + addendum.getReason()), addendum.getText()));
        }
        composition.setText(Narratives.of(composition.getTitle() + ", signed by "
                + note.getSignature().getSignerName()));
        return composition;
    }

    /** The LOINC document type of a note of this kind. */
    private static CodeableConcept type(FormKind kind) {
        Coding coding = switch (kind == null ? FormKind.PROGRESS : kind) {
            case TREATMENT_PLAN, PLAN_REVIEW -> new Coding(Codes.LOINC, "18776-5", "Plan of care note");
            case DISCHARGE -> new Coding(Codes.LOINC, "18842-5", "Discharge summary");
            case PROGRESS -> new Coding(Codes.LOINC, "11506-3", "Progress note");
            default -> new Coding(Codes.LOINC, "34109-9", "Note");
        };
        return new CodeableConcept(coding).setText(coding.getDisplay());
    }
}
