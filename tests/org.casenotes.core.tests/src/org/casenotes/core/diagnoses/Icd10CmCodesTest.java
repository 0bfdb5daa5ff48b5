package org.casenotes.core.diagnoses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The bundled list: its size per range as released, its header, and a sample checked against a second copy. */
class Icd10CmCodesTest {

    private final Icd10CmCodes codes = Icd10CmCodes.behavioralHealth();

    private long countMatching(String regex) {
        return codes.all().stream().filter(code -> code.compact().matches(regex)).count();
    }

    @Test
    void theFChapterHasEveryBillableCodeOfTheFy2026Release() {
        // 871: counted in the FY2026 release's code-descriptions file, and the count an independent open data set
        // gives for FY2026 chapter 5 (see data/icd10cm/README.md)
        assertEquals(871, countMatching("F.*"));
        assertEquals(117, countMatching("Z(5[5-9]|6[0-5]).*"), "Z55-Z65");
        assertEquals(85, countMatching("Z(69|7[0-6]).*"), "Z69-Z76");
        assertEquals(871 + 117 + 85, codes.size(), "nothing else");
    }

    @Test
    void theHeaderNamesTheSourceTheFiscalYearAndTheLicence() {
        String header = String.join(" ", codes.header());
        assertTrue(header.contains("fiscal year 2026"), header);
        assertTrue(header.contains("StefanoTrv/simple_icd_10_CM"), header);
        assertTrue(header.contains("public domain"), header);
    }

    @Test
    void everyCodeIsWrittenWithItsDotAndADescription() {
        for (IcdCode code : codes.all()) {
            assertTrue(code.code().matches("[FZ][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?"), code.code());
            assertTrue(!code.description().isBlank(), code.code());
        }
    }

    @Test
    void theSampleCheckedAgainstASecondCopyReadsAsThere() {
        Map<String, String> sample = Map.of("F20.0", "Paranoid schizophrenia", "F31.81", "Bipolar II disorder",
                "F32.A", "Depression, unspecified", "F33.1", "Major depressive disorder, recurrent, moderate",
                "F41.1", "Generalized anxiety disorder", "F43.10", "Post-traumatic stress disorder, unspecified",
                "F43.81", "Prolonged grief disorder", "F50.810", "Binge eating disorder, mild",
                "Z59.02", "Unsheltered homelessness", "Z63.0", "Problems in relationship with spouse or partner");
        sample.forEach((code, description) -> assertEquals(description,
                codes.find(code).map(IcdCode::description).orElse("missing"), code));
    }

    @Test
    void lookupsIgnoreCaseDotsAndSpaces() {
        assertEquals("F43.10", codes.find(" f4310 ").orElseThrow().code());
        assertEquals("F32.A", codes.find("f32.a").orElseThrow().code());
        assertTrue(codes.find("F32").isEmpty(), "a category is not a code of the list");
    }

    @Test
    void aListWithABadLineOrACodeTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Icd10CmCodes.read(new StringReader("F41.1 no tab\n")));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Icd10CmCodes.read(new StringReader("F41.1\tOne\nF411\tTwo\n")));
        assertEquals("The code F41.1 is listed twice.", twice.getMessage());
        assertEquals(List.of("F41.1 One"), assertDoesNotThrowRead("# h\nF41.1\tOne\n").all().stream()
                .map(IcdCode::toString).toList());
    }

    private static Icd10CmCodes assertDoesNotThrowRead(String text) {
        try {
            return Icd10CmCodes.read(new StringReader(text));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
