package org.casenotes.template.ui.internal;

import org.casenotes.template.library.TemplateFormatter;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.TextEditorAction;

/**
 * Lays the whole template out ({@link TemplateFormatter}): indentation by braces, continuation lines, blank lines.
 * One undoable change; the caret stays on its line. Does nothing when the text is laid out already.
 */
final class FormatAction extends TextEditorAction {

    static final String COMMAND_ID = "org.casenotes.template.ui.format";

    FormatAction(ITextEditor editor) {
        super(new EditorActionTexts(), "Format.", editor);
        setActionDefinitionId(COMMAND_ID);
    }

    @Override
    public void run() {
        ITextEditor editor = getTextEditor();
        if (editor == null || !validateEditorInputState()) {
            return;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String text = document.get();
        String formatted = TemplateFormatter.format(text);
        if (formatted.equals(text)) {
            return;
        }
        int line = ((ITextSelection) editor.getSelectionProvider().getSelection()).getStartLine();
        document.set(formatted);
        try {
            int kept = Math.min(Math.max(line, 0), document.getNumberOfLines() - 1);
            editor.selectAndReveal(document.getLineOffset(kept), 0);
        } catch (BadLocationException e) {
            editor.selectAndReveal(0, 0);
        }
    }

    @Override
    public void update() {
        setEnabled(getTextEditor() != null && getTextEditor().isEditable());
    }
}
