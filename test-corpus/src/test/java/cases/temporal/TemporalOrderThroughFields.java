package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;

/**
 * Scenario: a workflow starts activities while iterating maps held by other objects: a state
 * object's final field allocated as a HashMap (declared in another file, in a class nested in the
 * workflow interface), and a getter whose whole body returns a private HashMap field. Another
 * worker may iterate them in another order, so the commands no longer match the history. The
 * allocation is trusted only when every write of the field is in sight and is a hash-ordered
 * allocation: LinkedHashMap, TreeMap and EnumMap fields, a field also assigned from a constructor
 * parameter, a public non-final field, getters that copy or branch, a getter of a field that a
 * method replaces, and a library class's field are silent.
 */
public class TemporalOrderThroughFields implements RosterWorkflow {

    @ActivityInterface
    public interface RosterActivities {
        int assign(String node, String job);
    }

    /** A subclass of a library class, whose field has no source to read the writes from. */
    static final class Labels extends Attributes {
        Map<Object, Object> entries() {
            return map;
        }
    }

    private final RosterActivities activities = Workflow.newActivityStub(RosterActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

    @Override
    public int assignAll(String job) {
        RosterState state = new RosterState();
        Crew crew = new Crew();
        int assigned = 0;
        for (var e : state.nodes.entrySet()) {
            assigned += activities.assign(e.getKey(), job); // expect: unordered-iteration
        }
        for (String member : crew.getMembers().keySet()) {
            assigned += activities.assign(member, job); // expect: unordered-iteration
        }

        for (var e : state.orderedNodes.entrySet()) {
            assigned += activities.assign(e.getKey(), job); // ok: unordered-iteration -- the field is a LinkedHashMap, insertion order
        }
        for (var e : state.sortedNodes.entrySet()) {
            assigned += activities.assign(e.getKey(), job); // ok: unordered-iteration -- the field is a TreeMap, sorted order
        }
        for (var e : state.byShift.entrySet()) {
            assigned += activities.assign(e.getKey().name(), job); // ok: unordered-iteration -- the field is an EnumMap, declaration order
        }
        for (String node : state.handedOver.keySet()) {
            assigned += activities.assign(node, job); // ok: unordered-iteration -- one constructor assigns the caller's map, whose order is not known
        }
        for (String node : state.pending.keySet()) {
            assigned += activities.assign(node, job); // ok: unordered-iteration -- public and not final: any code, or Jackson, may assign another map
        }
        for (String member : crew.getOrderedMembers().keySet()) {
            assigned += activities.assign(member, job); // ok: unordered-iteration -- the getter copies into a LinkedHashMap
        }
        for (String member : crew.getSortedMembers().keySet()) {
            assigned += activities.assign(member, job); // ok: unordered-iteration -- the getter copies into a TreeMap
        }
        for (String member : crew.getActiveMembers().keySet()) {
            assigned += activities.assign(member, job); // ok: unordered-iteration -- a getter with a branch is not followed
        }
        for (String member : crew.getStandIns().keySet()) {
            assigned += activities.assign(member, job); // ok: unordered-iteration -- replaceStandIns assigns the field a caller's map
        }
        for (Object label : new Labels().entries().keySet()) {
            assigned += activities.assign(label.toString(), job); // ok: unordered-iteration -- a field of a library class: no source to judge
        }
        return assigned;
    }
}
