package org.casenotes.core.clientimport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a CSV file, which must be UTF-8 (with or without the byte-order mark spreadsheet programs write).
 * Anything else is refused with the line where it stops being UTF-8, because decoding it as something else would
 * import names as mojibake ("JosÃ©") into a clinical record; the remedy is to save the file again as "CSV UTF-8".
 */
public final class CsvText {

    /** Larger files are refused before being read: 50 MB is some 200,000 clients. */
    public static final long MAXIMUM_BYTES = 50L * 1024 * 1024;

    private static final String SAVE_AS_UTF8 = "save it from the spreadsheet as \"CSV UTF-8\" and import that file";

    private CsvText() {
    }

    /**
     * @param file a CSV file
     * @return its text, without a byte-order mark
     * @throws ClientImportException if it is missing, too large, not text or not UTF-8
     */
    public static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ClientImportException(0, file + " is not a file.");
            }
            if (Files.size(file) > MAXIMUM_BYTES) {
                throw new ClientImportException(0, file.getFileName() + " is larger than "
                        + MAXIMUM_BYTES / (1024 * 1024) + " MB; split it into smaller files.");
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ClientImportException(0, file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param bytes the file's bytes
     * @return the text, without a UTF-8 byte-order mark
     * @throws ClientImportException if the bytes are UTF-16, hold a NUL, or are not UTF-8
     */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new ClientImportException(1, "The file is UTF-16 (\"Unicode text\"), not UTF-8: " + SAVE_AS_UTF8
                    + ".");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ClientImportException(lineAt(bytes, i), "Line " + lineAt(bytes, i)
                        + " holds a NUL byte: this is not a text file. Export the spreadsheet as CSV UTF-8.");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = lineAt(bytes, at);
            throw new ClientImportException(line, "Line " + line + " is not UTF-8 (byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at column " + columnAt(bytes, at)
                    + "; the file was probably saved as Windows-1252 or Latin-1): " + SAVE_AS_UTF8 + ".");
        }
        try {
            if (decoder.flush(out).isError()) {
                throw new CharacterCodingException();
            }
        } catch (CharacterCodingException e) {
            int line = lineAt(bytes, bytes.length);
            throw new ClientImportException(line, "Line " + line + " ends in the middle of a UTF-8 character: "
                    + SAVE_AS_UTF8 + ".");
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the 1-based line the byte at {@code offset} is on (lines end at LF, CR LF or a lone CR) */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** @return the 1-based column, in characters (UTF-8 continuation bytes not counted), of {@code offset} */
    private static int columnAt(byte[] bytes, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
