package org.casenotes.core.rules.integrity.internal;

import java.util.Arrays;

/**
 * A bottom-k MinHash sketch of a narrative's word 3-shingles (three consecutive words, case and punctuation
 * ignored), for estimating how much wording two notes share. The sketch keeps the {@value #SIZE} smallest distinct
 * 64-bit shingle hashes; {@link #similarity} estimates the Jaccard index of the two shingle sets (exact when both
 * notes have fewer than {@value #SIZE} distinct shingles). Building one costs one pass over the text and a sort.
 */
public final class NarrativeFingerprint {

    /** Number of hashes kept. */
    static final int SIZE = 128;
    private static final int SHINGLE_WORDS = 3;

    private final long[] hashes;
    private final int words;

    private NarrativeFingerprint(long[] hashes, int words) {
        this.hashes = hashes;
        this.words = words;
    }

    /** @return the fingerprint of {@code text} */
    public static NarrativeFingerprint of(CharSequence text) {
        long[] wordHashes = new long[16];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = hash * 31 + Character.toLowerCase(c);
                inWord = true;
            } else if (c != '\'' && c != '\u2019' && inWord) {
                if (count == wordHashes.length) {
                    wordHashes = Arrays.copyOf(wordHashes, count * 2);
                }
                wordHashes[count++] = mix(hash);
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            wordHashes = Arrays.copyOf(wordHashes, count + 1);
            wordHashes[count++] = mix(hash);
        }
        int shingles = Math.max(0, count - SHINGLE_WORDS + 1);
        long[] shingleHashes = new long[shingles];
        for (int i = 0; i < shingles; i++) {
            shingleHashes[i] = mix(wordHashes[i] ^ Long.rotateLeft(wordHashes[i + 1], 21)
                    ^ Long.rotateLeft(wordHashes[i + 2], 42));
        }
        Arrays.sort(shingleHashes);
        long[] smallest = new long[Math.min(SIZE, shingles)];
        int kept = 0;
        for (int i = 0; i < shingles && kept < smallest.length; i++) {
            if (i == 0 || shingleHashes[i] != shingleHashes[i - 1]) {
                smallest[kept++] = shingleHashes[i];
            }
        }
        return new NarrativeFingerprint(Arrays.copyOf(smallest, kept), count);
    }

    /** SplitMix64 finalizer: spreads similar inputs over the whole 64-bit range. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return the number of words in the text */
    public int words() {
        return words;
    }

    /**
     * @return the estimated Jaccard index of the two notes' shingle sets, from 0 (nothing shared) to 1 (the same
     *         wording); 0 if either has no shingle
     */
    public double similarity(NarrativeFingerprint other) {
        long[] a = hashes;
        long[] b = other.hashes;
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int union = 0;
        int shared = 0;
        while (union < SIZE && (i < a.length || j < b.length)) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
            union++;
        }
        return (double) shared / union;
    }
}
