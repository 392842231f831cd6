@echo off
rem Launches the baocao command on the module path of this distribution (Windows).
rem   JAVA_HOME  the Java runtime to use (17 or newer) when the distribution has none in runtime\
rem   JAVA_OPTS  more options for the JVM
setlocal
rem the command writes UTF-8: Vietnamese reads right only in a UTF-8 console
chcp 65001 >nul
set "BAOCAO_HOME=%~dp0.."
if exist "%BAOCAO_HOME%\runtime\bin\java.exe" (
  set "JAVA=%BAOCAO_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
rem a command runs a second or two: the client compiler and the serial collector; the server runs for days
set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%a in (%*) do if /i "%%~a"=="serve" set "TUNING="
"%JAVA%" %TUNING% %JAVA_OPTS% ^
  -Dorg.jboss.logging.provider=jdk ^
  "-Dbaocao.home=%BAOCAO_HOME%" ^
  --module-path "%BAOCAO_HOME%\lib" ^
  --module vn.baocao.app/vn.baocao.app.Main %*
exit /b %ERRORLEVEL%
