package dev.durablecheck.core.workspace;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDecoderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aDeclaredEncodingIsUsedSoMultiByteCharactersAreOneCharacterEach() {
        Charset shiftJis = Charset.forName("Shift_JIS");
        String text = "package demo;\n// 注文\nclass A { String s = \"日本\"; }\n";

        SourceDecoder.Decoded decoded = SourceDecoder.decodeWithCharset(text.getBytes(shiftJis), shiftJis);
        SourceDecoder.Decoded asUtf8 = SourceDecoder.decodeWithCharset(text.getBytes(shiftJis));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo(shiftJis);
        assertThat(decoded.fallback()).isFalse();
        assertThat(asUtf8.fallback()).as("Shift_JIS bytes are not valid UTF-8").isTrue();
        assertThat(asUtf8.text()).isNotEqualTo(text);
    }

    @Test
    void asciiTextIsTheSameTextInEveryEncodingThatExtendsAsciiAndOnlyThere() {
        String text = "package demo;\nclass A { String s = \"plain\"; }\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1}) {
            SourceDecoder.Decoded decoded = SourceDecoder.decodeWithCharset(text.getBytes(charset), charset);

            assertThat(decoded.text()).isEqualTo(text);
            assertThat(decoded.charset()).isEqualTo(charset);
            assertThat(decoded.fallback()).isFalse();
        }
        assertThat(SourceDecoder.decodeWithCharset(concat(BOM, text.getBytes(StandardCharsets.US_ASCII))).text()).isEqualTo(text);
        Charset utf16 = StandardCharsets.UTF_16BE;
        assertThat(SourceDecoder.decodeWithCharset(text.getBytes(utf16), utf16).text())
                .as("two bytes a character: not read as ASCII").isEqualTo(text);
    }

    @Test
    void aByteOrderMarkOverridesTheDeclaredEncoding() {
        String text = "package demo;\n// é\nclass A {}\n";

        SourceDecoder.Decoded decoded = SourceDecoder.decodeWithCharset(
                concat(BOM, text.getBytes(StandardCharsets.UTF_8)), Charset.forName("windows-1252"));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void bytesNotValidInTheDeclaredEncodingFallBackToLatin1() {
        byte[] bytes = {'/', '/', ' ', (byte) 0x82, (byte) 0xFF, '\n'};

        SourceDecoder.Decoded decoded = SourceDecoder.decodeWithCharset(bytes, Charset.forName("Shift_JIS"));

        assertThat(decoded.fallback()).isTrue();
        assertThat(decoded.text()).hasSize(bytes.length);
    }

    @Test
    void decodesValidUtf8() {
        String text = "package demo;\n// Grüße, 日本, \uD83D\uDE00\nclass A {}\n";

        assertThat(SourceDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        String text = "package demo;\n// é\nclass A {}\n";

        String decoded = SourceDecoder.decode(concat(BOM, text.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded).isEqualTo(text);
        assertThat(decoded).doesNotContain("\uFEFF");
    }

    @Test
    void aByteOrderMarkAloneDecodesToNothing() {
        assertThat(SourceDecoder.decode(BOM)).isEmpty();
        assertThat(SourceDecoder.decode(new byte[0])).isEmpty();
    }

    @Test
    void invalidUtf8IsDecodedAsLatin1KeepingOneCharacterPerByte() {
        // "é" written in ISO-8859-1 (0xE9) is not valid UTF-8.
        byte[] bytes = "class A { String s = \"caf\u00E9\"; long x = 1; }".getBytes(StandardCharsets.ISO_8859_1);

        String decoded = SourceDecoder.decode(bytes);

        assertThat(decoded).isEqualTo("class A { String s = \"caf\u00E9\"; long x = 1; }");
        assertThat(decoded).hasSize(bytes.length);
        assertThat(decoded.indexOf("long")).isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1).indexOf("long"));
        assertThat(decoded).doesNotContain("\uFFFD");
    }

    @Test
    void aTruncatedMultiByteSequenceFallsBackToLatin1() {
        byte[] bytes = concat("// x".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE6, (byte) 0x97});

        assertThat(SourceDecoder.decode(bytes)).isEqualTo("// x\u00E6\u0097");
    }

    @Test
    void aByteOrderMarkIsStrippedEvenWhenTheRestIsNotUtf8() {
        // Input: EF BB BF + "package demo;\n// caf" + E9 (Latin-1 'é') + "\nclass A {}\n".
        // Actual: "ï»¿package demo;..." - the fallback decodes all bytes, so the file no longer starts with
        // "package" (Workspace then finds no package and JavaParser rejects the first line) and columns on
        // line 1 are shifted by 3.
        byte[] bytes = concat(BOM, "package demo;\n// caf\u00E9\nclass A {}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(SourceDecoder.decode(bytes)).isEqualTo("package demo;\n// caf\u00E9\nclass A {}\n");
    }
}
