package org.casenotes.template.ui.internal;

import java.util.ListResourceBundle;

/** Labels and tooltips of the designer's editor actions, in the form JFace's resource actions read them. */
public final class EditorActionTexts extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
                { "ContentAssistProposal.tooltip", "Propose keywords, fields, options and snippets" },
                { "ToggleComment.label", "Toggle Comment" },
                { "ToggleComment.tooltip", "Comment the selected lines out, or in again" },
                { "Format.label", "Format" },
                { "Format.tooltip", "Indent the template by its braces and tidy its blank lines" } };
    }
}
