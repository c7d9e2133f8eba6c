package cases.reach;

import cases.reach.formula.Factors;
import cases.reach.formula.Products;
import cases.reach.formula.Sums;
import java.text.StringCharacterIterator;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: mutual recursion across three files ({@code Sums.parse -> Products.parse ->
 * Factors.parse -> Sums.parse}) with a random id minted in {@code Factors.parse} only. Entered at
 * {@code Sums.parse}, the call is reported once, its chain going through {@code Sums} and
 * {@code Products} down to the sink; entered at {@code Products.parse} or {@code Factors.parse}
 * from other orchestration methods, the same sink is reached from another place in the cycle and
 * each chain is the shortest from there, never once round the cycle. The parser called inside a
 * step body stays silent.
 */
public class MutualRecursionAcrossThreeFiles extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String formula, DurableContext context) {
        String parsed = Sums.parse(new StringCharacterIterator(formula)); // expect: nondeterministic-uuid
        String inStep = context.step("parse", String.class, s -> Sums.parse(new StringCharacterIterator(formula))); // ok: nondeterministic-uuid -- the cycle runs inside a step body
        return parsed + inStep + reparseProduct(formula, context) + reparseFactor(formula, context);
    }

    /** A second entry into the cycle, one method further round it. */
    private String reparseProduct(String formula, DurableContext context) {
        return Products.parse(new StringCharacterIterator(formula)); // expect: nondeterministic-uuid
    }

    /** A third entry, at the method that holds the sink: the chain is the call and the sink. */
    private String reparseFactor(String formula, DurableContext context) {
        return Factors.parse(new StringCharacterIterator(formula)); // expect: nondeterministic-uuid
    }
}
