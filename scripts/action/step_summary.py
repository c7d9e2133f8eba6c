#!/usr/bin/env python3
"""Writes the durable-check action's job summary: the findings of a `--format json` report
(docs/json-format.md) as a Markdown table, with the gate's outcome.

Usage: step_summary.py REPORT_JSON FAIL_ON EXIT_CODE
"""
import json
import re
import sys

# GitHub rejects a step summary over 1 MiB; a row takes a few hundred bytes.
MAX_ROWS = 1000


def cell(text):
    """The text of a table cell, shown as written: HTML and Markdown markup escaped (a generic
    type such as List<String> would otherwise vanish as a tag), '|' escaped so it does not end
    the cell, line breaks as <br> so they do not end the row."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]|~])", r"\\\1", text)
    return re.sub(r"\r\n|\r|\n", "<br>", text)


def count(n, noun):
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def main(report_path, fail_on, exit_code):
    with open(report_path, encoding="utf-8") as report_file:
        report = json.load(report_file)
    findings = report["findings"]
    totals = report["summary"]

    print("## durable-check\n")
    if exit_code == "1":
        print(f"**Failed:** findings at or above `{fail_on}`.\n")
    elif fail_on == "never":
        print("**Passed:** findings are only reported (`fail-on: never`).\n")
    else:
        print(f"**Passed:** no finding at or above `{fail_on}`.\n")
    print(f"{count(len(findings), 'finding')} ({count(totals['errors'], 'error')}, "
          f"{count(totals['warnings'], 'warning')}, {count(totals['notes'], 'note')}) "
          f"in {count(totals['filesScanned'], 'file')} ({totals['filesAnalysed']} with durable code).\n")
    if not findings:
        return

    print("| Location | Severity | Rule | Message |")
    print("| --- | --- | --- | --- |")
    for finding in findings[:MAX_ROWS]:
        print(f"| {cell(finding['file'])}:{finding['line']} | {finding['severity']} "
              f"| {cell(finding['ruleId'])} | {cell(finding['message'])} |")
    if len(findings) > MAX_ROWS:
        print(f"\nThe first {MAX_ROWS} are shown; the reports in the action's `sarif-file` and "
              "`json-file` outputs have all of them.")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    # The runner reads the summary as UTF-8, whatever the locale says.
    sys.stdout.reconfigure(encoding="utf-8")
    main(*sys.argv[1:])
