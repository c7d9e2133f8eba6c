package dev.durablecheck.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The content of {@code durable-check.json} as written; {@link ConfigurationLoader} reads it
 * strictly and {@link Configuration} is what the analysis uses. The JSON Schema is
 * {@code docs/durable-check.schema.json}.
 */
record ConfigFile(
        @JsonProperty("$schema") String schema,
        @JsonProperty("rules") Map<String, String> rules,
        @JsonProperty("sinks") List<SinkGroup> sinks,
        @JsonProperty("deterministic") List<SafeGroup> deterministic,
        @JsonProperty("stepBodies") List<Wrapper> stepBodies,
        @JsonProperty("entryPoints") List<Wrapper> entryPoints,
        @JsonProperty("include") List<String> include,
        @JsonProperty("exclude") List<String> exclude,
        @JsonProperty("suppress") List<Suppress> suppress,
        @JsonProperty("profiles") List<String> profiles) {

    /** Findings of some rules accepted in the files that globs match, with the reason. */
    record Suppress(@JsonProperty(value = "rules", required = true) List<String> rules,
                    @JsonProperty(value = "files", required = true) List<String> files,
                    @JsonProperty(value = "reason", required = true) String reason) {
    }

    /** Members of the user's libraries that a rule reports, like the built-in catalog's sinks. */
    record SinkGroup(@JsonProperty(value = "rule", required = true) String rule,
                     @JsonProperty(value = "members", required = true) List<String> members) {
    }

    /** Members declared replay-safe, with the reason; the most specific catalog entry wins. */
    record SafeGroup(@JsonProperty(value = "members", required = true) List<String> members,
                     @JsonProperty(value = "why", required = true) String why) {
    }

    /**
     * A team's own wrapper around the SDK: a method whose function argument is a step body
     * ({@code stepBodies}) or orchestration code with a durable context ({@code entryPoints}).
     *
     * @param method {@code com.acme.Steps#run}
     * @param bodyArgument index of the function argument
     * @param nameArgument index of an operation-name argument, if the wrapper takes one
     * @param contextParameter index of the function's parameter that receives a context, if any
     */
    record Wrapper(@JsonProperty(value = "method", required = true) String method,
                   @JsonProperty(value = "bodyArgument", required = true) Integer bodyArgument,
                   @JsonProperty("nameArgument") Integer nameArgument,
                   @JsonProperty("contextParameter") Integer contextParameter) {
    }
}
