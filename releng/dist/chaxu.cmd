@echo off
rem Chaxu's command line on Windows: chaxu check models\region.chaxu   chaxu rules   chaxu --help
rem Runs lib\chaxu.jar of this release with a Java 17 or newer: %JAVA_HOME%\bin\java.exe if JAVA_HOME
rem is set, else the java on the PATH; set for a short run as bin/chaxu does (C1 only, the parallel
rem collector). CHAXU_JAVA_OPTS adds or overrides JVM options (e.g. -Xmx8g).
setlocal
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:+ExitOnOutOfMemoryError -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -XX:+UseParallelGC %CHAXU_JAVA_OPTS% -jar "%~dp0..\lib\chaxu.jar" %*
exit /b %ERRORLEVEL%
