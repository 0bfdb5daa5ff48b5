package org.casenotes.ui.forms.internal.renderers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.ui.forms.FieldRenderContext;
import org.casenotes.ui.forms.FieldRenderer;
import org.casenotes.ui.forms.RenderedField;

/**
 * Date, time and date-and-time fields, typed in ISO form (2026-11-18, 14:30, 2026-11-18 14:30) so that the same
 * text means the same value wherever the workbench runs; a time may be typed without its colon, and a full hour as
 * the hour alone ({@link TypedTime}). A box that can be empty, unlike SWT's date picker, so an
 * unanswered field stays unanswered.
 */
public final class TemporalFieldRenderer implements FieldRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public int applicability(Field field) {
        return field.getType() instanceof DateType || field.getType() instanceof TimeType
                || field.getType() instanceof DateTimeType ? DEFAULT : NOT_APPLICABLE;
    }

    @Override
    public RenderedField render(FieldRenderContext context) {
        return switch (context.field().getType()) {
            case DateType date -> TypedText.create(context, "yyyy-mm-dd", null, "Type a date as 2026-11-18.",
                    (typed, id) -> {
                        LocalDate value = LocalDate.parse(typed);
                        return editor -> editor.setDate(id, value);
                    }, value -> ((DateValue) value).getValue().toString());
            case TimeType time -> TypedText.create(context, "hh:mm", null,
                    "Type a time as 14:30 (or 1430, or 14 for 14:00).", (typed, id) -> {
                        LocalTime value = TypedTime.parse(typed);
                        return editor -> editor.setTime(id, value);
                    }, value -> TIME.format(((TimeValue) value).getValue()));
            default -> TypedText.create(context, "yyyy-mm-dd hh:mm", null, "Type a date and time as 2026-11-18 14:30.",
                    (typed, id) -> {
                        LocalDateTime value = LocalDateTime.parse(typed, DATE_TIME);
                        return editor -> editor.setDateTime(id, value);
                    }, value -> DATE_TIME.format(((DateTimeValue) value).getValue()));
        };
    }
}
