package dev.durablecheck.core.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes source bytes: UTF-16 when a UTF-16 byte-order mark says so, UTF-8 when its byte-order mark
 * says so; else in the declared encoding (UTF-8 unless the build says otherwise) when the bytes are
 * valid in it; otherwise ISO-8859-1, which maps every byte to one character and so never garbles
 * line and column positions, and says that it fell back.
 */
final class SourceDecoder {

    /**
     * Decoded text.
     *
     * @param fallback whether the bytes were not valid in the declared encoding and were read as ISO-8859-1
     */
    record Decoded(String text, Charset charset, boolean fallback) {
    }

    /** Encodings in which every byte below 0x80 is the ASCII character of that code. */
    private static final Set<Charset> ASCII_SUPERSETS = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1);

    private SourceDecoder() {
    }

    static String decode(byte[] bytes) {
        return decodeWithCharset(bytes).text();
    }

    static Decoded decodeWithCharset(byte[] bytes) {
        return decodeWithCharset(bytes, StandardCharsets.UTF_8);
    }

    static Decoded decodeWithCharset(byte[] bytes, Charset declared) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        Charset charset = start > 0 ? StandardCharsets.UTF_8 : declared;
        if (ASCII_SUPERSETS.contains(charset) && isAscii(bytes, start)) {
            // Most sources are ASCII, which every one of these decodes alike: copy, without a decoder.
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), charset, false);
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return new Decoded(text, charset, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1, true);
        }
    }

    /** Bytes with a NUL that are not UTF-16: a binary file, whatever its name says. */
    static boolean isBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
        if (utf16) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
