package examples.shipment;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A shipment's life: booked with a carrier, waited on until delivered, with a signal for delays. */
@WorkflowInterface
public interface ShipmentWorkflow {

    @WorkflowMethod
    String ship(Shipment shipment);

    @SignalMethod
    void delayed(String reason);

    @QueryMethod
    String status();
}
