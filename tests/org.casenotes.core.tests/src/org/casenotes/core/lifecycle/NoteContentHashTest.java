package org.casenotes.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;

import org.casenotes.model.record.Note;
import org.junit.jupiter.api.Test;

class NoteContentHashTest {

    private final Fixture fx = new Fixture();

    private Note note() {
        return fx.lifecycle.createDraft(fx.form, DraftRequest.of("client-1", "c-ada", Fixture.SESSION_DAY));
    }

    @Test
    void entryOrderAndNumberScaleDoNotChangeTheHash() {
        Note a = note();
        Note b = note();
        b.setId(a.getId());
        b.setCreatedAt(a.getCreatedAt().plusSeconds(60));
        fx.lifecycle.edit(a, fx.form).setText("response", "Calm.").setNumber("sleepHours", new BigDecimal("7.0"))
                .choose("interventions", "cbt", "mi");
        fx.lifecycle.edit(b, fx.form).choose("interventions", "mi", "cbt").setNumber("sleepHours", new BigDecimal("7"))
                .setText("response", "Calm.");
        assertEquals(NoteContentHash.of(a), NoteContentHash.of(b));
    }

    @Test
    void anyContentChangeChangesTheHash() {
        Note a = note();
        fx.lifecycle.edit(a, fx.form).setText("response", "Calm.");
        String before = NoteContentHash.of(a);
        fx.lifecycle.edit(a, fx.form).setText("response", "Calm!");
        assertNotEquals(before, NoteContentHash.of(a));
        String text = NoteContentHash.of(a);
        a.setDateOfService(Fixture.SESSION_DAY.plusDays(1));
        assertNotEquals(text, NoteContentHash.of(a));
    }
}
