def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('1 in the baseline')
assert !log.contains('[nondeterministic-time]')
