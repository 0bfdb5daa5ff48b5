package org.casenotes.core.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published thresholds of the instruments Casenotes interprets, by instrument id: read once from
 * {@value #BUNDLED} (a properties file that cites the source of every number), or from any text of that format.
 */
public final class MeasureThresholds {

    /** The thresholds shipped in this bundle. */
    public static final String BUNDLED = "/data/measures/thresholds.properties";

    private static final Pattern BAND = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)\\s+(.+)");
    private static volatile MeasureThresholds bundled;

    private final Map<String, InstrumentThresholds> byInstrument;

    private MeasureThresholds(Map<String, InstrumentThresholds> byInstrument) {
        this.byInstrument = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byInstrument));
    }

    /** @return the instruments with published thresholds, in the order of the file */
    public List<InstrumentThresholds> all() {
        return List.copyOf(byInstrument.values());
    }

    /** @return the thresholds shipped in this bundle */
    public static MeasureThresholds bundled() {
        MeasureThresholds read = bundled;
        if (read == null) {
            try (InputStream in = MeasureThresholds.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The measure thresholds " + BUNDLED + " are missing from the "
                            + "bundle.");
                }
                read = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The measure thresholds " + BUNDLED + " cannot be read.", e);
            }
            bundled = read;
        }
        return read;
    }

    /**
     * @param in a properties file (UTF-8) in the format of {@value #BUNDLED}
     * @return its thresholds
     * @throws IllegalArgumentException naming the key that is missing or malformed
     * @throws IOException              if it cannot be read
     */
    public static MeasureThresholds read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, InstrumentThresholds> all = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(key -> key.endsWith(".name"))
                .sorted(Comparator.comparingInt(text::indexOf))
                .map(key -> key.substring(0, key.length() - ".name".length()))
                .forEach(id -> all.put(id, instrument(id, properties)));
        return new MeasureThresholds(all);
    }

    private static InstrumentThresholds instrument(String id, Properties properties) {
        List<SeverityBand> bands = new ArrayList<>();
        for (String band : required(properties, id + ".bands").split(";")) {
            Matcher matcher = BAND.matcher(band.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException(id + ".bands: '" + band.strip() + "' is not 'low-high label'.");
            }
            bands.add(new SeverityBand(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    matcher.group(3).strip()));
        }
        return new InstrumentThresholds(id, required(properties, id + ".name"),
                number(properties, id + ".maximum"), bands,
                OptionalInt.of(number(properties, id + ".meaningfulChange")),
                OptionalInt.of(number(properties, id + ".remissionBelow")), required(properties, id + ".source"));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The measure thresholds lack " + key + ".");
        }
        return value.strip();
    }

    private static int number(Properties properties, String key) {
        try {
            return Integer.parseInt(required(properties, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number.", e);
        }
    }

    /** @return the published thresholds of the instrument, if known here */
    public Optional<InstrumentThresholds> of(String instrumentId) {
        return Optional.ofNullable(byInstrument.get(instrumentId));
    }

    /**
     * @param instrumentId an instrument
     * @param highestSeen  the highest total recorded, the chart's top when the instrument is not known here
     * @return its thresholds, or {@link InstrumentThresholds#uninterpreted uninterpreted} ones
     */
    public InstrumentThresholds orUninterpreted(String instrumentId, int highestSeen) {
        return of(instrumentId).orElseGet(() -> InstrumentThresholds.uninterpreted(instrumentId, highestSeen));
    }
}
