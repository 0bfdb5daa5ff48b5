package org.casenotes.ui.help;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.ViewPart;

/**
 * A help document inside the product (Help &gt; Getting Started, Help &gt; Template Language): its Markdown laid out as
 * read-only styled text, headings in larger type, code in the text font, links within the document followed by a
 * click. No browser is needed, so it reads the same on every desktop (and under the tests' virtual display, which has
 * no WebKit). The document shown is the one whose view this is.
 */
public final class HelpView extends ViewPart {

    private static final Color CODE_BACKGROUND = new Color(242, 242, 242);
    private static final Color LINK = new Color(0, 90, 170);

    private StyledText text;
    private MarkdownText document;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(16, 12, 16, 12);
        try {
            document = MarkdownText.of(HelpDocument.ofView(getViewSite().getId()).orElseThrow(
                    () -> new IllegalStateException("no help document for the view " + getViewSite().getId()))
                    .markdown());
        } catch (UncheckedIOException e) {
            document = MarkdownText.of("# Not available\n\nThis document is missing from the product: "
                    + e.getCause().getMessage());
        }
        text.setText(document.text());
        List<MarkdownText.Run> runs = document.runs().stream()
                .sorted(Comparator.comparingInt(MarkdownText.Run::start)
                        .thenComparing(Comparator.comparingInt(MarkdownText.Run::length).reversed()))
                .toList();
        runs.forEach(run -> text.setStyleRange(style(run)));
        text.addListener(SWT.MouseUp, this::follow);
    }

    private static StyleRange style(MarkdownText.Run run) {
        StyleRange style = new StyleRange();
        style.start = run.start();
        style.length = run.length();
        switch (run.look()) {
        case TITLE -> style.font = JFaceResources.getHeaderFont();
        case HEADING -> style.font = JFaceResources.getBannerFont();
        case SUBHEADING, BOLD -> style.fontStyle = SWT.BOLD;
        case ITALIC -> style.fontStyle = SWT.ITALIC;
        case CODE -> {
            style.font = textFont();
            style.background = CODE_BACKGROUND;
        }
        case CODE_BLOCK -> style.font = textFont();
        case LINK -> {
            style.underline = true;
            style.underlineStyle = SWT.UNDERLINE_LINK;
            style.foreground = LINK;
        }
        }
        return style;
    }

    private static Font textFont() {
        return JFaceResources.getTextFont();
    }

    /** Follows a link within the document under the pointer. */
    private void follow(Event click) {
        if (click.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        int offset = text.getOffsetAtPoint(new Point(click.x, click.y));
        if (offset < 0) {
            return;
        }
        document.runs().stream().filter(run -> run.look() == MarkdownText.Look.LINK && run.start() <= offset
                && offset < run.start() + run.length() && run.target().startsWith("#")).findFirst()
                .ifPresent(link -> showAnchor(link.target().substring(1)));
    }

    /** Scrolls the heading with this anchor to the top, caret on it; returns whether the document has it. */
    boolean showAnchor(String anchor) {
        Integer at = document.anchors().get(anchor);
        if (at == null) {
            return false;
        }
        text.setCaretOffset(at); // the caret goes too: the widget scrolls back to it on focus and resize
        int line = text.getLineAtOffset(at);
        text.setTopIndex(line);
        // lines of different heights (headings, code) are only estimated until drawn: correct by what is measured now
        int off = text.getLinePixel(line);
        if (off != 0) {
            text.setTopPixel(text.getTopPixel() + off);
        }
        return true;
    }

    /** @return the text as shown (for tests) */
    public String shownText() {
        return text.getText();
    }

    /** @return the text widget (for tests) */
    public StyledText textWidget() {
        return text;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
