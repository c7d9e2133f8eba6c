package cases.reach.formula;

import java.text.CharacterIterator;

/** The middle of the formula parser: a product of factors. */
public final class Products {

    private Products() {
    }

    /** product := factor ('*' factor)* */
    public static String parse(CharacterIterator in) {
        StringBuilder product = new StringBuilder();
        do {
            product.append(Factors.parse(in)).append(' '); // hop
        } while (Tokens.accept(in, '*'));
        return product.toString().trim();
    }
}
