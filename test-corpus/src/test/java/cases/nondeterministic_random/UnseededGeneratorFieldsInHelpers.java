package cases.nondeterministic_random;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a helper object holds a Random created unseeded in a field and draws from it. The
 * draw differs on every replay wherever it happens, so a call from orchestration code into the
 * helper that draws is reported at that call with its chain, also two calls deep. A draw from a
 * seeded generator field, and the same call inside a step body, stay silent.
 */
public class UnseededGeneratorFieldsInHelpers extends DurableHandler<String, String> {

    private final QuoteReferences references = new QuoteReferences();

    @Override
    public String handleRequest(String input, DurableContext context) {
        String quote = references.newQuoteRef(); // expect: nondeterministic-random
        String again = references.viaHelper(); // expect: nondeterministic-random
        String replayable = references.replayableRef(); // ok: nondeterministic-random -- seeded from a constant
        String inStep = context.step("quote", String.class, s -> references.newQuoteRef()); // ok: nondeterministic-random -- inside a step body
        return quote + again + replayable + inStep;
    }
}
