package org.casenotes.ui.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.model.record.FieldValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.eclipse.osgi.service.debug.DebugOptions;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/** Field renderers are OSGi services; the one with the highest applicability draws a field. */
class FieldRendererServicesTest {

    private final NoteEditorDriver driver = new NoteEditorDriver();
    private final BundleContext context = FrameworkUtil.getBundle(FieldRenderer.class).getBundleContext();

    @AfterEach
    void closeEditors() {
        NoteEditorDriver.closeAll();
    }

    @Test
    void standardRenderersAreDeclarativeServicesOfTheFormsBundle() throws Exception {
        Collection<ServiceReference<FieldRenderer>> renderers = context.getServiceReferences(FieldRenderer.class, null);
        assertTrue(renderers.size() >= 7, "text, number, yes/no, temporal, duration, choice, goal: " + renderers.size());
        assertTrue(renderers.stream().allMatch(reference -> reference.getProperty("component.name") != null),
                "registered by Service Component Runtime");
    }

    @Test
    void aPluginRendererWithHigherPriorityReplacesTheStandardOne() throws Exception {
        ServiceRegistration<FieldRenderer> registration = context.registerService(FieldRenderer.class,
                new ReadAloudRenderer(), null);
        try {
            NoteFormEditor editor = driver.open(driver.draft());
            Control narrative = NoteEditorDriver.field(editor, "narrative").rendered().control();
            assertEquals("read aloud", ((Label) narrative).getText());
            assertInstanceOf(StyledText.class, NoteEditorDriver.field(editor, "setbackReason").rendered().control(),
                    "other long text fields keep the standard renderer");
        } finally {
            registration.unregister();
        }
    }

    /**
     * With the editor's trace option on (as {@code -debug FILE} turns it on), the platform's trace names the renderer
     * of each field an editor draws: how a plugin author, or a test outside the process, sees a renderer take a field.
     */
    @Test
    void theTraceNamesTheRendererOfEachField(@TempDir Path temp) throws Exception {
        ServiceReference<DebugOptions> reference = context.getServiceReference(DebugOptions.class);
        DebugOptions options = context.getService(reference);
        boolean wasEnabled = options.isDebugEnabled();
        File wasFile = options.getFile();
        Path trace = temp.resolve("trace.log");
        ServiceRegistration<FieldRenderer> registration = context.registerService(FieldRenderer.class,
                new ReadAloudRenderer(), null);
        try {
            options.setDebugEnabled(true);
            options.setFile(trace.toFile());
            options.setOption("org.casenotes.ui.forms/debug/renderers", "true");
            driver.open(driver.draft());
            String traced = Files.readString(trace, StandardCharsets.UTF_8);
            assertTrue(traced.contains("field narrative drawn by " + ReadAloudRenderer.class.getName()
                    + " (applicability " + (FieldRenderer.DEFAULT + 1) + ")"), traced);
            assertTrue(traced.contains("field setbackReason drawn by"
                    + " org.casenotes.ui.forms.internal.renderers.TextFieldRenderer"), traced);
        } finally {
            registration.unregister();
            options.setOption("org.casenotes.ui.forms/debug/renderers", "false");
            options.setFile(wasFile);
            options.setDebugEnabled(wasEnabled);
            context.ungetService(reference);
        }
    }

    /** A plugin's renderer for the narrative field only. */
    private static final class ReadAloudRenderer implements FieldRenderer {

        @Override
        public int applicability(Field field) {
            return SoapForm.isNarrative(field) ? DEFAULT + 1 : NOT_APPLICABLE;
        }

        @Override
        public RenderedField render(FieldRenderContext renderContext) {
            Label label = renderContext.toolkit().createLabel(renderContext.parent(), "read aloud");
            return new RenderedField() {
                @Override
                public Control control() {
                    return label;
                }

                @Override
                public void refresh(Optional<FieldValue> value) {
                    // shows no value
                }
            };
        }
    }
}
