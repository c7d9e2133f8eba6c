package dev.durablecheck.rules.replay;

import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.rule.Snippet;

/** How messages name a durable operation: its method and its name argument as written. */
final class StepNames {

    private StepNames() {
    }

    static String of(OperationBodyRegion body) {
        return of(body.operation());
    }

    /** {@code step "charge"}, {@code map "score-orders"}; the method alone when the name is not written. */
    static String of(DurableCall call) {
        String method = call.call().getNameAsString();
        return call.nameArgument().map(n -> method + " " + Snippet.of(n)).orElse(method);
    }
}
