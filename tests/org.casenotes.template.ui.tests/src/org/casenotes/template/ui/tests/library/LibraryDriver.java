package org.casenotes.template.ui.tests.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.template.ui.library.LibraryEntry;
import org.casenotes.template.ui.library.TemplateLibraryView;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;

/** Drives the Template Library view: shows it, reads its rows, selects one, and cleans up published folders. */
final class LibraryDriver {

    private LibraryDriver() {
    }

    static TemplateLibraryView showView() throws Exception {
        TemplateLibraryView view = (TemplateLibraryView) ActiveWorkbench.page().showView(TemplateLibraryView.ID);
        view.refresh();
        ActiveWorkbench.page().activate(view);
        EventLoop.spin();
        return view;
    }

    /** @return the labels of every row, the tree fully expanded */
    static List<String> rows(TemplateLibraryView view) {
        view.viewer().expandAll();
        List<String> texts = new ArrayList<>();
        collect(view.viewer().getTree().getItems(), texts, null);
        return texts;
    }

    /** Selects the row whose label starts with {@code labelStart} and makes the view the active part. */
    static LibraryEntry select(TemplateLibraryView view, String labelStart) {
        view.viewer().expandAll();
        List<TreeItem> items = new ArrayList<>();
        collect(view.viewer().getTree().getItems(), new ArrayList<>(), items);
        LibraryEntry entry = items.stream().filter(item -> item.getText().startsWith(labelStart))
                .map(item -> (LibraryEntry) item.getData()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + labelStart + " in " + rows(view)));
        ActiveWorkbench.page().activate(view);
        view.viewer().setSelection(new StructuredSelection(entry), true);
        EventLoop.spin();
        return entry;
    }

    private static void collect(TreeItem[] items, List<String> texts, List<TreeItem> all) {
        for (TreeItem item : items) {
            texts.add(item.getText());
            if (all != null) {
                all.add(item);
            }
            collect(item.getItems(), texts, all);
        }
    }

    /** Deletes a folder tree, read-only published files included. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                file.toFile().setWritable(true);
                Files.delete(file);
            }
        }
    }
}
