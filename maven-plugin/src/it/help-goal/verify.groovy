def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// The help goal describes the check goal and its parameters.
assert log.contains('durable:check')
assert log.contains('failOn')
assert log.contains('fileTimeout')
