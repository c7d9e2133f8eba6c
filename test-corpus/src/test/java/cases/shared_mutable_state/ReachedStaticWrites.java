package cases.shared_mutable_state;

import cases.shared_mutable_state.tallies.Counters;
import cases.shared_mutable_state.tallies.OrderDto;
import cases.shared_mutable_state.tallies.Pipeline;
import cases.shared_mutable_state.tallies.RateService;
import cases.shared_mutable_state.tallies.StepRunner;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: static fields written by project methods that handleRequest calls, one and three calls
 * down, in other files, through an instance method and a method reference, are reported at the
 * call in the handler with the chain down to the write; so is the handler's own instance field
 * written by its private helper. Setters and builders writing their own object's fields, a
 * constructor, locals, constants, a write inside a reached helper's step body, a helper called
 * only from a step body and a helper that takes the context stay silent here.
 */
public class ReachedStaticWrites extends DurableHandler<List<String>, String> {

    private final RateService rates = new RateService();
    private String lastBatch;

    @Override
    public String handleRequest(List<String> ids, DurableContext context) {
        String first = Counters.process(ids.get(0)); // expect: shared-mutable-state
        String clean = Pipeline.run(first); // expect: shared-mutable-state
        long quote = rates.quote(clean); // expect: shared-mutable-state, shared-mutable-state
        ids.forEach(Counters::remember); // expect: shared-mutable-state
        remember(ids); // expect: shared-mutable-state
        int limit = Counters.limited(ids.size()); // ok: shared-mutable-state -- reads a static final constant and writes a local
        OrderDto dto = new OrderDto(first); // ok: shared-mutable-state -- the constructor sets up the object it builds
        dto.setName(clean); // ok: shared-mutable-state -- a setter writes its own object's field
        OrderDto built = OrderDto.builder().name(clean).quantity(limit).build(); // ok: shared-mutable-state -- a builder writes its own fields
        rates.rememberQuote(quote); // ok: shared-mutable-state -- an instance field of an ordinary service object
        String inStep = context.step("count-in-step", String.class, s -> Counters.countInStep(clean)); // ok: shared-mutable-state -- the helper is reached only from a step body
        StepRunner runner = new StepRunner(context);
        int counted = runner.countInStep(clean); // ok: shared-mutable-state -- the write is in the helper's step body, reported there
        Counters.track(context, clean); // ok: shared-mutable-state -- the helper takes the context; reported inside it
        return first + clean + quote + limit + dto.name() + built.name() + inStep + counted;
    }

    private void remember(List<String> ids) {
        lastBatch = String.join(",", ids); // sink: shared-mutable-state
    }
}
