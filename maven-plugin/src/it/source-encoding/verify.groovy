def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
// Read as Shift_JIS: no fallback, and one column per Japanese letter, as an editor counts them.
assert !log.contains('not valid')
assert log =~ /OrderHandler\.java:11:54: error: 'Instant\.now\(\)'/
assert log =~ /OrderHandler\.java:11:21: warning: 'System\.getenv\(/
