package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casenotes.model.form.query.ElementIndex;
import org.junit.jupiter.api.Test;

/** Names across files: packages, imports, and what each kind of reference can see. */
class ScopingTest {

    private static final String OPTIONS = """
            package shared.lists
            options Moods "Moods" { calm "Calm", tense "Tense" }
            """;

    @Test
    void wildcardImportMakesAPackageVisible() {
        Templates.check("lists.ntpl", OPTIONS, "t.ntpl", """
                package agency
                import shared.lists.*
                template T "T" version 1 kind contact { field m "Mood" : choice from Moods signature signature "S" }
                """).assertClean();
    }

    @Test
    void singleImportAndQualifiedNamesWork() {
        Templates.check("lists.ntpl", OPTIONS, "t.ntpl", """
                package agency
                import shared.lists.Moods
                template T "T" version 1 kind contact {
                	field m "Mood" : choice from Moods
                	field n "Mood again" : choice from shared.lists.Moods
                	signature signature "S"
                }
                """).assertClean();
    }

    @Test
    void withoutImportOtherPackagesAreInvisible() {
        Templates.check("lists.ntpl", OPTIONS, "t.ntpl", """
                package agency
                template T "T" version 1 kind contact { field m "Mood" : choice from Moods signature signature "S" }
                """).assertError("org.casenotes.template.unresolved", "No option set named 'Moods'");
    }

    @Test
    void samePackageNeedsNoImportAcrossFiles() {
        Templates.check("lists.ntpl", OPTIONS, "t.ntpl", """
                package shared.lists
                template T "T" version 1 kind contact { field m "Mood" : choice from Moods signature signature "S" }
                """).assertClean();
    }

    @Test
    void fieldsAreLocalToTheirTemplate() {
        Templates.check("t.ntpl", """
                package agency
                template A "A" version 1 kind contact { field secret "S" : text signature signature "S" }
                template B "B" version 1 kind contact { field f "F" : text required when secret is answered signature signature "S" }
                """).assertError("org.casenotes.template.unresolved", "Nothing named 'secret'");
    }

    @Test
    void inheritedAndIncludedFieldsAreVisibleInConditions() {
        var form = Templates.compile("t.ntpl", """
                package agency
                section Shared "Shared" { field fromInclude "I" : boolean }
                abstract template Base "Base" version 1 kind contact { field fromBase "B" : boolean }
                template Child "Child" version 1 kind contact extends Base {
                	include Shared
                	field f "F" : text required when fromBase and fromInclude
                	signature signature "S"
                }
                """).form("agency.Child").orElseThrow();
        assertTrue(ElementIndex.of(form).field("f").orElseThrow().getRequiredWhen() != null);
    }

    @Test
    void optionsOfTheComparedChoiceShadowFieldsWithTheSameId() {
        var form = Templates.compile("t.ntpl", """
                template T "T" version 1 kind contact {
                	field calm "Calm field" : text
                	field m "Mood" : choice { calm "Calm", tense "Tense" }
                	field f "F" : text required when m = calm
                	signature signature "S"
                }
                """).form("T").orElseThrow();
        var comparison = (org.casenotes.model.form.Comparison) ElementIndex.of(form).field("f").orElseThrow()
                .getRequiredWhen();
        assertEquals("calm", ((org.casenotes.model.form.OptionLiteral) comparison.getRight()).getOptionId());
    }

    @Test
    void sharedSectionsSeeOnlyTheirOwnFields() {
        Templates.check("t.ntpl", """
                section Shared "Shared" { field f "F" : text required when outside is answered }
                template T "T" version 1 kind contact { field outside "O" : text include Shared signature signature "S" }
                """).assertError("org.casenotes.template.unresolved", "Nothing named 'outside'");
    }

    @Test
    void includedSectionsCanBeOverriddenWithoutABase() {
        Templates.check("t.ntpl", """
                section Shared "Shared" { field f "F" : text }
                template T "T" version 1 kind contact { include Shared override f label "Renamed" signature signature "S" }
                """).assertClean();
        Templates.check("t.ntpl", """
                template T "T" version 1 kind contact { field f "F" : text override f label "Renamed" signature signature "S" }
                """).assertError("org.casenotes.template.unresolved", "only override what this template inherits or includes");
    }
}
