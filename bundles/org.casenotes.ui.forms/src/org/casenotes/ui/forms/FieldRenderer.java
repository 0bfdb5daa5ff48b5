package org.casenotes.ui.forms;

import org.casenotes.model.form.Field;

/**
 * Draws the input control of one kind of form field in the note editor. Renderers are OSGi services: for each field
 * the editor asks every registered renderer for its {@link #applicability(Field) applicability} and uses the one
 * with the highest priority, so a plugin can add a renderer for a field type the standard ones do not know, or
 * replace a standard renderer by offering a higher priority. The standard renderers answer {@link #DEFAULT}.
 * <p>
 * The editor draws the label, hint, required marker and findings decoration itself; a renderer draws only the
 * control(s) that show and change the value, and writes values through {@link FieldRenderContext#edit}, which
 * makes every change undoable and re-validates the note.
 * <p>
 * Example: a plugin that shows short text fields whose id ends in {@code Phone} with a phone-number mask. Declare
 * it in {@code OSGI-INF/phone-renderer.xml} (and {@code Service-Component: OSGI-INF/*.xml} in the manifest):
 *
 * <pre>{@code
 * <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="com.example.phone-renderer">
 *    <implementation class="com.example.PhoneFieldRenderer"/>
 *    <service><provide interface="org.casenotes.ui.forms.FieldRenderer"/></service>
 * </scr:component>
 *
 * public final class PhoneFieldRenderer implements FieldRenderer {
 *     public int applicability(Field field) {
 *         return field.getType() instanceof ShortTextType && field.getId().endsWith("Phone")
 *                 ? DEFAULT + 10 : NOT_APPLICABLE;
 *     }
 *     public RenderedField render(FieldRenderContext context) {
 *         Text text = context.toolkit().createText(context.parent(), "");
 *         text.setMessage("(555) 555-0100");
 *         text.addModifyListener(e -> context.edit("Type phone number",
 *                 editor -> editor.setText(context.field().getId(), text.getText())));
 *         return new RenderedField() {
 *             public Control control() { return text; }
 *             public void refresh(Optional<FieldValue> value) {
 *                 text.setText(value.map(v -> ((TextValue) v).getText()).orElse(""));
 *             }
 *         };
 *     }
 * }
 * }</pre>
 */
public interface FieldRenderer {

    /** Returned by {@link #applicability(Field)} for a field this renderer cannot draw. */
    int NOT_APPLICABLE = -1;

    /** The priority of the standard renderers; offer more to replace one. */
    int DEFAULT = 100;

    /** @return how well this renderer suits {@code field}: higher wins, {@link #NOT_APPLICABLE} if not at all */
    int applicability(Field field);

    /**
     * Creates the field's input control(s) in {@link FieldRenderContext#parent()}, showing the current value.
     *
     * @return the handle through which the editor refreshes the control and attaches findings to it
     */
    RenderedField render(FieldRenderContext context);
}
