@echo off
rem Launches the baocao command on the module path of this distribution (Windows).
rem   JAVA_HOME  the Java runtime to use (17 or newer) when the distribution has none in runtime\
rem   JAVA_OPTS  more options for the JVM
rem Before the platform starts, lib\ is checked (the launcher module, from the class path): what is
rem wrong is said with the fix, exit code 2, instead of a JVM error.
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
if "%JAVA%"=="java" (
  where java >nul 2>nul || goto :noJava
)
for %%f in ("%BAOCAO_HOME%\lib\launcher-*.jar") do set "CHECK_JAR=%%~f"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "%CHECK_JAR%" vn.baocao.launcher.LauncherCheck "%BAOCAO_HOME%" %*
if errorlevel 1 exit /b %ERRORLEVEL%
rem a command runs a second or two: the client compiler and the serial collector; the server runs for days
set "TUNING=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for %%a in (%*) do if /i "%%~a"=="serve" set "TUNING="
"%JAVA%" %TUNING% %JAVA_OPTS% ^
  -Dorg.jboss.logging.provider=jdk ^
  "-Dbaocao.home=%BAOCAO_HOME%" ^
  --module-path "%BAOCAO_HOME%\lib" ^
  --module vn.baocao.app/vn.baocao.app.Main %*
exit /b %ERRORLEVEL%

:noJava
rem said from the launcher's bundle, as bin/baocao says it
for /f "usebackq tokens=1,* delims==" %%a in (`findstr /b /c:"java.missing" "%BAOCAO_HOME%\lib\launcher\messages.properties"`) do echo %%b
exit /b 2
