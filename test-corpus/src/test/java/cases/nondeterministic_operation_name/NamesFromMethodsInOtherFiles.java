package cases.nondeterministic_operation_name;

import software.amazon.lambda.durable.DurableContext;

/**
 * Scenario: operation names built from what project methods in other files return: a reference
 * drawn from an unseeded generator field, and an inherited label that appends today's date,
 * directly or through another inherited method. Each name is followed into the method, and the
 * finding carries the chain down to the source (the reads themselves are also group-A findings at
 * the same calls). Methods that return what their arguments and the
 * object's own values make are followed too, and stay silent.
 */
public class NamesFromMethodsInOtherFiles extends LabelledHandler {

    private final Pricing pricing = new Pricing("eu");

    @Override
    public String handleRequest(String sku, DurableContext context) {
        String quote = context.step("quote-" + pricing.newQuoteRef(), String.class, s -> sku); // expect: nondeterministic-operation-name, nondeterministic-random
        String usage = context.step(dailyLabel("usage"), String.class, s -> sku); // expect: nondeterministic-operation-name, nondeterministic-time
        String again = context.step(indirectLabel("usage"), String.class, s -> sku); // expect: nondeterministic-operation-name, nondeterministic-time
        String fixed = context.step(fixedLabel("usage"), String.class, s -> sku); // ok: nondeterministic-operation-name -- a constant suffix on a literal
        String code = context.step("code-" + pricing.codeFor(sku), String.class, s -> sku); // ok: nondeterministic-operation-name -- built from the input and a field set from a literal
        return quote + usage + again + fixed + code;
    }
}
