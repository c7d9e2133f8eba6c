package cases.reach.payments;

import java.util.UUID;

/** Mints a new payment id on every call. */
public class CardGateway implements PaymentGateway {

    @Override
    public String charge(long cents) {
        return "card-" + UUID.randomUUID() + "-" + cents; // sink: nondeterministic-uuid
    }
}
