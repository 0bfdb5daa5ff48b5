package org.casenotes.core.diagnoses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.RecordFactory;
import org.junit.jupiter.api.Test;

class DiagnosisEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final Icd10CmCodes codes = Icd10CmCodes.behavioralHealth();
    private final Client client = client();

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("c-ives");
        client.setLegalName("Orla Ives");
        client.setStatus(ClientStatus.ACTIVE);
        client.setDateOfBirth(LocalDate.of(1988, 6, 14));
        return client;
    }

    @Test
    void aDiagnosisCarriesTheListedCodeAndDescriptionOnsetPrimaryAndResolved() {
        Diagnosis added = new DiagnosisEntry("f43.10", LocalDate.of(2025, 3, 1), true, null)
                .addTo(client, codes, TODAY, "d-1");

        assertEquals(List.of(added), client.getDiagnoses());
        assertEquals("F43.10", added.getIcd10Code());
        assertEquals("Post-traumatic stress disorder, unspecified", added.getDescription());
        assertEquals(LocalDate.of(2025, 3, 1), added.getOnsetOn());
        assertEquals(TODAY, added.getDiagnosedOn());
        assertNull(added.getResolvedOn());
        assertTrue(added.isPrimary());
    }

    @Test
    void aNewPrimaryDiagnosisMakesTheOthersSecondary() {
        Diagnosis first = new DiagnosisEntry("F41.1", null, true, null).addTo(client, codes, TODAY, "d-1");
        Diagnosis second = new DiagnosisEntry("Z59.02", null, false, null).addTo(client, codes, TODAY, "d-2");
        assertTrue(first.isPrimary());
        assertFalse(second.isPrimary());

        Diagnosis third = new DiagnosisEntry("F33.1", null, true, null).addTo(client, codes, TODAY, "d-3");

        assertEquals(List.of(false, false, true), List.of(first.isPrimary(), second.isPrimary(), third.isPrimary()));
    }

    @Test
    void anUnknownCodeAndImpossibleDatesAreRefusedAndNothingIsAdded() {
        DiagnosisEntry entry = new DiagnosisEntry("F32.10", LocalDate.of(2026, 5, 1), false, LocalDate.of(2026, 4, 1));

        assertEquals(List.of("F32.10 is not an ICD-10-CM code; did you mean F32.1, F32.0, F32.2 or F32.3?",
                "The diagnosis cannot have resolved (2026-04-01) before its onset (2026-05-01)."),
                entry.problems(client, codes, TODAY));
        assertThrows(IllegalArgumentException.class, () -> entry.addTo(client, codes, TODAY, "d-1"));
        assertTrue(client.getDiagnoses().isEmpty());
        assertEquals(List.of("The onset cannot be after today (2026-12-01).",
                "The diagnosis cannot have resolved after today (2026-12-01)."),
                new DiagnosisEntry("F41.1", TODAY.plusDays(1), false, TODAY.plusDays(2)).problems(client, codes, TODAY));
        assertEquals(List.of("The onset cannot be before the client was born (1988-06-14)."),
                new DiagnosisEntry("F41.1", LocalDate.of(1980, 1, 1), false, null).problems(client, codes, TODAY));
    }

    @Test
    void aCodeTheClientAlreadyHasUnresolvedIsRefusedButAResolvedOneMayReturn() {
        Diagnosis earlier = new DiagnosisEntry("F41.1", null, false, null).addTo(client, codes, TODAY, "d-1");

        assertEquals(List.of("F41.1 is already a current diagnosis of this client."),
                new DiagnosisEntry("f411", null, false, null).problems(client, codes, TODAY));
        earlier.setResolvedOn(LocalDate.of(2026, 6, 1));
        assertEquals(List.of(), new DiagnosisEntry("F41.1", null, false, null).problems(client, codes, TODAY));
    }
}
