package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;

/**
 * One measure result of a client as the overview lists it.
 *
 * @param day        the day it was given
 * @param instrument the instrument's short name (PHQ-9)
 * @param total      the total, or "not scored (7 of 9 answered)" for an instrument left incomplete
 * @param band       the severity band, or empty
 * @param critical   the critical items, e.g. "item q9", or empty
 * @param source     "Note" when a signed note gave it, "Entered" when it was recorded on its own
 */
record MeasureRow(LocalDate day, String instrument, String total, String band, String critical, String source) {

    /** @return the client's measure results, newest first */
    static List<MeasureRow> of(Client client) {
        return client.getMeasureResults().stream()
                .sorted(Comparator.comparing(MeasureResult::getAdministeredOn,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .map(MeasureRow::of).toList();
    }

    static MeasureRow of(MeasureResult result) {
        return new MeasureRow(result.getAdministeredOn(), ClientFacts.instrument(result.getInstrumentId()),
                total(result), result.getBand() == null ? "" : result.getBand(),
                result.getCriticalItemIds().stream().map(item -> "item " + item).collect(Collectors.joining(", ")),
                result.getNoteId() == null ? "Entered" : "Note");
    }

    /** @return the total, or why there is none */
    static String total(MeasureResult result) {
        return result.getTotal() != null ? result.getTotal().toString()
                : "not scored (" + result.getAnswers().size() + " items answered)";
    }
}
