package org.casenotes.template.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;

/**
 * Ready-made pieces of template a designer would otherwise type from the documentation: a section, a field, a
 * conditional field. Offered when the word before the cursor starts one of their names (or there is none).
 */
final class TemplateSnippets {

    private record Snippet(String name, String description, String body, String placeholder) {
    }

    private static final List<Snippet> SNIPPETS = List.of(
            new Snippet("section", "new section with a field",
                    "section newSection \"New section\" {\n\tfield newField \"New field\" : text\n}", "newSection"),
            new Snippet("field", "new text field", "field newField \"New field\" : text", "newField"),
            new Snippet("choice field", "new field with options",
                    "field newChoice \"New choice\" : choice { first \"First\", second \"Second\" }", "newChoice"),
            new Snippet("shown when", "field shown only when a condition holds",
                    "field newField \"New field\" : text\n\tshown when condition", "condition"));

    private TemplateSnippets() {
    }

    /** @return the snippets whose name starts with the word before {@code offset} in {@code text} */
    static List<ICompletionProposal> at(String text, int offset) {
        int start = offset;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, offset).toLowerCase(Locale.ROOT);
        String indent = indentOfLine(text, start);
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (Snippet snippet : SNIPPETS) {
            if (snippet.name().startsWith(prefix)) {
                String body = snippet.body().replace("\n", "\n" + indent);
                int cursor = body.indexOf(snippet.placeholder());
                proposals.add(new CompletionProposal(body, start, offset - start, cursor, null,
                        snippet.name() + " \u2014 snippet: " + snippet.description(), null, body));
            }
        }
        return proposals;
    }

    private static String indentOfLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
            end++;
        }
        return text.substring(lineStart, end);
    }
}
