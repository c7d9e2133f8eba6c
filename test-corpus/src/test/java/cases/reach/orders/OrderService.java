package cases.reach.orders;

import cases.reach.time.Clocks;
import java.util.UUID;

/** A project service the handlers call; some of its methods reach replay hazards. */
public class OrderService {

    private final AuditLog audit = new AuditLog();

    public String reserve(String orderId) {
        long at = Clocks.stamp(); // hop
        return orderId + "@" + at;
    }

    public String reserveDeep(String orderId) {
        return levelOne(orderId); // hop
    }

    private String levelOne(String orderId) {
        return levelTwo(orderId); // hop
    }

    private String levelTwo(String orderId) {
        return levelThree(orderId); // hop
    }

    private String levelThree(String orderId) {
        return orderId + "/" + UUID.randomUUID(); // sink: nondeterministic-uuid
    }

    public int price(int quantity) {
        return quantity * 3;
    }

    public void record(String line) {
        audit.write(line); // hop
    }
}
