// The project's own rule ran with the shipped ones; its warning does not fail the build (failOn error);
// every report was written where CI tools look for it.
def log = new File(basedir, 'build.log').text
assert log.contains('warning[X-FURNITURE]: ')
assert log.contains('BUILD SUCCESS')
// one check wrote every report: its messages and findings are logged once
assert log.count('warning[X-FURNITURE]: ') == 2 : log
assert log.count('Chaxu: one check wrote 5 reports') == 1 : log
// workflow annotations for GitHub, one per finding, located and titled by the rule
def github = new File(basedir, 'target/chaxu/chaxu-github.txt').readLines()
assert github.findAll { it.startsWith('::warning file=') && it.contains(',title=X-FURNITURE::') }.size() == 2 : github
assert github.last().contains('1 model checked') : github
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/chaxu/chaxu.json'))
def rules = json.models.collectMany { it.findings }.collect { it.rule }.sort()
assert rules == ['X-FURNITURE', 'X-FURNITURE'] : rules
def junitFile = new File(basedir, 'target/chaxu/TEST-chaxu.xml')
def junit = new groovy.xml.XmlSlurper().parse(junitFile)
assert junit.name() == 'testsuites'
assert junit.testsuite.testcase.size() > 0
assert junit.testsuite.testcase.failure.size() == 0 : 'warnings do not fail (failOn error)'
// valid against the schema CI servers' JUnit readers follow
def root = new File(basedir, '../../../../..').canonicalFile
def schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(new File(root, 'releng/schemas/junit.xsd'))
schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(junitFile))
def sarifFile = new File(basedir, 'target/chaxu/chaxu.sarif')
def sarif = new groovy.json.JsonSlurper().parse(sarifFile)
assert sarif.runs[0].tool.driver.rules.collect { it.id }.contains('X-FURNITURE')
assert sarif.runs[0].results.collect { it.ruleId } == ['X-FURNITURE', 'X-FURNITURE']
// valid by Microsoft's SARIF multitool, which the CLI tests install with npm (built before this module)
def multitool = new File(root, 'bundles/org.chaxu.cli.tests/target/npm/node_modules/.bin/sarif-multitool')
assert multitool.canExecute() : "the SARIF multitool is not installed at ${multitool}: build org.chaxu.cli.tests first"
def validation = new File(basedir, 'target/chaxu/validation.sarif')
def process = [multitool.path, 'validate', sarifFile.path, '--output', validation.path].execute()
def output = new StringBuilder()
process.consumeProcessOutput(output, output)
assert process.waitFor() == 0 : output
def problems = new groovy.json.JsonSlurper().parse(validation).runs[0].results.findAll { (it.level ?: 'warning') == 'error' }
assert problems.isEmpty() : problems
return true
