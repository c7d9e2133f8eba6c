def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/java/it/orders/OrderHandler.java:12: nondeterministic-time')
// The handler outside the included package is not analysed.
assert !log.contains('LegacyHandler')
assert log.contains('1 file (1 with durable code)')
