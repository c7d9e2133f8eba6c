package cases.reach.formula;

import java.text.CharacterIterator;

/** Reads one expected character of a formula, if it is next. */
final class Tokens {

    private Tokens() {
    }

    static boolean accept(CharacterIterator in, char expected) {
        if (in.current() != expected) {
            return false;
        }
        in.next();
        return true;
    }
}
