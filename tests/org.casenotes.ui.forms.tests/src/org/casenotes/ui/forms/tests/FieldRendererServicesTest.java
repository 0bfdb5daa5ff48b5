package org.casenotes.ui.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Optional;

import org.casenotes.model.form.Field;
import org.casenotes.model.record.FieldValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
