package dev.durablecheck.rules.replay;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/**
 * Reports operation names that depend on a value that differs between replays; see
 * {@code docs/rules/nondeterministic-operation-name.md}.
 */
public final class NondeterministicOperationNameRule extends OperationNameRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("nondeterministic-operation-name", Severity.ERROR,
            "Operation names that depend on values which differ between replays", Group.REPLAY_STRUCTURE);

    public NondeterministicOperationNameRule() {
        super(DESCRIPTOR, Provenance.Stability.UNSTABLE);
    }

    @Override
    String message(String operation, String reason) {
        return "the name of " + operation + " depends on " + reason + ", which can differ on replay: the SDK checks "
                + "each operation's name against the checkpoint at its position and fails the execution with "
                + "NonDeterministicExecutionException; build names from constants, loop counters, the handler input "
                + "or step results";
    }
}
