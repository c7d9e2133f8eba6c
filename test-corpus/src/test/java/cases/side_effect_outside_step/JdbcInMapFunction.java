package cases.side_effect_outside_step;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: JDBC calls inside a map function. The function {@code (item, index, ctx)} is
 * orchestration code for each item, so opening a connection and executing statements repeats
 * on every replay; preparing statements and binding parameters is not itself reported.
 */
public class JdbcInMapFunction extends DurableHandler<List<String>, Integer> {

    private static final String JDBC_URL = "jdbc:postgresql://db.example.com/orders";
    private static final String MARK_SHIPPED = "UPDATE orders SET status = 'SHIPPED' WHERE id = ?";

    @Override
    public Integer handleRequest(List<String> orderIds, DurableContext context) {
        MapResult<Integer> updated = context.map("mark-shipped", orderIds, Integer.class, (orderId, index, itemCtx) -> {
            try (Connection connection = DriverManager.getConnection(JDBC_URL)) { // expect: side-effect-outside-step
                try (PreparedStatement update = connection.prepareStatement(MARK_SHIPPED)) {
                    update.setString(1, orderId); // ok: side-effect-outside-step -- binding a parameter executes nothing
                    int rows = update.executeUpdate(); // expect: side-effect-outside-step
                    try (Statement audit = connection.createStatement()) {
                        audit.execute("INSERT INTO audit(kind) VALUES ('shipped')"); // expect: side-effect-outside-step
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        MapResult<Integer> counted = context.map("count-lines", orderIds, Integer.class, (orderId, index, itemCtx) ->
                itemCtx.step("count-lines-query", Integer.class, stepCtx -> {
                    try (Connection connection = DriverManager.getConnection(JDBC_URL); // ok: side-effect-outside-step -- inside a step body
                            PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM lines WHERE order_id = ?")) {
                        query.setString(1, orderId);
                        try (ResultSet rows = query.executeQuery()) { // ok: side-effect-outside-step -- inside a step body
                            return rows.next() ? rows.getInt(1) : 0;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        return updated.size() + counted.size();
    }
}
