package cases.captured_state_mutation.quotas;

import java.util.ArrayList;
import java.util.List;
import software.amazon.lambda.durable.StepContext;

/** Loads quotas and keeps a process-wide log of the loads. */
public final class QuotaLoader {

    public static final List<String> LOADS = new ArrayList<>();
    private static int loaded;

    private QuotaLoader() {
    }

    public static Integer load(StepContext step) {
        LOADS.add("quota"); // sink: captured-state-mutation
        loaded++; // sink: captured-state-mutation
        return 3;
    }

    public static Integer peek(StepContext step) {
        List<String> fresh = new ArrayList<>();
        fresh.add("peek");
        return fresh.size();
    }
}
