package org.casenotes.core.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.Severity;
import org.junit.jupiter.api.Test;

class WordListLoadingTest {

    private static final String VALID = """
            # an agency list
            @rule agency.words
            @category language
            @severity info
            @description Words our agency avoids.
            @source policy = Agency style guide | policy 4.2
            @set a = ; a; an
            {a} consumer | consumers | client | We say client.
            """;

    @Test
    void standardListsLoadWithoutProblems() {
        assertEquals(List.of(), StandardWordLists.PACK.problems());
        assertEquals(List.of("language.doubt", "language.identity-first", "language.interpretation", "language.jargon",
                "language.judgmental", "language.plain-letters", "privacy.personal-impressions", "language.speculation",
                "language.substance-use"), StandardWordLists.PACK.rules().stream().map(Rule::id).toList());
    }

    @Test
    void everyStandardRuleHasDescriptionAndSource() {
        for (Rule rule : StandardWordLists.PACK.rules()) {
            assertFalse(rule.description().isBlank(), rule.id());
            assertFalse(rule.source().title().isBlank(), rule.id());
        }
    }

    @Test
    void pluginListDefinesANewRule() {
        LanguagePack pack = LanguagePack.load(List.of(WordListSource.of("agency.words", VALID)));
        assertEquals(List.of(), pack.problems());
        Rule rule = pack.rules().get(0);
        assertEquals("agency.words", rule.id());
        assertEquals(RuleCategory.LANGUAGE, rule.category());
        assertEquals(Severity.INFO, rule.defaultSeverity());
        assertEquals("Agency style guide (policy 4.2)", rule.source().toString());
        var findings = new RuleEngine(pack.rules()).evaluate(PlainNoteContext.narrative("Met with the consumer."));
        assertEquals("client", findings.get(0).suggestions().get(0).replacement());
    }

    @Test
    void pluginListExtendsAStandardRule() {
        String extension = """
                @extends language.jargon
                @source ours = Agency glossary
                NOS | | not otherwise specified | Spell it out. | | match-case
                """;
        List<WordListSource> sources = new java.util.ArrayList<>(WordListSource.directory(StandardWordLists.directory()));
        sources.add(WordListSource.of("agency-jargon.words", extension));
        LanguagePack pack = LanguagePack.load(sources);
        assertEquals(List.of(), pack.problems());
        var findings = new RuleEngine(pack.rules()).evaluate(PlainNoteContext.narrative("Depressive disorder NOS."));
        assertEquals(1, findings.size());
        assertEquals("language.jargon", findings.get(0).ruleId());
        assertEquals("Agency glossary", findings.get(0).source().title());
    }

    @Test
    void malformedListIsReportedWithFileAndLineWhileOthersLoad() {
        String broken = """
                @rule broken.words
                @category language
                @severity loud
                @description Broken.
                @source s = Somewhere
                ok term | | fine
                bad {unknown} term
                a | b | c | d | s | e | f
                """;
        LanguagePack pack = LanguagePack.load(
                List.of(WordListSource.of("broken.words", broken), WordListSource.of("agency.words", VALID)));
        assertEquals(List.of("agency.words"), pack.rules().stream().map(Rule::id).toList());
        List<String> problems = pack.problems().stream().map(WordListProblem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("broken.words:3: unknown severity 'loud'"), problems.get(0));
        assertTrue(problems.get(1).startsWith("broken.words:7: unknown set {unknown}"), problems.get(1));
        assertTrue(problems.get(2).startsWith("broken.words:8: too many columns"), problems.get(2));
    }

    @Test
    void reportsStructuralProblems() {
        LanguagePack pack = LanguagePack.load(List.of(
                WordListSource.of("no-header.words", "term | alt\n"),
                WordListSource.of("orphan.words", "@extends nobody.defines\nterm\n"),
                WordListSource.of("first.words", VALID),
                WordListSource.of("second.words", VALID),
                WordListSource.of("incomplete.words", "@rule half.done\n@category language\n"),
                WordListSource.of("empty.words", "")));
        List<String> problems = pack.problems().stream().map(WordListProblem::toString).toList();
        assertEquals(List.of("no-header.words:1: entry before @rule or @extends",
                "second.words:2: rule agency.words is already defined by first.words; use @extends",
                "incomplete.words:1: rule half.done needs @severity",
                "incomplete.words:1: rule half.done needs @description",
                "incomplete.words:1: rule half.done needs a @source",
                "empty.words: no @rule or @extends directive",
                "orphan.words:1: @extends nobody.defines: no word list defines that rule"), problems);
        assertEquals(1, pack.rules().size());
    }

    @Test
    void rejectsMisusedSyntax() {
        String header = "@rule x.y\n@category language\n@severity info\n@description d\n@source s = S\n";
        for (String entry : List.of("[open context", "a ] b", "foo~bar", "---", "{} x", "a | | b~~ |", "x | | | | nokey",
                "x | | | | | shout")) {
            LanguagePack pack = LanguagePack.load(List.of(WordListSource.of("bad.words", header + entry + "\n")));
            assertEquals(1, pack.problems().size(), entry);
            assertEquals(6, pack.problems().get(0).line(), entry);
        }
    }

    @Test
    void nulInAListIsAProblemNotACrash() {
        LanguagePack pack = LanguagePack.load(List.of(WordListSource.of("nul.words", "@rule a.b\0\n")));
        assertEquals("nul.words:1: NUL character in line", pack.problems().get(0).toString());
    }

    @Test
    void letterOnlyRuleSkipsOtherKinds() {
        String list = VALID.replace("@severity info", "@severity info\n@applies-to letter");
        RuleEngine engine = new RuleEngine(LanguagePack.load(List.of(WordListSource.of("a.words", list))).rules());
        assertEquals(1, engine.evaluate(PlainNoteContext.of(DocumentKind.LETTER, FieldText.of("body", "Dear consumer,")))
                .size());
        assertEquals(0, engine.evaluate(PlainNoteContext.of(DocumentKind.RECORD_NOTE, FieldText.of("body", "Dear consumer,")))
                .size());
    }
}
