package cases.regions;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: region classification through nesting, probed with System.nanoTime(). A step inside
 * a child context inside a map function inside a helper that takes a DurableContext is a step
 * body; every context-receiving body around it is orchestration code; lambdas passed to ordinary
 * APIs take the kind of the code they are written in.
 */
public class NestedBodiesInEveryCombination extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> skus, DurableContext context) {
        long atStart = System.nanoTime(); // expect: nondeterministic-time
        MapResult<Long> perSku = fanOut(skus, context);
        return atStart + ":" + perSku;
    }

    private MapResult<Long> fanOut(List<String> skus, DurableContext context) {
        long inHelper = System.nanoTime(); // expect: nondeterministic-time
        return context.map("per-sku", skus, Long.class, (sku, index, itemCtx) -> {
            long inMapFunction = System.nanoTime(); // expect: nondeterministic-time
            return itemCtx.runInChildContext("sku-child-" + index, Long.class, child -> {
                long inChild = System.nanoTime(); // expect: nondeterministic-time
                Long stamped = child.step("sku-stamp-" + index, Long.class, stepCtx -> {
                    List.of(sku).forEach(s -> System.nanoTime()); // ok: nondeterministic-time -- a forEach lambda inside a step body is step code
                    return System.nanoTime(); // ok: nondeterministic-time -- the step body four levels down
                });
                child.wait("sku-pause-" + index, Duration.ofSeconds(1));
                return stamped + inChild + inMapFunction + inHelper;
            });
        });
    }

    /** Anonymous classes classify like lambdas: a step body here, orchestration code there. */
    String anonymousBodies(DurableContext context) {
        Long viaAnonymousStep = context.step("anonymous-step", Long.class, new Function<StepContext, Long>() {
            @Override
            public Long apply(StepContext stepCtx) {
                return System.nanoTime(); // ok: nondeterministic-time -- an anonymous step body
            }
        });
        Runnable inOrchestration = new Runnable() {
            @Override
            public void run() {
                System.nanoTime(); // expect: nondeterministic-time
            }
        };
        inOrchestration.run();
        return String.valueOf(viaAnonymousStep);
    }

    /** A method reference as a step body: the referenced method is not orchestration code. */
    String methodReferenceBody(DurableContext context) {
        return context.step("reference-step", String.class, this::readClock);
    }

    private String readClock(StepContext stepCtx) {
        return String.valueOf(System.nanoTime()); // ok: nondeterministic-time -- only ever run as a step body
    }

    /** The same call in code the handler does not replay. */
    public NestedBodiesInEveryCombination() {
        System.nanoTime(); // ok: nondeterministic-time -- constructors run once per container, not per replay
    }

    /** A context obtained from the current thread is a durable context too. */
    String currentContext() {
        DurableContext current = DurableContext.getCurrentContext();
        return current.step("current-step", String.class, s -> String.valueOf(System.nanoTime())); // ok: nondeterministic-time -- step body on the current context
    }

    /** A parallel branch and a withRetry body are orchestration code; their steps are not. */
    String branchesAndRetries(DurableContext context) {
        String retried = context.withRetry("retried", (attempt, retryCtx) -> {
            long inRetry = System.nanoTime(); // expect: nondeterministic-time
            return retryCtx.step("retried-step", String.class, s -> "" + System.nanoTime() + inRetry); // ok: nondeterministic-time -- step body in a withRetry body
        });
        try (var parallel = context.parallel("fan")) {
            parallel.branch("left", Long.class, branchCtx -> System.nanoTime()); // expect: nondeterministic-time
            parallel.branch("right", Long.class, branchCtx -> branchCtx.step("right-step", Long.class, s -> System.nanoTime())); // ok: nondeterministic-time -- step body inside a branch
        }
        return retried;
    }
}
