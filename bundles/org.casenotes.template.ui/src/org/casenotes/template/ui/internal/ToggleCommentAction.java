package org.casenotes.template.ui.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.TextEditorAction;

/** Comments the selected lines out with {@code //}, or in again when all of them are comments already. */
final class ToggleCommentAction extends TextEditorAction {

    static final String COMMAND_ID = "org.casenotes.template.ui.toggleComment";

    ToggleCommentAction(ITextEditor editor) {
        super(new EditorActionTexts(), "ToggleComment.", editor);
        setActionDefinitionId(COMMAND_ID);
    }

    @Override
    public void run() {
        ITextEditor editor = getTextEditor();
        ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
        if (target == null || !validateEditorInputState()) {
            return;
        }
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int operation = allCommented(document, selection) ? ITextOperationTarget.STRIP_PREFIX
                : ITextOperationTarget.PREFIX;
        BusyIndicator.showWhile(null, () -> target.doOperation(operation));
    }

    static boolean allCommented(IDocument document, ITextSelection selection) {
        try {
            for (int line = selection.getStartLine(); line <= selection.getEndLine(); line++) {
                String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
                if (!text.isEmpty() && !text.startsWith("//")) {
                    return false;
                }
            }
            return true;
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public void update() {
        setEnabled(getTextEditor() != null && getTextEditor().isEditable());
    }
}
