package dev.durablecheck.core.parse;

import dev.durablecheck.core.workspace.SourceChars;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The method bodies of a file that its tree can leave unparsed until something reads them
 * ({@link DeferredBody}), found by a scan of the text, and the text with those bodies blanked.
 * Only what is certainly a method's body is taken: a block that follows a member's parameter list
 * (and its {@code throws} clause) directly in a type's body. Constructors' bodies stay (an explicit
 * constructor call is no block statement), and so do initializer blocks, the bodies of enum
 * constants and of anonymous classes, everything in a field's initializer, and a body that
 * declares a type of its own (the tree's index lists every declared type). A text whose braces do
 * not balance has none.
 */
final class BodySpans {

    /**
     * One method body.
     *
     * @param open the index of its opening brace
     * @param close the index of its closing brace
     * @param referenced the names its method references name ({@code ::name})
     * @param referencesAny whether it writes a method reference this scan does not read the name of
     *     ({@code ::} before a comment or type arguments)
     */
    record Span(int open, int close, Set<String> referenced, boolean referencesAny) {
    }

    private BodySpans() {
    }

    /** The bodies of {@code text} that may be deferred, in order. */
    static List<Span> in(String text) {
        List<Span> spans = new ArrayList<>();
        Deque<TypeBody> types = new ArrayDeque<>();
        Member member = new Member();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int skipped = SourceChars.endOfCommentOrLiteral(text, i);
            if (skipped != i) {
                if (c != '/') {
                    member.token();
                }
                i = skipped;
            } else if (SourceChars.isIdentifierStart(c)) {
                int end = SourceChars.endOfIdentifier(text, i);
                member.word(text, i, end);
                i = end;
            } else if (c == '{') {
                if (member.opensType()) {
                    types.push(new TypeBody(member.typeName, member.typeIsEnum));
                    member = new Member();
                    i++;
                    continue;
                }
                Block block = Block.read(text, i);
                if (block == null) {
                    return List.of();
                }
                if (!types.isEmpty() && member.opensMethodBody(types.peek()) && !block.declaresType) {
                    spans.add(new Span(i, block.close, Set.copyOf(block.referenced), block.referencesAny));
                    member = new Member();
                } else {
                    member = member.afterBlock();
                }
                i = block.close + 1;
            } else if (c == '}') {
                if (types.isEmpty()) {
                    return List.of();
                }
                types.pop();
                member = new Member();
                i++;
            } else if (c == ';') {
                if (member.parens == 0) {
                    if (!types.isEmpty()) {
                        types.peek().enumConstants = false;
                    }
                    member = new Member();
                } else {
                    member.token();
                }
                i++;
            } else {
                if (c > ' ' && !Character.isWhitespace(c)) {
                    member.punctuation(c);
                }
                i++;
            }
        }
        return types.isEmpty() ? spans : List.of();
    }

    /**
     * {@code text} with the inside of every span blanked: its line breaks stay, and spaces up to
     * the closing brace on its last line, so every position outside the spans is the same.
     */
    static String skeleton(String text, List<Span> spans) {
        StringBuilder skeleton = new StringBuilder(text.length());
        int copied = 0;
        for (Span span : spans) {
            skeleton.append(text, copied, span.open() + 1);
            int lastLine = span.open() + 1;
            for (int i = span.open() + 1; i < span.close(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    // A CR and an LF that were apart are two line breaks; kept apart they stay two.
                    if (c == '\n' && skeleton.charAt(skeleton.length() - 1) == '\r' && text.charAt(i - 1) != '\r') {
                        skeleton.append(' ');
                    }
                    skeleton.append(c);
                    lastLine = i + 1;
                }
            }
            skeleton.append(" ".repeat(span.close() - lastLine));
            copied = span.close();
        }
        return skeleton.append(text, copied, text.length()).toString();
    }

    /** A type's body being read. */
    private static final class TypeBody {
        final String name;
        /** Before an enum's first member-level semicolon, braces are its constants' bodies. */
        boolean enumConstants;

        TypeBody(String name, boolean isEnum) {
            this.name = name;
            this.enumConstants = isEnum;
        }
    }

    /** What has been read of the member being declared, up to a brace. */
    private static final class Member {
        private static final int NO_HEADER = 0;
        private static final int TYPE_KEYWORD = 1;
        private static final int TYPE_NAMED = 2;

        int parens;
        boolean initializer;
        int header = NO_HEADER;
        String typeName;
        boolean typeIsEnum;
        /** {@code record} was read: a record's header when a name follows. */
        boolean recordFollows;
        String previousWord;
        /** The word before the latest parameter list: the member's name, or an annotation's. */
        String name;
        boolean afterParameters;
        boolean inThrows;
        boolean afterDot;

        void word(String text, int start, int end) {
            String word = null;
            if (recordFollows) {
                recordFollows = false;
                header = TYPE_NAMED;
                typeName = text.substring(start, end);
                typeIsEnum = false;
            } else if (header == TYPE_KEYWORD) {
                header = TYPE_NAMED;
                typeName = text.substring(start, end);
            } else if (!afterDot && parens == 0 && !initializer && header == NO_HEADER
                    && SourceChars.isTypeKeyword(text, start, end)) {
                if (SourceChars.isWord(text, start, end, "record")) {
                    recordFollows = true;
                    word = "record";
                } else {
                    header = TYPE_KEYWORD;
                    typeIsEnum = SourceChars.isWord(text, start, end, "enum");
                }
            } else {
                word = text.substring(start, end);
            }
            if (afterParameters && "throws".equals(word)) {
                inThrows = true;
            } else if (!inThrows) {
                afterParameters = false;
            }
            previousWord = word;
            afterDot = false;
        }

        void punctuation(char c) {
            recordFollows = false;
            boolean throwsGoesOn = inThrows && (c == '.' || c == ',');
            afterParameters = throwsGoesOn;
            inThrows = throwsGoesOn;
            if (c == '(') {
                if (parens == 0) {
                    name = previousWord;
                }
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
                afterParameters = parens == 0 && !initializer && header == NO_HEADER;
            } else if (c == '=' && parens == 0) {
                initializer = true;
            }
            previousWord = null;
            afterDot = c == '.';
        }

        /** A literal or anything else that ends a header. */
        void token() {
            recordFollows = false;
            afterParameters = false;
            inThrows = false;
            previousWord = null;
            afterDot = false;
        }

        boolean opensType() {
            return header == TYPE_NAMED && parens == 0;
        }

        boolean opensMethodBody(TypeBody type) {
            return parens == 0 && !initializer && header == NO_HEADER && !type.enumConstants
                    && afterParameters && name != null && !name.equals(type.name);
        }

        /** After a block that was not a method's body: an initializer or a constant's body ends a member. */
        Member afterBlock() {
            if (parens == 0 && !initializer) {
                return new Member();
            }
            token();
            return this;
        }
    }

    /** A block read to its closing brace, and what it holds that decides whether it may be deferred. */
    private static final class Block {
        int close;
        boolean declaresType;
        final Set<String> referenced = new HashSet<>();
        boolean referencesAny;

        /** The block opening at {@code open}, or null when its braces do not balance. */
        static Block read(String text, int open) {
            Block block = new Block();
            int depth = 0;
            boolean afterDot = false;
            int length = text.length();
            int i = open;
            while (i < length) {
                char c = text.charAt(i);
                int skipped = SourceChars.endOfCommentOrLiteral(text, i);
                if (skipped != i) {
                    i = skipped;
                    continue;
                }
                if (SourceChars.isIdentifierStart(c)) {
                    int end = SourceChars.endOfIdentifier(text, i);
                    block.declaresType |= !afterDot && SourceChars.isTypeKeyword(text, i, end);
                    afterDot = false;
                    i = end;
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    block.close = i;
                    return block;
                } else if (c == ':' && i + 1 < length && text.charAt(i + 1) == ':') {
                    i = block.readReference(text, i + 2);
                    afterDot = false;
                    continue;
                }
                if (c > ' ' && !Character.isWhitespace(c)) {
                    afterDot = c == '.';
                }
                i++;
            }
            return null;
        }

        /** Reads the name after a {@code ::} and returns the index after it. */
        private int readReference(String text, int from) {
            int i = from;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && SourceChars.isIdentifierStart(text.charAt(i))) {
                int end = SourceChars.endOfIdentifier(text, i);
                referenced.add(text.substring(i, end));
                return end;
            }
            referencesAny = true;
            return i;
        }
    }
}
