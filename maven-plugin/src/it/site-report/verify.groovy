def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// The handler module's page: its finding, reached through the sibling module's helper, with that hop.
def handlerPage = new File(basedir, 'handler/target/site/durable-check.html')
assert handlerPage.isFile()
def handler = handlerPage.getText('UTF-8')
assert handler.contains('nondeterministic-time')
assert handler.contains('handler/src/main/java/it/orders/OrderHandler.java')
assert handler.contains('helpers/src/main/java/it/helpers/Stamps.java')
// The helpers module holds no durable code: its page says so, with no finding.
def helpers = new File(basedir, 'helpers/target/site/durable-check.html').getText('UTF-8')
assert !helpers.contains('nondeterministic-time')
// The site lists the page among the project's reports.
assert new File(basedir, 'handler/target/site/project-reports.html').getText('UTF-8').contains('durable-check.html')

// One page for the reactor, in the top project's site only.
def aggregate = new File(basedir, 'target/site/durable-check-aggregate.html')
assert aggregate.isFile()
assert aggregate.getText('UTF-8').contains('handler/src/main/java/it/orders/OrderHandler.java')
assert !new File(basedir, 'handler/target/site/durable-check-aggregate.html').exists()
