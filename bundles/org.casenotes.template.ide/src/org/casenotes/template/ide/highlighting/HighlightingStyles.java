package org.casenotes.template.ide.highlighting;

/** Style ids an editor maps to colours and fonts. Lexical styles come from tokens, semantic ones from meaning. */
public final class HighlightingStyles {

    public static final String KEYWORD = "keyword";
    public static final String PUNCTUATION = "punctuation";
    public static final String STRING = "string";
    public static final String TEXT_BLOCK = "textBlock";
    public static final String NUMBER = "number";
    public static final String COMMENT = "comment";
    public static final String IDENTIFIER = "identifier";

    /** The id where a section, field, group, calculation, option or template is declared. */
    public static final String DECLARATION = "declaration";
    public static final String FIELD_REFERENCE = "fieldReference";
    public static final String OPTION_REFERENCE = "optionReference";
    public static final String INSTRUMENT_REFERENCE = "instrumentReference";
    public static final String TYPE_REFERENCE = "typeReference";
    public static final String MERGE_FIELD = "mergeField";
    public static final String NOTE_KIND = "noteKind";

    private HighlightingStyles() {
    }
}
