#!/usr/bin/env bash
# Probes behind the misses in RESULTS.md: small variants of held-out files, written under /tmp, each
# analysed alone. Not part of the score; the labels are never changed by them.
#   bench/temporal/diagnose.sh [TREE] [JAR]
set -euo pipefail
TREE="${1:-/tmp/temporal-heldout}"
JAR="${2:-/tmp/dc-temporal.jar}"
SDK=~/.m2/repository/io/temporal/temporal-sdk/1.38.0/temporal-sdk-1.38.0.jar
SLF4J="$(ls ~/.m2/repository/org/slf4j/slf4j-api/*/slf4j-api-*.jar | grep -v sources | sort -V | tail -1)"
S=core/src/main/java/io/temporal/samples
W="$(mktemp -d /tmp/dc-diagnose.XXXX)"
run() { # run DIR: prints every finding (rule file:line <- chain end) and the unresolved-call count
  (cd "$1" && java -jar "$JAR" --format json --exit-zero --profile temporal-java-1 -cp "$SDK:$SLF4J" \
     -o "$1/report.json" core/src/main/java 2>/dev/null)
  python3 - "$1/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for f in r["findings"]:
    end = f["chain"][-1] if f["chain"] else None
    tail = f" <- {end['file'].split('/')[-1]}:{end['line']}" if end else ""
    print(f"    {f['ruleId']} {f['file'].split('/')[-1]}:{f['line']}{tail}")
print(f"    ({len(r['findings'])} findings, {r['summary']['unresolvedCalls']} unresolved calls)")
PY
}
copy() { mkdir -p "$1/$(dirname "$2")"; cp "$TREE/$2" "$1/$2"; }

echo "D1 HelloActivityExclusiveChoice: HashMap behind a getter declared Map"
F=$S/hello/HelloActivityExclusiveChoice.java
copy "$W/d1-asis" $F; echo "  as labelled:"; run "$W/d1-asis"
copy "$W/d1-hashmap-type" $F
sed -i 's/public Map<Fruits, Integer> getList()/public HashMap<Fruits, Integer> getList()/; s/private Map<Fruits, Integer> list = new HashMap<>();/private HashMap<Fruits, Integer> list = new HashMap<>();/' "$W/d1-hashmap-type/$F"
echo "  getter and field declared HashMap:"; run "$W/d1-hashmap-type"
copy "$W/d1-local" $F
python3 - "$W/d1-local/$F" <<'PY'
import sys; p = sys.argv[1]; s = open(p).read()
s = s.replace("      list.getList()\n          .forEach(", "      Map<Fruits, Integer> items = new HashMap<>(list.getList());\n      items.forEach(")
open(p, "w").write(s)
PY
echo "  copied into a local Map allocated new HashMap<>(...):"; run "$W/d1-local"

echo "D2 updatabletimer: DynamicSleepWorkflowImpl names no io.temporal type"
mkdir -p "$W/d2/$S"; cp -r "$TREE/$S/updatabletimer" "$W/d2/$S/"
echo "  as labelled:"; run "$W/d2"
sed -i 's/^package io.temporal.samples.updatabletimer;/package io.temporal.samples.updatabletimer;\n\nimport io.temporal.workflow.Workflow;/' "$W/d2/$S/updatabletimer/DynamicSleepWorkflowImpl.java"
echo "  with an (unused) import of io.temporal.workflow.Workflow in DynamicSleepWorkflowImpl:"; run "$W/d2"

echo "D3 safemessagepassing: member types inherited from the workflow interface"
for v in asis qualified qualified-hashmap; do
  mkdir -p "$W/d3-$v/$S"; cp -r "$TREE/$S/safemessagepassing" "$W/d3-$v/$S/"
  python3 - "$W/d3-$v/$S/safemessagepassing/ClusterManagerWorkflowImpl.java" <<'PY'
import sys; p = sys.argv[1]; s = open(p).read()
old = "    while (true) {\n      performHealthChecks();"
new = ("    for (String node : state.nodes.keySet()) {\n"
       "      activities.findBadNodes(new ClusterManagerActivities.FindBadNodesInput(java.util.Set.of(node)));\n"
       "    }\n" + old)
assert old in s; open(p, "w").write(s.replace(old, new, 1))
PY
  if [[ $v != asis ]]; then
    sed -i 's/  private final ClusterManagerState state;/  private final ClusterManagerWorkflow.ClusterManagerState state;/' "$W/d3-$v/$S/safemessagepassing/ClusterManagerWorkflowImpl.java"
  fi
  if [[ $v == qualified-hashmap ]]; then
    sed -i 's/public Map<String, Optional<String>> nodes = new HashMap<>();/public HashMap<String, Optional<String>> nodes = new HashMap<>();/' "$W/d3-$v/$S/safemessagepassing/ClusterManagerWorkflow.java"
  fi
done
echo "  an activity started in run() in a loop over state.nodes (declared Map = new HashMap<>() in ClusterManagerState):"; run "$W/d3-asis"
echo "  the same, field typed ClusterManagerWorkflow.ClusterManagerState:"; run "$W/d3-qualified"
echo "  the same, and nodes declared HashMap:"; run "$W/d3-qualified-hashmap"

echo "D4 structural rules in private helpers of a workflow implementation (probe written for this bench)"
mkdir -p "$W/d4/core/src/main/java/p"
cat > "$W/d4/core/src/main/java/p/H.java" <<'JAVA'
package p;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
public class H {
  @WorkflowInterface public interface Wf { @WorkflowMethod void run(); }
  @ActivityInterface public interface Acts { void touch(String s); }
  public static class State { public Map<String, String> nodes = new HashMap<>(); public HashMap<String, String> typed = new HashMap<>(); }
  public static class WfImpl implements Wf {
    private final Acts acts = Workflow.newActivityStub(Acts.class, ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(1)).build());
    private final Map<String, String> own = new HashMap<>();
    private final State state = new State();
    @Override public void run() {
      for (String k : own.keySet()) { acts.touch(k); }          // 19: own field, in the workflow method
      for (String k : state.typed.keySet()) { acts.touch(k); }  // 20: another class's field declared HashMap
      for (String k : state.nodes.keySet()) { acts.touch(k); }  // 21: another class's field declared Map = new HashMap<>()
      helperLoop();
      helperCatch();
    }
    private void helperLoop() {
      for (String k : own.keySet()) { acts.touch(k); }          // 26: the loop of line 19 in a private helper
    }
    private void helperCatch() {
      try { acts.touch("x"); } catch (Throwable t) { }          // 29: catch Throwable without rethrow in a helper
    }
  }
}
JAVA
echo "  expected by the reference: unordered-iteration at 19, 20, 21, 26; swallowed-suspension at 29"; run "$W/d4"

echo "D5 Workflow.getLogger loggers in a helper class reached from workflow code (probe written for this bench)"
mkdir -p "$W/d5/core/src/main/java/p"
cat > "$W/d5/core/src/main/java/p/L.java" <<'JAVA'
package p;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.slf4j.Logger;
public class L {
  @WorkflowInterface public interface Wf { @WorkflowMethod void run(); }
  public static class Helper {
    private final Logger logger = Workflow.getLogger(Helper.class);
    private static final Logger SLOG = Workflow.getLogger(Helper.class);
    void go() { logger.info("helper instance logger"); SLOG.info("helper static logger"); }  // 11: both replay-safe
  }
  public static class WfImpl implements Wf {
    private final Logger logger = Workflow.getLogger(WfImpl.class);
    private final Helper helper = new Helper();
    @Override public void run() { logger.info("impl logger"); helper.go(); }
  }
}
JAVA
echo "  expected by the reference: no finding"; run "$W/d5"
echo "(variants kept in $W)"
