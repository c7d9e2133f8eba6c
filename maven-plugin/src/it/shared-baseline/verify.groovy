def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// Each module's one finding is in the shared baseline ...
assert log.count('1 in the baseline') == 2
// ... and the other module's entry is not stale for it.
assert !log.contains('no longer match')
