package org.casenotes.template.ide.highlighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Colours text by its tokens alone (keywords, strings, text blocks, numbers, comments), fast enough to run on every
 * keystroke and correct even while the file does not parse.
 */
public final class LexicalHighlighter {

    private final Provider<Lexer> lexers;
    private final Map<Integer, String> tokenNames;

    @Inject
    public LexicalHighlighter(@Named(LexerBindings.RUNTIME) Provider<Lexer> lexers,
            @Named(LexerIdeBindings.HIGHLIGHTING) ITokenDefProvider tokens) {
        this.lexers = lexers;
        this.tokenNames = tokens.getTokenDefMap();
    }

    /** @return one range per visible token, in order; whitespace is skipped. */
    public List<HighlightedRange> highlight(String text) {
        Lexer lexer = lexers.get();
        lexer.setCharStream(new ANTLRStringStream(text));
        List<HighlightedRange> ranges = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            String style = styleOf(tokenNames.get(token.getType()));
            if (style != null && token instanceof CommonToken common) {
                ranges.add(new HighlightedRange(common.getStartIndex(),
                        common.getStopIndex() - common.getStartIndex() + 1, style));
            }
        }
        return ranges;
    }

    static String styleOf(String tokenName) {
        if (tokenName == null || tokenName.equals("RULE_WS")) {
            return null;
        }
        if (tokenName.startsWith("'")) {
            return Character.isLetter(tokenName.charAt(1)) ? HighlightingStyles.KEYWORD
                    : HighlightingStyles.PUNCTUATION;
        }
        return switch (tokenName) {
        case "RULE_STRING" -> HighlightingStyles.STRING;
        case "RULE_TEXT_BLOCK" -> HighlightingStyles.TEXT_BLOCK;
        case "RULE_INT" -> HighlightingStyles.NUMBER;
        case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> HighlightingStyles.COMMENT;
        case "RULE_ID" -> HighlightingStyles.IDENTIFIER;
        default -> null;
        };
    }
}
