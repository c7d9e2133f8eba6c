package dev.durablecheck.core.report;

/**
 * Text of the analysed project made safe for an HTML page, in element content and in quoted
 * attribute values alike: markup characters become entities, so that no file name, message or
 * source line can close an element or start one; control characters become their visible Unicode
 * pictures (ESC as ␛), and unpaired surrogates U+FFFD, so that every character is valid HTML and
 * writes the same bytes in any encoder.
 */
final class HtmlEscape {

    private static final char CONTROL_PICTURES = '\u2400';
    private static final char DELETE_PICTURE = '\u2421';
    private static final char REPLACEMENT = '\uFFFD';

    private HtmlEscape() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (c < 0x20) {
                        out.append((char) (CONTROL_PICTURES + c));
                    } else if (c == 0x7f) {
                        out.append(DELETE_PICTURE);
                    } else if (c >= 0x80 && c < 0xa0) {
                        out.append(REPLACEMENT);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
