def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The file that was not analysed fails the build by name, with what to do.
assert log =~ /Big\.java:\d+:\d+: error: (parsing|the analysis) did not finish within the per-file budget of 0\.001 s/
assert log.contains('[analysis-incomplete]')
assert log.contains('1 not analysed')
assert log.contains('analysis-incomplete 1')
assert log.contains('raise the per-file budget')
assert !(log =~ /(?m)^\tat /)

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/durable-check.sarif'))
def invocation = sarif.runs[0].invocations[0]
assert invocation.executionSuccessful == false
def notification = invocation.toolExecutionNotifications.find { it.descriptor?.id == 'analysis-incomplete' }
assert notification != null
assert notification.level == 'error'
assert notification.message.text.contains('Big.java was not analysed')
assert sarif.runs[0].results.any { it.ruleId == 'analysis-incomplete' && it.level == 'error' }
