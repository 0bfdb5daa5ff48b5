package org.casenotes.core.rules.language;

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

    /** Adds {@code tokens} leading to {@code value}. */
    void add(List<String> tokens, T value) {
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

    /** @return the longest phrase starting at token {@code start} that {@code acceptor} accepts, or null */
    Match<T> longestAt(Tokens tokens, int start, Acceptor<T> acceptor) {
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
