#!/usr/bin/env bash
# The durable-check GitHub Action's check (action.yml runs it): writes SARIF for code scanning and
# the findings as a table in the job summary, then exits as the gate says: 0 when nothing reaches
# fail-on, 1 when findings do, 2 when the check itself failed.
#
# Inputs come as INPUT_* variables, set by action.yml: INPUT_PATHS, INPUT_FAIL_ON, INPUT_BASELINE,
# INPUT_CONFIG, INPUT_JAR. The runner provides GITHUB_WORKSPACE, GITHUB_ACTION_PATH (this
# action's checkout), GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and RUNNER_TEMP.
set -euo pipefail

fail() {
  echo "::error title=durable-check::$1"
  exit 2
}

: "${GITHUB_WORKSPACE:?}" "${GITHUB_ACTION_PATH:?}" "${GITHUB_STEP_SUMMARY:?}" "${GITHUB_OUTPUT:?}"

# Reports name files relative to the working directory, and code scanning resolves them against
# the repository root; inputs name files relative to it too.
cd "$GITHUB_WORKSPACE"

read -r -d '' -a source_paths <<<"${INPUT_PATHS:-src/main/java}" || true
[[ ${#source_paths[@]} -gt 0 ]] || fail "the paths input names no folder or file"
fail_on="${INPUT_FAIL_ON:-error}"

# A folder of its own per run, so that two uses of the action in one job keep their reports apart.
work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/durable-check.XXXXXX")"

case "${INPUT_JAR:-}" in
  "")
    echo "::group::Build durable-check"
    mvn -B -q -f "$GITHUB_ACTION_PATH/pom.xml" -pl cli -am -DskipTests package ||
      fail "building durable-check failed; see the Maven output above"
    echo "::endgroup::"
    # The runnable jar, durable-check-<version>.jar, not the thin durable-check-cli-<version>.jar beside it.
    jar="$(compgen -G "$GITHUB_ACTION_PATH/cli/target/durable-check-[0-9]*.jar" | head -n 1)" ||
      fail "the build wrote no durable-check-<version>.jar"
    ;;
  *://*)
    jar="$work/durable-check.jar"
    curl -fsSL --retry 3 -o "$jar" "$INPUT_JAR" || fail "cannot download $INPUT_JAR"
    ;;
  *)
    jar="$INPUT_JAR"
    [[ -f "$jar" ]] || fail "the jar input names no file: $jar"
    ;;
esac

options=(--fail-on "$fail_on")
[[ -n "${INPUT_BASELINE:-}" ]] && options+=(--baseline "$INPUT_BASELINE")
[[ -n "${INPUT_CONFIG:-}" ]] && options+=(--config "$INPUT_CONFIG")

# The launcher runs the jar with the JVM settings that suit runs of seconds.
durable_check() {
  DURABLE_CHECK_JAR="$jar" bash "$GITHUB_ACTION_PATH/durable-check" "$@"
}

sarif="$work/durable-check.sarif"
durable_check --format sarif --output "$sarif" --exit-zero "${options[@]}" -- "${source_paths[@]}" ||
  fail "durable-check could not run; see its message above"
echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"

# A second run for the summary and the gate: the CLI writes one format per run, and the JSON
# report is the documented one for scripts. The analysis is deterministic, so both runs agree.
findings="$work/durable-check.json"
gate=0
durable_check --format json --output "$findings" "${options[@]}" -- "${source_paths[@]}" || gate=$?
[[ $gate -le 1 ]] || fail "durable-check could not run; see its message above"
echo "json-file=$findings" >>"$GITHUB_OUTPUT"

python3 "$GITHUB_ACTION_PATH/scripts/action/step_summary.py" "$findings" "$fail_on" "$gate" >>"$GITHUB_STEP_SUMMARY"

if [[ $gate -eq 1 ]]; then
  echo "::error title=durable-check::findings at or above '$fail_on'; the job summary lists them"
fi
exit "$gate"
