package org.casenotes.template.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.casenotes.template.ide.services.OutlineNode;
import org.casenotes.template.library.CompiledTemplate;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view of a template: its templates, sections, groups and fields as a tree, rebuilt after each
 * compilation while the designer types. Selecting an element moves the text to it.
 */
final class TemplateOutlinePage extends ContentOutlinePage {

    /** Templates, their sections and what is directly inside them are expanded. */
    private static final int EXPANDED_LEVELS = 3;

    private final TemplateTextEditor editor;
    private final Consumer<CompiledTemplate> compiled = result -> Display.getDefault().asyncExec(this::refresh);
    private boolean revealing;

    TemplateOutlinePage(TemplateTextEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return describe((OutlineNode) element);
            }
        });
        viewer.setAutoExpandLevel(EXPANDED_LEVELS);
        editor.addCompilationListener(compiled);
        refresh();
    }

    @Override
    public void dispose() {
        editor.removeCompilationListener(compiled);
        super.dispose();
    }

    /** @return how an element reads in the tree, e.g. {@code field mood — Mood} */
    static String describe(OutlineNode node) {
        String head = node.kind() + " " + node.name();
        return node.label().isEmpty() ? head : head + " \u2014 " + node.label();
    }

    /** Rebuilds the tree from the editor's current text. */
    void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || editor.getDocumentProvider() == null) {
            return;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document == null) {
            return;
        }
        List<OutlineNode> nodes = editor.services().outline(document.get());
        if (!nodes.equals(viewer.getInput())) {
            viewer.setInput(nodes);
        }
    }

    /** @return the tree's top-level elements, for tests */
    List<OutlineNode> elements() {
        Object input = getTreeViewer().getInput();
        return input instanceof List<?> list ? list.stream().map(OutlineNode.class::cast).toList() : List.of();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!revealing && event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof OutlineNode node) {
            revealing = true;
            try {
                editor.selectAndReveal(node.offset(), 0);
            } finally {
                revealing = false;
            }
        }
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((OutlineNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((OutlineNode) element).children().isEmpty();
        }
    }
}
