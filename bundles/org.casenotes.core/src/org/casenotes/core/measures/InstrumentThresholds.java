package org.casenotes.core.measures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a total of one instrument means clinically: its severity bands, the change in points that is clinically
 * meaningful and the total below which the client is in remission, each with its published source
 * ({@link MeasureThresholds} reads them from {@code data/measures/thresholds.properties}). An instrument without
 * published thresholds in that file has no bands, no meaningful change and no remission: its totals are charted
 * without interpretation rather than with a guessed one.
 *
 * @param instrumentId     the instrument's qualified id, as measure results name it ({@code std.instruments.PHQ9})
 * @param name             its short name (PHQ-9)
 * @param maximum          the highest total
 * @param bands            the severity bands, lowest first
 * @param meaningfulChange a change of at least this many points is clinically meaningful; empty when unknown
 * @param remissionBelow   a total below this is remission; empty when unknown
 * @param source           where the numbers come from
 */
public record InstrumentThresholds(String instrumentId, String name, int maximum, List<SeverityBand> bands,
        OptionalInt meaningfulChange, OptionalInt remissionBelow, String source) {

    public InstrumentThresholds {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(name, "name");
        bands = List.copyOf(bands);
        Objects.requireNonNull(meaningfulChange, "meaningfulChange");
        Objects.requireNonNull(remissionBelow, "remissionBelow");
        source = source == null ? "" : source;
    }

    /**
     * @param instrumentId an instrument with no published thresholds here
     * @param maximum      the highest total to chart
     * @return thresholds without bands, change or remission
     */
    public static InstrumentThresholds uninterpreted(String instrumentId, int maximum) {
        String name = instrumentId.substring(instrumentId.lastIndexOf('.') + 1);
        return new InstrumentThresholds(instrumentId, name, maximum, List.of(), OptionalInt.empty(),
                OptionalInt.empty(), "");
    }

    /** @return the band holding {@code total}, if any */
    public Optional<SeverityBand> bandOf(int total) {
        return bands.stream().filter(band -> band.holds(total)).findFirst();
    }

    /** @return whether {@code total} is remission; false when the instrument has no remission threshold */
    public boolean remission(int total) {
        return remissionBelow.isPresent() && total < remissionBelow.getAsInt();
    }

    /** @return whether a change from {@code from} to {@code to} is clinically meaningful (either way) */
    public boolean meaningful(int from, int to) {
        return meaningfulChange.isPresent() && Math.abs(to - from) >= meaningfulChange.getAsInt();
    }
}
