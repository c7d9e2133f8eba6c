def log = new File(basedir, 'build.log').text
// The nested install wrote the group metadata that maps the prefix to the plugin ...
def repository = new File(localRepositoryPath, 'dev/durablecheck')
def metadata = repository.listFiles().find { it.name.startsWith('maven-metadata') && it.name.endsWith('.xml') }
assert metadata != null
assert metadata.text.contains('<prefix>durable</prefix>')
// ... and `mvn durable:check` found the plugin by it and ran the check.
assert log =~ /durable-maven-plugin:[^:]+:check \(default-cli\) @ prefix-route/
assert log.contains('src/main/java/it/orders/OrderHandler.java:12: nondeterministic-time')
