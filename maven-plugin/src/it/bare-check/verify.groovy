def log = new File(basedir, 'build.log').text
// The goal runs without compile: sibling modules are read from their sources, not resolved as jars.
assert !log.contains('Could not resolve dependencies')
assert !log.contains('maven-compiler-plugin')
assert log.contains('src/main/java/it/checkout/CheckoutHandler.java:14: nondeterministic-time')
assert log.contains('BUILD FAILURE')
