def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The broken file is named with the reason, and the other file is still checked.
assert log =~ /Broken\.java:\d+:\d+: error: cannot parse: /
assert log.contains('parse-error')
assert log.contains('OrderHandler.java:12: nondeterministic-time')
assert !log.contains('\tat dev.durablecheck')
assert !(log =~ /(?m)^\tat /)
