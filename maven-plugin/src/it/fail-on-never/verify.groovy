import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[nondeterministic-time]')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/durable-check.sarif'))
assert sarif.runs[0].results.size() == 1
