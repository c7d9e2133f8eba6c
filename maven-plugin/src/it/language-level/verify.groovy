def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Parsed at the module's maven.compiler.release, 11, a record is not Java.
assert log =~ /OrderHandler\.java:\d+:\d+: error: cannot parse: .*[Rr]ecord/
assert log.contains('parse-error')
