package org.casenotes.template.conversion;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Rewrites the parser's token names ("RULE_STRING") into words a template designer knows ("a quoted text"). */
public class DesignerSyntaxErrorMessages extends SyntaxErrorMessageProvider {

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(plain(original.getMessage()), original.getIssueCode(), original.getIssueData());
    }

    static String plain(String message) {
        if (message == null) {
            return "Syntax error.";
        }
        return message.replace("RULE_STRING", "a quoted text (\"...\")")
                .replace("RULE_TEXT_BLOCK", "a text block (\"\"\"...\"\"\")")
                .replace("RULE_ID", "a name")
                .replace("RULE_INT", "a whole number")
                .replace("extraneous input", "unexpected")
                .replace("mismatched input", "unexpected")
                .replace("no viable alternative at input", "cannot understand")
                .replace("<EOF>", "the end of the file");
    }
}
