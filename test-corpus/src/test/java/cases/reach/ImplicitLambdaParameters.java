package cases.reach;

import cases.reach.ledger.Account;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: calls on implicitly typed lambda parameters in orchestration code, the way streams,
 * forEach, Optional and Map are written. The parameter's type comes from the collection's declared
 * type argument through the JDK method's signature ({@code List<Account>} gives
 * {@code Stream<Account>} gives {@code Predicate<? super Account>}), so {@code a.daysOverdue()},
 * which reads the clock, is followed like {@code (Account a) -> a.daysOverdue()} would be; so is a
 * {@code map} function's item, whose type comes from {@code List.of(...)}'s argument. Calls of
 * a pure method on the same parameters, and the same stream inside a step body, stay silent.
 */
public class ImplicitLambdaParameters extends DurableHandler<List<Account>, String> {

    @Override
    public String handleRequest(List<Account> accounts, DurableContext context) {
        long late = accounts.stream().filter(a -> a.daysOverdue() > 90).count(); // expect: nondeterministic-time
        long billable = accounts.stream().filter(a -> a.isBillable()).count(); // ok: nondeterministic-time -- a pure method
        accounts.forEach(account -> context.getLogger().info("overdue {}", account.daysOverdue())); // expect: nondeterministic-time
        Optional<Account> first = accounts.stream().findFirst();
        long firstLate = first.map(a -> a.daysOverdue()).orElse(0L); // expect: nondeterministic-time
        Map<String, Account> byId = Map.of("a", accounts.get(0));
        byId.forEach((id, account) -> account.daysOverdue()); // expect: nondeterministic-time
        context.map("scan", List.of(accounts.get(0)), Long.class, (item, index, ctx) -> item.daysOverdue()); // expect: nondeterministic-time
        Long counted = context.step("count-late", Long.class,
                s -> accounts.stream().filter(a -> a.daysOverdue() > 90).count()); // ok: nondeterministic-time -- inside a step body
        return late + ":" + billable + ":" + firstLate + ":" + counted;
    }
}
