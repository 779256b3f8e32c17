@echo off
rem Starts Strata on Windows with Java 21 or newer (STRATA_JAVA, else JAVA_HOME, else java on PATH).
rem   strata [-data WORKSPACE]      the IDE        strata <command> [options]   the headless CLI
rem Exit code 23 (p2 restart after an install) starts Strata again.
setlocal
set "HERE=%~dp0"
set "JAVA=%STRATA_JAVA%"
if "%JAVA%"=="" if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="" set "JAVA=java"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%LAUNCHER%"=="" (
  echo strata: no Equinox launcher in %HERE%plugins; this Strata installation is incomplete. 1>&2
  exit /b 1
)
if "%STRATA_HEAP%"=="" set "STRATA_HEAP=-Xmx2g"
if "%STRATA_WORKSPACE%"=="" set "STRATA_WORKSPACE=%USERPROFILE%\strata-workspace"
set "JVMARGS=%STRATA_HEAP% -Dliquibase.analytics.enabled=false -Dguice_bytecode_gen_option=DISABLED -Djava.util.logging.config.file="%HERE%logging.properties""
if not defined STRATA_CLI_VMARGS set "STRATA_CLI_VMARGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rem The IDE: ZGC, whose pauses stay under a millisecond (docs/dsl.md, Editor speed).
if not defined STRATA_IDE_VMARGS set "STRATA_IDE_VMARGS=-XX:+UseZGC"
set "FIRST=%~1"
set "MODE=ide"
if not "%FIRST%"=="" if not "%FIRST:~0,1%"=="-" set "MODE=cli"
:again
if "%MODE%"=="cli" (
  "%JAVA%" %JVMARGS% %STRATA_CLI_VMARGS% %STRATA_VMARGS% -jar "%LAUNCHER%" -application io.strata.cli.app -nosplash -data @none %*
  exit /b %ERRORLEVEL%
)
echo %* | findstr /C:"-data " >nul
if errorlevel 1 (
  "%JAVA%" %JVMARGS% %STRATA_IDE_VMARGS% %STRATA_VMARGS% -jar "%LAUNCHER%" -data "%STRATA_WORKSPACE%" %*
) else (
  "%JAVA%" %JVMARGS% %STRATA_IDE_VMARGS% %STRATA_VMARGS% -jar "%LAUNCHER%" %*
)
if %ERRORLEVEL%==23 goto again
exit /b %ERRORLEVEL%
