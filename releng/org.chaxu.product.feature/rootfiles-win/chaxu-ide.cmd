@echo off
rem Starts the Chaxu IDE on Windows: a Java 17 or newer runs the Equinox launcher of this installation.
rem   chaxu-ide.cmd [ECLIPSE-ARGUMENTS...]     e.g. -data %USERPROFILE%\my-workspace, -clean, -consoleLog
rem Java: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else the java on the PATH.
rem JVM options: chaxu-ide.ini beside this script (one per line, '#' starts a comment), then %CHAXU_IDE_VM_ARGS%.
setlocal EnableDelayedExpansion
set "HOME_DIR=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "LAUNCHER="
for %%J in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fJ"
if not defined LAUNCHER (
  echo chaxu-ide: %HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar is missing: is this a Chaxu IDE installation? 1>&2
  exit /b 2
)
set "VMARGS="
if exist "%HOME_DIR%chaxu-ide.ini" (
  for /f "usebackq eol=# delims=" %%L in ("%HOME_DIR%chaxu-ide.ini") do set "VMARGS=!VMARGS! %%L"
)
"%JAVA%" !VMARGS! %CHAXU_IDE_VM_ARGS% -jar "%LAUNCHER%" %*
exit /b %ERRORLEVEL%
