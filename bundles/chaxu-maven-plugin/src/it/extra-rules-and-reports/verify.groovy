// The project's own rule ran with the shipped ones; its warning does not fail the build (failOn error);
// every report was written where CI tools look for it.
def log = new File(basedir, 'build.log').text
assert log.contains('warning[X-FURNITURE]: ')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/chaxu/chaxu.json'))
def rules = json.models.collectMany { it.findings }.collect { it.rule }.sort()
assert rules == ['X-FURNITURE', 'X-FURNITURE'] : rules
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/chaxu/TEST-chaxu.xml'))
assert junit.name() == 'testsuites' || junit.name() == 'testsuite'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/chaxu/chaxu.sarif'))
assert sarif.runs[0].tool.driver.rules.collect { it.id }.contains('X-FURNITURE')
return true
