package cases.reach;

import cases.reach.audit.Auditor;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: project methods named through references to values, a field and a local variable
 * ({@code auditor::record}), which the parser reads as type names. The call is followed like a
 * direct call; a pure method named the same way is silent. A helper that hands a library method to
 * {@code forEach} by reference ({@code System.out::println}) is reported at the call into it.
 */
public class MethodReferencesOnValues extends DurableHandler<String, String> {

    private final Auditor auditor = new Auditor();

    @Override
    public String handleRequest(String input, DurableContext context) {
        List<String> lines = List.of(input);
        lines.forEach(auditor::record); // expect: nondeterministic-time
        Auditor local = new Auditor();
        lines.forEach(local::record); // expect: nondeterministic-time
        List<String> labels = lines.stream().map(local::label).toList(); // ok: nondeterministic-time -- a pure method
        auditor.announce(lines); // expect: replay-unsafe-logging
        context.step("audit", String.class, step -> {
            lines.forEach(auditor::record); // ok: nondeterministic-time -- inside a step body
            return "audited";
        });
        return labels.toString();
    }
}
