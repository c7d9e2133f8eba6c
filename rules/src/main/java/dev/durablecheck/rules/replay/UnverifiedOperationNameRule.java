package dev.durablecheck.rules.replay;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/**
 * Notes operation names whose stability the analysis can neither prove nor refute; see
 * {@code docs/rules/unverified-operation-name.md}.
 */
public final class UnverifiedOperationNameRule extends OperationNameRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("unverified-operation-name", Severity.NOTE,
            "Operation names whose stability across replays cannot be established", Group.REPLAY_STRUCTURE);

    public UnverifiedOperationNameRule() {
        super(DESCRIPTOR, Provenance.Stability.UNKNOWN);
    }

    @Override
    String message(String operation, String reason) {
        return "durable-check cannot tell whether the name of " + operation + " is the same on every replay: it "
                + "depends on " + reason + "; a name that changes makes the SDK fail the execution with "
                + "NonDeterministicExecutionException, so build it from constants, loop counters, the handler input "
                + "or step results";
    }
}
