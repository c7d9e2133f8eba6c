import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The helpers module has no durable code of its own and passes.
def helpers = new JsonSlurper().parse(new File(basedir, 'helpers/target/durable-check.sarif'))
assert helpers.runs[0].results.size() == 0
assert helpers.runs[0].automationDetails.id == 'durable-check/helpers'
// The handler's call into the sibling is reported with the chain into the helper.
assert log.contains('src/main/java/it/orders/OrderHandler.java:12: nondeterministic-time')
assert log =~ /helpers\/src\/main\/java\/it\/helpers\/Stamps\.java:10:\d+: System\.currentTimeMillis\(\)/
def handler = new JsonSlurper().parse(new File(basedir, 'handler/target/durable-check.sarif'))
assert handler.runs[0].results.size() == 1
def flow = handler.runs[0].results[0].codeFlows[0].threadFlows[0].locations
assert flow.size() == 2
assert flow[1].location.physicalLocation.artifactLocation.uri.endsWith('helpers/src/main/java/it/helpers/Stamps.java')
