import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('No findings')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/durable-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == 0
assert sarif.runs[0].tool.driver.rules.size() > 10
assert sarif.runs[0].automationDetails.id == 'durable-check/clean-handler'
