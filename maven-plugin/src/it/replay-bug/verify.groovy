import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The failure names the rule, the file and the line.
assert log.contains('durable-check found 1 replay problem(s)')
assert log.contains('src/main/java/it/orders/OrderHandler.java:12: nondeterministic-time')
// The console line the IDE links.
assert log =~ /OrderHandler\.java:12:26: error: 'Instant\.now\(\)'/
assert !log.contains('\tat dev.durablecheck')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/durable-check.sarif'))
assert sarif.runs[0].results.size() == 1
assert sarif.runs[0].results[0].ruleId == 'nondeterministic-time'
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/it/orders/OrderHandler.java'
// The tool's version is the plugin's, from its manifest.
assert sarif.runs[0].tool.driver.version ==~ /\d+\.\d+\.\d+(-SNAPSHOT)?/
assert sarif.runs[0].tool.driver.semanticVersion == sarif.runs[0].tool.driver.version
