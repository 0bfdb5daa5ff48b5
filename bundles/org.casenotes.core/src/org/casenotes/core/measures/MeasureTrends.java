package org.casenotes.core.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;

/**
 * Every instrument a client's record holds results of, as {@link MeasureTrend}s: the instruments with published
 * thresholds first (PHQ-9, then GAD-7, in the order of the thresholds file), then any other, by id.
 */
public final class MeasureTrends {

    private final MeasureThresholds thresholds;

    /** @param thresholds the thresholds to read totals against */
    public MeasureTrends(MeasureThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** @return the client's trends, one per instrument */
    public List<MeasureTrend> of(Client client) {
        Map<String, List<MeasureResult>> byInstrument = new LinkedHashMap<>();
        client.getMeasureResults().stream().filter(result -> result.getInstrumentId() != null)
                .forEach(result -> byInstrument.computeIfAbsent(result.getInstrumentId(), id -> new ArrayList<>())
                        .add(result));
        List<MeasureTrend> trends = new ArrayList<>();
        byInstrument.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(this::rank)
                        .thenComparing(id -> id)))
                .forEach(entry -> {
                    int highest = entry.getValue().stream().map(MeasureResult::getTotal)
                            .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
                    trends.add(MeasureTrend.of(thresholds.orUninterpreted(entry.getKey(), highest), entry.getValue()));
                });
        return trends;
    }

    /** @return the instrument's place in the thresholds file, or after every instrument there */
    private int rank(String instrumentId) {
        List<InstrumentThresholds> known = thresholds.all();
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i).instrumentId().equals(instrumentId)) {
                return i;
            }
        }
        return known.size();
    }

    /**
     * The change a total being given now would make from the client's latest total of the same instrument: what the
     * note editor shows beside a questionnaire being filled in.
     *
     * @param client       the client
     * @param instrumentId the instrument
     * @param total        the total so far
     * @param noteId       the note being written, whose own result (once signed) is not "the last score"
     * @return the change since the latest earlier total, if there is one
     */
    public Optional<ScoreChange> changeFromLast(Client client, String instrumentId, int total, String noteId) {
        MeasureTrend trend = MeasureTrend.of(thresholds.orUninterpreted(instrumentId, total),
                client.getMeasureResults().stream().filter(result -> instrumentId.equals(result.getInstrumentId()))
                        .filter(result -> noteId == null || !noteId.equals(result.getNoteId())).toList());
        if (trend.points().isEmpty()) {
            return Optional.empty();
        }
        MeasureTrend.Point last = trend.points().getLast();
        return Optional.of(ScoreChange.of(trend.thresholds(), last.day(), last.total(), total));
    }
}
