<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AwsError</name>
    <message>
        <source>The answer was lost%1, so the change may or may not have been made. Reload to see what is true before you change it again.</source>
        <translation>Die Antwort ging verloren%1; die Änderung wurde daher möglicherweise ausgeführt oder auch nicht. Laden Sie neu, um den aktuellen Stand zu sehen, bevor Sie erneut etwas ändern.</translation>
    </message>
    <message>
        <source>The request timed out without an answer. The service or the network may be slow; try again.</source>
        <translation>Die Anfrage hat ohne Antwort das Zeitlimit überschritten. Der Dienst oder das Netzwerk ist möglicherweise langsam; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to the endpoint failed%1. Check the endpoint URL and the system&apos;s certificates.</source>
        <translation>Die sichere Verbindung zum Endpunkt ist fehlgeschlagen%1. Prüfen Sie die Endpunkt-URL und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>Access denied: your credentials are not allowed to perform %1. Ask an administrator to grant this IAM action.</source>
        <translation>Zugriff verweigert: Ihre Anmeldeinformationen dürfen %1 nicht ausführen. Bitten Sie einen Administrator, diese IAM-Aktion zu erlauben.</translation>
    </message>
    <message>
        <source>Access denied%1. Ask an administrator for the needed IAM permissions.</source>
        <translation>Zugriff verweigert%1. Bitten Sie einen Administrator um die nötigen IAM-Berechtigungen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was not found. It may have been deleted, or it belongs to another account or region.</source>
        <translation>%1 „%2“ wurde nicht gefunden. Möglicherweise wurde es gelöscht, oder es gehört zu einem anderen Konto oder einer anderen Region.</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Not found%1. Check the names, the domain owner and the region.</source>
        <translation>Nicht gefunden%1. Prüfen Sie die Namen, den Domain-Eigentümer und die Region.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state%1. Refresh to see what is there now.</source>
        <translation>Die Änderung steht im Konflikt mit dem aktuellen Zustand%1. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The value of %1 is not valid%2.</source>
        <translation>Der Wert von %1 ist ungültig%2.</translation>
    </message>
    <message>
        <source>The service refused the request as invalid%1.</source>
        <translation>Der Dienst hat die Anfrage als ungültig abgelehnt%1.</translation>
    </message>
    <message>
        <source>A service quota was reached%1. Delete unused resources or ask AWS for a higher quota.</source>
        <translation>Ein Service-Kontingent ist erreicht%1. Löschen Sie nicht benötigte Ressourcen oder beantragen Sie bei AWS ein höheres Kontingent.</translation>
    </message>
    <message numerus="yes">
        <source>AWS is throttling requests. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>AWS drosselt die Anfragen. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>AWS drosselt die Anfragen. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS is throttling requests. Wait a moment and try again.</source>
        <translation>AWS drosselt die Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Geheimnisse werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The connection settings are incomplete.</source>
        <translation>Die Verbindungseinstellungen sind unvollständig.</translation>
    </message>
    <message>
        <source>The session token of these credentials has expired. Refresh the credentials (or sign in again), then reload.</source>
        <translation>Das Sitzungstoken dieser Anmeldeinformationen ist abgelaufen. Erneuern Sie die Anmeldeinformationen (oder melden Sie sich erneut an) und laden Sie dann neu.</translation>
    </message>
    <message>
        <source>AWS does not recognise the access key. Check the access key ID of these credentials.</source>
        <translation>AWS erkennt den Zugriffsschlüssel nicht. Prüfen Sie die Zugriffsschlüssel-ID dieser Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>The request was signed for a region this endpoint does not serve. Choose the endpoint&apos;s region in the connection bar, or check the endpoint URL.</source>
        <translation>Die Anfrage wurde für eine Region signiert, die dieser Endpunkt nicht bedient. Wählen Sie die Region des Endpunkts in der Verbindungsleiste oder prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The endpoint expects a signature for another AWS service: it is not a CodeArtifact endpoint. Check the endpoint URL.</source>
        <translation>Der Endpunkt erwartet eine Signatur für einen anderen AWS-Dienst: Er ist kein CodeArtifact-Endpunkt. Prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The request was refused because this computer&apos;s clock is off by more than 15 minutes. Set the system clock correctly, then reload.</source>
        <translation>Die Anfrage wurde abgelehnt, weil die Uhr dieses Computers um mehr als 15 Minuten abweicht. Stellen Sie die Systemuhr richtig und laden Sie dann neu.</translation>
    </message>
    <message>
        <source>AWS refused the request signature. Check that the secret access key matches the access key ID.</source>
        <translation>AWS hat die Signatur der Anfrage abgelehnt. Prüfen Sie, ob der geheime Zugriffsschlüssel zur Zugriffsschlüssel-ID passt.</translation>
    </message>
    <message>
        <source>Could not reach the %1 endpoint %2%3. Check your network connection and the endpoint URL, then try again.</source>
        <translation>Der %1-Endpunkt %2 konnte nicht erreicht werden%3. Prüfen Sie Ihre Netzwerkverbindung und die Endpunkt-URL und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Could not reach the %1 endpoint%2. Check your network connection and the endpoint URL, then try again.</source>
        <translation>Der %1-Endpunkt konnte nicht erreicht werden%2. Prüfen Sie Ihre Netzwerkverbindung und die Endpunkt-URL und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 had an internal error%2. Try again in a moment.</source>
        <translation>%1 hatte einen internen Fehler%2. Versuchen Sie es in einem Moment erneut.</translation>
    </message>
    <message>
        <source>The endpoint sent a response that is not from %1 or could not be read%2. Check the endpoint URL or proxy.</source>
        <translation>Der Endpunkt hat eine Antwort gesendet, die nicht von %1 stammt oder nicht gelesen werden konnte%2. Prüfen Sie die Endpunkt-URL oder den Proxy.</translation>
    </message>
    <message>
        <source>this action</source>
        <translation>diese Aktion</translation>
    </message>
    <message>
        <source>Access denied: the domain belongs to account %1, and its owner&apos;s domain policy decides who may perform %2 there, not your IAM user&apos;s permissions. Ask the administrators of account %1 to allow your account in the domain&apos;s permissions policy.</source>
        <translation>Zugriff verweigert: Die Domain gehört zu Konto %1, und die Domain-Richtlinie ihres Eigentümers entscheidet, wer dort %2 ausführen darf, nicht die Berechtigungen Ihres IAM-Benutzers. Bitten Sie die Administratoren von Konto %1, Ihr Konto in der Berechtigungsrichtlinie der Domain zuzulassen.</translation>
    </message>
</context>
<context>
    <name>AwsRequestJob</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
</context>
<context>
    <name>CodeArtifactClient</name>
    <message>
        <source>No valid AWS region is set. Choose a region, or set AWS_REGION (for example us-east-1).</source>
        <translation>Es ist keine gültige AWS-Region festgelegt. Wählen Sie eine Region oder setzen Sie AWS_REGION (zum Beispiel us-east-1).</translation>
    </message>
    <message>
        <source>No AWS credentials are available. Add credentials, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Es sind keine AWS-Anmeldeinformationen verfügbar. Fügen Sie Anmeldeinformationen hinzu oder setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY.</translation>
    </message>
</context>
<context>
    <name>ConnectionBatch</name>
    <message>
        <source>Connect 1 repository to %1</source>
        <translation>1 Repository mit %1 verbinden</translation>
    </message>
    <message>
        <source>Connect %1 repositories to %2</source>
        <translation>%1 Repositorys mit %2 verbinden</translation>
    </message>
    <message>
        <source>through a store repository</source>
        <translation>über ein Speicher-Repository</translation>
    </message>
    <message>
        <source>Every repository is already connected.</source>
        <translation>Alle Repositorys sind bereits verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already connected</source>
        <translation>
            <numerusform>%n bereits verbunden</numerusform>
            <numerusform>%n bereits verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>1 repository:</source>
        <translation>1 Repository:</translation>
    </message>
    <message>
        <source>%1 repositories:</source>
        <translation>%1 Repositorys:</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Bereits verbunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ConnectionInstructions</name>
    <message>
        <source>npm (npm, pnpm, Yarn)</source>
        <translation>npm (npm, pnpm, Yarn)</translation>
    </message>
    <message>
        <source>Python (pip, twine)</source>
        <translation>Python (pip, twine)</translation>
    </message>
    <message>
        <source>Maven (Maven, Gradle)</source>
        <translation>Maven (Maven, Gradle)</translation>
    </message>
    <message>
        <source>NuGet (dotnet, nuget)</source>
        <translation>NuGet (dotnet, nuget)</translation>
    </message>
    <message>
        <source>Ruby (RubyGems, Bundler)</source>
        <translation>Ruby (RubyGems, Bundler)</translation>
    </message>
    <message>
        <source>Cargo (Rust)</source>
        <translation>Cargo (Rust)</translation>
    </message>
    <message>
        <source>Swift Package Manager</source>
        <translation>Swift Package Manager</translation>
    </message>
    <message>
        <source>Token in the environment</source>
        <translation>Token in der Umgebung</translation>
    </message>
    <message>
        <source>Run this first in the shell the tools run in. The token is valid for 12 hours; run it again when it expires.</source>
        <translation>Führen Sie dies zuerst in der Shell aus, in der die Werkzeuge laufen. Das Token ist 12 Stunden gültig; führen Sie es erneut aus, wenn es abläuft.</translation>
    </message>
    <message>
        <source>npm, pnpm and Yarn 1</source>
        <translation>npm, pnpm und Yarn 1</translation>
    </message>
    <message>
        <source>Or the project&apos;s .npmrc. npm reads the token from the environment each time it runs; the registry URL must end with a slash.</source>
        <translation>Oder die .npmrc des Projekts. npm liest das Token bei jedem Aufruf aus der Umgebung; die Registry-URL muss mit einem Schrägstrich enden.</translation>
    </message>
    <message>
        <source>Yarn 2 or later</source>
        <translation>Yarn 2 oder neuer</translation>
    </message>
    <message>
        <source>pip (pip.conf)</source>
        <translation>pip (pip.conf)</translation>
    </message>
    <message>
        <source>Writes the index URL, token included, into pip.conf (~/.config/pip/pip.conf), as aws codeartifact login does; run it again with a new token.</source>
        <translation>Schreibt die Index-URL samt Token in pip.conf (~/.config/pip/pip.conf), wie es aws codeartifact login tut; führen Sie es mit einem neuen Token erneut aus.</translation>
    </message>
    <message>
        <source>pip (this shell only)</source>
        <translation>pip (nur diese Shell)</translation>
    </message>
    <message>
        <source>The same setting through the environment: nothing is written to disk.</source>
        <translation>Dieselbe Einstellung über die Umgebung: Es wird nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>twine</source>
        <translation>twine</translation>
    </message>
    <message>
        <source>.pypirc cannot read the environment, so the password is not in it: run export TWINE_PASSWORD=&quot;$CODEARTIFACT_AUTH_TOKEN&quot;, then twine upload --repository codeartifact dist/*.</source>
        <translation>.pypirc kann die Umgebung nicht lesen, daher steht das Passwort nicht darin: Führen Sie export TWINE_PASSWORD=&quot;$CODEARTIFACT_AUTH_TOKEN&quot; aus, dann twine upload --repository codeartifact dist/*.</translation>
    </message>
    <message>
        <source>twine (environment only)</source>
        <translation>twine (nur Umgebung)</translation>
    </message>
    <message>
        <source>Maven: credentials and repository</source>
        <translation>Maven: Anmeldeinformationen und Repository</translation>
    </message>
    <message>
        <source>Merge into an existing settings.xml. The &lt;id&gt; of the server and of the repository must be the same.</source>
        <translation>In eine vorhandene settings.xml einfügen. Die &lt;id&gt; des Servers und die des Repositorys müssen gleich sein.</translation>
    </message>
    <message>
        <source>Maven: this project only</source>
        <translation>Maven: nur dieses Projekt</translation>
    </message>
    <message>
        <source>Inside &lt;project&gt;, instead of the &lt;profiles&gt; part of settings.xml; the &lt;servers&gt; part is still needed.</source>
        <translation>Innerhalb von &lt;project&gt;, statt des Teils &lt;profiles&gt; der settings.xml; der Teil &lt;servers&gt; wird weiterhin benötigt.</translation>
    </message>
    <message>
        <source>Maven: publishing (mvn deploy)</source>
        <translation>Maven: Veröffentlichen (mvn deploy)</translation>
    </message>
    <message>
        <source>Gradle (Groovy DSL)</source>
        <translation>Gradle (Groovy DSL)</translation>
    </message>
    <message>
        <source>publishing needs the maven-publish plugin. For plugins, put the same maven block in pluginManagement { repositories { } } of settings.gradle.</source>
        <translation>publishing benötigt das Plugin maven-publish. Für Plugins setzen Sie denselben maven-Block in pluginManagement { repositories { } } der settings.gradle.</translation>
    </message>
    <message>
        <source>Gradle (Kotlin DSL)</source>
        <translation>Gradle (Kotlin DSL)</translation>
    </message>
    <message>
        <source>nuget.config</source>
        <translation>nuget.config</translation>
    </message>
    <message>
        <source>The project&apos;s nuget.config, or ~/.nuget/NuGet/NuGet.Config. NuGet reads %CODEARTIFACT_AUTH_TOKEN% from the environment when it runs; the source URL must end in /v3/index.json.</source>
        <translation>Die nuget.config des Projekts oder ~/.nuget/NuGet/NuGet.Config. NuGet liest %CODEARTIFACT_AUTH_TOKEN% beim Aufruf aus der Umgebung; die Quell-URL muss auf /v3/index.json enden.</translation>
    </message>
    <message>
        <source>dotnet CLI</source>
        <translation>dotnet CLI</translation>
    </message>
    <message>
        <source>Stores the reference to the variable, not the token. Use dotnet nuget update source to change an existing source.</source>
        <translation>Speichert den Verweis auf die Variable, nicht das Token. Mit dotnet nuget update source ändern Sie eine vorhandene Quelle.</translation>
    </message>
    <message>
        <source>RubyGems (gem)</source>
        <translation>RubyGems (gem)</translation>
    </message>
    <message>
        <source>RUBYGEMS_HOST (no trailing slash) is where gem push publishes; gem reads the key from GEM_HOST_API_KEY instead of ~/.gem/credentials. Replace my_gem with the gem.</source>
        <translation>RUBYGEMS_HOST (ohne abschließenden Schrägstrich) ist das Ziel von gem push; gem liest den Schlüssel aus GEM_HOST_API_KEY statt aus ~/.gem/credentials. Ersetzen Sie my_gem durch das Gem.</translation>
    </message>
    <message>
        <source>Bundler: source</source>
        <translation>Bundler: Quelle</translation>
    </message>
    <message>
        <source>Bundler: credentials</source>
        <translation>Bundler: Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Bundler reads a host&apos;s credentials from this variable; bundle config %1 &quot;aws:$CODEARTIFACT_AUTH_TOKEN&quot; would write them to ~/.bundle/config instead.</source>
        <translation>Bundler liest die Anmeldeinformationen eines Hosts aus dieser Variablen; bundle config %1 &quot;aws:$CODEARTIFACT_AUTH_TOKEN&quot; würde sie stattdessen in ~/.bundle/config schreiben.</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Or the project&apos;s .cargo/config.toml. Cargo 1.74 or later runs the AWS CLI for a fresh token whenever it needs one, so no token is kept.</source>
        <translation>Oder die .cargo/config.toml des Projekts. Cargo ab 1.74 ruft die AWS CLI für ein neues Token auf, wann immer es eines braucht; es wird also kein Token aufbewahrt.</translation>
    </message>
    <message>
        <source>Run in the directory that holds Package.swift. swift keeps the token in the macOS Keychain, or in ~/.netrc on Linux. Add --scope NAMESPACE to set to use the repository for one scope only.</source>
        <translation>Im Verzeichnis mit Package.swift ausführen. swift bewahrt das Token im macOS-Schlüsselbund auf, unter Linux in ~/.netrc. Ergänzen Sie set um --scope NAMESPACE, um das Repository nur für einen Scope zu verwenden.</translation>
    </message>
    <message>
        <source>Or: aws codeartifact login</source>
        <translation>Oder: aws codeartifact login</translation>
    </message>
    <message>
        <source>One line per tool. The AWS CLI fetches a 12-hour token and writes it into the tool&apos;s own configuration.</source>
        <translation>Eine Zeile pro Werkzeug. Die AWS CLI holt ein 12-Stunden-Token und schreibt es in die eigene Konfiguration des Werkzeugs.</translation>
    </message>
</context>
<context>
    <name>ConnectionPlan</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>(it was already so)</source>
        <translation>(war bereits so)</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Not done:</source>
        <translation>Nicht erledigt:</translation>
    </message>
</context>
<context>
    <name>ConnectionPlanStep</name>
    <message>
        <source>Create repository %1 in domain %2</source>
        <translation>Repository %1 in Domain %2 erstellen</translation>
    </message>
    <message>
        <source>Associate %1 with repository %2</source>
        <translation>%1 dem Repository %2 zuordnen</translation>
    </message>
    <message>
        <source>Add %1 as the upstream of %2</source>
        <translation>%1 als Upstream von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 as an upstream of %2: first of %3 in its search order</source>
        <translation>%1 als Upstream von %2 hinzufügen: erster von %3 in dessen Suchreihenfolge</translation>
    </message>
    <message>
        <source>Add %1 as an upstream of %2: position %3 of %4 in its search order, after %5</source>
        <translation>%1 als Upstream von %2 hinzufügen: Position %3 von %4 in dessen Suchreihenfolge, nach %5</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>CredentialsResolver</name>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.</source>
        <translation>AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht gesetzt.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY ist gesetzt, AWS_ACCESS_KEY_ID aber nicht.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht.</translation>
    </message>
    <message>
        <source>No AWS credentials were found: no --profile, no AWS_ACCESS_KEY_ID, no AWS_PROFILE, and no [default] profile in %1 or %2.</source>
        <translation>Es wurden keine AWS-Anmeldeinformationen gefunden: kein --profile, kein AWS_ACCESS_KEY_ID, kein AWS_PROFILE und kein Profil [default] in %1 oder %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>Das Profil „%1“ steht weder in %2 noch in %3.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Profile %1 names services &quot;%2&quot;, but there is no [services %2] section.</source>
        <translation>Profil %1 nennt services „%2“, aber es gibt keinen Abschnitt [services %2].</translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation>Profil %1 (%2)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; (named by source_profile in profile %2) is in neither AWS file.</source>
        <translation>Das Profil „%1“ (von source_profile in Profil %2 genannt) steht in keiner der beiden AWS-Dateien.</translation>
    </message>
    <message>
        <source>Profile %1 cannot be used because of a malformed line: %2</source>
        <translation>Profil %1 kann wegen einer fehlerhaften Zeile nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Profile %1 uses %2, which Artifact Desk does not support. Use source_profile or credential_source = Environment, or pick another profile.</source>
        <translation>Profil %1 verwendet %2; das unterstützt Artifact Desk nicht. Verwenden Sie source_profile oder credential_source = Environment, oder wählen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>Profile %1 sets both source_profile and credential_source; set only one.</source>
        <translation>Profil %1 setzt sowohl source_profile als auch credential_source; setzen Sie nur eines davon.</translation>
    </message>
    <message>
        <source>Profile %1 takes its source credentials from the environment (credential_source = Environment): %2</source>
        <translation>Profil %1 bezieht seine Quell-Anmeldeinformationen aus der Umgebung (credential_source = Environment): %2</translation>
    </message>
    <message>
        <source>Profile %1 sets role_arn but neither source_profile nor credential_source.</source>
        <translation>Profil %1 setzt role_arn, aber weder source_profile noch credential_source.</translation>
    </message>
    <message>
        <source>Profile %1 is its own source_profile but has no access keys.</source>
        <translation>Profil %1 ist sein eigenes source_profile, hat aber keine Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>The source_profile settings form a loop: %1</source>
        <translation>Die source_profile-Einstellungen bilden eine Schleife: %1</translation>
    </message>
    <message>
        <source>Profile %1 needs STS AssumeRole, but no network is available.</source>
        <translation>Profil %1 benötigt STS AssumeRole, aber es ist kein Netzwerk verfügbar.</translation>
    </message>
    <message>
        <source>Profile %1: duration_seconds must be a number from 900 to 43200 (%2).</source>
        <translation>Profil %1: duration_seconds muss eine Zahl von 900 bis 43200 sein (%2).</translation>
    </message>
    <message>
        <source>profile %1: role %2 via %3</source>
        <translation>Profil %1: Rolle %2 über %3</translation>
    </message>
    <message>
        <source>Profile %1 uses %2, which Artifact Desk does not support yet. Sign in with the AWS CLI and export temporary keys, use credential_process, or add the keys as an Artifact Desk profile.</source>
        <translation>Profil %1 verwendet %2; das unterstützt Artifact Desk noch nicht. Melden Sie sich mit der AWS CLI an und exportieren Sie temporäre Schlüssel, verwenden Sie credential_process oder fügen Sie die Schlüssel als Artifact-Desk-Profil hinzu.</translation>
    </message>
    <message>
        <source>profile %1 (credential_process)</source>
        <translation>Profil %1 (credential_process)</translation>
    </message>
    <message>
        <source>Profile %1 sets only one of aws_access_key_id and aws_secret_access_key; %2 is missing.</source>
        <translation>Profil %1 setzt nur eines von aws_access_key_id und aws_secret_access_key; %2 fehlt.</translation>
    </message>
    <message>
        <source>Profile %1 has no credentials: no aws_access_key_id, credential_process or role_arn.</source>
        <translation>Profil %1 hat keine Anmeldeinformationen: weder aws_access_key_id noch credential_process noch role_arn.</translation>
    </message>
    <message>
        <source>The chain of source_profile settings from %1 is deeper than %2 profiles (%3 → …); Artifact Desk stops there.</source>
        <translation>Die Kette der source_profile-Einstellungen ab %1 ist tiefer als %2 Profile (%3 → …); Artifact Desk hört dort auf.</translation>
    </message>
    <message>
        <source>No AWS credentials could be used, because an AWS file could not be read: %1</source>
        <translation>Es konnten keine AWS-Anmeldeinformationen verwendet werden, weil eine AWS-Datei nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be looked up, because an AWS file could not be read: %2</source>
        <translation>Das Profil „%1“ kann nicht gesucht werden, weil eine AWS-Datei nicht gelesen werden konnte: %2</translation>
    </message>
    <message>
        <source>%1 Neither file has any profile; add one with aws configure --profile NAME.</source>
        <translation>%1 Keine der beiden Dateien enthält ein Profil; fügen Sie eines mit aws configure --profile NAME hinzu.</translation>
    </message>
    <message>
        <source>%1 The profiles there are: %2. Check the spelling.</source>
        <translation>%1 Dort vorhandene Profile: %2. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>%1 This may be because an AWS file could not be read: %2</source>
        <translation>%1 Möglicherweise liegt das daran, dass eine AWS-Datei nicht gelesen werden konnte: %2</translation>
    </message>
    <message>
        <source>An AWS file could not be read: %1</source>
        <translation>Eine AWS-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Profile %1 needs IAM Identity Center, but no network is available.</source>
        <translation>Profil %1 benötigt IAM Identity Center, aber es ist kein Netzwerk verfügbar.</translation>
    </message>
    <message>
        <source>profile %1: IAM Identity Center, role %2 in account %3</source>
        <translation>Profil %1: IAM Identity Center, Rolle %2 in Konto %3</translation>
    </message>
    <message>
        <source>profile %1: IAM Identity Center, account and role chosen after signing in</source>
        <translation>Profil %1: IAM Identity Center, Konto und Rolle werden nach der Anmeldung gewählt</translation>
    </message>
    <message>
        <source>ca_bundle of profile %1</source>
        <translation>ca_bundle von Profil %1</translation>
    </message>
    <message>
        <source>The CA bundle %1 (%2) cannot be read or holds no PEM certificate. Fix the file, or remove the setting to use the system&apos;s certificates.</source>
        <translation>Das CA-Bundle %1 (%2) kann nicht gelesen werden oder enthält kein PEM-Zertifikat. Korrigieren Sie die Datei oder entfernen Sie die Einstellung, um die Zertifikate des Systems zu verwenden.</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>The endpoint URL &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Endpunkt-URL „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL with a host name.</source>
        <translation>Sie ist keine gültige URL mit einem Hostnamen.</translation>
    </message>
    <message>
        <source>plain http is accepted only for this computer (127.0.0.1, ::1, localhost); use https.</source>
        <translation>Unverschlüsseltes http ist nur für diesen Computer zulässig (127.0.0.1, ::1, localhost); verwenden Sie https.</translation>
    </message>
    <message>
        <source>the scheme must be https (or http for this computer only).</source>
        <translation>Das Schema muss https sein (oder http, nur für diesen Computer).</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; cannot be used: it must not have a path.</source>
        <translation>Die Endpunkt-URL „%1“ kann nicht verwendet werden: Sie darf keinen Pfad enthalten.</translation>
    </message>
    <message>
        <source>No AWS region is set. Choose a region, or set AWS_REGION (for example us-east-1).</source>
        <translation>Es ist keine AWS-Region festgelegt. Wählen Sie eine Region oder setzen Sie AWS_REGION (zum Beispiel us-east-1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name (for example us-east-1).</source>
        <translation>„%1“ ist kein gültiger AWS-Regionsname (zum Beispiel us-east-1).</translation>
    </message>
</context>
<context>
    <name>ExternalConnections</name>
    <message>
        <source>JavaScript packages from the npm public registry (registry.npmjs.com).</source>
        <translation>JavaScript-Pakete aus der öffentlichen npm-Registry (registry.npmjs.com).</translation>
    </message>
    <message>
        <source>Python packages from the Python Package Index (pypi.org).</source>
        <translation>Python-Pakete aus dem Python Package Index (pypi.org).</translation>
    </message>
    <message>
        <source>Java and JVM libraries from Maven Central.</source>
        <translation>Java- und JVM-Bibliotheken aus Maven Central.</translation>
    </message>
    <message>
        <source>Android libraries from Google&apos;s Maven repository.</source>
        <translation>Android-Bibliotheken aus dem Maven-Repository von Google.</translation>
    </message>
    <message>
        <source>Gradle plugins from the Gradle Plugin Portal.</source>
        <translation>Gradle-Plugins aus dem Gradle Plugin Portal.</translation>
    </message>
    <message>
        <source>Android libraries published by CommonsWare.</source>
        <translation>Von CommonsWare veröffentlichte Android-Bibliotheken.</translation>
    </message>
    <message>
        <source>Clojure libraries from Clojars.</source>
        <translation>Clojure-Bibliotheken aus Clojars.</translation>
    </message>
    <message>
        <source>.NET packages from the NuGet Gallery (nuget.org).</source>
        <translation>.NET-Pakete aus der NuGet Gallery (nuget.org).</translation>
    </message>
    <message>
        <source>Ruby gems from RubyGems.org.</source>
        <translation>Ruby-Gems aus RubyGems.org.</translation>
    </message>
    <message>
        <source>Rust crates from crates.io.</source>
        <translation>Rust-Crates aus crates.io.</translation>
    </message>
</context>
<context>
    <name>InventoryExport</name>
    <message>
        <source>The inventory could not be written to stdout.</source>
        <translation>Das Inventar konnte nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The inventory could not be listed: %1</source>
        <translation>Das Inventar konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available: %1.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>The system keychain is not available (simulated).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (simuliert).</translation>
    </message>
</context>
<context>
    <name>PackageFlowGraph</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>These repositories search each other in a ring: %1. A request for a package they do not have goes round it.</source>
        <translation>Diese Repositorys durchsuchen einander im Kreis: %1. Eine Anfrage nach einem Paket, das sie nicht haben, läuft darin im Kreis.</translation>
    </message>
    <message>
        <source>%1 searches %2 (upstream %3), which no longer exists in this domain.</source>
        <translation>%1 durchsucht %2 (Upstream %3), das in dieser Domain nicht mehr existiert.</translation>
    </message>
    <message>
        <source>%1 and %2 both connect to %3 (%4): the domain keeps two copies of its packages, and which one a repository gets depends on its upstreams.</source>
        <translation>%1 und %2 sind beide mit %3 (%4) verbunden: Die Domain hält zwei Kopien der Pakete, und welche ein Repository erhält, hängt von seinen Upstream-Repositorys ab.</translation>
    </message>
    <message>
        <source>%1 all connect to %2 (%3): the domain keeps %4 copies of its packages, and which one a repository gets depends on its upstreams.</source>
        <translation>%1 sind alle mit %2 (%3) verbunden: Die Domain hält %4 Kopien der Pakete, und welche ein Repository erhält, hängt von seinen Upstream-Repositorys ab.</translation>
    </message>
    <message>
        <source>%1 has an external connection to %2 and also upstreams (%3): CodeArtifact treats these as alternatives; keep the connection on a store of its own, without upstreams.</source>
        <translation>%1 hat eine externe Verbindung zu %2 und zugleich Upstream-Repositorys (%3): CodeArtifact behandelt beides als Alternativen; legen Sie die Verbindung auf ein eigenes Speicher-Repository ohne Upstream-Repositorys.</translation>
    </message>
    <message>
        <source>%1 reaches no public registry, although 1 other repository in this domain does: packages not published to it cannot be installed through it.</source>
        <translation>%1 erreicht keine öffentliche Registry, obwohl 1 anderes Repository in dieser Domain eine erreicht: Pakete, die nicht darin veröffentlicht wurden, lassen sich darüber nicht installieren.</translation>
    </message>
    <message>
        <source>%1 reaches no public registry, although %2 other repositories in this domain do: packages not published to it cannot be installed through it.</source>
        <translation>%1 erreicht keine öffentliche Registry, obwohl %2 andere Repositorys in dieser Domain eine erreichen: Pakete, die nicht darin veröffentlicht wurden, lassen sich darüber nicht installieren.</translation>
    </message>
</context>
<context>
    <name>PaginatedJobs</name>
    <message numerus="yes">
        <source>the service returned a page token it had already returned; the listing was stopped after %n pages so that it does not go round in circles</source>
        <translation>
            <numerusform>der Dienst hat ein Seitentoken zurückgegeben, das er bereits zurückgegeben hatte; das Auflisten wurde nach %n Seite angehalten, damit es sich nicht im Kreis dreht</numerusform>
            <numerusform>der Dienst hat ein Seitentoken zurückgegeben, das er bereits zurückgegeben hatte; das Auflisten wurde nach %n Seiten angehalten, damit es sich nicht im Kreis dreht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the listing was stopped after %n pages</source>
        <translation>
            <numerusform>das Auflisten wurde nach %n Seite angehalten</numerusform>
            <numerusform>das Auflisten wurde nach %n Seiten angehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>The policy is empty.</source>
        <translation>Die Richtlinie ist leer.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>A policy is a JSON object: { &quot;Version&quot;: ..., &quot;Statement&quot;: [...] }.</source>
        <translation>Eine Richtlinie ist ein JSON-Objekt: { &quot;Version&quot;: ..., &quot;Statement&quot;: [...] }.</translation>
    </message>
    <message>
        <source>The policy has no &quot;Version&quot; (use &quot;2012-10-17&quot;).</source>
        <translation>Der Richtlinie fehlt &quot;Version&quot; (verwenden Sie &quot;2012-10-17&quot;).</translation>
    </message>
    <message>
        <source>The policy has no &quot;Statement&quot;: add at least one.</source>
        <translation>Der Richtlinie fehlt &quot;Statement&quot;: Fügen Sie mindestens eine Anweisung hinzu.</translation>
    </message>
    <message>
        <source>Statement %1 is not a JSON object.</source>
        <translation>Anweisung %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Statement %1: &quot;Effect&quot; must be &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>Anweisung %1: &quot;Effect&quot; muss &quot;Allow&quot; oder &quot;Deny&quot; sein.</translation>
    </message>
    <message>
        <source>Statement %1 has no &quot;Principal&quot;: a resource policy says whom it applies to.</source>
        <translation>Anweisung %1 hat kein &quot;Principal&quot;: Eine Ressourcenrichtlinie gibt an, für wen sie gilt.</translation>
    </message>
    <message>
        <source>Statement %1 has no &quot;Action&quot;.</source>
        <translation>Anweisung %1 hat kein &quot;Action&quot;.</translation>
    </message>
    <message>
        <source>The policy has %1 characters; CodeArtifact takes at most %2.</source>
        <translation>Die Richtlinie hat %1 Zeichen; CodeArtifact akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The policy contains control characters CodeArtifact does not accept.</source>
        <translation>Die Richtlinie enthält Steuerzeichen, die CodeArtifact nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Valid policy with one statement.</source>
        <translation>Gültige Richtlinie mit einer Anweisung.</translation>
    </message>
    <message>
        <source>Valid policy with %1 statements.</source>
        <translation>Gültige Richtlinie mit %1 Anweisungen.</translation>
    </message>
</context>
<context>
    <name>PolicyTemplates</name>
    <message>
        <source>Let an account read this repository</source>
        <translation>Einem Konto das Lesen dieses Repositorys erlauben</translation>
    </message>
    <message>
        <source>Lets the account list, describe and download packages. Package managers also need codeartifact:GetAuthorizationToken from the domain&apos;s policy.</source>
        <translation>Erlaubt dem Konto, Pakete aufzulisten, zu beschreiben und herunterzuladen. Paketmanager brauchen außerdem codeartifact:GetAuthorizationToken aus der Richtlinie der Domain.</translation>
    </message>
    <message>
        <source>Let an account use this domain&apos;s repositories as upstreams</source>
        <translation>Einem Konto erlauben, die Repositorys dieser Domain als Upstreams zu verwenden</translation>
    </message>
    <message>
        <source>Lets the account create repositories in this domain (they can use its repositories as upstreams), list them and get authorization tokens.</source>
        <translation>Erlaubt dem Konto, Repositorys in dieser Domain zu erstellen (diese können die Repositorys der Domain als Upstreams verwenden), sie aufzulisten und Autorisierungstoken abzurufen.</translation>
    </message>
    <message>
        <source>Let an account get authorization tokens for this domain</source>
        <translation>Einem Konto erlauben, Autorisierungstoken für diese Domain abzurufen</translation>
    </message>
    <message>
        <source>Needed to read packages from any repository of another account&apos;s domain; each repository&apos;s policy still says what may be read.</source>
        <translation>Nötig, um Pakete aus einem beliebigen Repository der Domain eines anderen Kontos zu lesen; was gelesen werden darf, bestimmt weiterhin die Richtlinie des jeweiligen Repositorys.</translation>
    </message>
    <message>
        <source>Enter the 12-digit ID of the account to allow.</source>
        <translation>Geben Sie die 12-stellige ID des Kontos ein, das zugelassen werden soll.</translation>
    </message>
    <message>
        <source>The policy in the editor is not valid JSON; correct it (or clear it) before adding a template.</source>
        <translation>Die Richtlinie im Editor ist kein gültiges JSON; korrigieren (oder leeren) Sie sie, bevor Sie eine Vorlage hinzufügen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>RefreshingCredentialsProvider</name>
    <message>
        <source>%1 returned credentials that have already expired (Expiration %2).</source>
        <translation>%1 hat Anmeldedaten geliefert, die bereits abgelaufen sind (Expiration %2).</translation>
    </message>
</context>
<context>
    <name>SecretStoreJob</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>SharedConfig</name>
    <message>
        <source>AWS config and credentials files</source>
        <translation>AWS-Konfigurations- und -Anmeldeinformationsdateien</translation>
    </message>
    <message>
        <source>AWS credentials file</source>
        <translation>AWS-Anmeldeinformationsdatei</translation>
    </message>
    <message>
        <source>AWS config file</source>
        <translation>AWS-Konfigurationsdatei</translation>
    </message>
</context>
<context>
    <name>SharedConfigFile</name>
    <message>
        <source>more problems follow; only the first %1 are listed</source>
        <translation>es folgen weitere Probleme; nur die ersten %1 sind aufgeführt</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text</source>
        <translation>diese Zeile ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>this line contains control characters; is this a text file?</source>
        <translation>diese Zeile enthält Steuerzeichen; ist das eine Textdatei?</translation>
    </message>
    <message>
        <source>expected &quot;name = value&quot; inside &quot;%1&quot;</source>
        <translation>„name = value“ erwartet in „%1“</translation>
    </message>
    <message>
        <source>a section header is missing its closing &quot;]&quot;</source>
        <translation>einem Abschnittskopf fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>a section header has no name</source>
        <translation>ein Abschnittskopf hat keinen Namen</translation>
    </message>
    <message>
        <source>text after the section header is ignored</source>
        <translation>Text nach dem Abschnittskopf wird ignoriert</translation>
    </message>
    <message>
        <source>expected &quot;[section]&quot; or &quot;name = value&quot;</source>
        <translation>„[section]“ oder „name = value“ erwartet</translation>
    </message>
    <message>
        <source>a setting has no name</source>
        <translation>eine Einstellung hat keinen Namen</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; comes before the first [section]</source>
        <translation>die Einstellung „%1“ steht vor dem ersten [section]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set again in [%2]; the value on this line is used</source>
        <translation>„%1“ wird in [%2] erneut gesetzt; der Wert in dieser Zeile gilt</translation>
    </message>
    <message>
        <source>in a credentials file a profile is written [NAME]; this one is named &quot;%1&quot;</source>
        <translation>in einer Anmeldeinformationsdatei wird ein Profil [NAME] geschrieben; dieses heißt „%1“</translation>
    </message>
    <message>
        <source>[%1] is ignored: in a config file profiles are written [profile %1]</source>
        <translation>[%1] wird ignoriert: In einer Konfigurationsdatei werden Profile [profile %1] geschrieben</translation>
    </message>
    <message>
        <source>a profile has no name</source>
        <translation>ein Profil hat keinen Namen</translation>
    </message>
    <message>
        <source>both [default] and [profile default] exist; [profile default] is used</source>
        <translation>[default] und [profile default] sind beide vorhanden; [profile default] wird verwendet</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; appears more than once; its settings are merged</source>
        <translation>das Profil „%1“ kommt mehrfach vor; seine Einstellungen werden zusammengeführt</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a special file-system entry</source>
        <translation>ein spezieller Dateisystemeintrag</translation>
    </message>
    <message>
        <source>is %1, not a file, so it is not read. Replace it with a text file, or remove it.</source>
        <translation>ist %1, keine Datei, und wird daher nicht gelesen. Ersetzen Sie den Eintrag durch eine Textdatei oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>is %1 MB; files larger than %2 MB are not read. Is this the right file?</source>
        <translation>ist %1 MB groß; Dateien über %2 MB werden nicht gelesen. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>cannot be read (%1). Check that it exists and that you may read it.</source>
        <translation>kann nicht gelesen werden (%1). Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>cannot be read (%1). Make sure your user may read it, for example with chmod 600 on it.</source>
        <translation>kann nicht gelesen werden (%1). Stellen Sie sicher, dass Ihr Benutzer sie lesen darf, zum Beispiel mit chmod 600 auf die Datei.</translation>
    </message>
    <message>
        <source>cannot be read (%1).</source>
        <translation>kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>cannot be read (%1). Make sure your user may read it.</source>
        <translation>kann nicht gelesen werden (%1). Stellen Sie sicher, dass Ihr Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>is larger than %1 MB; larger files are not read. Is this the right file?</source>
        <translation>ist größer als %1 MB; größere Dateien werden nicht gelesen. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>is UTF-16 text; save it as UTF-8 (in your editor, or with iconv -f UTF-16 -t UTF-8). Nothing in it is read until then.</source>
        <translation>ist UTF-16-Text; speichern Sie die Datei als UTF-8 (in Ihrem Editor oder mit iconv -f UTF-16 -t UTF-8). Bis dahin wird nichts daraus gelesen.</translation>
    </message>
    <message>
        <source>the file contains a NUL byte (first on this line), so it is not a text file and nothing in it is read. Check that this is the right file; it must be UTF-8 text.</source>
        <translation>die Datei enthält ein NUL-Byte (das erste in dieser Zeile), ist also keine Textdatei, und nichts darin wird gelesen. Prüfen Sie, ob dies die richtige Datei ist; sie muss UTF-8-Text sein.</translation>
    </message>
</context>
<context>
    <name>SsoSettings</name>
    <message>
        <source>the IAM Identity Center sign-in of profile %1</source>
        <translation>IAM Identity Center (Anmeldung von Profil %1)</translation>
    </message>
    <message>
        <source>the IAM Identity Center session %1</source>
        <translation>IAM Identity Center (Sitzung %1)</translation>
    </message>
    <message>
        <source>Profile %1 uses sso_session = %2, but %3 has no [sso-session %2] section.</source>
        <translation>Profil %1 verwendet sso_session = %2, aber %3 hat keinen Abschnitt [sso-session %2].</translation>
    </message>
    <message>
        <source>The [sso-session %1] section has a malformed line; fix it in %2.</source>
        <translation>Der Abschnitt [sso-session %1] enthält eine fehlerhafte Zeile; korrigieren Sie sie in %2.</translation>
    </message>
    <message>
        <source>The [sso-session %1] section (used by profile %2) is missing %3.</source>
        <translation>Im Abschnitt [sso-session %1] (von Profil %2 verwendet) fehlt: %3.</translation>
    </message>
    <message>
        <source>Profile %1 sets sso_start_url %2, but its session %3 says %4; remove one.</source>
        <translation>Profil %1 setzt sso_start_url %2, aber seine Sitzung %3 nennt %4; entfernen Sie eine der Angaben.</translation>
    </message>
    <message>
        <source>Profile %1 sets sso_region %2, but its session %3 says %4; remove one.</source>
        <translation>Profil %1 setzt sso_region %2, aber seine Sitzung %3 nennt %4; entfernen Sie eine der Angaben.</translation>
    </message>
    <message>
        <source>Profile %1 uses IAM Identity Center without sso_session but is missing %2. Add them, or use an [sso-session] section as `aws configure sso` writes it.</source>
        <translation>Profil %1 verwendet IAM Identity Center ohne sso_session, aber es fehlt: %2. Ergänzen Sie diese Einstellungen oder verwenden Sie einen Abschnitt [sso-session], wie ihn `aws configure sso` schreibt.</translation>
    </message>
    <message>
        <source>Profile %1: sso_region &quot;%2&quot; is not a valid AWS region name.</source>
        <translation>Profil %1: sso_region „%2“ ist kein gültiger AWS-Regionsname.</translation>
    </message>
    <message>
        <source>Profile %1 sets only one of sso_account_id and sso_role_name; set both, or neither to choose the account and role after signing in.</source>
        <translation>Profil %1 setzt nur eines von sso_account_id und sso_role_name; setzen Sie beide oder keines, um Konto und Rolle nach der Anmeldung zu wählen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits and . _ - @ + (at most 64).</source>
        <translation>„%1“ kann kein Profilname sein: Verwenden Sie Buchstaben, Ziffern und . _ - @ + (höchstens 64).</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the profile was not saved.</source>
        <translation>%1 ist keine reguläre Datei; das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the profile was not saved.</source>
        <translation>%1 kann nicht gelesen werden (%2); das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 already has a profile named %2; choose another name.</source>
        <translation>%1 enthält bereits ein Profil namens %2; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); it was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden (%2); die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 is too large to be an AWS config file; the profile was not saved.</source>
        <translation>%1 ist zu groß für eine AWS-Konfigurationsdatei; das Profil wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SsoTokenCache</name>
    <message>
        <source>The IAM Identity Center token cache %1 cannot be read: %2.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The IAM Identity Center token cache %1 is not a regular file.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The IAM Identity Center token cache %1 is %2 KB, too large to be a token.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center ist %2 KB groß, zu groß für ein Token.</translation>
    </message>
    <message>
        <source>The IAM Identity Center token cache %1 is not a JSON object; sign in again to replace it.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center ist kein JSON-Objekt; melden Sie sich erneut an, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>The IAM Identity Center token cache %1 has no accessToken or expiresAt; sign in again to replace it.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center hat kein accessToken oder expiresAt; melden Sie sich erneut an, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>The IAM Identity Center token cache %1 has an expiresAt that is not a date.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center hat ein expiresAt, das kein Datum ist.</translation>
    </message>
    <message>
        <source>The IAM Identity Center token cache %1 cannot be written: %2.</source>
        <translation>Der Token-Cache %1 von IAM Identity Center kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>The CodeArtifact endpoint, as in the AWS CLI (STS keeps its own).</source>
        <translation>Der CodeArtifact-Endpunkt, wie in der AWS CLI (STS behält seinen eigenen).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The AWS region, e.g. us-east-1.</source>
        <translation>Die AWS-Region, z. B. us-east-1.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>The credential profile to use: one from ~/.aws/config or ~/.aws/credentials, or one added in Artifact Desk.</source>
        <translation>Das zu verwendende Anmeldeprofil: eines aus ~/.aws/config oder ~/.aws/credentials oder ein in Artifact Desk hinzugefügtes.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>Start the built-in CodeArtifact sandbox (demo content, loopback only) and connect to it.</source>
        <translation>Die eingebaute CodeArtifact-Sandbox starten (Demo-Inhalte, nur Loopback) und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Load the inventory, select the first repository, save a PNG of the window to FILE and exit (exit code 1 when a CodeArtifact request failed).</source>
        <translation>Das Inventar laden, das erste Repository auswählen, ein PNG des Fensters in DATEI speichern und beenden (Exit-Code 1, wenn eine CodeArtifact-Anfrage fehlgeschlagen ist).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted window, then exit.</source>
        <translation>Die Zeit vom Start bis zum ersten gezeichneten Fenster ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1
Run artifact-desk --help for the options.</source>
        <translation>%1
artifact-desk --help zeigt die Optionen.</translation>
    </message>
    <message>
        <source>There is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start Artifact Desk from a desktop session, or use --screenshot FILE to save a picture of the window without one.</source>
        <translation>Es gibt keinen Bildschirm, auf dem ein Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Starten Sie Artifact Desk aus einer Desktop-Sitzung oder speichern Sie mit --screenshot DATEI ein Bild des Fensters ohne Bildschirm.</translation>
    </message>
    <message>
        <source>Show the window in LANGUAGE (%1; pseudo: every text longer and accented, for testing layouts) instead of the system&apos;s language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>Das Fenster in SPRACHE anzeigen (%1; pseudo: jeder Text länger und mit Akzenten, zum Testen von Layouts) statt in der Sprache des Systems (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Open the window at this size in pixels, e.g. 1024x700 (also for --screenshot).</source>
        <translation>Das Fenster in dieser Größe in Pixeln öffnen, z. B. 1024x700 (auch für --screenshot).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>--window-size needs WIDTHxHEIGHT in pixels, from %1x%2 to %3x%4, e.g. 1024x700.</source>
        <translation>--window-size braucht BREITExHÖHE in Pixeln, von %1x%2 bis %3x%4, z. B. 1024x700.</translation>
    </message>
    <message>
        <source>Artifact Desk: browse AWS CodeArtifact domains and repositories and manage their external connections.

Credentials are found as the AWS CLI finds them: --profile, then AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, then AWS_PROFILE, then the profile used last time, [default] in ~/.aws/credentials and ~/.aws/config, then the profiles added in Artifact Desk (their secrets are in the OS keychain). The region comes from --region, AWS_REGION, AWS_DEFAULT_REGION or the profile; the endpoint from --endpoint-url, AWS_ENDPOINT_URL_CODEARTIFACT, AWS_ENDPOINT_URL or the profile.

--help, --version, --screenshot and --export-inventory need no display.</source>
        <translation>Artifact Desk: AWS-CodeArtifact-Domains und -Repositorys durchsuchen und ihre externen Verbindungen verwalten.

Anmeldeinformationen werden so gefunden, wie die AWS CLI sie findet: --profile, dann AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY und AWS_SESSION_TOKEN, dann AWS_PROFILE, dann das zuletzt verwendete Profil, [default] in ~/.aws/credentials und ~/.aws/config, dann die in Artifact Desk hinzugefügten Profile (ihre Geheimnisse liegen im Schlüsselbund des Betriebssystems). Die Region kommt aus --region, AWS_REGION, AWS_DEFAULT_REGION oder dem Profil; der Endpunkt aus --endpoint-url, AWS_ENDPOINT_URL_CODEARTIFACT, AWS_ENDPOINT_URL oder dem Profil.

--help, --version, --screenshot und --export-inventory brauchen keinen Bildschirm.</translation>
    </message>
    <message>
        <source>Describe every repository the credentials reach and write them to FILE (.json or .csv; - writes JSON to stdout), then exit: 0 when everything was read, 1 when anything failed (the rest is still written), 2 for a wrong command line.</source>
        <translation>Jedes Repository beschreiben, das die Anmeldeinformationen erreichen, und alle in DATEI schreiben (.json oder .csv; - schreibt JSON auf die Standardausgabe), dann beenden: 0, wenn alles gelesen wurde, 1, wenn etwas fehlschlug (der Rest wird trotzdem geschrieben), 2 bei einer falschen Befehlszeile.</translation>
    </message>
    <message>
        <source>--export-inventory needs a file name ending in .json or .csv, or - for JSON on stdout.</source>
        <translation>--export-inventory braucht einen Dateinamen, der auf .json oder .csv endet, oder - für JSON auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>--export-inventory and --screenshot cannot be used together.</source>
        <translation>--export-inventory und --screenshot können nicht zusammen verwendet werden.</translation>
    </message>
</context>
<context>
    <name>StaticCredentialsProvider</name>
    <message>
        <source>static credentials</source>
        <translation>feste Anmeldeinformationen</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The pseudo-locale is not built in.</source>
        <translation>Die Pseudo-Sprache ist nicht eingebaut.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; the languages are: %2.</source>
        <translation>Für „%1“ gibt es keine Übersetzung; die Sprachen sind: %2.</translation>
    </message>
</context>
<context>
    <name>desk::ActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>IAM action: %1</source>
        <translation>IAM-Aktion: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>IAM action</source>
        <translation>IAM-Aktion</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>desk::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Activity Panel</source>
        <translation>&amp;Aktivitätsbereich</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Secrets are never recorded: no keys, tokens, signatures or bodies.</source>
        <translation>Geheimnisse werden nie aufgezeichnet: keine Schlüssel, Tokens, Signaturen oder Inhalte.</translation>
    </message>
    <message>
        <source>No requests yet. Every request Artifact Desk sends will be listed here.</source>
        <translation>Noch keine Anfragen. Jede Anfrage, die Artifact Desk sendet, wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Filter requests (target, status, request ID, error…)</source>
        <translation>Anfragen filtern (Ziel, Status, Anfrage-ID, Fehler…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded and failed</source>
        <translation>Erfolgreiche und fehlgeschlagene</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Select a request to see all that was recorded of it.</source>
        <translation>Wählen Sie eine Anfrage, um alles zu sehen, was von ihr aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Copy the selected requests (all shown when none is selected) as text</source>
        <translation>Die ausgewählten Anfragen (alle angezeigten, wenn keine ausgewählt ist) als Text kopieren</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Operationen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation>1 Anfrage läuft</translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation>%1 Anfragen laufen</translation>
    </message>
</context>
<context>
    <name>desk::AppProfileStore</name>
    <message>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <source>A profile name has 1 to 64 letters, digits and the characters _ . @ + -.</source>
        <translation>Ein Profilname besteht aus 1 bis 64 Buchstaben, Ziffern und den Zeichen _ . @ + -.</translation>
    </message>
    <message>
        <source>No keychain is configured.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>The keychain refused the secret. %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis abgelehnt. %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be removed. %1</source>
        <translation>Der Schlüsselbundeintrag konnte nicht entfernt werden. %1</translation>
    </message>
    <message>
        <source>The keychain holds no secret for profile %1. Edit the profile and enter its secret access key again.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für Profil %1. Bearbeiten Sie das Profil und geben Sie seinen geheimen Zugriffsschlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The secret of profile %1 could not be read. %2</source>
        <translation>Das Geheimnis von Profil %1 konnte nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>Enter an access key ID.</source>
        <translation>Geben Sie eine Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>Ein Profil namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <source>Artifact Desk profile %1</source>
        <translation>Artifact-Desk-Profil %1</translation>
    </message>
    <message>
        <source>Profile %1 was removed, but the keychain is not available, so its keychain entries could not be deleted.</source>
        <translation>Profil %1 wurde entfernt, aber der Schlüsselbund ist nicht verfügbar; seine Schlüsselbundeinträge konnten daher nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The secret of profile %1 could not be read: the system keychain is not available (%2). Start the keychain (for example, log in to the desktop session) or enter the secret again in Credentials; without a keychain it is kept for this session only.</source>
        <translation>Das Geheimnis von Profil %1 konnte nicht gelesen werden: Der Schlüsselbund des Systems ist nicht verfügbar (%2). Starten Sie den Schlüsselbund (zum Beispiel durch Anmelden an der Desktop-Sitzung) oder geben Sie das Geheimnis unter Anmeldeinformationen erneut ein; ohne Schlüsselbund wird es nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>desk::AssumeRoleJob</name>
    <message>
        <source>No role ARN is set.</source>
        <translation>Es ist kein Rollen-ARN festgelegt.</translation>
    </message>
    <message>
        <source>A role session name has 2 to 64 characters.</source>
        <translation>Ein Rollensitzungsname hat 2 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>duration_seconds must be between 900 and 43200.</source>
        <translation>duration_seconds muss zwischen 900 und 43200 liegen.</translation>
    </message>
    <message>
        <source>An MFA code is needed for this role.</source>
        <translation>Für diese Rolle wird ein MFA-Code benötigt.</translation>
    </message>
    <message>
        <source>the AssumeRole response could not be read%1</source>
        <translation>die AssumeRole-Antwort konnte nicht gelesen werden%1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
</context>
<context>
    <name>desk::AssumeRoleProvider</name>
    <message>
        <source>role %1 of profile %2</source>
        <translation>Rolle %1 von Profil %2</translation>
    </message>
    <message>
        <source>The source profile of profile %1 has no credentials to assume %2 with.</source>
        <translation>Das Quellprofil von Profil %1 hat keine Anmeldeinformationen, mit denen %2 übernommen werden kann.</translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code (mfa_serial), but nothing can ask for it.</source>
        <translation>Profil %1 benötigt einen MFA-Code (mfa_serial), aber nichts kann danach fragen.</translation>
    </message>
    <message>
        <source>No MFA code was entered for profile %1.</source>
        <translation>Für Profil %1 wurde kein MFA-Code eingegeben.</translation>
    </message>
    <message>
        <source>Assuming %1 for profile %2 failed: %3</source>
        <translation>Die Übernahme von %1 für Profil %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Profile %1 needs an MFA code (mfa_serial), and %2</source>
        <translation>Profil %1 benötigt einen MFA-Code (mfa_serial), und %2</translation>
    </message>
</context>
<context>
    <name>desk::AwsJob</name>
    <message>
        <source>The job has no client.</source>
        <translation>Der Auftrag hat keinen Client.</translation>
    </message>
</context>
<context>
    <name>desk::AwsRequestJob</name>
    <message>
        <source>The response is larger than %1 MiB.</source>
        <translation>Die Antwort ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1) to %2; signed requests are not redirected.</source>
        <translation>Der Endpunkt hat mit einer Umleitung (HTTP %1) nach %2 geantwortet; signierte Anfragen werden nicht umgeleitet.</translation>
    </message>
    <message>
        <source>No response within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>the response is not a JSON object: %1 at offset %2</source>
        <translation>die Antwort ist kein JSON-Objekt: %1 an Position %2</translation>
    </message>
    <message>
        <source>the response is not a JSON object: %1 at offset %2; it begins &quot;%3&quot;</source>
        <translation>die Antwort ist kein JSON-Objekt: %1 an Position %2; sie beginnt mit „%3“</translation>
    </message>
    <message>
        <source>the response has no &quot;%1&quot; object</source>
        <translation>die Antwort hat kein Objekt „%1“</translation>
    </message>
</context>
<context>
    <name>desk::BackgroundDescribeStatus</name>
    <message>
        <source>&amp;Describe All Repositories</source>
        <translation>Alle Repositorys &amp;beschreiben</translation>
    </message>
    <message>
        <source>Read every repository&apos;s upstreams and external connections now, as fast as the service allows</source>
        <translation>Upstream-Repositorys und externe Verbindungen aller Repositorys jetzt lesen, so schnell der Dienst es erlaubt</translation>
    </message>
    <message>
        <source>&amp;Background Describing</source>
        <translation>Beschreiben im &amp;Hintergrund</translation>
    </message>
    <message>
        <source>At Most %1 Requests a Second</source>
        <translation>Höchstens %1 Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The account&apos;s API quota is shared with your pipelines: describe in the background at this rate at most, slower when the service throttles</source>
        <translation>Das API-Kontingent des Kontos wird mit Ihren Pipelines geteilt: im Hintergrund höchstens mit dieser Rate beschreiben, langsamer, wenn der Dienst drosselt</translation>
    </message>
    <message>
        <source>Describe only the selected repository, and everything on Describe All</source>
        <translation>Nur das ausgewählte Repository beschreiben, und alles bei „Alle beschreiben“</translation>
    </message>
    <message>
        <source>Describing all repositories: %1 of %2 known</source>
        <translation>Alle Repositorys werden beschrieben: %1 von %2 bekannt</translation>
    </message>
    <message>
        <source>Describing the repositories on screen: %1 of %2 known</source>
        <translation>Sichtbare Repositorys werden beschrieben: %1 von %2 bekannt</translation>
    </message>
    <message>
        <source>Describing repositories in the background: %1 of %2 known</source>
        <translation>Repositorys werden im Hintergrund beschrieben: %1 von %2 bekannt</translation>
    </message>
    <message>
        <source>%1 repositories: only the ones on screen are described.</source>
        <translation>%1 Repositorys: Nur die sichtbaren werden beschrieben.</translation>
    </message>
    <message>
        <source>1 repository could not be read.</source>
        <translation>1 Repository konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 repositories could not be read.</source>
        <translation>%1 Repositorys konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Describe all</source>
        <translation>Alle beschreiben</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmDeleteDialog</name>
    <message>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eingeben</translation>
    </message>
</context>
<context>
    <name>desk::ConnectBatchAction</name>
    <message>
        <source>Connect &amp;Selected Repositories…</source>
        <translation>&amp;Ausgewählte Repositorys verbinden…</translation>
    </message>
    <message>
        <source>Connect every selected repository (or every repository of a selected domain) to one public registry (Ctrl+Alt+E)</source>
        <translation>Jedes ausgewählte Repository (oder jedes Repository einer ausgewählten Domain) mit einer öffentlichen Registry verbinden (Strg+Alt+E)</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionBar</name>
    <message>
        <source>No credentials</source>
        <translation>Keine Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Where the AWS credentials come from</source>
        <translation>Woher die AWS-Anmeldeinformationen kommen</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The AWS region; pick one CodeArtifact runs in, or type another</source>
        <translation>Die AWS-Region; wählen Sie eine, in der CodeArtifact läuft, oder geben Sie eine andere ein</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>“%1” is not a region name (for example us-east-1).</source>
        <translation>„%1“ ist kein Regionsname (zum Beispiel us-east-1).</translation>
    </message>
    <message>
        <source>%1 is not a region CodeArtifact runs in (as far as this version knows). Requests go to codeartifact.%1.amazonaws.com; the regions are %2.</source>
        <translation>%1 ist keine Region, in der CodeArtifact läuft (soweit diese Version es weiß). Anfragen gehen an codeartifact.%1.amazonaws.com; die Regionen sind %2.</translation>
    </message>
    <message>
        <source>%1 is not a CodeArtifact region</source>
        <translation>%1 ist keine CodeArtifact-Region</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Gesetzt durch %1</translation>
    </message>
    <message>
        <source>Checking identity…</source>
        <translation>Identität wird geprüft…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Identity unknown: %1</source>
        <translation>Identität unbekannt: %1</translation>
    </message>
    <message>
        <source>Identity unknown</source>
        <translation>Identität unbekannt</translation>
    </message>
    <message>
        <source>STS GetCallerIdentity failed: %1</source>
        <translation>STS GetCallerIdentity ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1
Set by %2</source>
        <translation>Endpunkt: %1
Gesetzt durch %2</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionBatchDialog</name>
    <message>
        <source>Connect Repositories to a Public Registry</source>
        <translation>Repositorys mit einer öffentlichen Registry verbinden</translation>
    </message>
    <message>
        <source>Public registry</source>
        <translation>Öffentliche Registry</translation>
    </message>
    <message>
        <source>Choose a public registry</source>
        <translation>Öffentliche Registry wählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Through a &amp;store repository in each domain (AWS&apos;s recommended layout)</source>
        <translation>Über ein &amp;Speicher-Repository in jeder Domain (von AWS empfohlener Aufbau)</translation>
    </message>
    <message>
        <source>A domain&apos;s repository that has the registry becomes an upstream of each selected repository, last in its search order; a domain without one gets a new store repository first</source>
        <translation>Das Repository der Domain, das die Registry hat, wird zum Upstream jedes ausgewählten Repositorys, zuletzt in dessen Suchreihenfolge; eine Domain ohne ein solches erhält zuerst ein neues Speicher-Repository</translation>
    </message>
    <message>
        <source>&amp;Directly on each repository</source>
        <translation>&amp;Direkt an jedem Repository</translation>
    </message>
    <message>
        <source>Associate the registry with each repository itself (the service may refuse it for a repository that has upstreams)</source>
        <translation>Die Registry jedem Repository selbst zuordnen (bei einem Repository mit Upstreams kann der Dienst das ablehnen)</translation>
    </message>
    <message>
        <source>Name of a new store repository</source>
        <translation>Name eines neuen Speicher-Repositorys</translation>
    </message>
    <message>
        <source>For a domain where no repository has the registry yet. Empty: the name the AWS Console gives it (npm-store, pypi-store ...), or the first free one</source>
        <translation>Für eine Domain, in der noch kein Repository die Registry hat. Leer: der Name, den die AWS Console vergibt (npm-store, pypi-store ...), oder der erste freie</translation>
    </message>
    <message>
        <source>Public &amp;registry:</source>
        <translation>Öffentliche &amp;Registry:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>New store &amp;name:</source>
        <translation>&amp;Name des neuen Speichers:</translation>
    </message>
    <message>
        <source>Repositories of the batch and their results</source>
        <translation>Repositorys des Vorgangs und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the repositories not done yet; a request already sent may still take effect</source>
        <translation>Die noch nicht erledigten Repositorys anhalten; eine bereits gesendete Anfrage kann trotzdem noch wirksam werden</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Run the failed and cancelled repositories again; each is read first, so what was done already is left as it is</source>
        <translation>Die fehlgeschlagenen und abgebrochenen Repositorys erneut ausführen; jedes wird zuerst gelesen, sodass bereits Erledigtes unverändert bleibt</translation>
    </message>
    <message>
        <source>Copy as AWS &amp;CLI</source>
        <translation>Als AWS-&amp;CLI kopieren</translation>
    </message>
    <message>
        <source>in domain %1</source>
        <translation>in Domain %1</translation>
    </message>
    <message>
        <source>in %1 domains (%2)</source>
        <translation>in %1 Domains (%2)</translation>
    </message>
    <message>
        <source>Connect 1 repository %1 to a public registry.</source>
        <translation>1 Repository %1 mit einer öffentlichen Registry verbinden.</translation>
    </message>
    <message>
        <source>Connect %1 repositories %2 to a public registry.</source>
        <translation>%1 Repositorys %2 mit einer öffentlichen Registry verbinden.</translation>
    </message>
    <message>
        <source>Nothing is sent before you press Connect. Every repository is read before it is changed: one that is already connected is left as it is.</source>
        <translation>Nichts wird gesendet, bevor Sie auf „Verbinden“ klicken. Jedes Repository wird gelesen, bevor es geändert wird: Ein bereits verbundenes bleibt unverändert.</translation>
    </message>
    <message>
        <source>Choose the public registry the repositories should get packages from.</source>
        <translation>Wählen Sie die öffentliche Registry, von der die Repositorys Pakete erhalten sollen.</translation>
    </message>
    <message>
        <source>Reading the domains&apos; repositories to find the ones that have %1 already…</source>
        <translation>Die Repositorys der Domains werden gelesen, um die zu finden, die %1 bereits haben…</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. At most 4 requests run at a time.</source>
        <translation>Noch wurde nichts gesendet. Es laufen höchstens 4 Anfragen gleichzeitig.</translation>
    </message>
    <message>
        <source>1 store repository is created first, once for its domain.</source>
        <translation>Zuerst wird 1 Speicher-Repository erstellt, eines für seine Domain.</translation>
    </message>
    <message>
        <source>%1 store repositories are created first, one for each domain without one.</source>
        <translation>Zuerst werden %1 Speicher-Repositorys erstellt, eines für jede Domain ohne ein solches.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Retry Failed runs the %1 not done again; each is read first, so nothing is done twice.</source>
        <translation>„Fehlgeschlagene wiederholen“ führt die %1 nicht erledigten erneut aus; jedes wird zuerst gelesen, sodass nichts doppelt geschieht.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionBatchJob</name>
    <message>
        <source>Store repository %1 could not be set up: %2</source>
        <translation>Speicher-Repository %1 konnte nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cancelled before it ran.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>Created %1 with %2.</source>
        <translation>%1 mit %2 erstellt.</translation>
    </message>
    <message>
        <source>%1 existed; %2 is now associated with it.</source>
        <translation>%1 bestand bereits; %2 ist ihm jetzt zugeordnet.</translation>
    </message>
    <message>
        <source>Uses %1 as an upstream now: position %2 of %3.</source>
        <translation>Verwendet jetzt %1 als Upstream: Position %2 von %3.</translation>
    </message>
    <message>
        <source>%1 is now associated directly.</source>
        <translation>%1 ist jetzt direkt zugeordnet.</translation>
    </message>
    <message>
        <source>Cancelled while its request was in flight: it may have been made. Retry reads the repository first.</source>
        <translation>Abgebrochen, während die Anfrage lief: Die Änderung ist möglicherweise erfolgt. Beim Wiederholen wird das Repository zuerst gelesen.</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionBatchModel</name>
    <message>
        <source>%1 (new store)</source>
        <translation>%1 (neuer Speicher)</translation>
    </message>
    <message>
        <source>The store repository %1 gets %2, once for the domain&apos;s repositories</source>
        <translation>Das Speicher-Repository %1 erhält %2, einmal für die Repositorys der Domain</translation>
    </message>
    <message>
        <source>Domain %1 of account %2</source>
        <translation>Domain %1 von Konto %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionInstructionsAction</name>
    <message>
        <source>Connection &amp;Instructions…</source>
        <translation>&amp;Verbindungsanleitung…</translation>
    </message>
    <message>
        <source>How npm, pip, Maven, NuGet, Ruby, Cargo and Swift connect to the repository, with an authorization token on request (Ctrl+I)</source>
        <translation>Wie sich npm, pip, Maven, NuGet, Ruby, Cargo und Swift mit dem Repository verbinden, auf Wunsch mit Autorisierungstoken (Strg+I)</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionInstructionsDialog</name>
    <message>
        <source>As long as the AWS credentials</source>
        <translation>So lange wie die AWS-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Connection Instructions</source>
        <translation>Verbindungsanleitung</translation>
    </message>
    <message>
        <source>Set up package managers to use repository &lt;b&gt;%1&lt;/b&gt; in domain &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Paketmanager für Repository &lt;b&gt;%1&lt;/b&gt; in Domain &lt;b&gt;%2&lt;/b&gt; einrichten.</translation>
    </message>
    <message>
        <source>Set up package managers to use repository &lt;b&gt;%1&lt;/b&gt; in domain &lt;b&gt;%2&lt;/b&gt; (owner %3).</source>
        <translation>Paketmanager für Repository &lt;b&gt;%1&lt;/b&gt; in Domain &lt;b&gt;%2&lt;/b&gt; (Eigentümer %3) einrichten.</translation>
    </message>
    <message>
        <source>Package format</source>
        <translation>Paketformat</translation>
    </message>
    <message>
        <source>Repository endpoint</source>
        <translation>Repository-Endpunkt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the endpoint</source>
        <translation>Den Endpunkt kopieren</translation>
    </message>
    <message>
        <source>Authorization token</source>
        <translation>Autorisierungstoken</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Gültigkeitsdauer des Tokens</translation>
    </message>
    <message>
        <source>&amp;Get Token</source>
        <translation>Token &amp;abrufen</translation>
    </message>
    <message>
        <source>Ask CodeArtifact for an authorization token for domain %1 (GetAuthorizationToken)</source>
        <translation>CodeArtifact nach einem Autorisierungstoken für Domain %1 fragen (GetAuthorizationToken)</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>Noch kein Token</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Das Token anzeigen</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>The token is shown here once and forgotten when this dialog closes. The blocks below read it from CODEARTIFACT_AUTH_TOKEN.</source>
        <translation>Das Token wird hier einmal angezeigt und beim Schließen dieses Dialogs vergessen. Die Blöcke unten lesen es aus CODEARTIFACT_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Package &amp;format:</source>
        <translation>Paket&amp;format:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>the endpoint</source>
        <translation>den Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Das Token verbergen</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <source>Fetching the %1 endpoint…</source>
        <translation>Der %1-Endpunkt wird abgerufen…</translation>
    </message>
    <message>
        <source>No instructions without the endpoint; the reason is below.</source>
        <translation>Ohne Endpunkt keine Anleitung; der Grund steht unten.</translation>
    </message>
    <message>
        <source>Could not get the %1 endpoint of %2: %3</source>
        <translation>Der %1-Endpunkt von %2 konnte nicht abgerufen werden: %3</translation>
    </message>
    <message>
        <source>shell commands</source>
        <translation>Shell-Befehle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Asking CodeArtifact for a token…</source>
        <translation>CodeArtifact wird nach einem Token gefragt…</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>Kein Token.</translation>
    </message>
    <message>
        <source>Could not get an authorization token for domain %1: %2</source>
        <translation>Für Domain %1 konnte kein Autorisierungstoken abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The service did not say when the token expires.</source>
        <translation>Der Dienst hat nicht angegeben, wann das Token abläuft.</translation>
    </message>
    <message>
        <source>The token expired at %1 and was forgotten; get a new one.</source>
        <translation>Das Token ist um %1 abgelaufen und wurde vergessen; rufen Sie ein neues ab.</translation>
    </message>
    <message>
        <source>Expires at %1, in %2. Forgotten when this dialog closes.</source>
        <translation>Läuft um %1 ab, in %2. Wird beim Schließen dieses Dialogs vergessen.</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionPlanDialog</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>The same steps as &amp;AWS CLI commands:</source>
        <translation>Dieselben Schritte als AWS-CLI-&amp;Befehle:</translation>
    </message>
    <message>
        <source>AWS CLI commands of the plan</source>
        <translation>AWS-CLI-Befehle des Plans</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Run sends the steps in order; a step that is already true is skipped.</source>
        <translation>Noch wurde nichts gesendet. „Ausführen“ sendet die Schritte der Reihe nach; ein bereits erfüllter Schritt wird übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue from the step that failed</source>
        <translation>Ab dem fehlgeschlagenen Schritt fortfahren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Revert what this plan created or changed; what existed before stays</source>
        <translation>Zurücknehmen, was dieser Plan erstellt oder geändert hat; was vorher bestand, bleibt</translation>
    </message>
    <message>
        <source>Copy as AWS &amp;CLI</source>
        <translation>Als AWS-&amp;CLI kopieren</translation>
    </message>
    <message>
        <source>Associate &lt;b&gt;%1&lt;/b&gt; (%2) directly with repository &lt;b&gt;%3&lt;/b&gt; in domain %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) direkt dem Repository &lt;b&gt;%3&lt;/b&gt; in Domain %4 zuordnen.</translation>
    </message>
    <message>
        <source>%1 searches its upstreams in order; %2 comes at position %3, after the ones it has.</source>
        <translation>%1 durchsucht seine Upstreams der Reihe nach; %2 kommt an Position %3, nach den vorhandenen.</translation>
    </message>
    <message>
        <source>Repository &lt;b&gt;%1&lt;/b&gt; of domain %2 already has the external connection %3 (%4). &lt;b&gt;%5&lt;/b&gt; gets it as an upstream, the layout AWS recommends.</source>
        <translation>Repository &lt;b&gt;%1&lt;/b&gt; von Domain %2 hat bereits die externe Verbindung %3 (%4). &lt;b&gt;%5&lt;/b&gt; erhält es als Upstream – der Aufbau, den AWS empfiehlt.</translation>
    </message>
    <message>
        <source>No repository of domain %1 has the external connection %2 (%3) yet. As AWS recommends (and as the AWS Console does), the plan creates store repository &lt;b&gt;%4&lt;/b&gt; with it, then gives &lt;b&gt;%5&lt;/b&gt; that store as an upstream; the domain&apos;s other repositories can use the same store.</source>
        <translation>Noch kein Repository von Domain %1 hat die externe Verbindung %2 (%3). Wie von AWS empfohlen (und wie in der AWS Console) erstellt der Plan das Speicher-Repository &lt;b&gt;%4&lt;/b&gt; mit dieser Verbindung und gibt &lt;b&gt;%5&lt;/b&gt; dieses als Upstream; die anderen Repositorys der Domain können dasselbe Speicher-Repository verwenden.</translation>
    </message>
    <message>
        <source>Undoing what the plan changed…</source>
        <translation>Die Änderungen des Plans werden rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Running the plan…</source>
        <translation>Der Plan wird ausgeführt…</translation>
    </message>
    <message>
        <source>Undo stopped: %1</source>
        <translation>Rückgängigmachen abgebrochen: %1</translation>
    </message>
    <message>
        <source>Undone: what the plan created or changed is reverted; what existed before is as it was.</source>
        <translation>Rückgängig gemacht: Was der Plan erstellt oder geändert hat, ist zurückgenommen; was vorher bestand, ist unverändert.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Resume continues from step %1; Undo reverts what the plan changed.</source>
        <translation>„Fortsetzen“ macht ab Schritt %1 weiter; „Rückgängig“ nimmt zurück, was der Plan geändert hat.</translation>
    </message>
    <message>
        <source>%1 now gets packages from %2.</source>
        <translation>%1 erhält jetzt Pakete von %2.</translation>
    </message>
    <message>
        <source>Nothing to do: every step was already true. %1 gets packages from %2.</source>
        <translation>Nichts zu tun: Jeder Schritt war bereits erfüllt. %1 erhält Pakete von %2.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionPlanJob</name>
    <message>
        <source>Repository %1 exists already.</source>
        <translation>Repository %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 hat bereits %2.</translation>
    </message>
    <message>
        <source>%1 already uses %2 as an upstream.</source>
        <translation>%1 verwendet %2 bereits als Upstream.</translation>
    </message>
    <message>
        <source>Repository %1 no longer exists.</source>
        <translation>Repository %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 no longer has %2.</source>
        <translation>%1 hat %2 nicht mehr.</translation>
    </message>
    <message>
        <source>%1 no longer uses %2 as an upstream.</source>
        <translation>%1 verwendet %2 nicht mehr als Upstream.</translation>
    </message>
    <message>
        <source>Could not be undone: %1</source>
        <translation>Konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
</context>
<context>
    <name>desk::ConnectionPlanModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>AWS CLI</source>
        <translation>AWS CLI</translation>
    </message>
</context>
<context>
    <name>desk::CredentialProcessProvider</name>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process von Profil %1</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 did not print a JSON object (expected {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ...}).</source>
        <translation>Der credential_process von Profil %1 hat kein JSON-Objekt ausgegeben (erwartet: {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ...}).</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed &quot;Version&quot;: %2; only version 1 is understood.</source>
        <translation>Der credential_process von Profil %1 hat &quot;Version&quot;: %2 ausgegeben; nur Version 1 wird verstanden.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed no &quot;%2&quot;.</source>
        <translation>Der credential_process von Profil %1 hat kein „%2“ ausgegeben.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 printed an &quot;Expiration&quot; that is not an ISO 8601 time.</source>
        <translation>Der credential_process von Profil %1 hat eine „Expiration“ ausgegeben, die keine ISO-8601-Zeit ist.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 is empty.</source>
        <translation>Der credential_process von Profil %1 ist leer.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 could not be started: %2</source>
        <translation>Der credential_process von Profil %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 crashed.</source>
        <translation>Der credential_process von Profil %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 failed with exit code %2.</source>
        <translation>Der credential_process von Profil %1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 did not finish within %2 seconds and was stopped, with every process it started.</source>
        <translation>Der credential_process von Profil %1 wurde nicht innerhalb von %2 Sekunden fertig und wurde beendet, samt allen Prozessen, die er gestartet hat.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(keine Zahl)</translation>
    </message>
</context>
<context>
    <name>desk::CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Artifact Desk profiles</source>
        <translation>Artifact-Desk-Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Ask AWS STS who these credentials belong to (GetCallerIdentity)</source>
        <translation>AWS STS fragen, wem diese Anmeldeinformationen gehören (GetCallerIdentity)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional, for temporary credentials</source>
        <translation>optional, für temporäre Anmeldeinformationen</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: secrets you save are kept for this run only and are not written anywhere.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Gespeicherte Geheimnisse werden nur für diese Ausführung aufbewahrt und nirgends geschrieben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name (for example us-east-1).</source>
        <translation>„%1“ ist kein Regionsname (zum Beispiel us-east-1).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this run only: the keychain is unavailable.</source>
        <translation>Gespeichert. Das Geheimnis wird nur für diese Ausführung aufbewahrt: Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Gespeichert. Das Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile %1 and its secret from the keychain?</source>
        <translation>Das Profil %1 und sein Geheimnis aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Profile %1 was removed.</source>
        <translation>Profil %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>the Credentials dialog</source>
        <translation>der Dialog „Anmeldeinformationen“</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Asking AWS STS who these credentials belong to…</source>
        <translation>AWS STS wird gefragt, wem diese Anmeldeinformationen gehören…</translation>
    </message>
    <message>
        <source>Account %1
%2</source>
        <translation>Konto %1
%2</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:8080</source>
        <translation>optional, z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Optional: where requests go instead of AWS&apos;s endpoint, e.g. http://127.0.0.1:8080 for the sandbox</source>
        <translation>Optional: wohin Anfragen statt an den Endpunkt von AWS gehen, z. B. http://127.0.0.1:8080 für die Sandbox</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Default re&amp;gion:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>in the keychain; type to replace</source>
        <translation>im Schlüsselbund; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>Sitz&amp;ungstoken:</translation>
    </message>
    <message>
        <source>session only; type to replace</source>
        <translation>nur diese Sitzung; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>The secret you typed has not been saved. Close and discard it?</source>
        <translation>Das eingegebene Geheimnis wurde nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>The secret you typed for %1 has not been saved. Close and discard it?</source>
        <translation>Das für %1 eingegebene Geheimnis wurde nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Discard Unsaved Secret</source>
        <translation>Ungespeichertes Geheimnis verwerfen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The credentials being tested did not pass: %1</source>
        <translation>Die getesteten Anmeldeinformationen haben den Test nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Asking CodeArtifact for the domains (ListDomains)…</source>
        <translation>CodeArtifact wird nach den Domains gefragt (ListDomains)…</translation>
    </message>
    <message>
        <source>These credentials belong to account %1, but CodeArtifact refused ListDomains: %2</source>
        <translation>Diese Anmeldeinformationen gehören zu Konto %1, aber CodeArtifact hat ListDomains abgelehnt: %2</translation>
    </message>
    <message>
        <source>These credentials work: STS knows them (account %1), and CodeArtifact answered ListDomains.</source>
        <translation>Diese Anmeldeinformationen funktionieren: STS kennt sie (Konto %1), und CodeArtifact hat ListDomains beantwortet.</translation>
    </message>
</context>
<context>
    <name>desk::DomainDialog</name>
    <message>
        <source>New Domain</source>
        <translation>Neue Domain</translation>
    </message>
    <message>
        <source>A domain holds repositories and stores their packages once, encrypted with a KMS key. It is created in your account and this region.</source>
        <translation>Eine Domain enthält Repositorys und speichert deren Pakete nur einmal, verschlüsselt mit einem KMS-Schlüssel. Sie wird in Ihrem Konto und in dieser Region erstellt.</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domain-Name</translation>
    </message>
    <message>
        <source>e.g. acme-prod</source>
        <translation>z. B. acme-prod</translation>
    </message>
    <message>
        <source>KMS encryption key</source>
        <translation>KMS-Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>Optional: key ARN, key ID or alias/name</source>
        <translation>Optional: Schlüssel-ARN, Schlüssel-ID oder alias/name</translation>
    </message>
    <message>
        <source>Empty: the AWS managed key (aws/codeartifact). Otherwise a key ARN (arn:aws:kms:…:key/…), a key ID, an alias (alias/name) or an alias ARN. The key cannot be changed later.</source>
        <translation>Leer: der von AWS verwaltete Schlüssel (aws/codeartifact). Sonst ein Schlüssel-ARN (arn:aws:kms:…:key/…), eine Schlüssel-ID, ein Alias (alias/name) oder ein Alias-ARN. Der Schlüssel kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;KMS key:</source>
        <translation>&amp;KMS-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The name fits the service&apos;s rules.</source>
        <translation>Der Name entspricht den Regeln des Dienstes.</translation>
    </message>
</context>
<context>
    <name>desk::ExternalConnectionDialog</name>
    <message>
        <source>Associate External Connection</source>
        <translation>Externe Verbindung zuordnen</translation>
    </message>
    <message>
        <source>Connect repository &lt;b&gt;%1&lt;/b&gt; in domain &lt;b&gt;%2&lt;/b&gt; to a public package repository. Package managers that use %1 can then fetch public packages through it.</source>
        <translation>Repository &lt;b&gt;%1&lt;/b&gt; in Domain &lt;b&gt;%2&lt;/b&gt; mit einem öffentlichen Paket-Repository verbinden. Paketmanager, die %1 verwenden, können dann öffentliche Pakete darüber abrufen.</translation>
    </message>
    <message>
        <source>Domain owner</source>
        <translation>Domain-Eigentümer</translation>
    </message>
    <message>
        <source>Domain %1 belongs to your account; requests name it as the domain owner.</source>
        <translation>Domain %1 gehört zu Ihrem Konto; Anfragen nennen es als Domain-Eigentümer.</translation>
    </message>
    <message>
        <source>Domain %1 is shared with you by another account (you are %2). Requests must name the account that owns it: check its 12-digit ID.</source>
        <translation>Domain %1 wird von einem anderen Konto mit Ihnen geteilt (Sie sind %2). Anfragen müssen das Konto nennen, dem sie gehört: Prüfen Sie seine 12-stellige ID.</translation>
    </message>
    <message>
        <source>The 12-digit AWS account that owns domain %1; requests name it as the domain owner.</source>
        <translation>Das 12-stellige AWS-Konto, dem Domain %1 gehört; Anfragen nennen es als Domain-Eigentümer.</translation>
    </message>
    <message>
        <source>Search external connections</source>
        <translation>Externe Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Search: pypi, npm, maven, crates…</source>
        <translation>Suchen: pypi, npm, maven, crates…</translation>
    </message>
    <message>
        <source>Package format</source>
        <translation>Paketformat</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>External connections</source>
        <translation>Externe Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Associate</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Domain &amp;owner:</source>
        <translation>Domain-&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>No supported connection matches “%1”.</source>
        <translation>Keine unterstützte Verbindung passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 is already connected to %2. Nothing to do.</source>
        <translation>%1 ist bereits mit %2 verbunden. Nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 already has its one external connection, %2; a repository can have only one. To use %3 instead, replace it: Artifact Desk first disassociates %2, then associates %3 (two requests; in between the repository has no external connection).</source>
        <translation>%1 hat bereits seine eine externe Verbindung, %2; ein Repository kann nur eine haben. Um stattdessen %3 zu verwenden, ersetzen Sie sie: Artifact Desk hebt zuerst die Zuordnung von %2 auf und ordnet dann %3 zu (zwei Anfragen; dazwischen hat das Repository keine externe Verbindung).</translation>
    </message>
    <message>
        <source>Re&amp;place %1 with %2</source>
        <translation>%1 durch %2 e&amp;rsetzen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Erset&amp;zen</translation>
    </message>
    <message>
        <source>Choose the public repository to connect %1 to.</source>
        <translation>Wählen Sie das öffentliche Repository, mit dem %1 verbunden werden soll.</translation>
    </message>
    <message>
        <source>%1 will get %2 packages from %3 (%4).</source>
        <translation>%1 erhält %2-Pakete von %3 (%4).</translation>
    </message>
    <message>
        <source>The domain owner must be a 12-digit AWS account ID.</source>
        <translation>Der Domain-Eigentümer muss eine 12-stellige AWS-Konto-ID sein.</translation>
    </message>
    <message>
        <source>&amp;Through a store repository (recommended by AWS)</source>
        <translation>Ü&amp;ber ein Speicher-Repository (von AWS empfohlen)</translation>
    </message>
    <message>
        <source>Store repository name</source>
        <translation>Name des Speicher-Repositorys</translation>
    </message>
    <message>
        <source>The store repository: created with the connection when no repository of the domain has it (the AWS Console&apos;s name, or the first free one), or the one that has it</source>
        <translation>Das Speicher-Repository: mit der Verbindung erstellt, wenn kein Repository der Domain sie hat (mit dem Namen der AWS Console oder dem ersten freien), sonst das Repository, das sie hat</translation>
    </message>
    <message>
        <source>&amp;Directly on %1</source>
        <translation>&amp;Direkt an %1</translation>
    </message>
    <message>
        <source>Reading which repository of domain %1 has %2…</source>
        <translation>Es wird ermittelt, welches Repository von Domain %1 %2 hat…</translation>
    </message>
    <message>
        <source>%1 already gets %2 through its upstream %3. Nothing to do.</source>
        <translation>%1 erhält %2 bereits über seinen Upstream %3. Nichts zu tun.</translation>
    </message>
    <message>
        <source>The store repository needs a name other than %1&apos;s.</source>
        <translation>Das Speicher-Repository braucht einen anderen Namen als %1.</translation>
    </message>
    <message>
        <source>The store repository&apos;s name: %1</source>
        <translation>Name des Speicher-Repositorys: %1</translation>
    </message>
    <message>
        <source>Re&amp;view Plan…</source>
        <translation>Plan &amp;prüfen…</translation>
    </message>
    <message>
        <source>%3 is the repository of domain %4 with %2: %1 gets it as an upstream, last in its search order (position %5). This is the layout AWS recommends.</source>
        <translation>%3 ist das Repository von Domain %4 mit %2: %1 erhält es als Upstream, zuletzt in seiner Suchreihenfolge (Position %5). Das ist der Aufbau, den AWS empfiehlt.</translation>
    </message>
    <message>
        <source>No repository of domain %4 has %2 yet: Artifact Desk creates %3 with it and makes it an upstream of %1, last in its search order (position %5), as the AWS Console does. The domain&apos;s other repositories can use %3 too.</source>
        <translation>Noch kein Repository von Domain %4 hat %2: Artifact Desk erstellt %3 mit dieser Verbindung und macht es zu einem Upstream von %1, zuletzt in dessen Suchreihenfolge (Position %5), wie es die AWS Console tut. Die anderen Repositorys der Domain können %3 ebenfalls verwenden.</translation>
    </message>
    <message>
        <source>%1 also has its own external connection, %2; the service decides whether a repository may have both, and its answer is shown.</source>
        <translation>%1 hat auch eine eigene externe Verbindung, %2; ob ein Repository beides haben darf, entscheidet der Dienst, und seine Antwort wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 has upstream repositories (%2). AWS recommends one repository per domain with the external connection, used by the others as an upstream: the store route above does that. Associating %3 directly sends the request as it is; the service decides whether a repository may have upstreams and an external connection, and its answer is shown.</source>
        <translation>%1 hat Upstream-Repositorys (%2). AWS empfiehlt pro Domain ein Repository mit der externen Verbindung, das die anderen als Upstream verwenden: Der Weg über das Speicher-Repository oben tut genau das. Die direkte Zuordnung zu %3 sendet die Anfrage unverändert; ob ein Repository Upstreams und eine externe Verbindung haben darf, entscheidet der Dienst, und seine Antwort wird angezeigt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The plan, one request a step (nothing is sent before you run it):</source>
        <translation>Der Plan, eine Anfrage pro Schritt (nichts wird gesendet, bevor Sie ihn ausführen):</translation>
    </message>
</context>
<context>
    <name>desk::ExternalConnectionModel</name>
    <message>
        <source>%1, format %2, %3</source>
        <translation>%1, Format %2, %3</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>desk::GetAuthorizationTokenJob</name>
    <message>
        <source>the response has no &quot;authorizationToken&quot;</source>
        <translation>die Antwort hat kein „authorizationToken“</translation>
    </message>
</context>
<context>
    <name>desk::GetCallerIdentityJob</name>
    <message>
        <source>the GetCallerIdentity response could not be read%1</source>
        <translation>die GetCallerIdentity-Antwort konnte nicht gelesen werden%1</translation>
    </message>
</context>
<context>
    <name>desk::GetRepositoryEndpointJob</name>
    <message>
        <source>the response has no &quot;repositoryEndpoint&quot;</source>
        <translation>die Antwort hat keinen „repositoryEndpoint“</translation>
    </message>
</context>
<context>
    <name>desk::InventoryExportAction</name>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>Inventar &amp;exportieren…</translation>
    </message>
    <message>
        <source>Describe every repository and save them as JSON or CSV</source>
        <translation>Jedes Repository beschreiben und alle als JSON oder CSV speichern</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Inventar exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .json or .csv.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .json oder .csv endet.</translation>
    </message>
    <message>
        <source>Listing domains and repositories…</source>
        <translation>Domains und Repositorys werden aufgelistet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Describing repositories: %1 of %2</source>
        <translation>Repositorys werden beschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>The inventory could not be exported: %1</source>
        <translation>Das Inventar konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported 1 repository to %1.</source>
        <translation>1 Repository nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 repositories to %2.</source>
        <translation>%1 Repositorys nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1 Not read: %2 (see Details).</source>
        <translation>%1 Nicht gelesen: %2 (siehe Details).</translation>
    </message>
</context>
<context>
    <name>desk::InventoryExportJob</name>
    <message>
        <source>domain %1%2</source>
        <translation>Domain %1%2</translation>
    </message>
</context>
<context>
    <name>desk::InventoryModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>External connection: %1</source>
        <translation>Externe Verbindung: %1</translation>
    </message>
    <message>
        <source>External connection</source>
        <translation>Externe Verbindung</translation>
    </message>
    <message>
        <source>Upstreams</source>
        <translation>Upstreams</translation>
    </message>
    <message>
        <source>Not described yet: its upstreams are not known.</source>
        <translation>Noch nicht beschrieben: Die Upstream-Repositorys sind nicht bekannt.</translation>
    </message>
    <message>
        <source>No upstream repositories.</source>
        <translation>Keine Upstream-Repositorys.</translation>
    </message>
    <message>
        <source>Upstreams in search order: %1</source>
        <translation>Upstream-Repositorys in Suchreihenfolge: %1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No external connection of its own; reaches through its upstreams:</source>
        <translation>Keine eigene externe Verbindung; erreicht über die Upstream-Repositorys:</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>No external connection, and no upstream reaches a public registry.</source>
        <translation>Keine externe Verbindung, und kein Upstream-Repository erreicht eine öffentliche Registry.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Not described yet: its external connection and upstreams are not known.</source>
        <translation>Noch nicht beschrieben: Externe Verbindung und Upstream-Repositorys sind nicht bekannt.</translation>
    </message>
    <message>
        <source>Not known yet: %1 not described yet.</source>
        <translation>Noch nicht bekannt: %1 noch nicht beschrieben.</translation>
    </message>
</context>
<context>
    <name>desk::InventoryPanel</name>
    <message>
        <source>Filter domains and repositories</source>
        <translation>Domains und Repositorys filtern</translation>
    </message>
    <message>
        <source>Domains and repositories</source>
        <translation>Domains und Repositorys</translation>
    </message>
    <message>
        <source>Inventory loading progress</source>
        <translation>Ladefortschritt des Inventars</translation>
    </message>
    <message>
        <source>Listing domains…</source>
        <translation>Domains werden aufgelistet…</translation>
    </message>
    <message>
        <source>Loading: %1 of %2 domains done, %3 repositories so far</source>
        <translation>Laden: %1 von %2 Domains fertig, bisher %3 Repositorys</translation>
    </message>
    <message>
        <source>1 domain</source>
        <translation>1 Domain</translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation>%1 Domains</translation>
    </message>
    <message>
        <source>1 repository</source>
        <translation>1 Repository</translation>
    </message>
    <message>
        <source>%1 repositories</source>
        <translation>%1 Repositorys</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Domains werden geladen…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.
Clear the filter (Esc) to see everything.</source>
        <translation>Nichts passt zu „%1“.
Leeren Sie den Filter (Esc), um alles zu sehen.</translation>
    </message>
    <message>
        <source>No domains to show.
Press F5 to load, or check the region and your credentials.</source>
        <translation>Keine Domains vorhanden.
Drücken Sie F5 zum Laden, oder prüfen Sie die Region und Ihre Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Filter domains and repositories (Ctrl+F): by name, by a registry or package format they reach (npm, public:pypi), by account, or by “no connection” or “has upstreams”. Every word must match.</source>
        <translation>Domains und Repositorys filtern (Strg+F): nach Name, nach einer erreichten Registry oder einem Paketformat (npm, public:pypi), nach Konto oder nach „no connection“ oder „has upstreams“. Jedes Wort muss passen.</translation>
    </message>
    <message>
        <source>1 of %1 repositories matches “%2”</source>
        <translation>1 von %1 Repositorys passt zu „%2“</translation>
    </message>
    <message>
        <source>%1 of %2 repositories match “%3”</source>
        <translation>%1 von %2 Repositorys passen zu „%3“</translation>
    </message>
</context>
<context>
    <name>desk::JobErrorPresenter</name>
    <message>
        <source>The temporary credentials could not be refreshed: %1</source>
        <translation>Die temporären Anmeldeinformationen konnten nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: secrets you enter are kept for this session only and are not saved.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Eingegebene Geheimnisse werden nur für diese Sitzung aufbewahrt und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not load repository %1: %2</source>
        <translation>Repository %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Could not load domain %1: %2</source>
        <translation>Domain %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>desk::MainWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load all domains and repositories again (F5)</source>
        <translation>Alle Domains und Repositorys neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Anmeldeinformationen…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test Artifact Desk profiles</source>
        <translation>Artifact-Desk-Profile hinzufügen, bearbeiten, entfernen und testen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Artifact Desk</source>
        <translation>Ü&amp;ber Artifact Desk</translation>
    </message>
    <message>
        <source>About Artifact Desk</source>
        <translation>Über Artifact Desk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>&amp;Repository</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Loading domains and repositories…</source>
        <translation>Domains und Repositorys werden geladen…</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Domains werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the domains</source>
        <translation>Die Domains konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Nothing to show: the domains could not be listed.</source>
        <translation>Nichts anzuzeigen: Die Domains konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Loaded 1 domain</source>
        <translation>1 Domain geladen</translation>
    </message>
    <message>
        <source>Loaded %1 domains</source>
        <translation>%1 Domains geladen</translation>
    </message>
    <message>
        <source>1 domain could not be loaded; the reason is shown under it in the tree.</source>
        <translation>1 Domain konnte nicht geladen werden; der Grund steht im Baum darunter.</translation>
    </message>
    <message>
        <source>%1 domains could not be loaded; the reason is shown under each in the tree.</source>
        <translation>%1 Domains konnten nicht geladen werden; der Grund steht im Baum jeweils darunter.</translation>
    </message>
    <message>
        <source>Select a repository to see its details and external connections,
or a domain to see the domain.</source>
        <translation>Wählen Sie ein Repository, um seine Details und externen Verbindungen zu sehen,
oder eine Domain, um die Domain zu sehen.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Anmeldeinformationen</translation>
    </message>
    <message>
        <source>No domains in %1 for these credentials.
Create one with Repository → New Domain… (Ctrl+Shift+N), or choose another region.</source>
        <translation>Keine Domains in %1 für diese Anmeldeinformationen.
Erstellen Sie eine mit Repository → Neue Domain… (Strg+Umschalt+N), oder wählen Sie eine andere Region.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Artifact Desk %1&lt;/h3&gt;&lt;p&gt;A desktop tool for AWS CodeArtifact administrators: domains, repositories, upstreams, external connections and policies.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Artifact Desk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Werkzeug für AWS-CodeArtifact-Administratoren: Domains, Repositorys, Upstreams, externe Verbindungen und Richtlinien.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>desk::MessageWidget</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>desk::MfaDialogPrompt</name>
    <message>
        <source>MFA Code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>Enter the current code of the MFA device for profile %1:
%2</source>
        <translation>Geben Sie den aktuellen Code des MFA-Geräts für Profil %1 ein:
%2</translation>
    </message>
</context>
<context>
    <name>desk::PackageFlowPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Package flow</source>
        <translation>Paketfluss</translation>
    </message>
    <message>
        <source>Where the domain&apos;s packages come from: repositories, upstreams and public registries (Ctrl+G)</source>
        <translation>Woher die Pakete der Domain kommen: Repositorys, Upstream-Repositorys und öffentliche Registrys (Strg+G)</translation>
    </message>
    <message>
        <source>Package &amp;Flow</source>
        <translation>Paket&amp;fluss</translation>
    </message>
    <message>
        <source>Show the package flow of the selected domain (Ctrl+G)</source>
        <translation>Den Paketfluss der ausgewählten Domain anzeigen (Strg+G)</translation>
    </message>
    <message>
        <source>Arrows point to upstreams, numbered in search order. Green: a store with an external connection. Blue: a public registry. Dashed: not described yet. Red: a problem.</source>
        <translation>Pfeile zeigen auf Upstream-Repositorys, nummeriert in Suchreihenfolge. Grün: Speicher-Repository mit externer Verbindung. Blau: öffentliche Registry. Gestrichelt: noch nicht beschrieben. Rot: ein Problem.</translation>
    </message>
    <message>
        <source>Find a repository or registry</source>
        <translation>Repository oder Registry suchen</translation>
    </message>
    <message>
        <source>Find in the package flow</source>
        <translation>Im Paketfluss suchen</translation>
    </message>
    <message>
        <source>Marks every node whose name contains the text; Enter centres the next one</source>
        <translation>Markiert jeden Knoten, dessen Name den Text enthält; Eingabe zentriert den nächsten</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Den ganzen Graphen anzeigen (Strg+0)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the picture as PNG or SVG</source>
        <translation>Das Bild als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Problems in the package flow</source>
        <translation>Probleme im Paketfluss</translation>
    </message>
    <message>
        <source>Select a domain or a repository in the tree to see where its packages come from.</source>
        <translation>Wählen Sie im Baum eine Domain oder ein Repository, um zu sehen, woher die Pakete kommen.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The repositories of %1 could not be loaded; the reason is shown in the tree.</source>
        <translation>Die Repositorys von %1 konnten nicht geladen werden; der Grund steht im Baum.</translation>
    </message>
    <message>
        <source>Loading the repositories of %1…</source>
        <translation>Die Repositorys von %1 werden geladen…</translation>
    </message>
    <message>
        <source>%1 has no repositories yet.</source>
        <translation>%1 hat noch keine Repositorys.</translation>
    </message>
    <message>
        <source>1 repository</source>
        <translation>1 Repository</translation>
    </message>
    <message>
        <source>%1 repositories</source>
        <translation>%1 Repositorys</translation>
    </message>
    <message>
        <source>1 public registry</source>
        <translation>1 öffentliche Registry</translation>
    </message>
    <message>
        <source>%1 public registries</source>
        <translation>%1 öffentliche Registrys</translation>
    </message>
    <message>
        <source>%1 not described yet (describing…)</source>
        <translation>%1 noch nicht beschrieben (wird beschrieben…)</translation>
    </message>
    <message>
        <source>%1 not described yet</source>
        <translation>%1 noch nicht beschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Probleme (%1):</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Package Flow</source>
        <translation>Paketfluss exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>There is no graph to export: choose a domain with repositories first.</source>
        <translation>Es gibt keinen Graphen zum Exportieren: Wählen Sie zuerst eine Domain mit Repositorys.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .png oder .svg endet.</translation>
    </message>
    <message>
        <source>Package flow of %1</source>
        <translation>Paketfluss von %1</translation>
    </message>
    <message>
        <source>The picture could not be drawn.</source>
        <translation>Das Bild konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation>Das Bild konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the package flow of %1 to %2.</source>
        <translation>Paketfluss von %1 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>desk::PackageFlowView</name>
    <message>
        <source>not described yet</source>
        <translation>noch nicht beschrieben</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>store → %1</source>
        <translation>Speicher → %1</translation>
    </message>
    <message>
        <source>no upstreams</source>
        <translation>keine Upstreams</translation>
    </message>
    <message>
        <source>1 upstream</source>
        <translation>1 Upstream</translation>
    </message>
    <message>
        <source>%1 upstreams</source>
        <translation>%1 Upstreams</translation>
    </message>
    <message>
        <source>Repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <source>Repository %1: not described yet, its upstreams are not known</source>
        <translation>Repository %1: noch nicht beschrieben, die Upstream-Repositorys sind nicht bekannt</translation>
    </message>
    <message>
        <source>%1: named as an upstream, but the domain has no such repository</source>
        <translation>%1: als Upstream-Repository genannt, aber die Domain hat kein solches Repository</translation>
    </message>
    <message>
        <source>Public registry %1 (%2)</source>
        <translation>Öffentliche Registry %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has an external connection to %2 (%3)</source>
        <translation>%1 hat eine externe Verbindung zu %2 (%3)</translation>
    </message>
    <message>
        <source>%1 searches %2: upstream %3</source>
        <translation>%1 durchsucht %2: Upstream %3</translation>
    </message>
    <message>
        <source>Package flow graph</source>
        <translation>Paketflussgraph</translation>
    </message>
    <message>
        <source>Package flow drawn by Artifact Desk</source>
        <translation>Paketfluss, gezeichnet von Artifact Desk</translation>
    </message>
</context>
<context>
    <name>desk::PolicyActions</name>
    <message>
        <source>View and edit the permissions policy of the selected domain: which other accounts may use it</source>
        <translation>Die Berechtigungsrichtlinie der ausgewählten Domain anzeigen und bearbeiten: welche anderen Konten sie verwenden dürfen</translation>
    </message>
    <message>
        <source>Repository &amp;Policy…</source>
        <translation>Repository-&amp;Richtlinie…</translation>
    </message>
    <message>
        <source>View and edit the permissions policy of the selected repository: which other accounts may read it</source>
        <translation>Die Berechtigungsrichtlinie des ausgewählten Repositorys anzeigen und bearbeiten: welche anderen Konten es lesen dürfen</translation>
    </message>
    <message>
        <source>Domain Polic&amp;y…</source>
        <translation>&amp;Domain-Richtlinie…</translation>
    </message>
</context>
<context>
    <name>desk::PolicyDialog</name>
    <message>
        <source>Repository Policy – %1</source>
        <translation>Repository-Richtlinie – %1</translation>
    </message>
    <message>
        <source>Domain Policy – %1</source>
        <translation>Domain-Richtlinie – %1</translation>
    </message>
    <message>
        <source>repository %1 in domain %2</source>
        <translation>Repository %1 in Domain %2</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source> (account %1)</source>
        <translation> (Konto %1)</translation>
    </message>
    <message>
        <source>Who may use repository &lt;b&gt;%1&lt;/b&gt; in domain &lt;b&gt;%2&lt;/b&gt;%3, besides the domain owner&apos;s IAM users.</source>
        <translation>Wer Repository &lt;b&gt;%1&lt;/b&gt; in Domain &lt;b&gt;%2&lt;/b&gt;%3 verwenden darf, neben den IAM-Benutzern des Domain-Eigentümers.</translation>
    </message>
    <message>
        <source>Who may use domain &lt;b&gt;%1&lt;/b&gt;%2 and its repositories, besides the domain owner&apos;s IAM users.</source>
        <translation>Wer Domain &lt;b&gt;%1&lt;/b&gt;%2 und ihre Repositorys verwenden darf, neben den IAM-Benutzern des Domain-Eigentümers.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Policy template</source>
        <translation>Richtlinienvorlage</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account ID to allow</source>
        <translation>Zuzulassende Konto-ID</translation>
    </message>
    <message>
        <source>12-digit account ID</source>
        <translation>12-stellige Konto-ID</translation>
    </message>
    <message>
        <source>Add &amp;Statement</source>
        <translation>&amp;Anweisung hinzufügen</translation>
    </message>
    <message>
        <source>Add the template&apos;s statement for this account to the policy below</source>
        <translation>Die Anweisung der Vorlage für dieses Konto zur Richtlinie unten hinzufügen</translation>
    </message>
    <message>
        <source>Policy document (JSON)</source>
        <translation>Richtliniendokument (JSON)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the policy again; edits not saved are lost</source>
        <translation>Die Richtlinie erneut lesen; nicht gespeicherte Änderungen gehen verloren</translation>
    </message>
    <message>
        <source>&amp;Delete Policy…</source>
        <translation>Richtlinie &amp;löschen…</translation>
    </message>
    <message>
        <source>Copy as AWS &amp;CLI</source>
        <translation>Als AWS-&amp;CLI kopieren</translation>
    </message>
    <message>
        <source>Copy the AWS CLI command that sets this policy, with the revision read</source>
        <translation>Den AWS-CLI-Befehl kopieren, der diese Richtlinie setzt, mit der gelesenen Revision</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The editor is empty: to remove the policy, use Delete Policy.</source>
        <translation>Der Editor ist leer: Um die Richtlinie zu entfernen, verwenden Sie „Richtlinie löschen“.</translation>
    </message>
    <message>
        <source>Write a policy, or add a statement from a template.</source>
        <translation>Schreiben Sie eine Richtlinie oder fügen Sie eine Anweisung aus einer Vorlage hinzu.</translation>
    </message>
    <message>
        <source>Reading the policy of %1…</source>
        <translation>Die Richtlinie von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not saved: could not check that %1 still has no policy: %2</source>
        <translation>Nicht gespeichert: Es konnte nicht geprüft werden, ob %1 weiterhin keine Richtlinie hat: %2</translation>
    </message>
    <message>
        <source>The policy could not be read.</source>
        <translation>Die Richtlinie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A policy was set on %1 after it was read.</source>
        <translation>Für %1 wurde nach dem Lesen eine Richtlinie gesetzt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revision&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Revision&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No policy&lt;/b&gt; is set on %1: only IAM users and roles of the domain owner&apos;s account can use it. Write one below or start from a template.</source>
        <translation>Für %1 ist &lt;b&gt;keine Richtlinie&lt;/b&gt; gesetzt: Nur IAM-Benutzer und -Rollen des Kontos des Domain-Eigentümers haben Zugriff. Schreiben Sie unten eine oder beginnen Sie mit einer Vorlage.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The policy&apos;s revision is now %1.</source>
        <translation>Gespeichert. Die Revision der Richtlinie ist jetzt %1.</translation>
    </message>
    <message>
        <source>%1: the policy of %2 was changed since it was read here (by someone else or another window). Nothing was overwritten.</source>
        <translation>%1: Die Richtlinie von %2 wurde geändert, seit sie hier gelesen wurde (von jemand anderem oder in einem anderen Fenster). Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Policy Changed</source>
        <translation>Richtlinie geändert</translation>
    </message>
    <message>
        <source>Reload the current policy? The text in the editor will be replaced; copy it first if you want to keep your edits.</source>
        <translation>Die aktuelle Richtlinie neu laden? Der Text im Editor wird ersetzt; kopieren Sie ihn zuerst, wenn Sie Ihre Änderungen behalten möchten.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the permissions policy of %1? The accounts and principals it allows lose that access.</source>
        <translation>Die Berechtigungsrichtlinie von %1 löschen? Die Konten und Principals, die sie zulässt, verlieren diesen Zugriff.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The policy of %1 was deleted.</source>
        <translation>Die Richtlinie von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Copied the AWS CLI command that sets this policy%1.</source>
        <translation>Der AWS-CLI-Befehl, der diese Richtlinie setzt, wurde kopiert%1.</translation>
    </message>
    <message>
        <source> (with the revision read, so it fails if the policy changed)</source>
        <translation> (mit der gelesenen Revision, er schlägt also fehl, wenn sich die Richtlinie geändert hat)</translation>
    </message>
</context>
<context>
    <name>desk::ProfileManager</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>environment variables (AWS_ACCESS_KEY_ID)</source>
        <translation>Umgebungsvariablen (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>uses %1, which is not supported</source>
        <translation>verwendet %1; das wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Artifact Desk (keychain)</source>
        <translation>Artifact Desk (Schlüsselbund)</translation>
    </message>
    <message>
        <source>There is no Artifact Desk profile named %1.</source>
        <translation>Es gibt kein Artifact-Desk-Profil namens %1.</translation>
    </message>
    <message>
        <source>Artifact Desk profile %1 (keychain)</source>
        <translation>Artifact-Desk-Profil %1 (Schlüsselbund)</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Unbekanntes Profil „%1“.</translation>
    </message>
    <message>
        <source>The profile could not be used.</source>
        <translation>Das Profil konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Artifact Desk (this session only)</source>
        <translation>Artifact Desk (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Artifact Desk profile %1 (this session only: the keychain was not available)</source>
        <translation>Artifact-Desk-Profil %1 (nur diese Sitzung: der Schlüsselbund war nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1 Profiles added in Artifact Desk: %2.</source>
        <translation>%1 In Artifact Desk hinzugefügte Profile: %2.</translation>
    </message>
    <message>
        <source>The AWS CLI does not know profile %1: it is an Artifact Desk profile, kept in the keychain.
Give the AWS CLI its credentials before running these commands: aws configure --profile %1</source>
        <translation>Die AWS CLI kennt Profil %1 nicht: Es ist ein Artifact-Desk-Profil, das im Schlüsselbund aufbewahrt wird.
Geben Sie der AWS CLI seine Anmeldeinformationen, bevor Sie diese Befehle ausführen: aws configure --profile %1</translation>
    </message>
</context>
<context>
    <name>desk::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Add, edit, remove and test Artifact Desk profiles</source>
        <translation>Artifact-Desk-Profile hinzufügen, bearbeiten, entfernen und testen</translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation>Anmeldeinformationen verwalten</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Sandbox (Demo)</translation>
    </message>
    <message>
        <source>The built-in CodeArtifact sandbox on this computer, with demo content; nothing reaches AWS</source>
        <translation>Die eingebaute CodeArtifact-Sandbox auf diesem Computer, mit Demo-Inhalten; nichts erreicht AWS</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <translation>%1
aus %2</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>No credentials found</source>
        <translation>Keine Anmeldeinformationen gefunden</translation>
    </message>
    <message>
        <source>%1
credentials: %2</source>
        <translation>%1
Anmeldeinformationen: %2</translation>
    </message>
</context>
<context>
    <name>desk::RepositoryActions</name>
    <message>
        <source>&amp;Associate External Connection…</source>
        <translation>Externe Verbindung &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Connect the repository to a public package repository (Ctrl+E)</source>
        <translation>Das Repository mit einem öffentlichen Paket-Repository verbinden (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Disassociate…</source>
        <translation>Zuordnung a&amp;ufheben…</translation>
    </message>
    <message>
        <source>Remove the repository&apos;s external connection (Ctrl+Shift+E)</source>
        <translation>Die externe Verbindung des Repositorys entfernen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Copy as AWS &amp;CLI Command</source>
        <translation>Als AWS-&amp;CLI-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the last action, or a describe of the selection, as an AWS CLI command line</source>
        <translation>Die letzte Aktion oder ein Describe der Auswahl als AWS-CLI-Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Replace External Connection</source>
        <translation>Externe Verbindung ersetzen</translation>
    </message>
    <message>
        <source>Replace %1 with %2 on repository %3 in domain %4?

Step 1 disassociates %1, step 2 associates %2. Between the two steps the repository has no external connection.</source>
        <translation>%1 durch %2 in Repository %3 in Domain %4 ersetzen?

Schritt 1 hebt die Zuordnung von %1 auf, Schritt 2 ordnet %2 zu. Zwischen den beiden Schritten hat das Repository keine externe Verbindung.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Checking which repositories of %1 use %2…</source>
        <translation>Es wird geprüft, welche Repositorys von %1 %2 verwenden…</translation>
    </message>
    <message>
        <source>Disassociate %1 from repository %2 in domain %3?</source>
        <translation>Zuordnung von %1 zu Repository %2 in Domain %3 aufheben?</translation>
    </message>
    <message>
        <source>Package managers that use %2 will no longer get new packages from %1.</source>
        <translation>Paketmanager, die %2 verwenden, erhalten keine neuen Pakete mehr von %1.</translation>
    </message>
    <message>
        <source>These repositories get packages from %1 through %2, directly or through each other: %3. Package managers that use them, or %2, will no longer get new packages from %1.</source>
        <translation>Diese Repositorys erhalten Pakete von %1 über %2, direkt oder übereinander: %3. Paketmanager, die sie oder %2 verwenden, erhalten keine neuen Pakete mehr von %1.</translation>
    </message>
    <message>
        <source>Packages already in them stay.</source>
        <translation>Pakete, die bereits darin liegen, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Disassociate External Connection</source>
        <translation>Zuordnung der externen Verbindung aufheben</translation>
    </message>
    <message>
        <source>Disassociate</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2: </source>
        <translation>Schritt %1 von %2: </translation>
    </message>
    <message>
        <source>Associating %1 with %2…</source>
        <translation>%1 wird %2 zugeordnet…</translation>
    </message>
    <message>
        <source>Disassociating %1 from %2…</source>
        <translation>Zuordnung von %1 zu %2 wird aufgehoben…</translation>
    </message>
    <message>
        <source>%1 is now associated with %2.</source>
        <translation>%1 ist jetzt %2 zugeordnet.</translation>
    </message>
    <message>
        <source>%1 is no longer associated with %2.</source>
        <translation>%1 ist %2 nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <source>(The answer was lost on the network; re-reading the repository showed the change was made.)</source>
        <translation>(Die Antwort ging im Netzwerk verloren; erneutes Lesen des Repositorys hat gezeigt, dass die Änderung ausgeführt wurde.)</translation>
    </message>
    <message>
        <source>no external connection</source>
        <translation>keine externe Verbindung</translation>
    </message>
    <message>
        <source>external connection %1</source>
        <translation>externe Verbindung %1</translation>
    </message>
    <message>
        <source>Artifact Desk read the repository again: %1 now has %2.</source>
        <translation>Artifact Desk hat das Repository erneut gelesen: %1 hat jetzt %2.</translation>
    </message>
    <message>
        <source>Step 1 (disassociating the previous connection) was done; %1 currently has no external connection unless shown otherwise above.</source>
        <translation>Schritt 1 (Aufheben der Zuordnung der bisherigen Verbindung) ist erfolgt; %1 hat derzeit keine externe Verbindung, sofern oben nichts anderes steht.</translation>
    </message>
    <message>
        <source>Could Not Associate %1</source>
        <translation>%1 konnte nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>Could Not Disassociate %1</source>
        <translation>Zuordnung von %1 konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>the last action</source>
        <translation>die letzte Aktion</translation>
    </message>
    <message>
        <source>a describe of the repository</source>
        <translation>ein Describe des Repositorys</translation>
    </message>
    <message>
        <source>a describe of the domain</source>
        <translation>ein Describe der Domain</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard as an AWS CLI command.</source>
        <translation>%1 als AWS-CLI-Befehl in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The plan for %1 ended.</source>
        <translation>Der Plan für %1 ist beendet.</translation>
    </message>
    <message>
        <source>The plan for %1 stopped at a failed step.</source>
        <translation>Der Plan für %1 hat bei einem fehlgeschlagenen Schritt angehalten.</translation>
    </message>
    <message>
        <source>1 repository of %1 could not be read, so more may use %2.</source>
        <translation>1 Repository von %1 konnte nicht gelesen werden; es könnten also weitere %2 verwenden.</translation>
    </message>
    <message>
        <source>%1 repositories of %2 could not be read, so more may use %3.</source>
        <translation>%1 Repositorys von %2 konnten nicht gelesen werden; es könnten also weitere %3 verwenden.</translation>
    </message>
</context>
<context>
    <name>desk::RepositoryDetailsView</name>
    <message>
        <source>Select a repository to see its details and external connections,
or a domain to see the domain.</source>
        <translation>Wählen Sie ein Repository, um seine Details und externen Verbindungen zu sehen,
oder eine Domain, um die Domain zu sehen.</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Copy the ARN</source>
        <translation>Den ARN kopieren</translation>
    </message>
    <message>
        <source>Copy ARN</source>
        <translation>ARN kopieren</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Domain owner:</source>
        <translation>Domain-Eigentümer:</translation>
    </message>
    <message>
        <source>Administrator account:</source>
        <translation>Administratorkonto:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Upstream repositories (in search order)</source>
        <translation>Upstream-Repositorys (in Suchreihenfolge)</translation>
    </message>
    <message>
        <source>External connection</source>
        <translation>Externe Verbindung</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Owner account:</source>
        <translation>Eigentümerkonto:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositorys:</translation>
    </message>
    <message>
        <source>Asset size:</source>
        <translation>Asset-Größe:</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>Verschlüsselungsschlüssel:</translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation>S3-Bucket:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The repositories of domain %1 could not be listed.

%2

Press F5 to try again.</source>
        <translation>Die Repositorys von Domain %1 konnten nicht aufgelistet werden.

%2

Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1

Press F5 to try again.</source>
        <translation>%1

Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Repository in domain %1</source>
        <translation>Repository in Domain %1</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>None. This repository does not search other repositories.</source>
        <translation>Keine. Dieses Repository durchsucht keine anderen Repositorys.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Package format</source>
        <translation>Paketformat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>AWS managed key</source>
        <translation>AWS-verwalteter Schlüssel</translation>
    </message>
    <message>
        <source>None. Use “Associate External Connection…” to connect this repository to a public repository such as PyPI or npm.</source>
        <translation>Keine. Verwenden Sie „Externe Verbindung zuordnen…“, um dieses Repository mit einem öffentlichen Repository wie PyPI oder npm zu verbinden.</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Reaches (public registries, in search order)</source>
        <translation>Erreicht (öffentliche Registrys, in Suchreihenfolge)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Not known yet: 1 repository of this domain is not described yet.</source>
        <translation>Noch nicht bekannt: 1 Repository dieser Domain ist noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>Not known yet: %1 repositories of this domain are not described yet.</source>
        <translation>Noch nicht bekannt: %1 Repositorys dieser Domain sind noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>Perhaps more: 1 repository of this domain is not described yet.</source>
        <translation>Vielleicht weitere: 1 Repository dieser Domain ist noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>Perhaps more: %1 repositories of this domain are not described yet.</source>
        <translation>Vielleicht weitere: %1 Repositorys dieser Domain sind noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>None. No repository of this domain has this one as an upstream.</source>
        <translation>Keine. Kein Repository dieser Domain hat dieses als Upstream-Repository.</translation>
    </message>
    <message>
        <source>%1 (its own external connection)</source>
        <translation>%1 (eigene externe Verbindung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (its own external connection)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (eigene externe Verbindung)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; via %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; über %2</translation>
    </message>
    <message>
        <source>Not known yet: this repository is not described yet.</source>
        <translation>Noch nicht bekannt: Dieses Repository ist noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>Not known yet: %1 not described yet.</source>
        <translation>Noch nicht bekannt: %1 noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>Perhaps more: %1 not described yet.</source>
        <translation>Vielleicht weitere: %1 noch nicht beschrieben.</translation>
    </message>
    <message>
        <source>None. Neither this repository nor its upstreams have an external connection.</source>
        <translation>Keine. Weder dieses Repository noch seine Upstream-Repositorys haben eine externe Verbindung.</translation>
    </message>
    <message>
        <source>Select %1 in the tree</source>
        <translation>%1 im Baum auswählen</translation>
    </message>
    <message>
        <source>%1. %2 (not found in this domain)</source>
        <translation>%1. %2 (in dieser Domain nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>desk::RepositoryDialog</name>
    <message>
        <source>New Repository</source>
        <translation>Neues Repository</translation>
    </message>
    <message>
        <source>Edit Repository %1</source>
        <translation>Repository %1 bearbeiten</translation>
    </message>
    <message>
        <source>Repository &lt;b&gt;%1&lt;/b&gt; in domain &lt;b&gt;%2&lt;/b&gt;. Save sends one change with the description and the upstreams below; the service answers with the repository as it is then.</source>
        <translation>Repository &lt;b&gt;%1&lt;/b&gt; in Domain &lt;b&gt;%2&lt;/b&gt;. Speichern sendet eine Änderung mit der Beschreibung und den Upstreams unten; der Dienst antwortet mit dem dann aktuellen Stand des Repositorys.</translation>
    </message>
    <message>
        <source>A new repository in domain &lt;b&gt;%1&lt;/b&gt;. Upstreams are other repositories of the domain that it searches, in order, for a package it does not have.</source>
        <translation>Ein neues Repository in Domain &lt;b&gt;%1&lt;/b&gt;. Upstreams sind andere Repositorys der Domain, die es der Reihe nach nach einem Paket durchsucht, das es selbst nicht hat.</translation>
    </message>
    <message>
        <source>Repository name</source>
        <translation>Repository-Name</translation>
    </message>
    <message>
        <source>e.g. web-frontend</source>
        <translation>z. B. web-frontend</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what the repository holds, for whom</source>
        <translation>Optional: was das Repository enthält, für wen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Upstreams, in search order</source>
        <translation>Upstreams, in Suchreihenfolge</translation>
    </message>
    <message>
        <source>Upstreams in search order</source>
        <translation>Upstreams in Suchreihenfolge</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Search it earlier (Alt+Up)</source>
        <translation>Früher durchsuchen (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Search it later (Alt+Down)</source>
        <translation>Später durchsuchen (Alt+Runter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the upstream (Delete)</source>
        <translation>Den Upstream entfernen (Entf)</translation>
    </message>
    <message>
        <source>Repository to add as an upstream</source>
        <translation>Als Upstream hinzuzufügendes Repository</translation>
    </message>
    <message>
        <source>&amp;Add Upstream</source>
        <translation>Upstream &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add fr&amp;om %1:</source>
        <translation>Hinzufügen &amp;aus %1:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>%1 already has a repository named %2: the service will refuse a second one.</source>
        <translation>%1 hat bereits ein Repository namens %2: Der Dienst wird ein zweites ablehnen.</translation>
    </message>
    <message>
        <source>The name fits the service&apos;s rules.</source>
        <translation>Der Name entspricht den Regeln des Dienstes.</translation>
    </message>
    <message>
        <source>No upstreams: the repository searches only itself (and its external connection, if any).</source>
        <translation>Keine Upstreams: Das Repository durchsucht nur sich selbst (und ggf. seine externe Verbindung).</translation>
    </message>
    <message>
        <source>%1 of at most %2 upstreams. The service searches them in this order: drag a row, or press Alt+Up and Alt+Down, to reorder.</source>
        <translation>%1 von höchstens %2 Upstreams. Der Dienst durchsucht sie in dieser Reihenfolge: Ziehen Sie eine Zeile oder drücken Sie Alt+Hoch und Alt+Runter, um sie umzuordnen.</translation>
    </message>
    <message>
        <source>These upstreams make a cycle: %1. Remove one of them to save.</source>
        <translation>Diese Upstreams bilden einen Zyklus: %1. Entfernen Sie einen davon, um zu speichern.</translation>
    </message>
    <message>
        <source>A repository can have at most %1 upstreams: remove one to add another.</source>
        <translation>Ein Repository kann höchstens %1 Upstreams haben: Entfernen Sie einen, um einen anderen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Not found in %1: %2. Remove it; the service refuses an upstream that does not exist.</source>
        <translation>Nicht gefunden in %1: %2. Entfernen Sie es; der Dienst lehnt einen nicht existierenden Upstream ab.</translation>
    </message>
    <message>
        <source>1 repository of the domain could not be read, so a cycle through it would not show here.</source>
        <translation>1 Repository der Domain konnte nicht gelesen werden; ein Zyklus darüber würde hier also nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 repositories of the domain could not be read, so a cycle through them would not show here.</source>
        <translation>%1 Repositorys der Domain konnten nicht gelesen werden; ein Zyklus über sie würde hier also nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>desk::RepositoryEditActions</name>
    <message>
        <source>New Do&amp;main…</source>
        <translation>Neue Do&amp;main…</translation>
    </message>
    <message>
        <source>Create a domain in this account and region</source>
        <translation>Eine Domain in diesem Konto und dieser Region erstellen</translation>
    </message>
    <message>
        <source>&amp;New Repository…</source>
        <translation>&amp;Neues Repository…</translation>
    </message>
    <message>
        <source>Create a repository in the selected domain, with its upstreams (Ctrl+N)</source>
        <translation>Ein Repository in der ausgewählten Domain erstellen, mit seinen Upstreams (Strg+N)</translation>
    </message>
    <message>
        <source>Edi&amp;t Repository…</source>
        <translation>Repository &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the repository&apos;s description and upstreams (F2)</source>
        <translation>Beschreibung und Upstreams des Repositorys ändern (F2)</translation>
    </message>
    <message>
        <source>De&amp;lete Repository…</source>
        <translation>Repository &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the repository and its packages</source>
        <translation>Das Repository und seine Pakete löschen</translation>
    </message>
    <message>
        <source>Delete D&amp;omain…</source>
        <translation>D&amp;omain löschen…</translation>
    </message>
    <message>
        <source>Delete the domain (it must have no repositories)</source>
        <translation>Die Domain löschen (sie darf keine Repositorys haben)</translation>
    </message>
    <message>
        <source>Created domain %1.</source>
        <translation>Domain %1 erstellt.</translation>
    </message>
    <message>
        <source>Created repository %1 in %2.</source>
        <translation>Repository %1 in %2 erstellt.</translation>
    </message>
    <message>
        <source>Saved repository %1: the details show the service&apos;s answer.</source>
        <translation>Repository %1 gespeichert: Die Details zeigen die Antwort des Dienstes.</translation>
    </message>
    <message>
        <source>Deleted repository %1 from %2.</source>
        <translation>Repository %1 aus %2 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted domain %1.</source>
        <translation>Domain %1 gelöscht.</translation>
    </message>
    <message>
        <source>Reading the upstreams of the repositories of %1…</source>
        <translation>Die Upstreams der Repositorys von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Domain %1 was not created: %2</source>
        <translation>Domain %1 wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Creating domain %1…</source>
        <translation>Domain %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Repository %1 was not created in %2: %3</source>
        <translation>Repository %1 wurde nicht in %2 erstellt: %3</translation>
    </message>
    <message>
        <source>Choose another name, or refresh (F5) to see the repositories there now.</source>
        <translation>Wählen Sie einen anderen Namen oder aktualisieren Sie (F5), um die aktuellen Repositorys dort zu sehen.</translation>
    </message>
    <message>
        <source>Creating repository %1 in %2…</source>
        <translation>Repository %1 wird in %2 erstellt…</translation>
    </message>
    <message>
        <source>Repository %1 was not changed: %2</source>
        <translation>Repository %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Saving repository %1…</source>
        <translation>Repository %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>loses no public registry (it reaches them another way)</source>
        <translation>verliert keine öffentliche Registry (erreicht sie auf anderem Weg)</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>verliert %1</translation>
    </message>
    <message>
        <source>%1 (upstream): %2; it keeps %3 in its list as a name that leads nowhere.</source>
        <translation>%1 (Upstream): %2; %3 bleibt in seiner Liste als Name, der ins Leere führt.</translation>
    </message>
    <message>
        <source>%1 (through its upstreams): %2.</source>
        <translation>%1 (über seine Upstreams): %2.</translation>
    </message>
    <message>
        <source>Delete repository %1 from domain %2? Its packages are deleted with it; this cannot be undone.</source>
        <translation>Repository %1 aus Domain %2 löschen? Seine Pakete werden mitgelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>1 repository uses it as an upstream. The service allows the delete; what the repositories that search it would lose:</source>
        <translation>1 Repository verwendet es als Upstream. Der Dienst erlaubt das Löschen; was die Repositorys, die es durchsuchen, verlieren würden:</translation>
    </message>
    <message>
        <source>%1 repositories use it as an upstream. The service allows the delete; what the repositories that search it would lose:</source>
        <translation>%1 Repositorys verwenden es als Upstream. Der Dienst erlaubt das Löschen; was die Repositorys, die es durchsuchen, verlieren würden:</translation>
    </message>
    <message>
        <source>No repository of %1 uses it as an upstream.</source>
        <translation>Kein Repository von %1 verwendet es als Upstream.</translation>
    </message>
    <message>
        <source>1 repository of the domain could not be read, so more may use it.</source>
        <translation>1 Repository der Domain konnte nicht gelesen werden; es könnten also weitere es verwenden.</translation>
    </message>
    <message>
        <source>%1 repositories of the domain could not be read, so more may use it.</source>
        <translation>%1 Repositorys der Domain konnten nicht gelesen werden; es könnten also weitere es verwenden.</translation>
    </message>
    <message>
        <source>Delete Repository %1</source>
        <translation>Repository %1 löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Repository</source>
        <translation>Repository &amp;löschen</translation>
    </message>
    <message>
        <source>Repository %1 was not deleted: %2</source>
        <translation>Repository %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleting repository %1…</source>
        <translation>Repository %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Delete domain %1? This cannot be undone.</source>
        <translation>Domain %1 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>It still has 1 repository. The service deletes only an empty domain: delete the repository first, or it will refuse.</source>
        <translation>Sie hat noch 1 Repository. Der Dienst löscht nur eine leere Domain: Löschen Sie zuerst das Repository, sonst lehnt er ab.</translation>
    </message>
    <message>
        <source>It still has %1 repositories. The service deletes only an empty domain: delete them first, or it will refuse.</source>
        <translation>Sie hat noch %1 Repositorys. Der Dienst löscht nur eine leere Domain: Löschen Sie diese zuerst, sonst lehnt er ab.</translation>
    </message>
    <message>
        <source>Delete Domain %1</source>
        <translation>Domain %1 löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Domain</source>
        <translation>Domain &amp;löschen</translation>
    </message>
    <message>
        <source>Domain %1 was not deleted: %2</source>
        <translation>Domain %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Delete its repository first, then the domain.</source>
        <translation>Löschen Sie zuerst ihr Repository, dann die Domain.</translation>
    </message>
    <message>
        <source>Delete its %1 repositories first, then the domain.</source>
        <translation>Löschen Sie zuerst ihre %1 Repositorys, dann die Domain.</translation>
    </message>
    <message>
        <source>Deleting domain %1…</source>
        <translation>Domain %1 wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>desk::RepositorySetupController</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>Enter a name: 2 to 50 lowercase letters, digits and hyphens.</source>
        <translation>Geben Sie einen Namen ein: 2 bis 50 Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>A domain name starts with a lowercase letter (a–z).</source>
        <translation>Ein Domain-Name beginnt mit einem Kleinbuchstaben (a–z).</translation>
    </message>
    <message>
        <source>A domain name has only lowercase letters, digits and hyphens: %1 is not allowed.</source>
        <translation>Ein Domain-Name enthält nur Kleinbuchstaben, Ziffern und Bindestriche: %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A domain name has at least 2 characters.</source>
        <translation>Ein Domain-Name hat mindestens 2 Zeichen.</translation>
    </message>
    <message>
        <source>A domain name has at most 50 characters; this one has %1.</source>
        <translation>Ein Domain-Name hat höchstens 50 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>A domain name ends with a letter or a digit, not a hyphen.</source>
        <translation>Ein Domain-Name endet mit einem Buchstaben oder einer Ziffer, nicht mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>The name does not fit the service&apos;s pattern [a-z][a-z0-9-]{0,48}[a-z0-9].</source>
        <translation>Der Name entspricht nicht dem Muster des Dienstes [a-z][a-z0-9-]{0,48}[a-z0-9].</translation>
    </message>
    <message>
        <source>Enter a name: 2 to 100 letters, digits, dots, hyphens and underscores.</source>
        <translation>Geben Sie einen Namen ein: 2 bis 100 Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>A repository name starts with a letter or a digit.</source>
        <translation>Ein Repository-Name beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A repository name has only letters, digits, dots, hyphens and underscores: %1 is not allowed.</source>
        <translation>Ein Repository-Name enthält nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche: %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A repository name has at least 2 characters.</source>
        <translation>Ein Repository-Name hat mindestens 2 Zeichen.</translation>
    </message>
    <message>
        <source>A repository name has at most 100 characters; this one has %1.</source>
        <translation>Ein Repository-Name hat höchstens 100 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>The name does not fit the service&apos;s pattern [A-Za-z0-9][A-Za-z0-9._-]{1,99}.</source>
        <translation>Der Name entspricht nicht dem Muster des Dienstes [A-Za-z0-9][A-Za-z0-9._-]{1,99}.</translation>
    </message>
</context>
<context>
    <name>desk::SandboxLauncher</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
</context>
<context>
    <name>desk::ScreenshotRunner</name>
    <message>
        <source>Timed out waiting for the window to finish loading.</source>
        <translation>Zeitüberschreitung beim Warten darauf, dass das Fenster fertig lädt.</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>desk::SsoCredentialsProvider</name>
    <message>
        <source>IAM Identity Center (%1) of profile %2</source>
        <translation>IAM Identity Center (%1) von Profil %2</translation>
    </message>
    <message>
        <source>role %1 in account %2 via IAM Identity Center (profile %3)</source>
        <translation>Rolle %1 in Konto %2 über IAM Identity Center (Profil %3)</translation>
    </message>
    <message>
        <source>You are not signed in to %1 (%2).</source>
        <translation>Sie sind nicht bei %1 angemeldet (%2).</translation>
    </message>
    <message>
        <source>The sign-in to %1 expired at %2.</source>
        <translation>Die Anmeldung bei %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The sign-in to %1 expired and could not be renewed (%2).</source>
        <translation>Die Anmeldung bei %1 ist abgelaufen und konnte nicht erneuert werden (%2).</translation>
    </message>
    <message>
        <source>Sign in with `aws sso login %1`, then try again.</source>
        <translation>Melden Sie sich mit `aws sso login %1` an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Listing the accounts of %1 failed: %2</source>
        <translation>Das Auflisten der Konten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 gives you no AWS account. Ask your administrator to assign you one.</source>
        <translation>%1 stellt Ihnen kein AWS-Konto bereit. Bitten Sie Ihren Administrator, Ihnen eines zuzuweisen.</translation>
    </message>
    <message>
        <source>Listing your roles in account %1 failed: %2</source>
        <translation>Das Auflisten Ihrer Rollen in Konto %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 gives you no role in any account. Ask your administrator to assign you one.</source>
        <translation>%1 stellt Ihnen in keinem Konto eine Rolle bereit. Bitten Sie Ihren Administrator, Ihnen eine zuzuweisen.</translation>
    </message>
    <message>
        <source>Profile %1 names no sso_account_id and sso_role_name, and you have %2 roles to choose from. Add them to the profile, or start Artifact Desk with its window to choose.</source>
        <translation>Profil %1 nennt weder sso_account_id noch sso_role_name, und Sie haben %2 Rollen zur Auswahl. Ergänzen Sie beide im Profil, oder starten Sie Artifact Desk mit Fenster, um zu wählen.</translation>
    </message>
    <message>
        <source>No account and role was chosen for profile %1.</source>
        <translation>Für Profil %1 wurden kein Konto und keine Rolle gewählt.</translation>
    </message>
    <message>
        <source>The sign-in to %1 is no longer accepted (signed out, or ended by an administrator).</source>
        <translation>Die Anmeldung bei %1 wird nicht mehr akzeptiert (abgemeldet oder von einem Administrator beendet).</translation>
    </message>
    <message>
        <source>Getting credentials for role %1 in account %2 from IAM Identity Center failed: %3</source>
        <translation>Das Abrufen von Anmeldeinformationen für Rolle %1 in Konto %2 von IAM Identity Center ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>profile %1 (IAM Identity Center: role %2 in account %3)</source>
        <translation>Profil %1 (IAM Identity Center: Rolle %2 in Konto %3)</translation>
    </message>
</context>
<context>
    <name>desk::SsoLoginJob</name>
    <message>
        <source>No client to sign in with.</source>
        <translation>Es gibt keinen Client für die Anmeldung.</translation>
    </message>
    <message>
        <source>Registering Artifact Desk with IAM Identity Center (%1) failed: %2</source>
        <translation>Die Registrierung von Artifact Desk bei IAM Identity Center (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>IAM Identity Center did not start the sign-in for %1: %2</source>
        <translation>IAM Identity Center hat die Anmeldung für %1 nicht gestartet: %2</translation>
    </message>
    <message>
        <source>The sign-in code %1 expired before it was confirmed. Sign in again.</source>
        <translation>Der Anmeldecode %1 ist abgelaufen, bevor er bestätigt wurde. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser. Nothing was changed.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>IAM Identity Center refused the sign-in: %1</source>
        <translation>IAM Identity Center hat die Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>desk::SsoRolePickerDialog</name>
    <message>
        <source>Choose an Account and Role</source>
        <translation>Konto und Rolle wählen</translation>
    </message>
    <message>
        <source>Profile %1 names no account and role. Choose the one to use with %2:</source>
        <translation>Profil %1 nennt kein Konto und keine Rolle. Wählen Sie, was mit %2 verwendet werden soll:</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Konten und Rollen</translation>
    </message>
    <message>
        <source>Account or role</source>
        <translation>Konto oder Rolle</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>&amp;Save as a profile in the AWS config file</source>
        <translation>Als Profil in der AWS-Konfigurationsdatei &amp;speichern</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Use This Role</source>
        <translation>Diese Rolle &amp;verwenden</translation>
    </message>
    <message>
        <source>Type a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ - @ + only.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern und . _ - @ +.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>Ein Profil namens %1 existiert bereits.</translation>
    </message>
</context>
<context>
    <name>desk::SsoSignInDialog</name>
    <message>
        <source>Sign In to IAM Identity Center</source>
        <translation>Bei IAM Identity Center anmelden</translation>
    </message>
    <message>
        <source>Artifact Desk is signing in to %1 at %2. The AWS CLI shares this sign-in.</source>
        <translation>Artifact Desk meldet sich bei %1 unter %2 an. Die AWS CLI verwendet dieselbe Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Asking IAM Identity Center for a sign-in code…</source>
        <translation>IAM Identity Center wird nach einem Anmeldecode gefragt…</translation>
    </message>
    <message>
        <source>&amp;Open Sign-In Page</source>
        <translation>Anmeldeseite &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link, open it in a browser, and check that it shows the code above.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link, öffnen Sie ihn in einem Browser und prüfen Sie, ob dort der obige Code angezeigt wird.</translation>
    </message>
    <message>
        <source>In the browser, check that the page shows this code and approve the sign-in. Waiting for your approval (%1:%2 left)…</source>
        <translation>Prüfen Sie im Browser, ob die Seite diesen Code anzeigt, und bestätigen Sie die Anmeldung. Warten auf Ihre Bestätigung (noch %1:%2)…</translation>
    </message>
</context>
<context>
    <name>desk::UpstreamListModel</name>
    <message>
        <source>%1. %2 — not found in this domain</source>
        <translation>%1. %2 — in dieser Domain nicht gefunden</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 no longer exists in this domain (it was deleted). Remove it: the service refuses an upstream that does not exist.</source>
        <translation>%1 existiert in dieser Domain nicht mehr (wurde gelöscht). Entfernen Sie es: Der Dienst lehnt einen nicht existierenden Upstream ab.</translation>
    </message>
    <message>
        <source>Searched %1. Alt+Up and Alt+Down move it.</source>
        <translation>An %1. Stelle durchsucht. Alt+Hoch und Alt+Runter verschieben es.</translation>
    </message>
</context>
<context>
    <name>desk::WelcomePage</name>
    <message>
        <source>Welcome to Artifact Desk</source>
        <translation>Willkommen bei Artifact Desk</translation>
    </message>
    <message>
        <source>Browse your AWS CodeArtifact domains and repositories, and connect repositories to public package registries such as PyPI, npm or Maven Central.

No AWS credentials were found. Try Artifact Desk on a local sandbox with demo content, or add your credentials.</source>
        <translation>Durchsuchen Sie Ihre AWS-CodeArtifact-Domains und -Repositorys und verbinden Sie Repositorys mit öffentlichen Paket-Registrys wie PyPI, npm oder Maven Central.

Es wurden keine AWS-Anmeldeinformationen gefunden. Probieren Sie Artifact Desk in einer lokalen Sandbox mit Demo-Inhalten aus, oder fügen Sie Ihre Anmeldeinformationen hinzu.</translation>
    </message>
    <message>
        <source>&amp;Try the Sandbox</source>
        <translation>Sandbox aus&amp;probieren</translation>
    </message>
    <message>
        <source>Start a local CodeArtifact sandbox with demo domains and repositories</source>
        <translation>Eine lokale CodeArtifact-Sandbox mit Demo-Domains und -Repositorys starten</translation>
    </message>
    <message>
        <source>&amp;Add AWS Credentials</source>
        <translation>AWS-Anmeldeinformationen hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Other ways to sign in</source>
        <translation>&amp;Weitere Anmeldemöglichkeiten</translation>
    </message>
    <message>
        <source>Artifact Desk reads the same environment variables as the AWS CLI. Set them in the shell that starts Artifact Desk, then start it again.</source>
        <translation>Artifact Desk liest dieselben Umgebungsvariablen wie die AWS CLI. Setzen Sie sie in der Shell, die Artifact Desk startet, und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Environment variables to set</source>
        <translation>Zu setzende Umgebungsvariablen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>This build of Artifact Desk has no sandbox</source>
        <translation>Dieser Build von Artifact Desk hat keine Sandbox</translation>
    </message>
    <message>
        <source>Add a profile in the dialog: the secret access key is kept in the system keychain, never in a file. Or set the same environment variables as for the AWS CLI, or use a profile from ~/.aws/config (--profile NAME), and start Artifact Desk again.</source>
        <translation>Fügen Sie im Dialog ein Profil hinzu: Der geheime Zugriffsschlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Oder setzen Sie dieselben Umgebungsvariablen wie für die AWS CLI, oder verwenden Sie ein Profil aus ~/.aws/config (--profile NAME), und starten Sie Artifact Desk erneut.</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>nur für temporäre Anmeldeinformationen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>this build has no sandbox</source>
        <translation>dieser Build hat keine Sandbox</translation>
    </message>
    <message>
        <source>a run with --screenshot cannot ask for one. Start Artifact Desk with its window, or use a profile without mfa_serial.</source>
        <translation>ein Lauf mit --screenshot kann nicht danach fragen. Starten Sie Artifact Desk mit Fenster, oder verwenden Sie ein Profil ohne mfa_serial.</translation>
    </message>
    <message>
        <source>A run with --screenshot cannot sign in or choose a role.</source>
        <translation>Ein Lauf mit --screenshot kann sich nicht anmelden und keine Rolle wählen.</translation>
    </message>
    <message>
        <source>a run with --export-inventory cannot ask for one. Use a profile without mfa_serial, or sign in another way first.</source>
        <translation>ein Lauf mit --export-inventory kann nicht danach fragen. Verwenden Sie ein Profil ohne mfa_serial, oder melden Sie sich vorher auf anderem Weg an.</translation>
    </message>
    <message>
        <source>A run with --export-inventory cannot sign in or choose a role.</source>
        <translation>Ein Lauf mit --export-inventory kann sich nicht anmelden und keine Rolle wählen.</translation>
    </message>
</context>
</TS>
