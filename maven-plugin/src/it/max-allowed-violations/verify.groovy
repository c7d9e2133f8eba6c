def log = new File(basedir, 'build.log').text
// One finding, one allowed: the build passes, and says what it let through.
assert log.contains('BUILD SUCCESS')
assert log.contains('OrderHandler.java:12:26: error:')
assert log.contains('[WARNING] durable-check: 1 finding(s) at or above \'error\', within maxAllowedViolations 1')
