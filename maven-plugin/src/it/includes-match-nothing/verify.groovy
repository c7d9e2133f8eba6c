def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// Nothing was analysed, and the build says why, naming the pattern.
assert log.contains('[WARNING] durable-check: includes [it/shipping/**] and excludes [] select none of the module\'s 2 Java files')
