package org.casenotes.template.ui.internal;

import org.casenotes.template.ide.highlighting.HighlightedRange;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Colours the whole template from its tokens and, where it parses, from what names mean (declarations, field and
 * option references). A template is a few kilobytes, so the whole text is re-coloured after each change: a change
 * can turn everything after it into a text block or a comment.
 */
final class TemplatePresentation implements IPresentationDamager, IPresentationRepairer {

    private final TemplateDocumentServices services;
    private IDocument document;

    TemplatePresentation(TemplateDocumentServices services) {
        this.services = services;
    }

    @Override
    public void setDocument(IDocument newDocument) {
        this.document = newDocument;
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        return new Region(0, document.getLength());
    }

    @Override
    public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
        String text = document.get();
        for (HighlightedRange range : services.highlight(text)) {
            TextAttribute attribute = TemplateStyles.of(range.style());
            if (attribute != null && range.offset() + range.length() <= text.length()) {
                presentation.mergeStyleRange(new StyleRange(range.offset(), range.length(), attribute.getForeground(),
                        attribute.getBackground(), attribute.getStyle()));
            }
        }
    }
}
