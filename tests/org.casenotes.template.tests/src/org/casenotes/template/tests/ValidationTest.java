package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** Every validation rule, each shown to fire on a bad template and to stay quiet on the corrected one. */
class ValidationTest {

    private static String template(String body) {
        return """
                package test
                template T "Test" version 1 kind progress {
                """ + body + """

                signature signature "Signature"
                }
                """;
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondDeclaration() {
        TemplateDiagnostic error = Templates.checkOne(template("""
                field a "A" : text
                section s "S" {
                	field a "Again" : text
                }""")).assertError(IssueCodes.DUPLICATE_ID, "Duplicate id 'a'");
        assertEquals(5, error.line());
        assertEquals(8, error.column());
        assertTrue(error.message().contains("line 3"), error.message());
        Templates.checkOne(template("""
                field a "A" : text
                section s "S" {
                	field b "B" : text
                }""")).assertClean();
    }

    @Test
    void duplicateIdsAcrossInheritanceAreReported() {
        String base = """
                package test
                abstract template Base "Base" version 1 kind progress {
                	field a "A" : text
                	signature signature "Signature"
                }
                """;
        Templates.check("base.ntpl", base, "child.ntpl", """
                package test
                template Child "Child" version 1 kind progress extends Base {
                	field a "Again" : text
                }
                """).assertError(IssueCodes.DUPLICATE_ID, "from 'Base'");
        Templates.check("base.ntpl", base, "child.ntpl", """
                package test
                template Child "Child" version 1 kind progress extends Base {
                	field b "B" : text
                }
                """).assertClean();
    }

    @Test
    void duplicateIdsBroughtInByAnIncludeAreReportedAtTheOwnDeclaration() {
        TemplateDiagnostic error = Templates.check("t.ntpl", """
                package test
                section Shared "Shared" { field plan "Plan" : text }
                template T "T" version 1 kind progress {
                	section plan "Plan" { include Shared }
                	signature signature "Signature"
                }
                """).assertError(IssueCodes.DUPLICATE_ID, "Duplicate id 'plan'");
        assertEquals(4, error.line());
    }

    @Test
    void sameNameInTwoFilesOfOnePackageIsReported() {
        Templates.check("a.ntpl", "package p options Moods \"M\" { a \"A\" }", "b.ntpl",
                "package p options Moods \"M\" { b \"B\" }")
                .assertError(IssueCodes.DUPLICATE_ID, "'Moods' is also declared in b.ntpl");
        Templates.check("a.ntpl", "package p options Moods \"M\" { a \"A\" }", "b.ntpl",
                "package q options Moods \"M\" { b \"B\" }").assertClean();
    }

    @Test
    void duplicateOptionIdsAreReported() {
        Templates.checkOne(template("field c \"C\" : choice { a \"A\", a \"Again\" }"))
                .assertError(IssueCodes.DUPLICATE_ID, "Duplicate answer option id 'a'");
        Templates.checkOne(template("field c \"C\" : choice { a \"A\", b \"B\" }")).assertClean();
    }

    @Test
    void unresolvedFieldInConditionNamesTheField() {
        TemplateDiagnostic error = Templates.checkOne(template("""
                field a "A" : text required when missing is answered""")).errors().get(0);
        assertEquals("org.casenotes.template.unresolved", error.code());
        assertTrue(error.message().contains("Nothing named 'missing'"), error.message());
        assertEquals(3, error.line());
        assertEquals(34, error.column());
        Templates.checkOne(template("""
                field b "B" : text
                field a "A" : text required when b is answered""")).assertClean();
    }

    @Test
    void impossibleOptionValueListsTheOptions() {
        Templates.checkOne(template("""
                field progress "Progress" : choice { improved "Improved", setback "Setback" }
                field reason "Reason" : longtext required when progress in [setbak]"""))
                .assertError("org.casenotes.template.unresolved",
                        "'setbak' is not an answer option of 'progress' (options: improved, setback)");
        Templates.checkOne(template("""
                field progress "Progress" : choice { improved "Improved", setback "Setback" }
                field reason "Reason" : longtext required when progress = setbak"""))
                .assertError("org.casenotes.template.unresolved", "is not an answer option of 'progress'");
        Templates.checkOne(template("""
                field progress "Progress" : choice { improved "Improved", setback "Setback" }
                field reason "Reason" : longtext required when progress in [setback] or progress = improved"""))
                .assertClean();
    }

    @Test
    void cyclicExtendsIsReported() {
        Templates.check("a.ntpl", """
                package test
                template A "A" version 1 kind progress extends B { }
                """, "b.ntpl", """
                package test
                template B "B" version 1 kind progress extends A { }
                """).assertError(IssueCodes.CYCLIC_EXTENDS, "'A' extends itself");
        Templates.check("a.ntpl", """
                package test
                abstract template A "A" version 1 kind progress { }
                """, "b.ntpl", """
                package test
                abstract template B "B" version 1 kind progress extends A { }
                """).assertClean();
    }

    @Test
    void cyclicIncludeIsReported() {
        Templates.check("s.ntpl", """
                package test
                section S1 "One" { include S2 }
                section S2 "Two" { include S1 }
                """).assertError(IssueCodes.CYCLIC_INCLUDE, "inside itself");
        Templates.check("s.ntpl", """
                package test
                section S1 "One" { include S2 }
                section S2 "Two" { field a "A" : text }
                """).assertClean();
    }

    @Test
    void cyclicImportBetweenPackagesIsReported() {
        Templates.check("a.ntpl", """
                package one
                import two.*
                options A "A" { x "X" }
                """, "b.ntpl", """
                package two
                import one.*
                options B "B" { y "Y" }
                """).assertWarning(IssueCodes.CYCLIC_IMPORT, "import each other");
        Templates.check("a.ntpl", """
                package one
                import two.*
                options A "A" { x "X" }
                """, "b.ntpl", """
                package two
                options B "B" { y "Y" }
                """).assertClean();
    }

    @Test
    void includeOfANestedSectionIsRejected() {
        Templates.checkOne(template("""
                section outer "Outer" { field a "A" : text }
                include T.outer""")).assertError(IssueCodes.INCLUDE_NOT_SHARED, "top level");
    }

    @Test
    void comparisonTypeMismatchIsReported() {
        Templates.checkOne(template("""
                field visit "Visit" : date
                field n "N" : integer
                field a "A" : text required when visit > n"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "Cannot order a date ('visit') and a number ('n')");
        Templates.checkOne(template("""
                field name "Name" : text
                field a "A" : text required when name = 3"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "Cannot compare text ('name') with a number ('3')");
        Templates.checkOne(template("""
                field n "N" : integer
                field a "A" : text required when n > 3""")).assertClean();
    }

    @Test
    void orderingAnswerOptionsIsReported() {
        Templates.checkOne(template("""
                field c "C" : choice { a "A", b "B" }
                field x "X" : text required when c > a"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "Answer options are not ordered");
    }

    @Test
    void multipleChoiceNeedsMembership() {
        Templates.checkOne(template("""
                field c "C" : multiple choice { a "A", b "B" }
                field x "X" : text required when c = a"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "allows several answers");
        Templates.checkOne(template("""
                field c "C" : multiple choice { a "A", b "B" }
                field x "X" : text required when c in [a]""")).assertClean();
    }

    @Test
    void membershipNeedsAChoice() {
        Templates.checkOne(template("""
                field n "N" : integer
                field x "X" : text required when n in [a]"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "'in [...]' needs a choice");
    }

    @Test
    void conditionMustBeYesOrNo() {
        Templates.checkOne(template("""
                field n "N" : integer
                field x "X" : text required when n"""))
                .assertError(IssueCodes.NOT_A_CONDITION, "'n' is a number, not a condition");
        Templates.checkOne(template("""
                field yes "Yes?" : boolean
                field x "X" : text required when yes and not (yes = false)""")).assertClean();
    }

    @Test
    void sumNeedsNumbersOrScoredChoices() {
        Templates.checkOne(template("""
                field c "C" : choice { a "A", b "B" }
                calc total "Total" = sum(c)"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "give every option a 'score'");
        Templates.checkOne(template("""
                field c "C" : choice { a "A" score 0, b "B" score 1 }
                field n "N" : integer
                calc total "Total" = sum(c, n, 2)""")).assertClean();
    }

    @Test
    void bandNeedsANumberAndNonOverlappingRanges() {
        Templates.checkOne(template("""
                field n "N" : integer
                calc b "Band" = band of n { 0..5 low "Low", 5..9 high "High" }"""))
                .assertError(IssueCodes.OVERLAPPING_RANGES, "Bands 'low' and 'high' overlap at 5");
        Templates.checkOne(template("""
                field t "T" : text
                calc b "Band" = band of t { 0..4 low "Low" }"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "A band needs a number");
        Templates.checkOne(template("""
                field n "N" : integer
                calc b "Band" = band of n { 0..4 low "Low", 5..9 high "High" }""")).assertClean();
    }

    @Test
    void durationNeedsTimes() {
        Templates.checkOne(template("""
                field start "Start" : date
                field stop "Stop" : time
                calc m "Minutes" = duration from start to stop"""))
                .assertError(IssueCodes.TYPE_MISMATCH, "'start' is a date");
        Templates.checkOne(template("""
                field start "Start" : time
                field stop "Stop" : time
                calc m "Minutes" = duration from start to stop
                calc code "Code" = cpt for m""")).assertClean();
    }

    @Test
    void calculationThatDependsOnItselfIsReported() {
        Templates.checkOne(template("""
                calc a "A" = sum(b, 1)
                calc b "B" = sum(a, 1)""")).assertError(IssueCodes.CYCLIC_CALCULATION, "depends on itself");
    }

    @Test
    void emptyRangesAreReported() {
        Templates.checkOne(template("field n \"N\" : integer range 10..5"))
                .assertError(IssueCodes.EMPTY_RANGE, "Empty range 10..5");
        Templates.checkOne(template("field t \"T\" : longtext min 50 words max 10 words"))
                .assertError(IssueCodes.EMPTY_RANGE, "at least 50 and at most 10 words");
        Templates.checkOne(template("group g \"G\" min 3 max 2 { field a \"A\" : text }"))
                .assertError(IssueCodes.EMPTY_RANGE, "at least 3 rows");
        Templates.checkOne(template("""
                field n "N" : integer range 5..10
                field t "T" : longtext min 10 words max 50 words
                group g "G" min 1 max 2 { field a "A" : text }""")).assertClean();
    }

    @Test
    void lengthLimitsAndPatternsNeedTextFields() {
        Templates.checkOne(template("field n \"N\" : integer min 3 words"))
                .assertError(IssueCodes.FACET_NOT_APPLICABLE, "text fields only");
        Templates.checkOne(template("field n \"N\" : integer pattern \"[0-9]+\" message \"Digits\""))
                .assertError(IssueCodes.FACET_NOT_APPLICABLE, "Patterns apply to text fields only");
    }

    @Test
    void invalidPatternIsReported() {
        Templates.checkOne(template("field z \"ZIP\" : text pattern \"[0-9{5}\" message \"Five digits\""))
                .assertError(IssueCodes.INVALID_PATTERN, "not a valid regular expression");
        Templates.checkOne(template("field z \"ZIP\" : text pattern \"[0-9]{5}\" message \"Five digits\""))
                .assertClean();
    }

    @Test
    void unknownMergeFieldIsMarkedInsideTheBody() {
        String letter = """
                package test
                template L "Letter" version 1 kind letter {
                	field lastSession "Last session" : date
                	body \"""
                		Dear {client.firstName},
                		we last met on {lastSesion}. {clinician.name}
                		\"""
                }
                """;
        TemplateDiagnostic error = Templates.checkOne(letter).assertError(IssueCodes.UNKNOWN_MERGE_FIELD,
                "Did you mean {lastSession}?");
        assertEquals(6, error.line());
        assertEquals(18, error.column());
        assertEquals("{lastSesion}".length(), error.length());
        Templates.checkOne(letter.replace("{lastSesion}", "{lastSession}")).assertClean();
    }

    @Test
    void bodyBelongsToLettersOnly() {
        Templates.checkOne(template("body \"\"\"Hello\"\"\""))
                .assertError(IssueCodes.BODY_OUTSIDE_LETTER, "Only letters have a body");
        Templates.checkOne("""
                template L "Letter" version 1 kind letter { field a "A" : text }
                """).assertError(IssueCodes.LETTER_WITHOUT_BODY, "A letter needs a body");
    }

    @Test
    void overrideOfSomethingTheBaseLacksIsReported() {
        String base = """
                package test
                abstract template Base "Base" version 1 kind progress {
                	field a "A" : text
                	signature signature "Signature"
                }
                """;
        Templates.check("base.ntpl", base, "child.ntpl", """
                package test
                template Child "Child" version 1 kind progress extends Base {
                	override b label "B"
                }
                """).assertError("org.casenotes.template.unresolved",
                "Cannot override 'b': the base template 'Base' and the included sections have no section, field or group");
        Templates.check("base.ntpl", base, "child.ntpl", """
                package test
                template Child "Child" version 1 kind progress extends Base {
                	override a label "Renamed" required
                }
                """).assertClean();
    }

    @Test
    void insertBeforeSomethingTheBaseLacksIsReported() {
        Templates.check("t.ntpl", """
                abstract template Base "Base" version 1 kind progress { signature signature "Signature" }
                template Child "Child" version 1 kind progress extends Base { insert before nothing { field a "A" : text } }
                """).assertError("org.casenotes.template.unresolved", "Cannot insert before 'nothing'");
        Templates.check("t.ntpl", """
                abstract template Base "Base" version 1 kind progress { signature signature "Signature" }
                template Child "Child" version 1 kind progress extends Base { insert before signature { field a "A" : text } }
                """).assertClean();
    }

    @Test
    void overrideFacetMustFitTheTarget() {
        Templates.check("t.ntpl", """
                package test
                abstract template Base "Base" version 1 kind progress {
                	section s "S" { field a "A" : text }
                	signature signature "Signature"
                }
                template Child "Child" version 1 kind progress extends Base {
                	override a guidance "Guidance is for sections"
                }
                """).assertError(IssueCodes.FACET_NOT_APPLICABLE, "Only sections and groups have guidance");
    }

    @Test
    void removingAFieldAConditionUsesIsReported() {
        String base = """
                package test
                abstract template Base "Base" version 1 kind progress {
                	field a "A" : text
                	field b "B" : text required when a is answered
                	signature signature "Signature"
                }
                """;
        Templates.check("base.ntpl", base, "child.ntpl", """
                package test
                template Child "Child" version 1 kind progress extends Base { remove a }
                """).assertError(IssueCodes.REMOVAL_BREAKS_REFERENCE, "'b' still uses it");
        Templates.check("base.ntpl", base, "child.ntpl", """
                package test
                template Child "Child" version 1 kind progress extends Base { remove b }
                """).assertClean();
    }

    @Test
    void instrumentRequirementCannotBeConditional() {
        String instrument = """
                package test
                instrument M "Measure" { scale { no "No" score 0, yes "Yes" score 1 } item q1 "Q1" calc total "Total" = sum(q1) }
                """;
        Templates.check("m.ntpl", instrument, "t.ntpl", template("""
                field given "Given" : boolean
                instrument m : M required when given""")).assertError(IssueCodes.FACET_NOT_APPLICABLE,
                "either required or optional");
        Templates.check("m.ntpl", instrument, "t.ntpl", template("""
                field given "Given" : boolean
                instrument m : M required shown when given
                field f "F" : text required when m.total > 0 or m.q1 = yes""")).assertClean();
    }

    @Test
    void wholeInstrumentIsNotAValue() {
        Templates.check("m.ntpl", """
                package test
                instrument M "Measure" { scale { no "No" score 0 } item q1 "Q1" }
                """, "t.ntpl", template("""
                instrument m : M
                field f "F" : text required when m > 0""")).assertError(IssueCodes.INSTRUMENT_WITHOUT_MEMBER,
                "'m.total'");
    }

    @Test
    void headerIsChecked() {
        Templates.checkOne("template T \"T\" version 0 kind progres { signature signature \"S\" }")
                .assertError(IssueCodes.UNKNOWN_KIND, "Unknown kind 'progres'");
        Templates.checkOne("template T \"T\" version 0 kind progress { signature signature \"S\" }")
                .assertError(IssueCodes.INVALID_VERSION, "1 or higher");
    }

    @Test
    void noteWithoutSignatureIsWarned() {
        Templates.checkOne("template T \"T\" version 1 kind progress { field a \"A\" : text }")
                .assertWarning(IssueCodes.MISSING_SIGNATURE, "cannot be signed");
    }

    @Test
    void ruleSettingsAreChecked() {
        Templates.checkOne(template("").replace("{\n", """
                {
                rules {
                	severity "language.jargon" warning
                	severity "language.jargon" off
                	sign within 3 business hours
                }
                """)).assertError(IssueCodes.INVALID_RULE_SETTING, "already set");
        Templates.checkOne(template("").replace("{\n", """
                {
                rules { sign within 3 business hours }
                """)).assertError(IssueCodes.INVALID_RULE_SETTING, "'business' applies to days");
    }

    @Test
    void syntaxErrorsNameFileLineAndColumnInPlainWords() {
        TemplateDiagnostic error = Templates.checkOne("template T version 1 kind progress { }").errors().get(0);
        assertEquals("test.ntpl", error.file());
        assertEquals(1, error.line());
        assertEquals(12, error.column());
        assertTrue(error.message().contains("a quoted text"), error.message());
    }
}
