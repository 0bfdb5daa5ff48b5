package org.casenotes.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a {@link PrintableDocument}, in reading order. Exporters decide how each kind looks (the PDF exporter
 * draws a heading larger, a notice boxed); the kinds say what a piece is, so a machine-readable format can keep the
 * signature as a signature rather than as text.
 */
public sealed interface Block {

    /**
     * A section of the form, by its label.
     *
     * @param text  the label
     * @param level 1 for a section of the form, 2 for a section inside it, and so on
     */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1) {
                throw new IllegalArgumentException("level " + level);
            }
        }
    }

    /**
     * The agency's letterhead at the top of a letter, as it was when the letter was written.
     *
     * @param lines the agency's name first, then its address and contact lines
     */
    record Letterhead(List<String> lines) implements Block {
        public Letterhead {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("A letterhead has at least the agency's name");
            }
        }
    }

    /** A field's label and its value as shown (several lines allowed). */
    record Entry(String label, String value) implements Block {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Running text of its own, such as a letter's body. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Something a reader must not miss: a late entry and its reason, an unsigned draft. */
    record Notice(String text) implements Block {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A signature or co-signature.
     *
     * @param role        "Signed" or "Co-signed"
     * @param name        the signer's name
     * @param credentials the signer's credentials (may be empty)
     * @param at          when it was signed
     * @param contentHash the hash of the signed content
     */
    record Signed(String role, String name, String credentials, Instant at, String contentHash) implements Block {
        public Signed {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            name = name == null ? "" : name;
            credentials = credentials == null ? "" : credentials;
            contentHash = contentHash == null ? "" : contentHash;
        }
    }

    /**
     * An addendum to a signed note: a correction or late information, which never changes the original.
     *
     * @param number      1 for the first addendum
     * @param author      who wrote it
     * @param at          when
     * @param reason      why it was added
     * @param text        what it says
     * @param contentHash the hash sealing it
     */
    record Addendum(int number, String author, Instant at, String reason, String text, String contentHash)
            implements Block {
        public Addendum {
            Objects.requireNonNull(at, "at");
            author = author == null ? "" : author;
            reason = reason == null ? "" : reason;
            text = text == null ? "" : text;
            contentHash = contentHash == null ? "" : contentHash;
        }
    }

    /**
     * A chart or other picture, with the words that say what it shows (the PDF's alternative text, and all a
     * text-only format keeps).
     *
     * @param png         the picture as PNG, or empty where it could not be drawn (the command line has no display)
     * @param caption     what it is, e.g. "PHQ-9 totals over time"
     * @param description what it shows, in words
     */
    record Figure(byte[] png, String caption, String description) implements Block {
        public Figure {
            png = png == null ? new byte[0] : png.clone();
            Objects.requireNonNull(caption, "caption");
            description = description == null ? "" : description;
        }

        /** @return the PNG bytes (a copy), empty when there is no picture */
        @Override
        public byte[] png() {
            return png.clone();
        }

        /** @return whether there is a picture */
        public boolean drawn() {
            return png.length > 0;
        }
    }
}
