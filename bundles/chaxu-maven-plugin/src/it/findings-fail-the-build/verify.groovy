// The build failed because of the finding, which the log shows by file and line, and the SARIF report holds it.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/chaxu/region.chaxu:10: error[BASE-LOOSER]: Riverside City')
assert log.contains('Chaxu found findings at or above \'error\'')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/chaxu/chaxu.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'BASE-LOOSER'
assert results[0].locations[0].physicalLocation.region.startLine == 10
return true
