package org.casenotes.core.diagnoses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiagnosisCodeCheckTest {

    private final DiagnosisCodeCheck check = new DiagnosisCodeCheck(Icd10CmCodes.behavioralHealth());

    private UnknownDiagnosisCodeException refused(String typed) {
        return assertThrows(UnknownDiagnosisCodeException.class, () -> check.check(typed));
    }

    @Test
    void aListedCodeIsAcceptedAsListed() {
        assertEquals(new IcdCode("F41.1", "Generalized anxiety disorder"), check.check("f41.1"));
        assertEquals("Z59.02", check.check("Z5902").code());
    }

    @Test
    void anUnknownCodeIsRefusedWithTheNearestCodes() {
        UnknownDiagnosisCodeException refusal = refused("F32.10");
        assertEquals("F32.10 is not an ICD-10-CM code; did you mean F32.1, F32.0, F32.2 or F32.3?",
                refusal.getMessage());
        assertEquals(List.of("F32.1", "F32.0", "F32.2", "F32.3"),
                refusal.nearest().stream().map(IcdCode::code).toList());
        assertEquals("F43.3 is not an ICD-10-CM code; did you mean F43.0, F43.23, F43.9 or F43.10?",
                refused("F43.3").getMessage());
    }

    @Test
    void aMisplacedDotDoesNotHideACode() {
        assertEquals("F43.10", check.check("F4.310").code());
    }

    @Test
    void aCategoryIsNamedWithItsCodes() {
        assertEquals("F43.1 is a category, not a code a diagnosis can carry; choose one of its codes: F43.10, F43.11, "
                + "F43.12.", refused("F43.1").getMessage());
        assertEquals(3, refused("f43.1").nearest().size());
    }

    @Test
    void aCodeOutsideTheListedChaptersIsNotCalledUnknown() {
        assertEquals("I10 is outside the behavioural-health codes Casenotes lists (F01-F99, Z55-Z65, Z69-Z76).",
                refused("I10").getMessage());
        assertEquals("Z66 is outside the behavioural-health codes Casenotes lists (F01-F99, Z55-Z65, Z69-Z76).",
                refused("Z66").getMessage());
    }

    @Test
    void wordsInsteadOfACodeSuggestMatchingCodes() {
        assertEquals("grief is not an ICD-10-CM code; did you mean F43.81?", refused("grief").getMessage());
        assertEquals("Enter an ICD-10-CM code.", refused("  ").getMessage());
    }
}
