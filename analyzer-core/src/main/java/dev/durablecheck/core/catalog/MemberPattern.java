package dev.durablecheck.core.catalog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern over members: {@code TYPE[#MEMBER[(PARAMETERS)]]}. {@code TYPE} is a fully qualified
 * name in which {@code *} matches within one name segment and {@code **} across segments;
 * {@code MEMBER} is a method or field name, {@code <init>} for constructors, and may contain
 * {@code *}; {@code PARAMETERS} are fully qualified parameter types, compared with the
 * arguments' static types where those are known.
 */
public record MemberPattern(String text, String type, Pattern typeGlob, String member, Pattern memberGlob,
                            List<String> parameters) {

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming the problem. */
    public static MemberPattern parse(String text) {
        String rest = text.strip();
        List<String> parameters = null;
        int open = rest.indexOf('(');
        if (open >= 0) {
            if (!rest.endsWith(")")) {
                throw new IllegalArgumentException("unclosed parameter list in member pattern '" + text + "'");
            }
            String inside = rest.substring(open + 1, rest.length() - 1).strip();
            parameters = inside.isEmpty() ? List.of() : List.of(inside.split("\\s*,\\s*", -1));
            for (String parameter : parameters) {
                if (parameter.isBlank() || parameter.contains("(") || parameter.contains(")")) {
                    throw new IllegalArgumentException("malformed parameter list in member pattern '" + text + "'");
                }
            }
            rest = rest.substring(0, open);
        }
        String type = rest;
        String member = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            type = rest.substring(0, hash);
            member = rest.substring(hash + 1);
            if (member.isEmpty()) {
                throw new IllegalArgumentException("empty member name in member pattern '" + text + "'");
            }
        } else if (parameters != null) {
            throw new IllegalArgumentException("parameters without a member in member pattern '" + text + "'");
        }
        if (type.isEmpty()) {
            throw new IllegalArgumentException("empty type in member pattern '" + text + "'");
        }
        Pattern typeGlob = type.contains("*") ? glob(type, true) : null;
        Pattern memberGlob = member != null && member.contains("*") ? glob(member, false) : null;
        return new MemberPattern(text, type, typeGlob, member, memberGlob, parameters);
    }

    private static Pattern glob(String glob, boolean dotted) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append(dotted ? "[^.]*" : ".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    boolean matchesType(String fqn) {
        return typeGlob == null ? type.equals(fqn) : typeGlob.matcher(fqn).matches();
    }

    boolean matchesMember(String name) {
        if (member == null) {
            return true;
        }
        return memberGlob == null ? member.equals(name) : memberGlob.matcher(name).matches();
    }

    /** Higher is more specific: parameters, then an exact member, then a member glob, then the whole type. */
    int specificity() {
        int score;
        if (parameters != null) {
            score = 3;
        } else if (member != null && memberGlob == null) {
            score = 2;
        } else if (member != null) {
            score = 1;
        } else {
            score = 0;
        }
        return score * 2 + (typeGlob == null ? 1 : 0);
    }
}
