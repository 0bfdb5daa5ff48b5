package org.casenotes.template.ui.tests.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.casenotes.template.ui.library.LibraryEntry;
import org.casenotes.template.ui.library.TemplateLibraryView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the Template Library view, its commands and the dialogs they open, with real widgets. */
final class LibraryDriver {

	private LibraryDriver() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static TemplateLibraryView showView() throws Exception {
		TemplateLibraryView view = (TemplateLibraryView) page().showView(TemplateLibraryView.ID);
		view.refresh();
		page().activate(view);
		spin();
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
		page().activate(view);
		view.viewer().setSelection(new StructuredSelection(entry), true);
		spin();
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

	static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		spin();
	}

	/**
	 * Watches for a visible dialog titled {@code title} and lets {@code answer} work it once; call before the command
	 * that opens it.
	 *
	 * @return the titles of the dialogs answered
	 */
	static List<String> answer(String title, Consumer<Shell> answer) {
		List<String> answered = new ArrayList<>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		Runnable[] look = new Runnable[1];
		look[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					answered.add(shell.getText());
					answer.accept(shell);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, look[0]);
			}
		};
		display.timerExec(100, look[0]);
		return answered;
	}

	static void press(Shell shell, String label) {
		Button button = controls(shell, Button.class).stream()
				.filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button '" + label + "' in " + shell.getText()));
		button.notifyListeners(SWT.Selection, new Event());
	}

	static <T extends Control> List<T> controls(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(controls(child, type));
			}
		}
		return found;
	}

	static void spin() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	static void spinUntil(String what, long millis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake the loop up to look again
				});
				display.sleep();
			}
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
