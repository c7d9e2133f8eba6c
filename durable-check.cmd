@echo off
rem Runs the durable-check command line from Windows cmd, as ./durable-check does from bash: builds
rem the CLI jar with Maven when it is missing, then runs it with the same JVM options. Unlike the bash
rem launcher it does not rebuild when the sources are newer than the jar (cmd cannot compare times
rem over a tree simply): after changing them, run mvn package or delete cli\target.
rem LaunchersTest checks that the two name the same jar, JVM options and build.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"

rem DURABLE_CHECK_JAR names a prebuilt all-jar to run as it is.
if not defined DURABLE_CHECK_JAR goto find
set "JAR=%DURABLE_CHECK_JAR%"
if exist "%JAR%" goto run
>&2 echo durable-check: DURABLE_CHECK_JAR names no file: %JAR%
exit /b 2

:find
call :find_jar
if defined JAR goto run
>&2 echo durable-check: building the CLI (mvn package)...
set "LOG=%TEMP%\durable-check-build-%RANDOM%.log"
rem call: mvn is itself a batch file, which would not return here otherwise.
call mvn -B -Dstyle.color=never -f "%ROOT%\pom.xml" -pl cli -am -DskipTests package >"%LOG%" 2>&1
if errorlevel 1 goto build_failed
del "%LOG%"
call :find_jar

:run
rem Class-data sharing: the first run after a build records the classes it loads into an archive
rem next to the jar, and later runs map it instead of loading and verifying them again.
rem The archive is mapped only when it is newer than the jar: dir lists the two newest first.
for %%F in ("%JAR%") do set "ARCHIVE=%%~dpnF.jsa"
set "CDS="
set "NEWEST="
if exist "%ARCHIVE%" for /f "delims=" %%F in ('dir /b /a-d /o-d "%JAR%" "%ARCHIVE%"') do if not defined NEWEST set "NEWEST=%%F"
for %%F in ("%ARCHIVE%") do if /i "%NEWEST%"=="%%~nxF" set "CDS=-XX:SharedArchiveFile="%ARCHIVE%" -Xshare:auto"
if not defined CDS set "CDS=-XX:ArchiveClassesAtExit="%ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off"

rem The bash launcher's comment says why each option; DURABLE_CHECK_JAVA_OPTS comes last, so its
rem options win.
java %CDS% -XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods -XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -XX:MaxNewSize=256m -XX:MaxTenuringThreshold=0 -XX:InitialRAMPercentage=8 %DURABLE_CHECK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:build_failed
type "%LOG%" >&2
del "%LOG%"
>&2 echo durable-check: the build failed; see the Maven output above
exit /b 2

rem The all-jar, durable-check-VERSION.jar, not the thin durable-check-cli-VERSION.jar beside it
rem (findstr, since cmd wildcards have no [0-9]); the newest, when a change of version left an older one.
:find_jar
set "JAR="
for /f "delims=" %%J in ('dir /b /a-d /o-d "%ROOT%\cli\target\durable-check-*.jar" 2^>nul ^| findstr /r /x /c:"durable-check-[0-9].*\.jar"') do if not defined JAR set "JAR=%ROOT%\cli\target\%%J"
exit /b 0
