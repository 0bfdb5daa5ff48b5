package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.casenotes.model.form.AndCondition;
import org.casenotes.model.form.Answered;
import org.casenotes.model.form.BandLookup;
import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Comparison;
import org.casenotes.model.form.ComparisonOperator;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.DurationMinutes;
import org.casenotes.model.form.ElementValue;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItemValue;
import org.casenotes.model.form.InstrumentTotal;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.Membership;
import org.casenotes.model.form.NotCondition;
import org.casenotes.model.form.NumberKind;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.OptionLiteral;
import org.casenotes.model.form.OrCondition;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.RuleSeverity;
import org.casenotes.model.form.Section;
import org.casenotes.model.form.ShortTextType;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.model.form.Sum;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.model.form.query.ElementIndex;
import org.casenotes.model.form.query.FormDefinitions;
import org.junit.jupiter.api.Test;

/** Each language construct compiles into the FormDefinition shape downstream code reads. */
class CompilerTest {

    private static final String MEASURE = """
            package agency.measures
            instrument Mood "Mood check" {
            	description "Two questions."
            	source "Fictional, for tests."
            	instructions "In the last week:"
            	scale { never "Never" score 0, sometimes "Sometimes" score 1, often "Often" score 2 }
            	item low "Feeling low"
            	item harm "Thoughts of harming yourself" critical when score > 0 message "Assess risk today."
            	calc total "Total" = sum(low, harm)
            	calc level "Level" = band of total { 0..1 light "Light", 2..4 heavy "Heavy" }
            }
            """;

    private static final String SHARED = """
            package agency.shared
            options Feelings "Feelings" { calm "Calm", tense "Tense" }
            section Timing "Timing" {
            	field start "Start" : time required
            	field stop "Stop" : time required
            	calc minutes "Minutes" = duration from start to stop
            	calc code "Suggested code" = cpt for minutes
            }
            """;

    private static final String BASE = """
            package agency
            import agency.shared.*
            import agency.measures.Mood
            abstract template Base "Base note" version 2 kind progress {
            	description "Base."
            	rules {
            		packs "completeness"
            		severity "language.jargon" warning
            		sign within 2 business days
            		approved terms "CBT"
            	}
            	include Timing
            	section about "About the session" {
            		guidance "Base guidance."
            		field feeling "Feeling" : choice from Feelings required hint "Pick one."
            		field words "Client's words" : longtext client words min 3 words max 200 words
            		field zip "ZIP" : text pattern "[0-9]{5}" message "Five digits."
            		field weight "Weight" : decimal unit "kg" range 0..400
            		field count "Count" : integer
            		field goal "Goal" : objective
            		field old "Old field" : text
            	}
            	instrument mood : Mood required shown when feeling = tense
            	group goals "Goals" min 1 max 5 { guidance "Per goal." field g "Goal" : goal required }
            	field safety "Safety plan" : longtext
            		required when mood.harm > 0 or mood.level in [heavy] and not (feeling = calm) or count is not answered
            	field supervised "Supervised" : boolean
            	signature signature "Signature" { credentials required attestation "True." cosignature required when supervised }
            }
            """;

    private static final String CHILD = """
            package agency
            template Child "Child note" version 7 kind progress extends Base {
            	rules {
            		packs "payer"
            		severity "language.jargon" error
            		approved terms "DBT"
            	}
            	remove old
            	override feeling label "How the client felt" optional
            	override about guidance "Child guidance."
            	override safety required
            	add to about { field extra "Extra" : text }
            	section plan "Plan" { field next "Next" : date }
            }
            """;

    private static FormDefinition child() {
        return Templates.compile("measure.ntpl", MEASURE, "shared.ntpl", SHARED, "base.ntpl", BASE, "child.ntpl", CHILD)
                .form("agency.Child").orElseThrow();
    }

    @Test
    void headerIsPinned() {
        FormDefinition form = child();
        assertEquals("agency.Child", form.getId());
        assertEquals("Child note", form.getTitle());
        assertEquals(7, form.getVersion());
        assertEquals(FormKind.PROGRESS, form.getKind());
        assertEquals("Base.", form.getDescription(), "description is inherited");
        assertEquals(List.of("agency.Base"), form.getBaseChain());
        assertEquals("child.ntpl", form.getSourceUri());
    }

    @Test
    void abstractTemplatesAreNotForms() {
        var library = Templates.compile("measure.ntpl", MEASURE, "shared.ntpl", SHARED, "base.ntpl", BASE);
        assertTrue(library.form("agency.Base").isEmpty());
    }

    @Test
    void inheritanceIsFlattenedInDocumentOrder() {
        FormDefinition form = child();
        List<String> top = form.getElements().stream().map(e -> e.getId()).toList();
        assertEquals(List.of("Timing", "about", "mood", "goals", "safety", "supervised", "signature", "plan"), top);
        ElementIndex index = ElementIndex.of(form);
        assertTrue(index.element("old").isEmpty(), "removed field is gone");
        Section about = (Section) index.element("about").orElseThrow();
        assertEquals("Child guidance.", about.getGuidance());
        assertEquals("extra", about.getElements().get(about.getElements().size() - 1).getId(), "added to the section");
        Field feeling = index.field("feeling").orElseThrow();
        assertEquals("How the client felt", feeling.getLabel());
        assertFalse(feeling.isRequired());
        assertEquals("Pick one.", feeling.getHint());
        assertTrue(index.field("safety").orElseThrow().isRequired());
        assertNull(index.field("safety").orElseThrow().getRequiredWhen(), "override replaces the condition");
    }

    @Test
    void insertBeforePlacesNewPartsInFrontOfAnInheritedOne() {
        FormDefinition form = Templates.compile("t.ntpl", """
                abstract template Base "Base" version 1 kind contact {
                	section first "First" { field a "A" : text }
                	signature signature "S"
                }
                template Child "Child" version 1 kind contact extends Base {
                	insert before signature { section second "Second" { } field note "Note" : text }
                	insert before a { field z "Z" : text }
                }
                """).form("Child").orElseThrow();
        assertEquals(List.of("first", "second", "note", "signature"),
                form.getElements().stream().map(e -> e.getId()).toList());
        Section first = (Section) form.getElements().get(0);
        assertEquals(List.of("z", "a"), first.getElements().stream().map(e -> e.getId()).toList());
    }

    @Test
    void fieldTypesAndConstraintsCompile() {
        ElementIndex index = ElementIndex.of(child());
        ChoiceType feeling = (ChoiceType) index.field("feeling").orElseThrow().getType();
        assertEquals("agency.shared.Feelings", feeling.getOptionSetId());
        assertEquals(List.of("calm", "tense"), feeling.getOptions().stream().map(o -> o.getId()).toList());
        Field words = index.field("words").orElseThrow();
        assertTrue(words.isClientWords());
        LongTextType text = (LongTextType) words.getType();
        assertEquals(3, text.getMinWords());
        assertEquals(200, text.getMaxWords());
        ShortTextType zip = (ShortTextType) index.field("zip").orElseThrow().getType();
        assertEquals("[0-9]{5}", zip.getPattern());
        assertEquals("Five digits.", zip.getPatternMessage());
        NumberType weight = (NumberType) index.field("weight").orElseThrow().getType();
        assertEquals(NumberKind.DECIMAL, weight.getNumberKind());
        assertEquals("kg", weight.getUnit());
        assertEquals(0, weight.getMin().compareTo(BigDecimal.ZERO));
        assertEquals(0, weight.getMax().compareTo(new BigDecimal(400)));
        assertEquals(PlanElementKind.OBJECTIVE, ((GoalReferenceType) index.field("goal").orElseThrow().getType()).getTarget());
        assertInstanceOf(TimeType.class, index.field("start").orElseThrow().getType());
    }

    @Test
    void groupsAndSignatureCompile() {
        ElementIndex index = ElementIndex.of(child());
        RepeatableGroup goals = (RepeatableGroup) index.element("goals").orElseThrow();
        assertEquals(1, goals.getMinRows());
        assertEquals(5, goals.getMaxRows());
        assertEquals("Per goal.", goals.getHint());
        assertSame(goals, FormDefinitions.enclosingGroup(index.field("g").orElseThrow()).orElseThrow());
        SignatureBlock signature = (SignatureBlock) index.element("signature").orElseThrow();
        assertTrue(signature.isCredentialsRequired());
        assertEquals("True.", signature.getAttestation());
        Comparison cosign = (Comparison) signature.getCosignatureWhen();
        assertSame(index.field("supervised").orElseThrow(), ((ElementValue) cosign.getLeft()).getElement());
    }

    @Test
    void calculationsCompile() {
        ElementIndex index = ElementIndex.of(child());
        DurationMinutes minutes = (DurationMinutes) ((CalculatedValue) index.element("minutes").orElseThrow())
                .getCalculation();
        assertSame(index.field("start").orElseThrow(), minutes.getStart());
        CptSuggestion code = (CptSuggestion) ((CalculatedValue) index.element("code").orElseThrow()).getCalculation();
        assertEquals(List.of("90832", "90834", "90837"), code.getBands().stream().map(b -> b.getCode()).toList());
        assertEquals(16, code.getBands().get(0).getMinMinutes());
        assertNull(code.getBands().get(2).getMaxMinutes());
        assertSame(index.element("minutes").orElseThrow(), ((ElementValue) code.getMinutes()).getElement());
    }

    @Test
    void instrumentIsCopiedOnceWithBandsAndCriticalItem() {
        FormDefinition form = child();
        assertEquals(1, form.getInstruments().size());
        var mood = form.getInstruments().get(0);
        assertEquals("agency.measures.Mood", mood.getId());
        assertEquals(List.of(0, 1, 2), mood.getScale().stream().map(o -> o.getScore()).toList());
        var harm = mood.getItems().get(1);
        assertTrue(harm.isCritical());
        assertEquals(1, harm.getCriticalScore());
        assertEquals("Assess risk today.", harm.getCriticalMessage());
        assertEquals(List.of("light", "heavy"), mood.getSeverityBands().stream().map(b -> b.getId()).toList());
        InstrumentBlock block = (InstrumentBlock) ElementIndex.of(form).element("mood").orElseThrow();
        assertSame(mood, block.getInstrument());
        assertTrue(block.isRequired());
        Comparison shown = (Comparison) block.getShownWhen();
        assertEquals("tense", ((OptionLiteral) shown.getRight()).getOptionId());
    }

    @Test
    void conditionsCompileOverFieldsInstrumentsAndCalculatedValues() {
        FormDefinition base = Templates.compile("measure.ntpl", MEASURE, "shared.ntpl", SHARED, "base.ntpl",
                BASE.replace("abstract template", "template")).form("agency.Base").orElseThrow();
        Field safety = ElementIndex.of(base).field("safety").orElseThrow();
        OrCondition or = (OrCondition) safety.getRequiredWhen();
        OrCondition inner = (OrCondition) or.getOperands().get(0);
        Comparison harm = (Comparison) inner.getOperands().get(0);
        assertEquals(ComparisonOperator.GREATER, harm.getOperator());
        assertEquals("harm", ((InstrumentItemValue) harm.getLeft()).getItem().getId());
        AndCondition and = (AndCondition) inner.getOperands().get(1);
        Membership level = (Membership) and.getOperands().get(0);
        assertEquals(List.of("heavy"), level.getOptionIds());
        BandLookup lookup = (BandLookup) level.getSubject();
        assertInstanceOf(InstrumentTotal.class, lookup.getSource());
        assertInstanceOf(NotCondition.class, and.getOperands().get(1));
        NotCondition notAnswered = (NotCondition) or.getOperands().get(1);
        assertInstanceOf(Answered.class, notAnswered.getOperand());
    }

    @Test
    void ruleConfigurationIsMergedAlongTheChain() {
        var rules = child().getRuleConfiguration();
        assertEquals(List.of("completeness", "payer"), rules.getRulePacks());
        assertEquals(List.of("CBT", "DBT"), rules.getApprovedTerms());
        assertEquals(1, rules.getSeverityOverrides().size());
        assertEquals(RuleSeverity.ERROR, rules.getSeverityOverrides().get(0).getSeverity());
        assertEquals(2, rules.getSigningWindow().getAmount());
        assertEquals(WindowUnit.BUSINESS_DAYS, rules.getSigningWindow().getUnit());
    }

    @Test
    void remainingFieldTypesAndCustomCodeTablesCompile() {
        var form = Templates.compile("t.ntpl", """
                template T "T" version 1 kind contact {
                	field at "At" : datetime
                	field travel "Travel" : duration
                	field topics "Topics" : multiple choice { a "A", b "B" }
                	field goal "Goal" : goal
                	field code "Code" : text min 3 characters max 10 characters
                	calc suggested "Suggested" = cpt for travel { 1..29 "99441", 30.. "99443" }
                	signature signature "S"
                }
                """).form("T").orElseThrow();
        ElementIndex index = ElementIndex.of(form);
        assertInstanceOf(org.casenotes.model.form.DateTimeType.class, index.field("at").orElseThrow().getType());
        assertInstanceOf(org.casenotes.model.form.DurationType.class, index.field("travel").orElseThrow().getType());
        assertTrue(((ChoiceType) index.field("topics").orElseThrow().getType()).isMultiple());
        assertEquals(PlanElementKind.GOAL, ((GoalReferenceType) index.field("goal").orElseThrow().getType()).getTarget());
        ShortTextType code = (ShortTextType) index.field("code").orElseThrow().getType();
        assertEquals(3, code.getMinChars());
        assertEquals(10, code.getMaxChars());
        CptSuggestion suggested = (CptSuggestion) ((CalculatedValue) index.element("suggested").orElseThrow())
                .getCalculation();
        assertEquals(List.of("99441", "99443"), suggested.getBands().stream().map(b -> b.getCode()).toList());
        assertEquals(29, suggested.getBands().get(0).getMaxMinutes());
        assertNull(suggested.getBands().get(1).getMaxMinutes());
    }

    @Test
    void sumOfScoredChoicesCompiles() {
        var form = Templates.compile("t.ntpl", """
                template T "T" version 1 kind intake {
                	field a "A" : choice { no "No" score 0, yes "Yes" score 2 }
                	field n "N" : integer
                	calc total "Total" = sum(a, n, 1)
                	signature signature "S"
                }
                """).form("T").orElseThrow();
        Sum sum = (Sum) ((CalculatedValue) ElementIndex.of(form).element("total").orElseThrow()).getCalculation();
        assertEquals(3, sum.getTerms().size());
    }

    @Test
    void letterFieldsBecomeMergeInputs() {
        var form = Templates.compile("l.ntpl", """
                template L "Letter" version 3 kind letter {
                	field lastSession "Last session" : date required
                	body \"""
                		Dear {client.firstName},
                		  we last met on {lastSession}.
                		\"""
                }
                """).form("L").orElseThrow();
        assertEquals(FormKind.LETTER, form.getKind());
        assertEquals("Dear {client.firstName},\n  we last met on {lastSession}.\n", form.getLetterBody().getText());
        assertEquals(List.of("lastSession"), form.getLetterBody().getInputs().stream().map(i -> i.getId()).toList());
        assertTrue(form.getElements().isEmpty());
    }

    @Test
    void idsAreStableAcrossVersions() {
        String v1 = "template T \"T\" version 1 kind contact { field a \"A\" : text signature signature \"S\" }";
        String v2 = "template T \"T changed\" version 2 kind contact { field b \"B\" : text field a \"A renamed\" : longtext signature signature \"S\" }";
        var first = ElementIndex.of(Templates.compile("t.ntpl", v1).form("T").orElseThrow());
        var second = ElementIndex.of(Templates.compile("t.ntpl", v2).form("T").orElseThrow());
        assertEquals(first.field("a").orElseThrow().getId(), second.field("a").orElseThrow().getId());
    }

    @Test
    void aTemplateFileOnDiskCompilesWithTheLibraryAroundIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path file = folder.resolve("agency.ntpl");
        java.nio.file.Files.writeString(file, """
                package agency
                import shared.*
                template Visit "Visit" version 4 kind contact { field m "Mood" : choice from Moods signature signature "S" }
                """);
        var library = org.casenotes.template.library.TemplateLibrary.empty()
                .withSource(new org.casenotes.template.library.TemplateSource("shared.ntpl",
                        "package shared options Moods \"Moods\" { calm \"Calm\" }"))
                .withFile(file).compile();
        String name = file.toAbsolutePath().normalize().toString();
        assertEquals(List.of(), library.diagnosticsOf(name));
        assertEquals(List.of("agency.Visit"), library.formsFrom(name).stream().map(FormDefinition::getId).toList());
        assertEquals(4, library.formsFrom(name).get(0).getVersion());
    }

    @Test
    void filesWithErrorsAreNotCompiledButOthersAre() {
        var library = org.casenotes.template.library.TemplateLibrary.empty()
                .withSource(new org.casenotes.template.library.TemplateSource("good.ntpl",
                        "template Good \"G\" version 1 kind contact { signature signature \"S\" }"))
                .withSource(new org.casenotes.template.library.TemplateSource("bad.ntpl",
                        "template Bad \"B\" version 1 kind contact { field a \"A\" : text required when nope }"))
                .compile();
        assertTrue(library.hasErrors());
        assertTrue(library.form("Good").isPresent());
        assertTrue(library.form("Bad").isEmpty());
    }
}
