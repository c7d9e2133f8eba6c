package cases.nondeterministic_operation_name;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: operation names built from library constants ({@code Locale.ROOT},
 * {@code Integer.MAX_VALUE}, {@code DateTimeFormatter.ISO_LOCAL_DATE}), from an enum constant's
 * {@code name()} and {@code ordinal()}, and from a step result formatted with a library formatter.
 * Library {@code static final} fields are constants, known from the JDK's own classes, and an enum
 * constant's name is as stable as the constant, so all of these are stable. An identity hash code
 * is not.
 */
public class LibraryConstantsAndEnumsInNames extends DurableHandler<String, String> {

    /** Report sections, in declaration order. */
    enum Section { SUMMARY, DETAILS }

    @Override
    public String handleRequest(String input, DurableContext context) {
        StringBuilder out = new StringBuilder();
        for (Section section : Section.values()) {
            out.append(context.step("section-" + section.name().toLowerCase(Locale.ROOT), String.class, // ok: nondeterministic-operation-name -- an enum constant's name, lower-cased with a constant locale
                    s -> section.toString()));
            out.append(context.step("part-" + section.ordinal(), String.class, s -> input)); // ok: nondeterministic-operation-name -- an enum constant's ordinal
        }
        String limit = context.step("limit-" + Integer.MAX_VALUE, String.class, s -> input); // ok: nondeterministic-operation-name -- a JDK constant
        LocalDate day = context.step("day", LocalDate.class, s -> LocalDate.of(2026, 1, 1));
        String daily = context.step("daily-" + DateTimeFormatter.ISO_LOCAL_DATE.format(day), String.class, // ok: nondeterministic-operation-name -- a step result formatted with a constant formatter
                s -> input);
        Section chosen = Section.valueOf(input.isEmpty() ? "SUMMARY" : "DETAILS");
        String picked = context.step("picked-" + chosen.name(), String.class, s -> input); // ok: nondeterministic-operation-name -- valueOf of stable text
        String out2 = context.step("lock-" + new Object().hashCode(), String.class, s -> input); // expect: nondeterministic-operation-name
        return out + limit + daily + picked + out2;
    }
}
