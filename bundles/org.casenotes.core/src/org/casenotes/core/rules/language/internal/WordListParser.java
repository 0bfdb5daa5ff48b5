package org.casenotes.core.rules.language.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.core.rules.language.WordListProblem;

/**
 * Reads the line-based word-list format described in {@code wordlists/README.md}: a header of
 * {@code @directives}, then one entry per line,
 * {@code term | variants | alternatives | message | source | options}. Every problem is collected
 * with its line number, and a file with any problem is rejected as a whole.
 */
final class WordListParser {

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Set<String> DEFINITION_DIRECTIVES =
            Set.of("category", "severity", "description", "applies-to", "check", "scare-quotes");
    private static final int MAX_COLUMNS = 6;

    private final String name;
    private final List<WordListProblem> problems = new ArrayList<>();
    private final Map<String, SourceCitation> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> sets = new HashMap<>();
    private final Map<String, String> singleDirectives = new HashMap<>();
    private final List<WordListEntry> entries = new ArrayList<>();
    private final List<Phrase> evidence = new ArrayList<>();
    private String ruleId;
    private boolean extendsRule;
    private int directiveLine;
    private int line;

    private WordListParser(String name) {
        this.name = name;
    }

    /**
     * @param name the file's name, used in problems
     * @return the parsed list
     * @throws WordListFormatException listing every problem, with line numbers
     */
    static WordList parse(String name, Reader reader) throws IOException, WordListFormatException {
        WordListParser parser = new WordListParser(name);
        BufferedReader lines = new BufferedReader(reader);
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            parser.line++;
            parser.parseLine(text);
        }
        return parser.finish();
    }

    private void parseLine(String raw) {
        String text = raw.strip();
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1).strip();
        }
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        try {
            if (text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("NUL character in line");
            }
            if (text.startsWith("@")) {
                directive(text);
            } else {
                entry(text);
            }
        } catch (IllegalArgumentException e) {
            problems.add(new WordListProblem(name, line, e.getMessage()));
        }
    }

    private void directive(String text) {
        int space = text.indexOf(' ');
        String directive = (space < 0 ? text.substring(1) : text.substring(1, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : text.substring(space + 1).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("@" + directive + " needs a value");
        }
        if (ruleId == null && !directive.equals("rule") && !directive.equals("extends")) {
            throw new IllegalArgumentException("the first directive must be @rule or @extends, not @" + directive);
        }
        if (extendsRule && DEFINITION_DIRECTIVES.contains(directive)) {
            throw new IllegalArgumentException(
                    "@" + directive + " belongs in the list that defines rule " + ruleId + ", not in one that extends it");
        }
        switch (directive) {
            case "rule", "extends" -> ruleDirective(directive, value);
            case "category", "severity", "description", "applies-to", "check", "scare-quotes" -> {
                if (singleDirectives.putIfAbsent(directive, value) != null) {
                    throw new IllegalArgumentException("duplicate @" + directive);
                }
                validateSingle(directive, value);
            }
            case "source" -> source(value);
            case "set" -> set(value);
            case "evidence" -> {
                for (String pattern : value.split(";")) {
                    if (!pattern.isBlank()) {
                        evidence.addAll(PhrasePattern.expand(pattern, sets));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown directive @" + directive);
        }
    }

    private void ruleDirective(String directive, String value) {
        if (ruleId != null) {
            throw new IllegalArgumentException("only one @rule or @extends per list");
        }
        if (!RULE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("rule id '" + value + "' must be lower-case words joined by . or -");
        }
        ruleId = value;
        extendsRule = directive.equals("extends");
        directiveLine = line;
    }

    private static void validateSingle(String directive, String value) {
        switch (directive) {
            case "category" -> category(value);
            case "severity" -> severity(value);
            case "applies-to" -> appliesTo(value);
            case "check" -> Check.of(value);
            case "scare-quotes" -> ScareQuotes.parse(value);
            default -> {
                // the description is free text
            }
        }
    }

    private void source(String value) {
        int equals = value.indexOf('=');
        String key = equals < 0 ? "" : value.substring(0, equals).strip();
        if (!NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("@source needs 'key = title | reference'");
        }
        String[] parts = value.substring(equals + 1).split("\\|", -1);
        if (parts.length > 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("@source needs 'key = title | reference'");
        }
        SourceCitation citation = new SourceCitation(parts[0].strip(), parts.length == 2 ? parts[1].strip() : "");
        if (sources.putIfAbsent(key, citation) != null) {
            throw new IllegalArgumentException("duplicate source key '" + key + "'");
        }
    }

    private void set(String value) {
        int equals = value.indexOf('=');
        String setName = equals < 0 ? "" : value.substring(0, equals).strip();
        if (!NAME.matcher(setName).matches()) {
            throw new IllegalArgumentException("@set needs 'name = member; member; ...'");
        }
        List<String> members = new ArrayList<>();
        for (String member : value.substring(equals + 1).split(";", -1)) {
            String trimmed = member.strip();
            if (!trimmed.isEmpty()) {
                PhrasePattern.expand(trimmed, Map.of());
            }
            members.add(trimmed);
        }
        if (members.stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("@set " + setName + " has no members");
        }
        if (sets.putIfAbsent(setName, List.copyOf(members)) != null) {
            throw new IllegalArgumentException("duplicate set '" + setName + "'");
        }
    }

    private void entry(String text) {
        if (ruleId == null) {
            throw new IllegalArgumentException("entry before @rule or @extends");
        }
        String[] columns = text.split("\\|", -1);
        if (columns.length > MAX_COLUMNS) {
            throw new IllegalArgumentException("too many columns: expected at most "
                    + "'term | variants | alternatives | message | source | options'");
        }
        String term = column(columns, 0);
        if (term.isEmpty()) {
            throw new IllegalArgumentException("missing term");
        }
        List<Phrase> phrases = new ArrayList<>(PhrasePattern.expand(term, sets));
        for (String variant : list(column(columns, 1))) {
            phrases.addAll(PhrasePattern.expand(variant, sets));
        }
        List<Alternative> alternatives = list(column(columns, 2)).stream().map(Alternative::parse).toList();
        String message = column(columns, 3);
        SourceCitation source = entrySource(column(columns, 4));
        Severity severity = null;
        boolean matchCase = false;
        boolean unlessNegated = false;
        Set<String> unlessAfter = Set.of();
        Set<String> pos = Set.of();
        Set<String> subject = null;
        Set<String> unlessBefore = Set.of();
        Set<String> unlessNextPos = Set.of();
        boolean unlessReported = false;
        for (String option : list(column(columns, 5))) {
            if (option.equals("match-case")) {
                matchCase = true;
            } else if (option.equals("unless-negated")) {
                unlessNegated = true;
            } else if (option.equals("unless-reported")) {
                unlessReported = true;
            } else if (option.startsWith("unless-after=")) {
                unlessAfter = singleWords(option.substring("unless-after=".length()).strip());
            } else if (option.startsWith("unless-before=")) {
                unlessBefore = singleWords(option.substring("unless-before=".length()).strip());
            } else if (option.startsWith("subject=")) {
                subject = singleWords(option.substring("subject=".length()).strip());
            } else if (option.startsWith("pos=")) {
                pos = EntryConditions.tags(option.substring("pos=".length()));
            } else if (option.startsWith("unless-next-pos=")) {
                unlessNextPos = EntryConditions.tags(option.substring("unless-next-pos=".length()));
            } else if (option.startsWith("severity=")) {
                severity = severity(option.substring("severity=".length()));
            } else {
                throw new IllegalArgumentException("unknown option '" + option + "' (expected match-case, "
                        + "unless-negated, unless-after={set}, unless-before={set}, subject={set}, pos=..., "
                        + "unless-next-pos=..., unless-reported or severity=...)");
            }
        }
        entries.add(new WordListEntry(term.replace("~", ""), phrases, alternatives,
                message.isEmpty() ? null : message, source, severity, matchCase, unlessNegated, unlessAfter,
                new EntryConditions(pos, subject, unlessBefore, unlessNextPos, unlessReported), name + ":" + line));
    }

    /** The words of a set used with unless-after, unless-before or subject; each member must be a single word. */
    private Set<String> singleWords(String setReference) {
        if (!setReference.startsWith("{") || !setReference.endsWith("}")) {
            throw new IllegalArgumentException("this option needs a set, e.g. unless-after={determiner}");
        }
        Set<String> words = new HashSet<>();
        for (Phrase phrase : PhrasePattern.expand(setReference, sets)) {
            if (phrase.tokens().size() != 1) {
                throw new IllegalArgumentException("set members used in options must be single words: " + phrase.surface());
            }
            words.add(phrase.tokens().get(0));
        }
        return words;
    }

    private SourceCitation entrySource(String key) {
        if (key.isEmpty()) {
            return sources.isEmpty() ? null : sources.values().iterator().next();
        }
        SourceCitation source = sources.get(key);
        if (source == null) {
            throw new IllegalArgumentException("unknown source key '" + key + "' (declare it with @source)");
        }
        return source;
    }

    private WordList finish() throws WordListFormatException {
        if (ruleId == null && problems.isEmpty()) {
            problems.add(new WordListProblem(name, 0, "no @rule or @extends directive"));
        }
        RuleDefinition definition = null;
        if (ruleId != null && !extendsRule) {
            for (String required : List.of("category", "severity", "description")) {
                if (!singleDirectives.containsKey(required)) {
                    problems.add(new WordListProblem(name, directiveLine, "rule " + ruleId + " needs @" + required));
                }
            }
            if (sources.isEmpty()) {
                problems.add(new WordListProblem(name, directiveLine, "rule " + ruleId + " needs a @source"));
            }
            if (problems.isEmpty()) {
                definition = new RuleDefinition(ruleId, category(singleDirectives.get("category")),
                        severity(singleDirectives.get("severity")), singleDirectives.get("description"),
                        sources.values().iterator().next(), appliesTo(singleDirectives.getOrDefault("applies-to", "all")),
                        Check.of(singleDirectives.getOrDefault("check", "term")),
                        singleDirectives.containsKey("scare-quotes") ? ScareQuotes.parse(singleDirectives.get("scare-quotes"))
                                : null);
            }
        }
        if (!problems.isEmpty()) {
            throw new WordListFormatException(problems);
        }
        return new WordList(name, ruleId, definition, directiveLine, entries, evidence);
    }

    private static String column(String[] columns, int index) {
        return index < columns.length ? columns[index].strip() : "";
    }

    private static List<String> list(String column) {
        List<String> items = new ArrayList<>();
        for (String item : column.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static RuleCategory category(String value) {
        return enumValue(RuleCategory.class, value, "category");
    }

    private static Severity severity(String value) {
        return enumValue(Severity.class, value, "severity");
    }

    private static Set<DocumentKind> appliesTo(String value) {
        if (value.strip().equals("all")) {
            return EnumSet.allOf(DocumentKind.class);
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (String kind : value.split("[,;]")) {
            kinds.add(enumValue(DocumentKind.class, kind, "document kind"));
        }
        return kinds;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        String constant = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant)) {
                return candidate;
            }
        }
        List<String> expected = new ArrayList<>();
        for (E candidate : type.getEnumConstants()) {
            expected.add(candidate.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value.strip() + "' (expected one of " + expected + ")");
    }
}
