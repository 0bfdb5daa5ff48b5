package org.casenotes.core.diagnoses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.RecordFactory;

/**
 * A diagnosis entered for a client: its ICD-10-CM code, when the condition began (if known), whether it is the primary
 * diagnosis, and when it resolved (if it has). {@link #problems} says what is wrong in words a clinician can act on
 * (an unknown code with its nearest codes, impossible dates, a code the client already has unresolved);
 * {@link #addTo} refuses while there is any, and a new primary diagnosis makes the others secondary.
 *
 * @param code     the code as typed
 * @param onset    when the condition began, or null if unknown
 * @param primary  whether it is the primary diagnosis
 * @param resolved when it resolved, or null while it is current
 */
public record DiagnosisEntry(String code, LocalDate onset, boolean primary, LocalDate resolved) {

    /**
     * @param client the client the diagnosis is for
     * @param codes  the codes a diagnosis may carry
     * @param today  today, which no date may be after
     * @return what must be corrected before the diagnosis can be added; empty when it can
     */
    public List<String> problems(Client client, Icd10CmCodes codes, LocalDate today) {
        List<String> problems = new ArrayList<>();
        try {
            IcdCode checked = new DiagnosisCodeCheck(codes).check(code);
            if (client.getDiagnoses().stream().anyMatch(existing -> existing.getResolvedOn() == null
                    && checked.code().equals(existing.getIcd10Code()))) {
                problems.add(checked.code() + " is already a current diagnosis of this client.");
            }
        } catch (UnknownDiagnosisCodeException e) {
            problems.add(e.getMessage());
        }
        if (onset != null && onset.isAfter(today)) {
            problems.add("The onset cannot be after today (" + today + ").");
        }
        if (onset != null && client.getDateOfBirth() != null && onset.isBefore(client.getDateOfBirth())) {
            problems.add("The onset cannot be before the client was born (" + client.getDateOfBirth() + ").");
        }
        if (resolved != null && resolved.isAfter(today)) {
            problems.add("The diagnosis cannot have resolved after today (" + today + ").");
        }
        if (resolved != null && onset != null && resolved.isBefore(onset)) {
            problems.add("The diagnosis cannot have resolved (" + resolved + ") before its onset (" + onset + ").");
        }
        return problems;
    }

    /**
     * Adds the diagnosis to the client's record, made today, with the code and description as listed.
     *
     * @return the diagnosis added
     * @throws IllegalArgumentException with the {@link #problems} if there are any
     */
    public Diagnosis addTo(Client client, Icd10CmCodes codes, LocalDate today, String id) {
        List<String> problems = problems(client, codes, today);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        IcdCode listed = new DiagnosisCodeCheck(codes).check(code);
        Diagnosis diagnosis = RecordFactory.eINSTANCE.createDiagnosis();
        diagnosis.setId(Objects.requireNonNull(id, "id"));
        diagnosis.setIcd10Code(listed.code());
        diagnosis.setDescription(listed.description());
        diagnosis.setOnsetOn(onset);
        diagnosis.setDiagnosedOn(today);
        diagnosis.setResolvedOn(resolved);
        diagnosis.setPrimary(primary);
        if (primary) {
            client.getDiagnoses().forEach(other -> other.setPrimary(false));
        }
        client.getDiagnoses().add(diagnosis);
        return diagnosis;
    }
}
