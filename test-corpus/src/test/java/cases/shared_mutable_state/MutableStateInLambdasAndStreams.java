package cases.shared_mutable_state;

import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: static fields touched from forEach and stream lambdas written in handleRequest, through
 * a simple name, a {@code var} local and a fully qualified name. Those lambdas are
 * orchestration code; a local that shadows a field's name is not the field.
 */
public class MutableStateInLambdasAndStreams extends DurableHandler<List<String>, Long> {

    private static int processed;
    private static int minLength = 3;

    @Override
    public Long handleRequest(List<String> words, DurableContext context) {
        words.forEach(word -> processed++); // expect: shared-mutable-state
        long longWords = words.stream()
                .filter(word -> word.length() > minLength) // expect: shared-mutable-state
                .count();
        var snapshot = processed; // expect: shared-mutable-state
        cases.shared_mutable_state.MutableStateInLambdasAndStreams.minLength = (int) longWords; // expect: shared-mutable-state

        int minLength = 5; // ok: shared-mutable-state -- a local that shadows the field
        minLength++; // ok: shared-mutable-state -- the local, not the field
        int shortest = minLength; // ok: shared-mutable-state -- reads the local, not the field
        words.forEach(word -> context.getLogger().info("word {} of at least {}", word, shortest)); // ok: shared-mutable-state -- captures a local

        Long counted = context.step("count-words", Long.class, stepCtx -> longWords + snapshot);
        return counted;
    }
}
