def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('durable-check skipped')
assert !new File(basedir, 'target/durable-check.sarif').exists()
