import dev.durablecheck.core.report.SarifChecks
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The clock read in clock-utils, which checkout only reaches through pricing, fails checkout's build.
assert log.contains('checkout/src/main/java/it/checkout/CheckoutHandler.java:14: nondeterministic-time')

// Every URI, chain steps in other modules included, is relative to the top-level directory, as
// code scanning resolves them against the repository root.
def checkoutFile = new File(basedir, 'checkout/target/durable-check.sarif')
SarifChecks.assertValidForGithub(checkoutFile.text)
def sarif = new JsonSlurper().parse(checkoutFile)
def run = sarif.runs[0]
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
assert run.results.size() == 1
def location = run.results[0].locations[0].physicalLocation.artifactLocation
assert location.uri == 'checkout/src/main/java/it/checkout/CheckoutHandler.java'
assert location.uriBaseId == '%SRCROOT%'
def flow = run.results[0].codeFlows[0].threadFlows[0].locations*.location*.physicalLocation*.artifactLocation
assert flow*.uri == ['checkout/src/main/java/it/checkout/CheckoutHandler.java',
                     'pricing/src/main/java/it/pricing/Pricing.java',
                     'clock-utils/src/main/java/it/clock/Clocks.java']
assert flow*.uriBaseId == ['%SRCROOT%'] * 3

// One file for CI: a run per module checked, in reactor order, each its own category.
def aggregateFile = new File(basedir, 'target/durable-check-aggregate.sarif')
SarifChecks.assertValidForGithub(aggregateFile.text)
def aggregate = new JsonSlurper().parse(aggregateFile)
assert aggregate.runs*.automationDetails*.id == ['durable-check/transitive-modules', 'durable-check/clock-utils',
                                                 'durable-check/pricing', 'durable-check/checkout']
assert aggregate.runs*.results*.size() == [0, 0, 0, 1]
assert aggregate.runs[3].results[0] == run.results[0]
