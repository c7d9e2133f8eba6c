/**
 * The rules of durable-check, one class per rule, named after its id ({@code nondeterministic-time}
 * is {@code NondeterministicTimeRule}). Adding a rule: the class with its {@code DESCRIPTOR} as first
 * member, an entry in {@code META-INF/services/dev.durablecheck.core.rule.Rule}, a help page
 * {@code docs/rules/<id>.md}, and corpus cases under {@code test-corpus/src/test/java/cases/<id>}.
 */
package dev.durablecheck.rules;
