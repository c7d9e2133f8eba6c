package cases.temporal;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workflow interface of TemporalOrderThroughFields, with the state it keeps nested in it, as
 * Temporal's samples declare it. The loops over these fields are in the implementation's file:
 * whether a field's allocation is trusted depends on every write this file makes to it.
 */
@WorkflowInterface
public interface RosterWorkflow {

    @WorkflowMethod
    int assignAll(String job);

    enum Shift { DAY, NIGHT }

    /** Read through its fields. */
    class RosterState {
        final Map<String, String> nodes = new HashMap<>();
        final Map<String, String> orderedNodes = new LinkedHashMap<>();
        final Map<String, String> sortedNodes = new TreeMap<>();
        final Map<Shift, String> byShift = new EnumMap<>(Shift.class);
        final Map<String, String> handedOver;
        public Map<String, String> pending = new HashMap<>();

        public RosterState() {
            handedOver = new HashMap<>();
        }

        public RosterState(Map<String, String> previous) {
            handedOver = previous;
        }
    }

    /** Read through its getters. */
    class Crew {
        private final Map<String, String> members = new HashMap<>();
        private Map<String, String> standIns = new HashMap<>();
        private boolean frozen;

        public Map<String, String> getMembers() {
            return members;
        }

        public Map<String, String> getOrderedMembers() {
            return new LinkedHashMap<>(members);
        }

        public Map<String, String> getSortedMembers() {
            return new TreeMap<>(members);
        }

        public Map<String, String> getActiveMembers() {
            if (frozen) {
                return Collections.emptyMap();
            }
            return members;
        }

        public Map<String, String> getStandIns() {
            return standIns;
        }

        public void replaceStandIns(Map<String, String> given) {
            standIns = given;
        }
    }
}
