package dev.durablecheck.core.rule;

/**
 * A kind of access that a rule reports when orchestration code reaches it through project
 * methods, declared as data: reach keeps the accesses of the kinds the run's rules declare and
 * never calls back into a rule.
 */
public sealed interface ReachedSink {

    /** Accesses that the run's catalog lists as sinks of the rule {@code ruleId}. */
    record CatalogSinks(String ruleId) implements ReachedSink {
    }

    /** Draws from a random generator held in a field created unseeded ({@code UnseededDraws}). */
    record UnseededDraws() implements ReachedSink {
    }

    /**
     * Writes of fields that outlive an execution: non-final static fields, and non-final instance
     * fields of the runtime's handler classes (see {@code DurableModel#isHandlerType}).
     */
    record SharedFieldWrites() implements ReachedSink {
    }
}
