package cases.nondeterministic_operation_name;

import java.time.LocalDate;
import software.amazon.lambda.durable.DurableHandler;

/** A base handler with naming helpers its subclasses inherit. */
abstract class LabelledHandler extends DurableHandler<String, String> {

    protected String dailyLabel(String prefix) {
        return prefix + "-" + LocalDate.now(); // sink: nondeterministic-operation-name, nondeterministic-time
    }

    protected String fixedLabel(String prefix) {
        return prefix + "-v1";
    }

    protected String indirectLabel(String prefix) {
        return dailyLabel(prefix + "-again"); // hop
    }
}
