package org.casenotes.template.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Opens templates in the real template designer and looks at its widgets the way a designer would. */
final class DesignerDriver {

	/** An agency template that extends the standard SOAP note with a conditional field. */
	static final String AGENCY_SOAP = """
			package agency.progress

			import std.progress.*

			template AgencySoap "Agency SOAP note" version 1 kind progress extends SoapNote {
				section checkIn "Agency check-in" {
					field feelsSafe "Client feels safe at home" : choice { yes "Yes", no "No" } required
					field safetyConcern "What makes the client feel unsafe" : longtext
						shown when feelsSafe = no
				}
			}
			""";

	private DesignerDriver() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static TemplateDesigner openAgencyTemplate(Path folder, String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		TemplateDesigner designer = (TemplateDesigner) TemplateDesigners.open(page(), file);
		page().setPartState(page().getReference(designer), IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		return designer;
	}

	static TemplateSource standard(String pathEnd) {
		return TemplateLibrary.contributed().sources().stream().filter(s -> s.name().endsWith(pathEnd)).findFirst()
				.orElseThrow(() -> new AssertionError("no installed template " + pathEnd));
	}

	static IDocument document(TemplateDesigner designer) {
		return designer.textEditor().getDocumentProvider().getDocument(designer.textEditor().getEditorInput());
	}

	static List<Annotation> annotations(TemplateDesigner designer, String type) {
		IAnnotationModel model = designer.textEditor().viewer().getAnnotationModel();
		List<Annotation> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a.getType().equals(type)) {
				found.add(a);
			}
		});
		return found;
	}

	static void closeAll() {
		page().closeAllEditors(false);
		settle();
	}

	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let layouts, paints and posted results run
		}
	}

	/** Runs the event loop until {@code condition} holds, failing after {@code millis}. */
	static void waitUntil(String what, long millis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
					// wake the loop up to look again
				});
				display.sleep();
			}
		}
	}

	/** @return the texts of the visible labels, buttons and section titles below {@code root} */
	static List<String> visibleTexts(Control root) {
		List<String> texts = new ArrayList<>();
		collect(root, texts);
		return texts;
	}

	private static void collect(Control control, List<String> texts) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		switch (control) {
		case Label label -> texts.add(label.getText());
		case CLabel label -> texts.add(label.getText());
		case Button button -> texts.add(button.getText());
		case ExpandableComposite section -> texts.add(section.getText());
		case ScrolledForm form -> texts.add(form.getText());
		default -> {
			// containers and inputs have no text of their own worth reading
		}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}

	static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}

	/** Saves a picture of the workbench window under the test project's target folder and returns its path. */
	static Path screenshot(String name) throws IOException {
		settle();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			Path dir = targetFolder().resolve("screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** @return the test project's target folder (tycho-surefire runs the tests in target/work) */
	static Path targetFolder() {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		return dir.getFileName().toString().equals("work") ? dir.getParent() : dir.resolve("target");
	}
}
