package cases.reach.formula;

import java.text.CharacterIterator;

/**
 * The top of a recursive-descent parser for formulas such as {@code 2*(3+4)}; with
 * {@link Products} and {@link Factors} it forms a cycle across three files:
 * {@code Sums.parse -> Products.parse -> Factors.parse -> Sums.parse}.
 */
public final class Sums {

    private Sums() {
    }

    /** sum := product ('+' product)* */
    public static String parse(CharacterIterator in) {
        StringBuilder sum = new StringBuilder();
        do {
            sum.append(Products.parse(in)).append(' '); // hop
        } while (Tokens.accept(in, '+'));
        return sum.toString().trim();
    }
}
