package cases.reach.formula;

import java.text.CharacterIterator;
import java.util.UUID;

/**
 * The bottom of the formula parser, which closes the cycle by parsing a parenthesised sum; it
 * tags every literal with a random id, the only replay hazard in the cycle.
 */
public final class Factors {

    private Factors() {
    }

    /** factor := '(' sum ')' | digits */
    public static String parse(CharacterIterator in) {
        if (Tokens.accept(in, '(')) {
            String inner = Sums.parse(in);
            Tokens.accept(in, ')');
            return "[" + inner + "]";
        }
        StringBuilder digits = new StringBuilder();
        while (Character.isDigit(in.current())) {
            digits.append(in.current());
            in.next();
        }
        return digits + "#" + UUID.randomUUID(); // sink: nondeterministic-uuid
    }
}
