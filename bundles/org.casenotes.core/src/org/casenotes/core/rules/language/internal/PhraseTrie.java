package org.casenotes.core.rules.language.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.text.Tokens;

/**
 * A trie over normalized tokens, built once per rule, so a text is scanned in one pass with one hash
 * lookup per token and step, however many terms the lists hold (no per-term regular expressions).
 *
 * @param <T> what a complete phrase leads to
 */
final class PhraseTrie<T> {

    /** Decides whether a phrase found at tokens {@code [start, end)} counts (e.g. a case check). */
    interface Acceptor<T> {
        boolean accepts(T value, int start, int end);
    }

    /**
     * The longest accepted phrase starting at a token.
     *
     * @param value what the phrase leads to
     * @param end index after its last token
     */
    record Match<T>(T value, int end) {
    }

    private static final class Node<T> {
        private Map<String, Node<T>> children;
        private List<T> values;
    }

    private final Node<T> root = new Node<>();

    /**
     * The hash codes of the words phrases start with, as a bit set over their low 16 bits: most words of a text
     * start no phrase, and one look at this small set (with the hash code a normalized word keeps) tells so for
     * nearly all of them, where a look into the root's map would cost a probe of a large table. A word whose bit
     * is set is looked up as before, so this changes no result.
     */
    private final long[] firstWords = new long[(1 << 16) / 64];

    /** Adds {@code tokens} leading to {@code value}. */
    void add(List<String> tokens, T value) {
        if (!tokens.isEmpty()) {
            int hash = tokens.get(0).hashCode();
            firstWords[(hash & 0xffff) >>> 6] |= 1L << hash;
        }
        Node<T> node = root;
        for (String token : tokens) {
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            node = node.children.computeIfAbsent(token, t -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        node.values.add(value);
    }

    /** Receives each phrase found along a walk. */
    interface Visitor<T> {
        void found(T value, int end);
    }

    /**
     * Visits every phrase starting at token {@code start}, shortest first.
     *
     * @return whether any phrase was found
     */
    boolean walk(Tokens tokens, int start, Visitor<T> visitor) {
        if (!mayStartAt(tokens, start)) {
            return false;
        }
        Node<T> node = root;
        boolean found = false;
        int count = tokens.count();
        for (int i = start; i < count && node.children != null; i++) {
            node = node.children.get(tokens.normalized(i));
            if (node == null) {
                break;
            }
            if (node.values != null) {
                found = true;
                for (T value : node.values) {
                    visitor.found(value, i + 1);
                }
            }
        }
        return found;
    }

    /** @return false if no phrase starts with token {@code start} (true if one may) */
    private boolean mayStartAt(Tokens tokens, int start) {
        if (start >= tokens.count()) {
            return false;
        }
        int hash = tokens.normalized(start).hashCode();
        return (firstWords[(hash & 0xffff) >>> 6] & 1L << hash) != 0;
    }

    /** @return the longest phrase starting at token {@code start} that {@code acceptor} accepts, or null */
    Match<T> longestAt(Tokens tokens, int start, Acceptor<T> acceptor) {
        if (!mayStartAt(tokens, start)) {
            return null;
        }
        Node<T> node = root;
        Match<T> best = null;
        int count = tokens.count();
        for (int i = start; i < count; i++) {
            if (node.children == null) {
                break;
            }
            node = node.children.get(tokens.normalized(i));
            if (node == null) {
                break;
            }
            if (node.values != null) {
                for (T value : node.values) {
                    if (acceptor.accepts(value, start, i + 1)) {
                        best = new Match<>(value, i + 1);
                        break;
                    }
                }
            }
        }
        return best;
    }
}
