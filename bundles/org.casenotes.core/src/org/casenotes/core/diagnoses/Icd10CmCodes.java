package org.casenotes.core.diagnoses;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of ICD-10-CM codes: the bundled behavioural-health codes ({@link #behavioralHealth()}, read from
 * {@code data/icd10cm/behavioral-health-codes.tsv}, whose header names its source, release and licence), or any list
 * in that format. Immutable; lookups ignore case, dots and spaces.
 */
public final class Icd10CmCodes {

    /** Where the bundled list is, on the bundle's class path. */
    public static final String BUNDLED = "/data/icd10cm/behavioral-health-codes.tsv";

    private static Icd10CmCodes behavioralHealth;

    private final List<IcdCode> codes;
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final List<String> header;

    private Icd10CmCodes(List<IcdCode> codes, List<String> header) {
        this.codes = List.copyOf(codes);
        this.header = List.copyOf(header);
        for (int i = 0; i < this.codes.size(); i++) {
            if (positions.putIfAbsent(this.codes.get(i).compact(), i) != null) {
                throw new IllegalArgumentException("The code " + this.codes.get(i).code() + " is listed twice.");
            }
        }
    }

    /** @return the bundled behavioural-health codes (F01-F99, Z55-Z65, Z69-Z76), read once */
    public static synchronized Icd10CmCodes behavioralHealth() {
        if (behavioralHealth == null) {
            try (InputStream in = Icd10CmCodes.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The ICD-10-CM list " + BUNDLED + " is missing from the bundle.");
                }
                behavioralHealth = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("The ICD-10-CM list " + BUNDLED + " cannot be read.", e);
            }
        }
        return behavioralHealth;
    }

    /**
     * Reads a list: {@code #} comment lines (the header), then {@code code<TAB>description} lines.
     *
     * @throws IllegalArgumentException naming the line that is not of that form, or a code listed twice
     */
    public static Icd10CmCodes read(Reader reader) throws IOException {
        List<IcdCode> codes = new ArrayList<>();
        List<String> header = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.startsWith("#")) {
                header.add(line.substring(1).strip());
            } else if (!line.isBlank()) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalArgumentException("Line " + number + " is not '<code><TAB><description>': " + line);
                }
                codes.add(new IcdCode(IcdCode.dotted(IcdCode.compact(line.substring(0, tab))),
                        line.substring(tab + 1).strip()));
            }
        }
        return new Icd10CmCodes(codes, header);
    }

    /** @return every code, in the release's order */
    public List<IcdCode> all() {
        return codes;
    }

    /** @return how many codes there are */
    public int size() {
        return codes.size();
    }

    /** @return the header's comment lines (source, release, licence) */
    public List<String> header() {
        return header;
    }

    /** @return the code as listed, if {@code typed} (any case, with or without its dot) is one */
    public Optional<IcdCode> find(String typed) {
        Integer position = typed == null ? null : positions.get(IcdCode.compact(typed));
        return position == null ? Optional.empty() : Optional.of(codes.get(position));
    }

    /** @return the codes whose compact form starts with {@code compactPrefix}, in the release's order */
    public List<IcdCode> startingWith(String compactPrefix) {
        List<IcdCode> found = new ArrayList<>();
        for (IcdCode code : codes) {
            if (code.compact().startsWith(compactPrefix)) {
                found.add(code);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** @return the position of a code in the release's order (for ranking ties) */
    int position(IcdCode code) {
        return positions.getOrDefault(code.compact(), Integer.MAX_VALUE);
    }
}
