package org.casenotes.core.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.ValueHolder;

/**
 * SHA-256 over a canonical serialisation of what a signature vouches for. The canonical form is independent of
 * EMF's XML layout and of the order values were entered in: values are sorted by field id, groups by group id,
 * rows keep their order, numbers are written without trailing zeros, and every token is length-prefixed so no text
 * can imitate a separator, and chosen option ids are sorted. It covers the note's identity (id, client, session, template id and version, author,
 * date of service), the late-entry label and every field value; it leaves out what legitimately changes after
 * signing (status, co-signature, addenda, review comments) and the carry-forward provenance.
 * <p>
 * Addenda are chained: each addendum's hash covers the hash before it (the signature's, or the previous
 * addendum's) and the addendum's own author, time, reason and text.
 */
public final class NoteContentHash {

    private static final String FORMAT = "casenotes-note/1";

    private NoteContentHash() {
    }

    /** @return lower-case hex SHA-256 of the note's canonical content */
    public static String of(Note note) {
        return sha256(canonicalContent(note));
    }

    /** @return lower-case hex SHA-256 chaining {@code addendum} to {@code previousHash} */
    public static String ofAddendum(String previousHash, Addendum addendum) {
        Canonical out = new Canonical("casenotes-addendum/1");
        out.token("previous", previousHash);
        out.token("id", addendum.getId());
        out.token("author", addendum.getAuthorId());
        out.token("at", Objects.toString(addendum.getCreatedAt(), null));
        out.token("reason", addendum.getReason());
        out.token("text", addendum.getText());
        return sha256(out.toString());
    }

    /**
     * @param clientId the client whose record holds the letter
     * @return lower-case hex SHA-256 of a letter's canonical content: who it is to, the letterhead, its text as sent
     *         and the inputs its writer gave
     */
    public static String ofLetter(String clientId, Letter letter) {
        Canonical out = new Canonical("casenotes-letter/1");
        out.token("id", letter.getId());
        out.token("client", clientId);
        out.token("template", letter.getTemplateId());
        out.token("templateVersion", Integer.toString(letter.getTemplateVersion()));
        out.token("author", letter.getAuthorId());
        out.token("createdAt", Objects.toString(letter.getCreatedAt(), null));
        out.token("recipient", letter.getRecipient());
        out.token("letterhead", letter.getLetterhead());
        out.token("text", letter.getText());
        writeHolder(out, letter);
        return sha256(out.toString());
    }

    /** The canonical text the hash is computed over; exposed for diagnostics and tests. */
    public static String canonicalContent(Note note) {
        Canonical out = new Canonical(FORMAT);
        out.token("id", note.getId());
        out.token("client", note.getClientId());
        out.token("episode", note.getEpisodeId());
        out.token("session", note.getSessionId());
        out.token("template", note.getTemplateId());
        out.token("templateVersion", Integer.toString(note.getTemplateVersion()));
        out.token("author", note.getAuthorId());
        out.token("dateOfService", Objects.toString(note.getDateOfService(), null));
        out.token("serviceEnd", Objects.toString(note.getServiceEnd(), null));
        out.token("lateEntry", Boolean.toString(note.isLateEntry()));
        out.token("lateEntryReason", note.getLateEntryReason());
        writeHolder(out, note);
        return out.toString();
    }

    private static void writeHolder(Canonical out, ValueHolder holder) {
        List<FieldValue> values = holder.getValues().stream()
                .sorted(Comparator.comparing(FieldValue::getFieldId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        out.token("values", Integer.toString(values.size()));
        for (FieldValue value : values) {
            out.token("field", value.getFieldId());
            writeValue(out, value);
        }
        List<GroupValue> groups = holder.getGroups().stream()
                .sorted(Comparator.comparing(GroupValue::getGroupId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        out.token("groups", Integer.toString(groups.size()));
        for (GroupValue group : groups) {
            out.token("group", group.getGroupId());
            out.token("rows", Integer.toString(group.getRows().size()));
            for (GroupRow row : group.getRows()) {
                writeHolder(out, row);
            }
        }
    }

    private static void writeValue(Canonical out, FieldValue value) {
        switch (value) {
            case TextValue text -> out.token("text", text.getText());
            case NumberValue number -> out.token("number",
                    number.getValue() == null ? null : number.getValue().stripTrailingZeros().toPlainString());
            case BooleanValue bool -> out.token("boolean", Boolean.toString(bool.isValue()));
            case DateValue date -> out.token("date", Objects.toString(date.getValue(), null));
            case TimeValue time -> out.token("time", Objects.toString(time.getValue(), null));
            case DateTimeValue dateTime -> out.token("dateTime", Objects.toString(dateTime.getValue(), null));
            case DurationValue duration -> out.token("minutes", Integer.toString(duration.getMinutes()));
            case ChoiceValue choice -> out.list("options", choice.getOptionIds());
            case GoalReferenceValue goals -> out.list("planElements", goals.getPlanElementIds());
            default -> throw new IllegalArgumentException("Unknown value type " + value.eClass().getName());
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Writes {@code name=<length>:<text>} lines; a null is written as {@code name=-}. */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder();

        Canonical(String format) {
            text.append(format).append('\n');
        }

        void token(String name, String value) {
            text.append(name).append('=');
            if (value == null) {
                text.append('-');
            } else {
                text.append(value.length()).append(':').append(value);
            }
            text.append('\n');
        }

        /** Writes a set of ids in sorted order: the order options were ticked in is not content. */
        void list(String name, List<String> values) {
            token(name, Integer.toString(values.size()));
            values.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).forEach(value -> token("item", value));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
