; Inno Setup script: a per-user installer for the Windows build of Workshop Kit.
;
; Build on Windows with Inno Setup 6 (6.5 or later for the Arabic wizard), after the app:
;   python packaging\build.py
;   iscc packaging\windows\workshop-kit.iss
; The installer goes to dist\workshop-kit-<version>-setup.exe. It needs no administrator
; rights: it installs into the user's own programs folder (%LOCALAPPDATA%\Programs), adds a
; Start menu entry and an uninstaller (Settings > Apps). The user's data folder
; (%LOCALAPPDATA%\workshop-kit) is never touched, also not by the uninstaller.

#ifndef AppVersion
  ; Keep equal to workshop_kit.__version__ (tests/unit/test_packaging_files.py checks);
  ; or pass it: iscc /DAppVersion=0.1.0 ...
  #define AppVersion "0.1.0"
#endif
#define AppName "Workshop Kit"
#define Root AddBackslash(SourcePath) + "..\.."
#define Dist Root + "\dist\workshop-kit"

[Setup]
; The AppId identifies the app across versions: never change it.
AppId={{2B90141F-7EE1-475B-BFA2-10CD97AC425E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Workshop Kit contributors
AppComments=Offline toolkit for community workshops on gender-based violence
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir={#Root}\dist
OutputBaseFilename=workshop-kit-{#AppVersion}-setup
SetupIconFile={#Root}\assets\icons\workshop-kit.ico
UninstallDisplayIcon={app}\workshop-kit.exe
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: workshop-kit.exe (the app), workshop-kit-cli.exe (the same
; program with a console, for `workshop-kit-cli validate` and the print commands) and
; _internal\ (Python, Qt, the curricula, fonts and icons).
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an earlier version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\workshop-kit.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\workshop-kit.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\workshop-kit.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
