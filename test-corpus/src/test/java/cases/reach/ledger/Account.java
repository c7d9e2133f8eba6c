package cases.reach.ledger;

import java.time.LocalDate;

/** A customer account; how overdue it is depends on today's date. */
public record Account(String id, LocalDate dueOn) {

    public long daysOverdue() {
        return LocalDate.now().toEpochDay() - dueOn.toEpochDay(); // sink: nondeterministic-time
    }

    public boolean isBillable() {
        return !id.isBlank();
    }
}
