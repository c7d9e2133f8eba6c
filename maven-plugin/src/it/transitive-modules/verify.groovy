import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The clock read in clock-utils, which checkout only reaches through pricing, fails checkout's build.
assert log.contains('src/main/java/it/checkout/CheckoutHandler.java:14: nondeterministic-time')
def sarif = new JsonSlurper().parse(new File(basedir, 'checkout/target/durable-check.sarif'))
assert sarif.runs[0].results.size() == 1
def flow = sarif.runs[0].results[0].codeFlows[0].threadFlows[0].locations
assert flow.size() == 3
assert flow[1].location.physicalLocation.artifactLocation.uri.endsWith('pricing/src/main/java/it/pricing/Pricing.java')
assert flow[2].location.physicalLocation.artifactLocation.uri.endsWith('clock-utils/src/main/java/it/clock/Clocks.java')
