<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddEntityCommand</name>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="25"/>
        <source>A collection of virtual systems</source>
        <translation>Eine Sammlung virtueller Systeme</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="26"/>
        <source>A virtual machine</source>
        <translation>Eine virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="33"/>
        <source>Virtual hardware requirements</source>
        <translation>Anforderungen an die virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="45"/>
        <source>No place to add to.</source>
        <translation>Es gibt keinen Ort, an dem hinzugefügt werden kann.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="48"/>
        <source>Pre-1.0 draft descriptors describe entities as Content elements; adding them is not supported.</source>
        <translation>Entwurfsdeskriptoren vor Version 1.0 beschreiben Entitäten als Content-Elemente; das Hinzufügen wird dort nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="55"/>
        <source>The Envelope already has its one virtual system or collection (DSP0243: exactly one content entity); add to a collection instead.</source>
        <translation>Das Envelope hat bereits sein einziges virtuelles System bzw. seine einzige Sammlung (DSP0243: genau eine Inhaltsentität); fügen Sie stattdessen zu einer Sammlung hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="63"/>
        <source>Virtual systems and collections can only be added to a collection.</source>
        <translation>Virtuelle Systeme und Sammlungen können nur zu einer Sammlung hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="72"/>
        <source>Add collection &apos;%1&apos;</source>
        <translation>Sammlung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="73"/>
        <source>Add virtual system &apos;%1&apos;</source>
        <translation>Virtuelles System „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddSectionCommand</name>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="22"/>
        <source>the Envelope</source>
        <translation>das Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="28"/>
        <source>Virtual disk information</source>
        <translation>Informationen zu virtuellen Festplatten</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="29"/>
        <source>The list of logical networks</source>
        <translation>Die Liste der logischen Netzwerke</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="30"/>
        <source>The list of deployment options</source>
        <translation>Die Liste der Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="31"/>
        <source>Virtual disks shared by virtual systems</source>
        <translation>Von virtuellen Systemen gemeinsam genutzte virtuelle Festplatten</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="32"/>
        <source>A human-readable annotation</source>
        <translation>Eine für Menschen lesbare Anmerkung</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="33"/>
        <source>Information about the installed software</source>
        <translation>Informationen über die installierte Software</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="34"/>
        <source>The kind of installed guest operating system</source>
        <translation>Die Art des installierten Gastbetriebssystems</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="35"/>
        <source>License agreement</source>
        <translation>Lizenzvereinbarung (EULA)</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="36"/>
        <source>Virtual hardware requirements</source>
        <translation>Anforderungen an die virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="37"/>
        <source>Resource constraints of the collection</source>
        <translation>Ressourcenbeschränkungen der Sammlung</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="38"/>
        <source>The virtual system needs to be powered on once after deployment</source>
        <translation>Das virtuelle System muss nach der Bereitstellung einmal eingeschaltet werden</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="39"/>
        <source>Power-on order of the virtual systems</source>
        <translation>Einschaltreihenfolge der virtuellen Systeme</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="40"/>
        <source>Files passed to the guest with the environment</source>
        <translation>Dateien, die dem Gast mit der Umgebung übergeben werden</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="41"/>
        <source>Boot device order</source>
        <translation>Reihenfolge der Startgeräte</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="42"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="69"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="75"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="76"/>
        <source>The default configuration</source>
        <translation>Die Standardkonfiguration</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="87"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../views/annotationeditor.cpp" line="21"/>
        <source>Edit the annotation&apos;s Info</source>
        <translation>Info der Anmerkung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="44"/>
        <source>Edit the annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="72"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="75"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="77"/>
        <source>A note for the operator who deploys the appliance</source>
        <translation>Ein Hinweis für die Person, die die Appliance bereitstellt</translation>
    </message>
</context>
<context>
    <name>AnswerFile</name>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="36"/>
        <source>%1: unknown key, ignored</source>
        <translation>%1: unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="47"/>
        <source>%1: not a string</source>
        <translation>%1: keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="58"/>
        <location filename="../model/deploy/answerfile.cpp" line="150"/>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="62"/>
        <source>%1.%2: not a string</source>
        <translation>%1.%2: keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="79"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="81"/>
        <source>the answer file is not a JSON object</source>
        <translation>die Antwortdatei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="84"/>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format: „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="87"/>
        <source>version: expected a positive integer</source>
        <translation>version: positive Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="89"/>
        <source>version: %1 is newer than the version this program reads (%2)</source>
        <translation>version: %1 ist neuer als die Version, die dieses Programm liest (%2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="112"/>
        <source>diskFormat: &apos;%1&apos; is not &quot;qcow2&quot; or &quot;raw&quot;</source>
        <translation>diskFormat: „%1“ ist weder &quot;qcow2&quot; noch &quot;raw&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="116"/>
        <source>powerOn: not a boolean</source>
        <translation>powerOn: kein boolescher Wert</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="128"/>
        <source>target: not an object</source>
        <translation>target: kein Objekt</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="134"/>
        <source>target.backend: &apos;%1&apos; is not &quot;libvirt&quot; or &quot;folder&quot;</source>
        <translation>target.backend: „%1“ ist weder &quot;libvirt&quot; noch &quot;folder&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="145"/>
        <source>eulas: not an array</source>
        <translation>eulas: kein Array</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="158"/>
        <source>%1.index: expected a non-negative integer</source>
        <translation>%1.index: nicht negative Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="163"/>
        <source>%1.sha256: expected 64 hexadecimal digits</source>
        <translation>%1.sha256: 64 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="170"/>
        <source>%1.acceptedAt: expected an ISO 8601 date and time</source>
        <translation>%1.acceptedAt: Datum und Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="183"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="185"/>
        <source>%1: larger than 16 MiB, not an answer file</source>
        <translation>%1: größer als 16 MiB, keine Antwortdatei</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="249"/>
        <location filename="../model/deploy/answerfile.cpp" line="252"/>
        <location filename="../model/deploy/answerfile.cpp" line="255"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveOrder</name>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="25"/>
        <source>the descriptor &apos;%1&apos; is member %2 of the archive; DSP0243 §5.3 requires it first</source>
        <translation>der Deskriptor „%1“ ist Eintrag %2 des Archivs; DSP0243 §5.3 verlangt ihn als ersten</translation>
    </message>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="41"/>
        <source>&apos;%1&apos; must directly follow the descriptor or end the archive (DSP0243 §5.3)</source>
        <translation>„%1“ muss direkt auf den Deskriptor folgen oder das Archiv beenden (DSP0243 §5.3)</translation>
    </message>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="61"/>
        <source>&apos;%1&apos; comes before &apos;%2&apos; in the archive, but the References section lists it later (DSP0243 §5.3)</source>
        <translation>„%1“ steht im Archiv vor „%2“, der References-Abschnitt führt es aber später auf (DSP0243 §5.3)</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../model/package/archivereader.cpp" line="79"/>
        <source>OVA (tar)</source>
        <translation>OVA (tar)</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="80"/>
        <source>gzip-compressed OVA</source>
        <translation>gzip-komprimiertes OVA</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="81"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="82"/>
        <source>OVF folder</source>
        <translation>OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="99"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="131"/>
        <source>&apos;%1&apos;: directory entry ignored</source>
        <translation>„%1“: Verzeichniseintrag ignoriert</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="159"/>
        <source>holds %1 bytes, its header declares %2</source>
        <translation>enthält %1 Bytes, sein Header gibt %2 an</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="167"/>
        <source>holds more data than the %1 bytes its header declares</source>
        <translation>enthält mehr Daten als die %1 Bytes, die sein Header angibt</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="197"/>
        <source>is %1 bytes; the limit is %2</source>
        <translation>ist %1 Bytes groß; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="221"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="225"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="229"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="232"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="249"/>
        <source>a gzip-compressed file that does not hold a tar archive</source>
        <translation>eine gzip-komprimierte Datei, die kein tar-Archiv enthält</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="260"/>
        <source>not an OVA (tar), a gzip-compressed OVA, a ZIP or an OVF descriptor</source>
        <translation>weder ein OVA (tar), ein gzip-komprimiertes OVA, ein ZIP noch ein OVF-Deskriptor</translation>
    </message>
</context>
<context>
    <name>AutosaveRestoreDialog</name>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="17"/>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="19"/>
        <source>OVF Workbench did not close cleanly last time. These documents had unsaved changes that were autosaved:</source>
        <translation>OVF Workbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen, die automatisch gesichert wurden:</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>Autosaved</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="26"/>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="36"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="37"/>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="38"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../model/deploy/backend.cpp" line="24"/>
        <source>the domain type must be &apos;qemu&apos; or &apos;kvm&apos;</source>
        <translation>der Domänentyp muss &apos;qemu&apos; oder &apos;kvm&apos; sein</translation>
    </message>
</context>
<context>
    <name>ChunkReassembler</name>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="48"/>
        <source>ovf:chunkSize must be a positive number of bytes</source>
        <translation>ovf:chunkSize muss eine positive Anzahl Bytes sein</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="50"/>
        <source>ovf:size must not be negative</source>
        <translation>ovf:size darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="53"/>
        <source>%1 bytes in chunks of %2 need more chunks than nine digits can number</source>
        <translation>%1 Bytes in Teilstücken zu %2 brauchen mehr Teilstücke, als neun Ziffern nummerieren können</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="86"/>
        <source>is not a chunk of &apos;%1&apos;</source>
        <translation>ist kein Teilstück von „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/package/chunkreassembler.cpp" line="90"/>
        <source>is one chunk too many: %1 bytes in chunks of %2 make %n chunk(s)</source>
        <translation>
            <numerusform>ist ein Teilstück zu viel: %1 Bytes in Teilstücken zu %2 ergeben %n Teilstück</numerusform>
            <numerusform>ist ein Teilstück zu viel: %1 Bytes in Teilstücken zu %2 ergeben %n Teilstücke</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="96"/>
        <location filename="../model/package/chunkreassembler.cpp" line="166"/>
        <source>comes after &apos;%1&apos; (chunks must be in order)</source>
        <translation>kommt nach „%1“ (Teilstücke müssen in Reihenfolge stehen)</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="100"/>
        <source>follows &apos;%1&apos;, whose size made it the last chunk</source>
        <translation>folgt auf „%1“, das nach seiner Größe das letzte Teilstück war</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="104"/>
        <source>is missing (&apos;%1&apos; comes in its place)</source>
        <translation>fehlt („%1“ steht an seiner Stelle)</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="111"/>
        <source>holds %1 bytes; as the last chunk it must hold %2 so that the chunks add up to ovf:size %3</source>
        <translation>enthält %1 Bytes; als letztes Teilstück muss es %2 enthalten, damit die Teilstücke ovf:size %3 ergeben</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="115"/>
        <source>holds %1 bytes; every chunk but the last must hold ovf:chunkSize %2 bytes</source>
        <translation>enthält %1 Bytes; jedes Teilstück außer dem letzten muss ovf:chunkSize %2 Bytes enthalten</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="121"/>
        <source>holds %1 bytes, more than ovf:chunkSize %2</source>
        <translation>enthält %1 Bytes, mehr als ovf:chunkSize %2</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="137"/>
        <source>is missing: %1 of %2 chunks found</source>
        <translation>fehlt: %1 von %2 Teilstücken gefunden</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="140"/>
        <source>is missing: no chunk found</source>
        <translation>fehlt: kein Teilstück gefunden</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="150"/>
        <source>is present whole although the descriptor declares it chunked (ovf:chunkSize)</source>
        <translation>liegt vollständig vor, obwohl der Deskriptor es als aufgeteilt angibt (ovf:chunkSize)</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="16"/>
        <source>Deployment option</source>
        <translation>Bereitstellungsoption</translation>
    </message>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="17"/>
        <source>Choose the configuration to deploy. It decides the virtual hardware and the default values.</source>
        <translation>Wählen Sie die bereitzustellende Konfiguration. Sie bestimmt die virtuelle Hardware und die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="75"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>ConfigurationValuesDialog</name>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="108"/>
        <source>Set per-configuration values of %1</source>
        <translation>Werte je Konfiguration für %1 festlegen</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="154"/>
        <source>Values per deployment option: %1</source>
        <translation>Werte je Bereitstellungsoption: %1</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="155"/>
        <source>A value here replaces the default value (%1) when that deployment option is chosen. Leave it empty to use the default.</source>
        <translation>Ein Wert hier ersetzt den Standardwert (%1), wenn diese Bereitstellungsoption gewählt wird. Leer lassen, um den Standardwert zu verwenden.</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="157"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Deployment option</source>
        <translation>Bereitstellungsoption</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>DeployWizard</name>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="24"/>
        <source>Deploy Appliance</source>
        <translation>Appliance bereitstellen</translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="28"/>
        <source>not removed: %1</source>
        <translation>nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="35"/>
        <source>Verifying the package</source>
        <translation>Paket wird verifiziert</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="36"/>
        <source>Checking the plan</source>
        <translation>Plan wird geprüft</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="37"/>
        <source>Converting disks</source>
        <translation>Festplatten werden konvertiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="38"/>
        <source>Writing the OVF environment</source>
        <translation>OVF-Umgebung wird geschrieben</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="39"/>
        <source>Defining virtual machines</source>
        <translation>Virtuelle Maschinen werden definiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="40"/>
        <source>Starting virtual machines</source>
        <translation>Virtuelle Maschinen werden gestartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="41"/>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="69"/>
        <location filename="../model/deploy/deployer.cpp" line="201"/>
        <location filename="../model/deploy/deployer.cpp" line="271"/>
        <location filename="../model/deploy/deployer.cpp" line="275"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="74"/>
        <source>%1: the package is invalid and is not deployed</source>
        <translation>%1: das Paket ist ungültig und wird nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="83"/>
        <source>%1: the package has no manifest, so its disks cannot be checked; it is not deployed</source>
        <translation>%1: das Paket hat kein Manifest, daher können seine Festplatten nicht geprüft werden; es wird nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="92"/>
        <source>the deployment plan has problems</source>
        <translation>der Bereitstellungsplan hat Probleme</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="100"/>
        <source>%1: disk %2 has no file (a blank disk); creating blank disks is not supported yet</source>
        <translation>%1: Festplatte %2 hat keine Datei (leere Festplatte); das Anlegen leerer Festplatten wird noch nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="103"/>
        <source>%1: disk %2: %3</source>
        <translation>%1: Festplatte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="188"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="245"/>
        <source>%1: environment transport &apos;%2&apos; is not offered by this target; the guest gets no OVF environment</source>
        <translation>%1: Umgebungstransport „%2“ wird von diesem Ziel nicht angeboten; der Gast erhält keine OVF-Umgebung</translation>
    </message>
</context>
<context>
    <name>DeployerDomain</name>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="65"/>
        <source>no free drive slot for the OVF environment CD-ROM</source>
        <translation>kein freier Laufwerksplatz für das CD-ROM mit der OVF-Umgebung</translation>
    </message>
</context>
<context>
    <name>DeploymentOptionsEditor</name>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="108"/>
        <source>Edit the label of deployment option %1</source>
        <translation>Bezeichnung der Bereitstellungsoption %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="113"/>
        <source>Edit the description of deployment option %1</source>
        <translation>Beschreibung der Bereitstellungsoption %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="183"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="195"/>
        <source>No deployment options: the appliance deploys in one way.</source>
        <translation>Keine Bereitstellungsoptionen: Die Appliance wird auf eine einzige Weise bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="196"/>
        <source>Deployment options: %n. The default one is used when the operator does not choose.</source>
        <translation>
            <numerusform>Bereitstellungsoptionen: %n. Die Standardoption wird verwendet, wenn niemand eine auswählt.</numerusform>
            <numerusform>Bereitstellungsoptionen: %n. Die Standardoption wird verwendet, wenn niemand eine auswählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="225"/>
        <source>ovf:configuration attributes naming it: %n</source>
        <translation>
            <numerusform>ovf:configuration-Attribute, die sie nennen: %n</numerusform>
            <numerusform>ovf:configuration-Attribute, die sie nennen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="228"/>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="230"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="244"/>
        <source>An id is required</source>
        <translation>Eine ID ist erforderlich</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="246"/>
        <source>An id cannot contain spaces: ovf:configuration lists ids separated by spaces</source>
        <translation>Eine ID darf keine Leerzeichen enthalten: ovf:configuration führt IDs durch Leerzeichen getrennt auf</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="249"/>
        <source>Another deployment option already has the id %1</source>
        <translation>Eine andere Bereitstellungsoption hat bereits die ID %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="281"/>
        <source>Add deployment option %1</source>
        <translation>Bereitstellungsoption %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="285"/>
        <source>Describe when to choose this option</source>
        <translation>Beschreiben Sie, wann diese Option zu wählen ist</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="299"/>
        <source>Remove deployment option %1</source>
        <translation>Bereitstellungsoption %1 entfernen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="310"/>
        <source>Make %1 the default deployment option</source>
        <translation>%1 zur Standard-Bereitstellungsoption machen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="311"/>
        <source>Make %1 no longer the default</source>
        <translation>%1 nicht mehr als Standard verwenden</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="322"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="323"/>
        <source>Add Option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="324"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="326"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="326"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="326"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="334"/>
        <source>Default option (ovf:default)</source>
        <translation>Standardoption (ovf:default)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="335"/>
        <source>Renaming updates every ovf:configuration reference; it is applied when you leave the field</source>
        <translation>Umbenennen aktualisiert jeden ovf:configuration-Verweis; es wird beim Verlassen des Felds angewendet</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../wizards/detailspage.cpp" line="22"/>
        <source>Appliance details</source>
        <translation>Appliance-Details</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="23"/>
        <source>What the package contains.</source>
        <translation>Was das Paket enthält.</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="46"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="47"/>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="48"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="49"/>
        <source>Virtual machines:</source>
        <translation>Virtuelle Maschinen:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="50"/>
        <source>Download size:</source>
        <translation>Downloadgröße:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="51"/>
        <source>Size on disk:</source>
        <translation>Speicherbedarf:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="57"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="88"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="132"/>
        <source>up to %1 (one disk)</source>
        <translation>bis zu %1 (eine Festplatte)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="133"/>
        <source>up to %1 (%2 disks)</source>
        <translation>bis zu %1 (%2 Festplatten)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="135"/>
        <source>(disks of unknown capacity: %1)</source>
        <translation>(Festplatten mit unbekannter Kapazität: %1)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="150"/>
        <source>The package has no description.</source>
        <translation>Das Paket hat keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../views/detailsview.cpp" line="68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="68"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="84"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="85"/>
        <source>Select a node in the tree to see its attributes.</source>
        <translation>Wählen Sie einen Knoten im Baum, um seine Attribute zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="91"/>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="102"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="107"/>
        <source>Namespace declarations</source>
        <translation>Namensraum-Deklarationen</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="116"/>
        <source>Child elements</source>
        <translation>Kindelemente</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="125"/>
        <source>No attributes</source>
        <translation>Keine Attribute</translation>
    </message>
</context>
<context>
    <name>DiskConverter</name>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="52"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="69"/>
        <source>not a readable regular file</source>
        <translation>keine lesbare reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="72"/>
        <source>the byte range lies outside the file</source>
        <translation>der Bytebereich liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="138"/>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="149"/>
        <source>the bytes read do not match the verified %1 digest (expected %2, read %3); nothing was kept</source>
        <translation>die gelesenen Bytes stimmen nicht mit der verifizierten %1-Prüfsumme überein (erwartet %2, gelesen %3); nichts wurde behalten</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="166"/>
        <source>qemu-img convert failed: %1</source>
        <translation>qemu-img convert fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="172"/>
        <source>the file changed while it was read; nothing was kept</source>
        <translation>die Datei hat sich beim Lesen geändert; nichts wurde behalten</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="175"/>
        <source>cannot rename the converted disk into place</source>
        <translation>die konvertierte Festplatte kann nicht an ihren Platz umbenannt werden</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="187"/>
        <source>no verified package</source>
        <translation>kein verifiziertes Paket</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="189"/>
        <source>the package failed verification</source>
        <translation>das Paket hat die Verifizierung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="196"/>
        <source>no such File in References</source>
        <translation>kein solches File in den References</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="199"/>
        <source>the file did not pass verification</source>
        <translation>die Datei hat die Verifizierung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="209"/>
        <source>no Disk with a known ovf:format references this file</source>
        <translation>kein Disk mit bekanntem ovf:format verweist auf diese Datei</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="221"/>
        <source>the member has no verified digest</source>
        <translation>der Eintrag hat keine verifizierte Prüfsumme</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="231"/>
        <source>its size changed since verification</source>
        <translation>seine Größe hat sich seit der Verifizierung geändert</translation>
    </message>
</context>
<context>
    <name>DiskImage</name>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="71"/>
        <source>disk format &apos;%1&apos; is not supported (vmdk, qcow2 or raw)</source>
        <translation>Festplattenformat „%1“ wird nicht unterstützt (vmdk, qcow2 oder raw)</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="80"/>
        <source>qemu-img info did not finish</source>
        <translation>qemu-img info wurde nicht beendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="84"/>
        <source>qemu-img cannot read it as %1: %2</source>
        <translation>qemu-img kann es nicht als %1 lesen: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="89"/>
        <source>qemu-img info gave no JSON</source>
        <translation>qemu-img info lieferte kein JSON</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="91"/>
        <source>the image has a backing file (&apos;%1&apos;); only self-contained disks are deployed</source>
        <translation>das Image hat eine Backing-Datei („%1“); nur eigenständige Festplatten werden bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="95"/>
        <source>the image keeps its data in an external file (&apos;%1&apos;)</source>
        <translation>das Image speichert seine Daten in einer externen Datei („%1“)</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="99"/>
        <source>qemu-img read it as &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>qemu-img hat es als „%1“ gelesen, nicht als „%2“</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="103"/>
        <source>VMDK create type &apos;%1&apos; is not allowed (streamOptimized or monolithicSparse only)</source>
        <translation>VMDK-Erstellungstyp „%1“ ist nicht zulässig (nur streamOptimized oder monolithicSparse)</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="107"/>
        <source>the VMDK has %1 extents; one is allowed</source>
        <translation>die VMDK hat %1 Extents; einer ist zulässig</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="110"/>
        <source>the VMDK&apos;s extent points outside the image (&apos;%1&apos;)</source>
        <translation>der Extent der VMDK zeigt außerhalb des Images („%1“)</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="114"/>
        <source>qemu-img reports no virtual size</source>
        <translation>qemu-img meldet keine virtuelle Größe</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="117"/>
        <source>its virtual size %1 bytes exceeds the disk&apos;s declared capacity of %2 bytes</source>
        <translation>ihre virtuelle Größe von %1 Bytes übersteigt die angegebene Kapazität der Festplatte von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="132"/>
        <source>not a package</source>
        <translation>kein Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="138"/>
        <source>the package is invalid and was not opened:
%1</source>
        <translation>das Paket ist ungültig und wurde nicht geöffnet:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentloader.cpp" line="172"/>
        <source>%n member(s) no File references will not be saved with the package</source>
        <translation>
            <numerusform>%n Element, auf das keine File-Referenz verweist, wird nicht mit dem Paket gespeichert</numerusform>
            <numerusform>%n Elemente, auf die keine File-Referenz verweist, werden nicht mit dem Paket gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentOrigin</name>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="45"/>
        <source>OVA</source>
        <translation>OVA</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="46"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="47"/>
        <source>OVF folder</source>
        <translation>OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="54"/>
        <source>OVF descriptor</source>
        <translation>OVF-Deskriptor</translation>
    </message>
</context>
<context>
    <name>DocumentSaver</name>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="90"/>
        <location filename="../app/gui/documentsaver.cpp" line="92"/>
        <location filename="../app/gui/documentsaver.cpp" line="118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="111"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="164"/>
        <source>the files carried over were not compared with the digests checked when the package was opened (they were checked in another algorithm)</source>
        <translation>die übernommenen Dateien wurden nicht mit den beim Öffnen geprüften Prüfsummen verglichen (diese wurden mit einem anderen Algorithmus geprüft)</translation>
    </message>
</context>
<context>
    <name>DocumentSummary</name>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="22"/>
        <source>1 virtual system</source>
        <translation>1 virtuelles System</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentsummary.cpp" line="23"/>
        <source>%n virtual systems</source>
        <translation>
            <numerusform>%n virtuelles System</numerusform>
            <numerusform>%n virtuelle Systeme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="24"/>
        <source>1 property</source>
        <translation>1 Eigenschaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentsummary.cpp" line="24"/>
        <source>%n properties</source>
        <translation>
            <numerusform>%n Eigenschaft</numerusform>
            <numerusform>%n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="25"/>
        <source>Opened %1: %2, %3</source>
        <translation>%1 geöffnet: %2, %3</translation>
    </message>
</context>
<context>
    <name>DocumentWorkspace</name>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="185"/>
        <source>Open an OVF descriptor (File &gt; Open) or drop one here</source>
        <translation>Öffnen Sie einen OVF-Deskriptor (Datei &gt; Öffnen) oder ziehen Sie ihn hierher</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="186"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="187"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="188"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>DomainXmlBuilder</name>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="42"/>
        <source>memory item %1: %2; using 512 MiB</source>
        <translation>Arbeitsspeicher-Item %1: %2; es werden 512 MiB verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="43"/>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="121"/>
        <source>processor item %1: &apos;%2&apos; is not a usable CPU count; using 1</source>
        <translation>Prozessor-Item %1: „%2“ ist keine brauchbare CPU-Anzahl; es wird 1 verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="129"/>
        <source>IDE controller %1: QEMU&apos;s PIIX has two IDE channels; its devices go to the first</source>
        <translation>IDE-Controller %1: PIIX von QEMU hat zwei IDE-Kanäle; seine Geräte kommen an den ersten</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="139"/>
        <source>SCSI controller %1: QEMU has no &apos;%2&apos; controller; using virtio-scsi</source>
        <translation>SCSI-Controller %1: QEMU hat keinen „%2“-Controller; es wird virtio-scsi verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="150"/>
        <source>storage controller %1 (&apos;%2&apos;): attached as a SATA (AHCI) controller</source>
        <translation>Speichercontroller %1 („%2“): als SATA-Controller (AHCI) angeschlossen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="179"/>
        <source>%1: parent controller %2 not found; attached to IDE</source>
        <translation>%1: übergeordneter Controller %2 nicht gefunden; an IDE angeschlossen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="229"/>
        <source>%1: no free unit on its controller; left out</source>
        <translation>%1: keine freie Unit an seinem Controller; ausgelassen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="244"/>
        <source>disk drive %1 names no disk; left out</source>
        <translation>Festplattenlaufwerk %1 nennt keine Festplatte; ausgelassen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="259"/>
        <source>network adapter %1: QEMU has no &apos;%2&apos;; using e1000</source>
        <translation>Netzwerkadapter %1: QEMU hat kein „%2“; es wird e1000 verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="274"/>
        <source>floppy drive %1 ignored</source>
        <translation>Diskettenlaufwerk %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="277"/>
        <source>sound card %1 ignored</source>
        <translation>Soundkarte %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="280"/>
        <source>parallel port %1 ignored</source>
        <translation>Parallele Schnittstelle %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="286"/>
        <source>%1 (resource type %2) ignored</source>
        <translation>%1 (Ressourcentyp %2) ignoriert</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizards/donepage.cpp" line="14"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="42"/>
        <source>The appliance was deployed.</source>
        <translation>Die Appliance wurde bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="43"/>
        <source>Written to %1.</source>
        <translation>In %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="43"/>
        <source>Defined at %1.</source>
        <translation>Definiert in %1.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="44"/>
        <source>Virtual machines: %1</source>
        <translation>Virtuelle Maschinen: %1</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="47"/>
        <source>To define them in libvirt, run the script in the folder (it takes a connection URI, qemu:///system by default):</source>
        <translation>Um sie in libvirt zu definieren, führen Sie das Skript im Ordner aus (es erwartet eine Verbindungs-URI, standardmäßig qemu:///system):</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="53"/>
        <source>The deployment was cancelled.</source>
        <translation>Die Bereitstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="54"/>
        <source>Cancelled: everything created so far was removed.</source>
        <translation>Abgebrochen: Alles bisher Angelegte wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="56"/>
        <source>The deployment failed.</source>
        <translation>Die Bereitstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="57"/>
        <source>The deployment failed: %1</source>
        <translation>Die Bereitstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="60"/>
        <source>These could not be removed:</source>
        <translation>Folgendes konnte nicht entfernt werden:</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
</context>
<context>
    <name>DuplicateEntityCommand</name>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="59"/>
        <source>Only virtual systems and collections are duplicated here.</source>
        <translation>Hier werden nur virtuelle Systeme und Sammlungen dupliziert.</translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="61"/>
        <source>The Envelope holds exactly one virtual system or collection; duplicate the entities inside a collection instead.</source>
        <translation>Das Envelope enthält genau ein virtuelles System oder eine Sammlung; duplizieren Sie stattdessen die Entitäten innerhalb einer Sammlung.</translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="73"/>
        <source>Duplicate collection &apos;%1&apos; as &apos;%2&apos;</source>
        <translation>Sammlung „%1“ als „%2“ duplizieren</translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="74"/>
        <source>Duplicate virtual system &apos;%1&apos; as &apos;%2&apos;</source>
        <translation>Virtuelles System „%1“ als „%2“ duplizieren</translation>
    </message>
</context>
<context>
    <name>EffectiveConfiguration</name>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="207"/>
        <source>the virtual system has no VirtualHardwareSection</source>
        <translation>das virtuelle System hat keinen VirtualHardwareSection</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="216"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="225"/>
        <source>no VirtualHardwareSection has a virtual system type that QEMU/KVM can run: %1</source>
        <translation>kein VirtualHardwareSection hat einen Typ des virtuellen Systems, den QEMU/KVM ausführen kann: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="228"/>
        <source>showing the hardware of the first VirtualHardwareSection (%1)</source>
        <translation>es wird die Hardware des ersten VirtualHardwareSection angezeigt (%1)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="233"/>
        <source>VirtualHardwareSection %1 of %2 chosen (type %3; types offered: %4)</source>
        <translation>VirtualHardwareSection %1 von %2 gewählt (Typ %3; angebotene Typen: %4)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="260"/>
        <source>the package has no deployment options (no DeploymentOptionSection)</source>
        <translation>das Paket hat keine Bereitstellungsoptionen (kein DeploymentOptionSection)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="263"/>
        <source>the package has no deployment option with this id</source>
        <translation>das Paket hat keine Bereitstellungsoption mit dieser ID</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="267"/>
        <source>the Envelope has no VirtualSystem</source>
        <translation>das Envelope hat kein VirtualSystem</translation>
    </message>
</context>
<context>
    <name>EffectiveItem</name>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="130"/>
        <source>memory quantity %1 has no AllocationUnits</source>
        <translation>Arbeitsspeichermenge %1 hat keine AllocationUnits</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="135"/>
        <source>memory AllocationUnits &apos;%1&apos; is not a byte unit</source>
        <translation>Arbeitsspeicher-AllocationUnits „%1“ ist keine Byte-Einheit</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="159"/>
        <source>memory size overflows</source>
        <translation>die Arbeitsspeichergröße läuft über</translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeBuilder</name>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="93"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="94"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="94"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="103"/>
        <source>compressed (%1)</source>
        <translation>komprimiert (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="105"/>
        <source>chunked</source>
        <translation>aufgeteilt</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="139"/>
        <source>Shared disks</source>
        <translation>Gemeinsame Festplatten</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="139"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="145"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="145"/>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="147"/>
        <source>delta of %1</source>
        <translation>Delta von %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="154"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="163"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="168"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="168"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="183"/>
        <source>Virtual hardware</source>
        <translation>Virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="183"/>
        <source>Virtual hardware (%1)</source>
        <translation>Virtuelle Hardware (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="188"/>
        <source>Resource allocation</source>
        <translation>Ressourcenzuteilung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="193"/>
        <source>License agreement</source>
        <translation>Lizenzvereinbarung (EULA)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="196"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="204"/>
        <source>Operating system %1</source>
        <translation>Betriebssystem %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="209"/>
        <source>Startup order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="211"/>
        <source>order %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="213"/>
        <source>start delay %1 s</source>
        <translation>Startverzögerung %1 s</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="215"/>
        <source>stop delay %1 s</source>
        <translation>Stoppverzögerung %1 s</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="221"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="224"/>
        <source>Environment files</source>
        <translation>Umgebungsdateien</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="227"/>
        <source>Boot devices</source>
        <translation>Startgeräte</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="230"/>
        <source>Scale-out %1</source>
        <translation>Skalierung %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="235"/>
        <source>Placement group %1</source>
        <translation>Platzierungsgruppe %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="238"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="241"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="251"/>
        <source>Extension section (required)</source>
        <translation>Erweiterungsabschnitt (erforderlich)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="251"/>
        <source>Extension section</source>
        <translation>Erweiterungsabschnitt</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="261"/>
        <source>%1 %2</source>
        <comment>product name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="265"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="274"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="283"/>
        <source>Property (%1)</source>
        <translation>Eigenschaft (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="291"/>
        <source>1 property</source>
        <translation>1 Eigenschaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="291"/>
        <source>%n properties</source>
        <translation>
            <numerusform>%n Eigenschaft</numerusform>
            <numerusform>%n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="301"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="316"/>
        <source>1 CPU</source>
        <translation>1 CPU</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="316"/>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="320"/>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="326"/>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="331"/>
        <source>%1 bound</source>
        <translation>%1 gebunden</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="334"/>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="342"/>
        <source>external bundle, file %1</source>
        <translation>externes Bündel, Datei %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="343"/>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="343"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="345"/>
        <source>(no language)</source>
        <translation>(keine Sprache)</translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeView</name>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="181"/>
        <source>Add &amp;Virtual System</source>
        <translation>&amp;Virtuelles System hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="182"/>
        <source>Add &amp;Collection</source>
        <translation>Sa&amp;mmlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="183"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="184"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="185"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="186"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="187"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="188"/>
        <source>Remove &amp;Section</source>
        <translation>Abschnitt en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="189"/>
        <source>Add &amp;Section</source>
        <translation>Abschnitt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="353"/>
        <source>Select a collection (or a virtual system in one) to add to.</source>
        <translation>Wählen Sie eine Sammlung (oder ein virtuelles System darin), zu der hinzugefügt werden soll.</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="400"/>
        <source>Cut a virtual system or collection first, then select the collection to move it to.</source>
        <translation>Schneiden Sie zuerst ein virtuelles System oder eine Sammlung aus und wählen Sie dann die Zielsammlung.</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="404"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ nach „%2“ verschieben</translation>
    </message>
</context>
<context>
    <name>EulaEditor</name>
    <message>
        <location filename="../views/eulaeditor.cpp" line="47"/>
        <source>Edit the license section&apos;s Info</source>
        <translation>Info des Lizenzabschnitts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="80"/>
        <source>Import License Text</source>
        <translation>Lizenztext importieren</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="81"/>
        <source>Text files (*.txt *.text *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.text *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="94"/>
        <source>Edit the license text</source>
        <translation>Lizenztext bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="100"/>
        <source>The file is larger than %1 MiB: not a license text</source>
        <translation>Die Datei ist größer als %1 MiB: kein Lizenztext</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="107"/>
        <source>The file starts with a %1 byte order mark but is not valid %1</source>
        <translation>Die Datei beginnt mit einer %1-Bytereihenfolgemarke, ist aber kein gültiges %1</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="115"/>
        <source>The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1). Check accented characters.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als ISO-8859-1 (Latin-1) gelesen. Prüfen Sie Sonderzeichen und Umlaute.</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="123"/>
        <source>The file holds the control character U+%1 at character %2, which an OVF descriptor cannot contain (is it a binary file?)</source>
        <translation>Die Datei enthält an Zeichen %2 das Steuerzeichen U+%1, das ein OVF-Deskriptor nicht enthalten darf (ist es eine Binärdatei?)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="141"/>
        <source>%1: larger than %2 MiB, not a license text</source>
        <translation>%1: größer als %2 MiB, kein Lizenztext</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="143"/>
        <location filename="../views/eulaeditor.cpp" line="146"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="148"/>
        <source>Import the license text from %1</source>
        <translation>Lizenztext aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="151"/>
        <source>Imported %1 (%2)</source>
        <translation>%1 importiert (%2)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="179"/>
        <source>the package</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="180"/>
        <source>License agreement of %1</source>
        <translation>Lizenzvereinbarung (EULA) von %1</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="188"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="190"/>
        <source>The license text the operator must accept before deploying</source>
        <translation>Der Lizenztext, der vor der Bereitstellung akzeptiert werden muss</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="191"/>
        <source>Import from File…</source>
        <translation>Aus Datei importieren…</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="192"/>
        <source>Replace the license text by the contents of a text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>Den Lizenztext durch den Inhalt einer Textdatei ersetzen (UTF-8, UTF-16 oder Latin-1)</translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="43"/>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="46"/>
        <source>already exists; choose a new folder</source>
        <translation>existiert bereits; wählen Sie einen neuen Ordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="49"/>
        <source>not a writable folder</source>
        <translation>kein beschreibbarer Ordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="55"/>
        <source>cannot create a temporary folder</source>
        <translation>kann keinen temporären Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="59"/>
        <source>cannot create the disks folder</source>
        <translation>kann den Festplattenordner nicht anlegen</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="79"/>
        <source>libvirt&apos;s default NAT network</source>
        <translation>Standard-NAT-Netzwerk von libvirt</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="99"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation>%1 Bytes werden benötigt, %2 sind frei</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="108"/>
        <source>the deployment is already committed</source>
        <translation>die Bereitstellung ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="110"/>
        <location filename="../model/deploy/folderbackend.cpp" line="129"/>
        <source>not a usable file name</source>
        <translation>kein verwendbarer Dateiname</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="114"/>
        <source>a disk of that name was already written</source>
        <translation>eine Festplatte dieses Namens wurde bereits geschrieben</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="134"/>
        <source>cannot copy the ISO into the output</source>
        <translation>kann das ISO nicht in die Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="141"/>
        <source>not a usable domain name</source>
        <translation>kein verwendbarer Domänenname</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="143"/>
        <source>defined twice</source>
        <translation>doppelt definiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="155"/>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="198"/>
        <source>cannot move the result into place (does it exist now?)</source>
        <translation>kann das Ergebnis nicht an seinen Platz verschieben (existiert es inzwischen?)</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="210"/>
        <source>%1: could not be removed completely</source>
        <translation>%1: konnte nicht vollständig entfernt werden</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <location filename="../model/package/folderreader.cpp" line="105"/>
        <source>the folder holds more than %1 files</source>
        <translation>der Ordner enthält mehr als %1 Dateien</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="125"/>
        <source>the folder holds no OVF descriptor (*.ovf)</source>
        <translation>der Ordner enthält keinen OVF-Deskriptor (*.ovf)</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="126"/>
        <source>the descriptor &apos;%1&apos; is not a file in the folder</source>
        <translation>der Deskriptor „%1“ ist keine Datei im Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="130"/>
        <source>the folder holds several descriptors (*.ovf); &apos;%1&apos; is read first</source>
        <translation>der Ordner enthält mehrere Deskriptoren (*.ovf); „%1“ wird zuerst gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="165"/>
        <source>became a symbolic link while the package was read</source>
        <translation>wurde während des Lesens des Pakets zu einem symbolischen Link</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="167"/>
        <location filename="../model/package/folderreader.cpp" line="176"/>
        <location filename="../model/package/folderreader.cpp" line="181"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="172"/>
        <source>is no longer a regular file</source>
        <translation>ist keine reguläre Datei mehr</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="186"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../views/formeditor.cpp" line="29"/>
        <source>This element was removed from the document (undo brings it back)</source>
        <translation>Dieses Element wurde aus dem Dokument entfernt (Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="62"/>
        <source>Not translatable: no ovf:msgid</source>
        <translation>Nicht übersetzbar: kein ovf:msgid</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="66"/>
        <source>(no language)</source>
        <translation>(keine Sprache)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="78"/>
        <source>Message id %1: no embedded Strings bundle translates it</source>
        <translation>Nachrichten-ID %1: kein eingebettetes Strings-Bündel übersetzt sie</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="79"/>
        <source>Message id %1: translated in %2</source>
        <translation>Nachrichten-ID %1: übersetzt in %2</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="81"/>
        <source>(external bundles, not read here: %1)</source>
        <translation>(externe Bündel, hier nicht gelesen: %1)</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="73"/>
        <source>zlib could not be initialized</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="81"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="102"/>
        <source>data follows the end of the gzip stream</source>
        <translation>nach dem Ende des gzip-Datenstroms folgen Daten</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="107"/>
        <source>the file holds no gzip data</source>
        <translation>die Datei enthält keine gzip-Daten</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="108"/>
        <source>the gzip stream ends early (truncated)</source>
        <translation>der gzip-Datenstrom endet vorzeitig (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="123"/>
        <source>inflates past its declared size of %1 bytes</source>
        <translation>entpackt über die angegebene Größe von %1 Bytes hinaus</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="133"/>
        <source>the gzip stream is corrupt</source>
        <translation>der gzip-Datenstrom ist beschädigt</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="136"/>
        <source>out of memory while inflating</source>
        <translation>Speicher beim Entpacken erschöpft</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="138"/>
        <source>the gzip stream is corrupt (%1)</source>
        <translation>der gzip-Datenstrom ist beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>HrefPolicy</name>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="39"/>
        <source>the href is empty</source>
        <translation>der href ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="42"/>
        <source>the href contains a control character</source>
        <translation>der href enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="44"/>
        <source>the href contains a backslash; paths use &apos;/&apos;</source>
        <translation>der href enthält einen Backslash; Pfade verwenden &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="46"/>
        <source>the href has a query or fragment (&apos;%1&apos;)</source>
        <translation>der href hat eine Query oder ein Fragment („%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="49"/>
        <source>the href is an absolute path; only paths relative to the descriptor are allowed</source>
        <translation>der href ist ein absoluter Pfad; nur Pfade relativ zum Deskriptor sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="53"/>
        <source>the href has a URI scheme or drive (&apos;%1&apos;); only relative paths are allowed</source>
        <translation>der href hat ein URI-Schema oder Laufwerk („%1“); nur relative Pfade sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="72"/>
        <source>the href has a malformed percent-escape</source>
        <translation>der href hat eine fehlerhafte Prozent-Kodierung</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="75"/>
        <source>the href encodes a &apos;/&apos; inside a path segment (&apos;%2F&apos;)</source>
        <translation>der href kodiert ein &apos;/&apos; innerhalb eines Pfadsegments (&apos;%2F&apos;)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="82"/>
        <source>the href does not decode to UTF-8</source>
        <translation>der href ergibt dekodiert kein UTF-8</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="84"/>
        <source>the href has a &apos;..&apos; segment; files must lie inside the package</source>
        <translation>der href hat ein &apos;..&apos;-Segment; Dateien müssen innerhalb des Pakets liegen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="88"/>
        <source>the href has an empty path segment</source>
        <translation>der href hat ein leeres Pfadsegment</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="91"/>
        <source>the href encodes a control character</source>
        <translation>der href kodiert ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="93"/>
        <source>the href encodes a backslash</source>
        <translation>der href kodiert einen Backslash</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="96"/>
        <source>the href encodes a URI scheme or drive (&apos;%1&apos;)</source>
        <translation>der href kodiert ein URI-Schema oder Laufwerk („%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="100"/>
        <source>the href names no file</source>
        <translation>der href nennt keine Datei</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="105"/>
        <source>the href is %1 bytes long; the limit is %2</source>
        <translation>der href ist %1 Bytes lang; die Grenze liegt bei %2</translation>
    </message>
</context>
<context>
    <name>InsertElementCommand</name>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="49"/>
        <source>Nothing to insert.</source>
        <translation>Nichts einzufügen.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="51"/>
        <source>%1 is not part of the document.</source>
        <translation>%1 ist nicht Teil des Dokuments.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="54"/>
        <source>%1 uses a namespace prefix that is not declared at %2.</source>
        <translation>%1 verwendet ein Namensraumpräfix, das bei %2 nicht deklariert ist.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="57"/>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
</context>
<context>
    <name>IsoTransport</name>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="62"/>
        <source>%1: &apos;%2&apos; is not a valid file name in the image</source>
        <translation>%1: „%2“ ist kein gültiger Dateiname im Image</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="64"/>
        <source>%1: &apos;%2&apos; is in the image twice</source>
        <translation>%1: „%2“ ist doppelt im Image</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="70"/>
        <source>%1: cannot create a temporary file: %2</source>
        <translation>%1: kann keine temporäre Datei anlegen: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="79"/>
        <source>%1: cannot start the ISO 9660 image: %2</source>
        <translation>%1: kann das ISO-9660-Image nicht beginnen: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="85"/>
        <location filename="../model/deploy/isotransport.cpp" line="110"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="90"/>
        <location filename="../model/deploy/isotransport.cpp" line="113"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: kann %2 nicht lesen: %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="100"/>
        <location filename="../model/deploy/isotransport.cpp" line="103"/>
        <location filename="../model/deploy/isotransport.cpp" line="116"/>
        <source>%1: cannot add %2: %3</source>
        <translation>%1: kann %2 nicht hinzufügen: %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="114"/>
        <source>file shrank</source>
        <translation>Datei ist geschrumpft</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="121"/>
        <source>%1: cannot finish the ISO 9660 image: %2</source>
        <translation>%1: kann das ISO-9660-Image nicht abschließen: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="123"/>
        <location filename="../model/deploy/isotransport.cpp" line="127"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="139"/>
        <source>EnvironmentFilesSection: ovf:path &apos;%1&apos; is not a relative path inside the image</source>
        <translation>EnvironmentFilesSection: ovf:path „%1“ ist kein relativer Pfad innerhalb des Images</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="142"/>
        <source>EnvironmentFilesSection: no staged copy of file &apos;%1&apos;</source>
        <translation>EnvironmentFilesSection: keine bereitgelegte Kopie der Datei „%1“</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../app/gui/languagesettings.cpp" line="54"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>LibvirtBackend</name>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="35"/>
        <source>the storage pool is not active</source>
        <translation>der Speicherpool ist nicht aktiv</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="42"/>
        <source>choose a storage pool or an existing writable folder for the disks</source>
        <translation>wählen Sie einen Speicherpool oder einen vorhandenen beschreibbaren Ordner für die Festplatten</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="63"/>
        <source>no such storage pool</source>
        <translation>kein solcher Speicherpool</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="113"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation>%1 Bytes werden benötigt, %2 sind frei</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="121"/>
        <source>not a usable volume name</source>
        <translation>kein verwendbarer Volume-Name</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="129"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="149"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="185"/>
        <source>already exists; it is not replaced</source>
        <translation>existiert bereits; wird nicht ersetzt</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="153"/>
        <source>cannot create scratch space</source>
        <translation>kann keinen Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="176"/>
        <source>not a usable file name</source>
        <translation>kein verwendbarer Dateiname</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="182"/>
        <source>the pool is not a folder: give a folder for the environment ISO</source>
        <translation>der Pool ist kein Ordner: geben Sie einen Ordner für das Umgebungs-ISO an</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="187"/>
        <source>cannot copy the ISO</source>
        <translation>kann das ISO nicht kopieren</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="195"/>
        <source>not a usable domain name</source>
        <translation>kein verwendbarer Domänenname</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="197"/>
        <source>a domain of that name exists; choose another name</source>
        <translation>eine Domäne dieses Namens existiert; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="256"/>
        <source>%1: could not be removed</source>
        <translation>%1: konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="74"/>
        <source>unknown libvirt error</source>
        <translation>unbekannter libvirt-Fehler</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="177"/>
        <source>domain XML</source>
        <translation>Domänen-XML</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="293"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../wizards/licensespage.cpp" line="25"/>
        <source>License agreements</source>
        <translation>Lizenzvereinbarungen (EULA)</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="26"/>
        <source>Read each license agreement and accept it to continue.</source>
        <translation>Lesen Sie jede Lizenzvereinbarung und akzeptieren Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="32"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="34"/>
        <source>&amp;Save as Text…</source>
        <translation>Als &amp;Text speichern…</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="75"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="80"/>
        <source>%1: License %2</source>
        <translation>%1: Lizenz %2</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="87"/>
        <source>I &amp;accept the terms of this license agreement</source>
        <translation>Ich &amp;akzeptiere die Bedingungen dieser Lizenzvereinbarung</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="108"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="110"/>
        <source>Accepted: %1 of %2.</source>
        <translation>Akzeptiert: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="145"/>
        <source>Print License Agreement</source>
        <translation>Lizenzvereinbarung drucken</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="155"/>
        <location filename="../wizards/licensespage.cpp" line="162"/>
        <source>Save License Agreement</source>
        <translation>Lizenzvereinbarung speichern</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="156"/>
        <source>license-%1.txt</source>
        <translation>lizenz-%1.txt</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="156"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="163"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="96"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="98"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="99"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="100"/>
        <source>Open an OVF descriptor or package (OVA, ZIP, OVF folder)</source>
        <translation>Einen OVF-Deskriptor oder ein Paket öffnen (OVA, ZIP, OVF-Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="101"/>
        <source>Open &amp;Sample Appliance</source>
        <translation>&amp;Beispiel-Appliance öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="102"/>
        <source>Open the sample appliance that comes with OVF Workbench</source>
        <translation>Die mitgelieferte Beispiel-Appliance von OVF Workbench öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="103"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="104"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="105"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="107"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="108"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="109"/>
        <source>&amp;XML Source</source>
        <translation>&amp;XML-Quelltext</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="110"/>
        <source>&amp;About OVF Workbench</source>
        <translation>Ü&amp;ber OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="111"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="116"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <location filename="../app/gui/mainwindow.cpp" line="261"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Opening the sample appliance…</source>
        <translation>Die Beispiel-Appliance wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="447"/>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="480"/>
        <source>OVF Workbench</source>
        <translation>OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="61"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="62"/>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="72"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="83"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="156"/>
        <source>&amp;Undo History</source>
        <translation>&amp;Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Open OVF Descriptor or Package</source>
        <translation>OVF-Deskriptor oder Paket öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>OVF descriptors and packages (*.ovf *.ova *.zip *.xml);;All files (*)</source>
        <translation>OVF-Deskriptoren und Pakete (*.ovf *.ova *.zip *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>Restored the autosaved changes of %1</source>
        <translation>Die automatisch gesicherten Änderungen von %1 wurden wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="342"/>
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n Warnung: %1</numerusform>
            <numerusform>%n Warnungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="411"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 gespeichert (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="415"/>
        <source>the package writer corrected file sizes in the References; reopen to see them</source>
        <translation>beim Schreiben des Pakets wurden Dateigrößen in den References korrigiert; zum Anzeigen erneut öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>“%1” was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="480"/>
        <source>%1[*] — OVF Workbench</source>
        <translation>%1[*] — OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>Problems found in the open descriptor are listed here.</source>
        <translation>Hier stehen die Probleme, die im geöffneten Deskriptor gefunden wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="488"/>
        <source>Checking the descriptor…</source>
        <translation>Der Deskriptor wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="490"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="496"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="496"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="503"/>
        <source>About OVF Workbench</source>
        <translation>Über OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="504"/>
        <source>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Author, localize, verify and deploy DMTF OVF virtual appliances.&lt;/p&gt;&lt;p&gt;Opens OVF 0.9, 1.x and 2.x descriptors and packages (OVA, ZIP, OVF folders), edits them with undo, checks them against the OVF rules as you type, and saves them back as a descriptor or a package with a fresh manifest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Virtuelle DMTF-OVF-Appliances erstellen, lokalisieren, prüfen und bereitstellen.&lt;/p&gt;&lt;p&gt;Öffnet OVF-0.9-, 1.x- und 2.x-Deskriptoren und Pakete (OVA, ZIP, OVF-Ordner), bearbeitet sie mit Rückgängig, prüft sie während der Eingabe gegen die OVF-Regeln und speichert sie als Deskriptor oder als Paket mit neuem Manifest.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberPolicy</name>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="42"/>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="51"/>
        <source>the name is %1 bytes long; the limit is %2</source>
        <translation>der Name ist %1 Bytes lang; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="56"/>
        <source>the name contains the control character U+%1</source>
        <translation>der Name enthält das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="61"/>
        <source>the name contains a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="63"/>
        <source>the name is an absolute path</source>
        <translation>der Name ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="65"/>
        <source>the name starts with a drive letter</source>
        <translation>der Name beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="74"/>
        <source>the name has a &apos;..&apos; component</source>
        <translation>der Name hat eine &apos;..&apos;-Komponente</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="79"/>
        <location filename="../model/package/memberpolicy.cpp" line="84"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="79"/>
        <source>the name has an empty path component</source>
        <translation>der Name hat eine leere Pfadkomponente</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="93"/>
        <source>the package has more than %1 members</source>
        <translation>das Paket hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="97"/>
        <source>the member&apos;s headers take %1 bytes; the limit is %2</source>
        <translation>die Header des Eintrags belegen %1 Bytes; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="110"/>
        <source>the descriptor is %1 bytes; the limit is %2</source>
        <translation>der Deskriptor ist %1 Bytes groß; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="124"/>
        <source>the directory entry carries %1 bytes of data</source>
        <translation>der Verzeichniseintrag trägt %1 Bytes Daten</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="129"/>
        <source>symbolic links are not allowed in a package (it points to &apos;%1&apos;)</source>
        <translation>symbolische Links sind in einem Paket nicht zulässig (er zeigt auf „%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="133"/>
        <source>hard links are not allowed in a package (it links to &apos;%1&apos;)</source>
        <translation>Hardlinks sind in einem Paket nicht zulässig (er verweist auf „%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="136"/>
        <source>character devices are not allowed in a package</source>
        <translation>zeichenorientierte Geräte sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="138"/>
        <source>block devices are not allowed in a package</source>
        <translation>blockorientierte Geräte sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="140"/>
        <source>FIFOs (named pipes) are not allowed in a package</source>
        <translation>FIFOs (benannte Pipes) sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="144"/>
        <source>only regular files are allowed in a package</source>
        <translation>in einem Paket sind nur reguläre Dateien zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="157"/>
        <source>the name appears twice in the package</source>
        <translation>der Name kommt im Paket doppelt vor</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="161"/>
        <source>the name differs from &apos;%1&apos; only by case or Unicode normalization</source>
        <translation>der Name unterscheidet sich von „%1“ nur in Groß-/Kleinschreibung oder Unicode-Normalisierung</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="167"/>
        <source>the name is also used as a folder (&apos;%1/...&apos;)</source>
        <translation>der Name wird auch als Ordner verwendet („%1/...“)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="171"/>
        <source>the folder has the name of the file &apos;%1&apos;</source>
        <translation>der Ordner hat den Namen der Datei „%1“</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="180"/>
        <source>its folder &apos;%1&apos; is also a file in the package</source>
        <translation>sein Ordner „%1“ ist auch eine Datei im Paket</translation>
    </message>
</context>
<context>
    <name>MoveElementCommand</name>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="13"/>
        <source>Nothing to move.</source>
        <translation>Nichts zu verschieben.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="15"/>
        <source>%1 is the document&apos;s root and cannot be moved.</source>
        <translation>%1 ist die Wurzel des Dokuments und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="18"/>
        <source>%1 cannot be moved into itself.</source>
        <translation>%1 kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="23"/>
        <source>%1 is already there.</source>
        <translation>%1 ist bereits dort.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="25"/>
        <source>%1 uses namespace prefixes that mean something else at %2.</source>
        <translation>%1 verwendet Namensraumpräfixe, die bei %2 etwas anderes bedeuten.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="32"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <location filename="../wizards/networkspage.cpp" line="18"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="19"/>
        <source>Connect each network of the appliance to a network of the target.</source>
        <translation>Verbinden Sie jedes Netzwerk der Appliance mit einem Netzwerk des Ziels.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Network in the package</source>
        <translation>Netzwerk im Paket</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Connect to</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="41"/>
        <location filename="../wizards/networkspage.cpp" line="78"/>
        <source>Asking the target for its networks…</source>
        <translation>Die Netzwerke des Ziels werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="80"/>
        <source>The target&apos;s networks could not be listed: %1</source>
        <translation>Die Netzwerke des Ziels konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="82"/>
        <source>The script will attach the machines to these libvirt networks; type any name.</source>
        <translation>Das Skript verbindet die Maschinen mit diesen libvirt-Netzwerken; geben Sie einen beliebigen Namen ein.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="83"/>
        <source>Networks available: %1.</source>
        <translation>Verfügbare Netzwerke: %1.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="108"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>OperatingSystemEditor</name>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="25"/>
        <source>Edit the operating system&apos;s Info</source>
        <translation>Info des Betriebssystems bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="27"/>
        <source>Edit the operating system version</source>
        <translation>Version des Betriebssystems bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="29"/>
        <source>Edit the operating system description</source>
        <translation>Beschreibung des Betriebssystems bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="87"/>
        <source>“%1” is not a CIM operating system type: type a number or part of a name and pick one from the list</source>
        <translation>„%1“ ist kein CIM-Betriebssystemtyp: Geben Sie eine Zahl oder einen Namensteil ein und wählen Sie einen Eintrag aus der Liste</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="98"/>
        <source>Set the operating system to %1</source>
        <translation>Betriebssystem auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="125"/>
        <source>ovf:id %1 (CIM_OperatingSystem OSType)</source>
        <translation>ovf:id %1 (CIM_OperatingSystem OSType)</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="128"/>
        <source>VMware guest type (vmw:osType): %1</source>
        <translation>VMware-Gasttyp (vmw:osType): %1</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="134"/>
        <source>Guest operating system</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="135"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="136"/>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="137"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="138"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="146"/>
        <source>Type part of a name (e.g. “debian”) or a number to search the CIM operating system list</source>
        <translation>Geben Sie einen Namensteil (z. B. „debian“) oder eine Zahl ein, um die CIM-Betriebssystemliste zu durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="147"/>
        <source>e.g. 12</source>
        <translation>z. B. 12</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="148"/>
        <source>e.g. Debian GNU/Linux 12 (64-bit)</source>
        <translation>z. B. Debian GNU/Linux 12 (64-Bit)</translation>
    </message>
</context>
<context>
    <name>PackageOpener</name>
    <message>
        <location filename="../model/package/packageopener.cpp" line="40"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation>das Paket enthält keinen OVF-Deskriptor (*.ovf)</translation>
    </message>
    <message>
        <location filename="../model/package/packageopener.cpp" line="60"/>
        <source>the package has no such member</source>
        <translation>das Paket hat keinen solchen Eintrag</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <location filename="../model/package/packagescan.cpp" line="165"/>
        <source>referenced by File &apos;%1&apos;, but the package has no such member</source>
        <translation>von File „%1“ referenziert, aber das Paket hat keinen solchen Eintrag</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="174"/>
        <source>holds %1 bytes, its File declares ovf:size=&quot;%2&quot; (DSP0243 §7.1)</source>
        <translation>enthält %1 Bytes, sein File gibt ovf:size=&quot;%2&quot; an (DSP0243 §7.1)</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="185"/>
        <source>&apos;%1&apos; does not match its manifest digest</source>
        <translation>„%1“ stimmt nicht mit seiner Manifest-Prüfsumme überein</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="190"/>
        <source>&apos;%1&apos; is not listed in the manifest</source>
        <translation>„%1“ ist nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="227"/>
        <source>&apos;%1&apos;: not referenced by the descriptor</source>
        <translation>„%1“: nicht vom Deskriptor referenziert</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="264"/>
        <source>the manifest was not read</source>
        <translation>das Manifest wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="115"/>
        <source>the descriptor cannot be read: %1</source>
        <translation>der Deskriptor kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="311"/>
        <source>the package changed while it was being verified (read twice: its manifest uses another algorithm than SHA-256)</source>
        <translation>das Paket hat sich während der Verifizierung geändert (zweimal gelesen: sein Manifest verwendet einen anderen Algorithmus als SHA-256)</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="402"/>
        <source>verification cancelled</source>
        <translation>Verifizierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="408"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation>das Paket enthält keinen OVF-Deskriptor (*.ovf)</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="93"/>
        <source>the license text differs from the one accepted (digest mismatch)</source>
        <translation>der Lizenztext unterscheidet sich vom akzeptierten (Prüfsummen stimmen nicht überein)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="94"/>
        <source>the license agreement has not been accepted</source>
        <translation>die Lizenzvereinbarung wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="114"/>
        <source>no target network is chosen for this OVF network</source>
        <translation>für dieses OVF-Netzwerk ist kein Zielnetzwerk gewählt</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="120"/>
        <source>the package has no network with this name</source>
        <translation>das Paket hat kein Netzwerk mit diesem Namen</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="132"/>
        <source>&apos;%1&apos; is not a valid VM name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 63; suggestion: &apos;%2&apos;)</source>
        <translation>„%1“ ist kein gültiger VM-Name (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; höchstens 63; Vorschlag: „%2“)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="136"/>
        <source>the VM name &apos;%1&apos; is used twice</source>
        <translation>der VM-Name „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="151"/>
        <source>the package has no virtual system with this id</source>
        <translation>das Paket hat kein virtuelles System mit dieser ID</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="157"/>
        <source>the folder backend needs an output folder</source>
        <translation>das Ordner-Backend braucht einen Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="160"/>
        <source>the folder backend writes the disks into the output folder; storage is chosen for libvirt only</source>
        <translation>das Ordner-Backend schreibt die Festplatten in den Ausgabeordner; Speicher wird nur für libvirt gewählt</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="165"/>
        <source>the libvirt connection URI is empty</source>
        <translation>die libvirt-Verbindungs-URI ist leer</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="170"/>
        <source>the folder for the disk files does not exist</source>
        <translation>der Ordner für die Festplattendateien existiert nicht</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="173"/>
        <source>not a valid libvirt storage pool name (or an absolute folder path)</source>
        <translation>kein gültiger Name eines libvirt-Speicherpools (oder absoluter Ordnerpfad)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="82"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="83"/>
        <source>&amp;Manifest digest:</source>
        <translation>&amp;Manifest-Prüfsumme:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="84"/>
        <source>The algorithm of the manifest written when a package is saved (DSP0243 §5.1; SHA-256 or better makes a package eligible for Verified)</source>
        <translation>Der Algorithmus des Manifests, das beim Speichern eines Pakets geschrieben wird (DSP0243 §5.1; ab SHA-256 kann ein Paket als „Verifiziert“ gelten)</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="88"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="89"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ProblemsSummaryLabel</name>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="28"/>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="34"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="43"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="43"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="46"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="46"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="49"/>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="49"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../views/problemsview.cpp" line="56"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="57"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="58"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ProductEditorTabs</name>
    <message>
        <location filename="../views/producteditortabs.cpp" line="31"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../views/producteditortabs.cpp" line="32"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>ProductSectionEditor</name>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="47"/>
        <source>Edit ovf:%1 of the product</source>
        <translation>ovf:%1 des Produkts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="53"/>
        <source>Edit %1 of the product</source>
        <translation>%1 des Produkts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="99"/>
        <source>Edit the icon&apos;s mime type</source>
        <translation>MIME-Typ des Symbols bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="135"/>
        <source>Full version:</source>
        <translation>Vollständige Version:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="135"/>
        <source>Product URL:</source>
        <translation>Produkt-URL:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="136"/>
        <source>Vendor URL:</source>
        <translation>Hersteller-URL:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="136"/>
        <source>Application URL:</source>
        <translation>Anwendungs-URL:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="142"/>
        <source>e.g. com.example.product (prefixes the property keys)</source>
        <translation>z. B. com.example.product (Präfix der Eigenschaftsschlüssel)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="143"/>
        <source>e.g. 1 (suffixes the property keys)</source>
        <translation>z. B. 1 (Suffix der Eigenschaftsschlüssel)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="146"/>
        <source>https://… (the application once deployed)</source>
        <translation>https://… (die Anwendung nach der Bereitstellung)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="147"/>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="149"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="151"/>
        <source>Mime type:</source>
        <translation>MIME-Typ:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="152"/>
        <source>The ovf:id of the File in References that holds the icon; empty removes the icon</source>
        <translation>Die ovf:id des File in den References, das das Symbol enthält; leer entfernt das Symbol</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="161"/>
        <source>Product section</source>
        <translation>Produktabschnitt</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="161"/>
        <source>Product section: %1</source>
        <translation>Produktabschnitt: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="164"/>
        <source>Property keys in the OVF environment: %1</source>
        <translation>Eigenschaftsschlüssel in der OVF-Umgebung: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="194"/>
        <source>No icon. Choose the File that holds one.</source>
        <translation>Kein Symbol. Wählen Sie das File, das eines enthält.</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="195"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="201"/>
        <source>No File with ovf:id %1 in References</source>
        <translation>Kein File mit ovf:id %1 in den References</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="202"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="207"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="209"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="220"/>
        <source>The file is next to the descriptor but is not an image this program reads: %1</source>
        <translation>Die Datei liegt neben dem Deskriptor, ist aber kein Bild, das dieses Programm lesen kann: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="223"/>
        <source>No preview: the file is not next to the descriptor</source>
        <translation>Keine Vorschau: Die Datei liegt nicht neben dem Deskriptor</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="226"/>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="244"/>
        <source>Add an icon</source>
        <translation>Symbol hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="250"/>
        <source>Remove the icon</source>
        <translation>Symbol entfernen</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="252"/>
        <source>Change the icon file</source>
        <translation>Symboldatei ändern</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../wizards/progresspage.cpp" line="19"/>
        <source>Deploying</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="20"/>
        <source>The package is verified again while its disks are converted. Cancel removes everything created.</source>
        <translation>Das Paket wird erneut verifiziert, während seine Festplatten konvertiert werden. Abbrechen entfernt alles Angelegte.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="27"/>
        <source>&amp;Cancel Deployment</source>
        <translation>Bereitstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="72"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="88"/>
        <source>Cancelling and removing what was created…</source>
        <translation>Abbruch läuft, Angelegtes wird entfernt…</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="96"/>
        <source>Cancel Deployment</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="97"/>
        <source>Cancel the deployment and remove everything created so far?</source>
        <translation>Die Bereitstellung abbrechen und alles bisher Angelegte entfernen?</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="132"/>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="133"/>
        <source>Cancelled; everything created was removed.</source>
        <translation>Abgebrochen; alles Angelegte wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="134"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <location filename="../views/propertieseditor.cpp" line="216"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/propertieseditor.cpp" line="223"/>
        <source>Properties with invalid values (shown in red): %n</source>
        <translation>
            <numerusform>Eigenschaften mit ungültigen Werten (rot dargestellt): %n</numerusform>
            <numerusform>Eigenschaften mit ungültigen Werten (rot dargestellt): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="259"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="259"/>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="268"/>
        <source>Keys in the OVF environment: %1. Categories group the properties below them.</source>
        <translation>Schlüssel in der OVF-Umgebung: %1. Kategorien gruppieren die Eigenschaften darunter.</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="276"/>
        <source>Add Property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="277"/>
        <source>Add Category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="278"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="279"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="280"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="281"/>
        <source>Qualifiers…</source>
        <translation>Qualifizierer…</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="282"/>
        <source>Per Configuration…</source>
        <translation>Je Konfiguration…</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="283"/>
        <source>Add a property after the current row</source>
        <translation>Eine Eigenschaft nach der aktuellen Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="284"/>
        <source>Add a category heading after the current row</source>
        <translation>Eine Kategorieüberschrift nach der aktuellen Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="285"/>
        <source>Edit MinLen, MaxLen, MinValue, MaxValue and ValueMap of the current property</source>
        <translation>MinLen, MaxLen, MinValue, MaxValue und ValueMap der aktuellen Eigenschaft bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="286"/>
        <source>Edit the values the current property takes per deployment option</source>
        <translation>Die Werte der aktuellen Eigenschaft je Bereitstellungsoption bearbeiten</translation>
    </message>
</context>
<context>
    <name>PropertiesPage</name>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="19"/>
        <source>Appliance properties</source>
        <translation>Eigenschaften der Appliance</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="20"/>
        <source>The values the appliance reads when it starts for the first time.</source>
        <translation>Die Werte, die die Appliance beim ersten Start liest.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="22"/>
        <source>Show &amp;all properties</source>
        <translation>&amp;Alle Eigenschaften anzeigen</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="24"/>
        <source>Also show the properties the package does not let you change.</source>
        <translation>Auch die Eigenschaften anzeigen, die das Paket nicht ändern lässt.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="100"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="166"/>
        <source>All values are valid.</source>
        <translation>Alle Werte sind gültig.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="166"/>
        <source>1 field still invalid.</source>
        <translation>1 Feld ist noch ungültig.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="166"/>
        <source>%1 fields still invalid.</source>
        <translation>%1 Felder sind noch ungültig.</translation>
    </message>
</context>
<context>
    <name>PropertyField</name>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="79"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="106"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="110"/>
        <source>Confirm the password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="196"/>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PropertyResolver</name>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="64"/>
        <location filename="../model/deploy/propertyresolver.cpp" line="83"/>
        <source>its value refers to itself through ${...} references</source>
        <translation>sein Wert verweist über ${...}-Verweise auf sich selbst</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="78"/>
        <source>&apos;%1&apos; refers to ${%2}, which is not a property of this entity or its collections</source>
        <translation>„%1“ verweist auf ${%2}, das keine Eigenschaft dieser Entität oder ihrer Sammlungen ist</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="88"/>
        <source>${%1} cannot be resolved: %2</source>
        <translation>${%1} kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="161"/>
        <source>the package has no entity &apos;%1&apos;</source>
        <translation>das Paket hat keine Entität „%1“</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="163"/>
        <source>the package has no property with this key</source>
        <translation>das Paket hat keine Eigenschaft mit diesem Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="200"/>
        <source>the property is not user-configurable; its value is &apos;%1&apos;</source>
        <translation>die Eigenschaft ist nicht vom Benutzer konfigurierbar; ihr Wert ist „%1“</translation>
    </message>
</context>
<context>
    <name>QualifiersDialog</name>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="114"/>
        <source>ovf:qualifiers = %1</source>
        <translation>ovf:qualifiers = %1</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="114"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="123"/>
        <source>Kept as written: %1</source>
        <translation>Unverändert übernommen: %1</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="130"/>
        <source>Qualifiers</source>
        <translation>Qualifizierer</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="131"/>
        <source>Limits on the values of this %1 property. Leave a field empty for no limit.</source>
        <translation>Grenzen für die Werte dieser %1-Eigenschaft. Lassen Sie ein Feld leer, um keine Grenze zu setzen.</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Minimum length:</source>
        <translation>Mindestlänge:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Maximum length:</source>
        <translation>Höchstlänge:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Minimum value:</source>
        <translation>Mindestwert:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="135"/>
        <source>Maximum value:</source>
        <translation>Höchstwert:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="135"/>
        <source>Allowed values:</source>
        <translation>Zulässige Werte:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="141"/>
        <location filename="../views/qualifiersdialog.cpp" line="142"/>
        <source>characters (string)</source>
        <translation>Zeichen (Zeichenkette)</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="143"/>
        <location filename="../views/qualifiersdialog.cpp" line="144"/>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="145"/>
        <source>comma-separated, e.g. small, medium, large or 1..10</source>
        <translation>durch Komma getrennt, z. B. small, medium, large oder 1..10</translation>
    </message>
</context>
<context>
    <name>RangeHasher</name>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="48"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="66"/>
        <location filename="../model/package/rangehasher.cpp" line="73"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="78"/>
        <source>the archive ends inside this member (truncated, or cut while it was read)</source>
        <translation>das Archiv endet innerhalb dieses Eintrags (abgeschnitten oder während des Lesens gekürzt)</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="117"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../app/gui/recentfilesmenu.cpp" line="55"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/recentfilesmenu.cpp" line="67"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RemoveElementCommand</name>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="13"/>
        <source>Nothing to remove.</source>
        <translation>Nichts zu entfernen.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="15"/>
        <source>%1 is the document&apos;s root (or not in the document) and cannot be removed.</source>
        <translation>%1 ist die Wurzel des Dokuments (oder nicht im Dokument) und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="20"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveEntityCommand</name>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="15"/>
        <source>Only virtual systems and collections are removed here.</source>
        <translation>Hier werden nur virtuelle Systeme und Sammlungen entfernt.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="18"/>
        <source>The Envelope needs its virtual system or collection (DSP0243: exactly one content entity).</source>
        <translation>Das Envelope braucht sein virtuelles System oder seine Sammlung (DSP0243: genau eine Inhaltsentität).</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="21"/>
        <source>&apos;%1&apos; is the only entity of collection &apos;%2&apos;, which needs at least one.</source>
        <translation>„%1“ ist die einzige Entität der Sammlung „%2“, die mindestens eine braucht.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="26"/>
        <source>Remove collection &apos;%1&apos;</source>
        <translation>Sammlung „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="27"/>
        <source>Remove virtual system &apos;%1&apos;</source>
        <translation>Virtuelles System „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveSectionCommand</name>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="18"/>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="19"/>
        <source>the Envelope</source>
        <translation>das Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="20"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>RenameDeploymentOptionCommand</name>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="49"/>
        <source>Only a DeploymentOptionSection Configuration is renamed here.</source>
        <translation>Hier wird nur eine Configuration eines DeploymentOptionSection umbenannt.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="54"/>
        <source>The deployment option is already called &quot;%1&quot;.</source>
        <translation>Die Bereitstellungsoption heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="57"/>
        <source>Another deployment option is already called &quot;%1&quot;.</source>
        <translation>Eine andere Bereitstellungsoption heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="61"/>
        <source>Rename deployment option &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Bereitstellungsoption „%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>RenameEntityIdCommand</name>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="15"/>
        <source>Only virtual systems and collections are renamed here.</source>
        <translation>Hier werden nur virtuelle Systeme und Sammlungen umbenannt.</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="21"/>
        <source>%1 is already called &quot;%2&quot;.</source>
        <translation>%1 heißt bereits „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="24"/>
        <source>Another virtual system or collection is already called &quot;%1&quot;; ids must be unique in the descriptor.</source>
        <translation>Ein anderes virtuelles System oder eine andere Sammlung heißt bereits „%1“; IDs müssen im Deskriptor eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="28"/>
        <source>Rename collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Sammlung „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="29"/>
        <source>Rename virtual system &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Virtuelles System „%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="71"/>
        <source>Save Signed Package</source>
        <translation>Signiertes Paket speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="72"/>
        <source>“%1” is signed. Saving writes a new manifest without a signature: the package will no longer be signed. OVF Workbench does not re-sign packages; sign the saved package with “ovfctl sign”.</source>
        <translation>„%1“ ist signiert. Beim Speichern wird ein neues Manifest ohne Signatur geschrieben: Das Paket ist danach nicht mehr signiert. OVF Workbench signiert Pakete nicht neu; signieren Sie das gespeicherte Paket mit „ovfctl sign“.</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="84"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="91"/>
        <source>OVF descriptor (*.ovf)</source>
        <translation>OVF-Deskriptor (*.ovf)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="92"/>
        <source>OVA package (*.ova)</source>
        <translation>OVA-Paket (*.ova)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="93"/>
        <source>ZIP package (*.zip)</source>
        <translation>ZIP-Paket (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="94"/>
        <source>OVF folder (a new folder)</source>
        <translation>OVF-Ordner (ein neuer Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="100"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>SectionRules</name>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="46"/>
        <source>the Envelope</source>
        <translation>das Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="47"/>
        <source>a VirtualSystem</source>
        <translation>ein VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="48"/>
        <source>a VirtualSystemCollection</source>
        <translation>eine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="118"/>
        <source>Sections can only be added to the Envelope, a VirtualSystem or a VirtualSystemCollection.</source>
        <translation>Abschnitte können nur zum Envelope, zu einem VirtualSystem oder zu einer VirtualSystemCollection hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="122"/>
        <source>%1 is not allowed in %2 (%3).</source>
        <translation>%1 ist in %2 nicht zulässig (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="127"/>
        <source>%1 already has a %2; there may be only one (%3).</source>
        <translation>%1 hat bereits einen %2; es darf nur einen geben (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="132"/>
        <source>A %1 needs content this editor cannot choose for you; add it in the XML.</source>
        <translation>Ein %1 braucht Inhalt, den dieser Editor nicht für Sie wählen kann; fügen Sie ihn im XML hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="150"/>
        <source>Not a section.</source>
        <translation>Kein Abschnitt.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="158"/>
        <source>%1 is the only VirtualHardwareSection of its virtual system, which needs one (DSP0243 VirtualSystem_Type).</source>
        <translation>%1 ist der einzige VirtualHardwareSection seines virtuellen Systems, das einen braucht (DSP0243 VirtualSystem_Type).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="184"/>
        <source>%1 cannot be removed: &quot;%2&quot; is still referenced.</source>
        <translation>%1 kann nicht entfernt werden: „%2“ wird noch referenziert.</translation>
    </message>
</context>
<context>
    <name>SetAttributeCommand</name>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="23"/>
        <location filename="../model/commands/setattributecommand.cpp" line="51"/>
        <source>No element to change.</source>
        <translation>Kein Element zum Ändern.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="25"/>
        <source>%1: namespace declarations are not edited as attributes.</source>
        <translation>%1: Namensraum-Deklarationen werden nicht als Attribute bearbeitet.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="29"/>
        <source>%1: there is no attribute %2 to remove.</source>
        <translation>%1: Es gibt kein Attribut %2 zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="31"/>
        <source>%1: %2 is already &quot;%3&quot;.</source>
        <translation>%1: %2 ist bereits „%3“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="41"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="42"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>SetElementTextCommand</name>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="21"/>
        <source>No element to change.</source>
        <translation>Kein Element zum Ändern.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="23"/>
        <source>%1 contains elements; only the text of a leaf element can be set.</source>
        <translation>%1 enthält Elemente; nur der Text eines Blattelements kann gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="26"/>
        <source>%1 already reads &quot;%2&quot;.</source>
        <translation>%1 lautet bereits „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="28"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="20"/>
        <source>Choose the appliance</source>
        <translation>Appliance auswählen</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="21"/>
        <source>Deploy the document that is open, or choose an OVA, OVF or ZIP package.</source>
        <translation>Stellen Sie das geöffnete Dokument bereit oder wählen Sie ein OVA-, OVF- oder ZIP-Paket.</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="23"/>
        <source>The open document: %1</source>
        <translation>Das geöffnete Dokument: %1</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="26"/>
        <source>A package file or folder:</source>
        <translation>Eine Paketdatei oder ein Ordner:</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="30"/>
        <source>/path/to/appliance.ova</source>
        <translation>/pfad/zur/appliance.ova</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="32"/>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="33"/>
        <source>Choose F&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="74"/>
        <source>Choose an Appliance</source>
        <translation>Appliance auswählen</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="75"/>
        <source>OVF packages (*.ova *.ovf *.zip);;All files (*)</source>
        <translation>OVF-Pakete (*.ova *.ovf *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="84"/>
        <source>Choose an OVF Folder</source>
        <translation>OVF-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="95"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="99"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StagingArea</name>
    <message>
        <location filename="../model/package/staging.cpp" line="59"/>
        <source>does not match the digest it had when the package was verified: the package changed</source>
        <translation>stimmt nicht mit der Prüfsumme überein, die es bei der Verifizierung des Pakets hatte: das Paket hat sich geändert</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="79"/>
        <source>is no longer in the package</source>
        <translation>ist nicht mehr im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="100"/>
        <source>the staging parent folder does not exist or is not writable</source>
        <translation>der übergeordnete Ordner für die Bereitlegung existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="106"/>
        <source>cannot create a staging folder: %1</source>
        <translation>kann keinen Bereitlegungsordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="114"/>
        <source>the staging folder is not a private (0700) folder of this user</source>
        <translation>der Bereitlegungsordner ist kein privater Ordner (0700) dieses Benutzers</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="128"/>
        <source>the package did not pass verification; nothing is staged</source>
        <translation>das Paket hat die Verifizierung nicht bestanden; nichts wird bereitgelegt</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="137"/>
        <source>no verified File with this ovf:id</source>
        <translation>kein verifiziertes File mit dieser ovf:id</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="142"/>
        <source>was not hashed when the package was verified</source>
        <translation>wurde bei der Verifizierung des Pakets nicht gehasht</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="156"/>
        <source>cannot create the staged file: %1</source>
        <translation>kann die bereitgelegte Datei nicht anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="177"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="185"/>
        <source>cannot write the staged file: %1</source>
        <translation>kann die bereitgelegte Datei nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="197"/>
        <source>cannot rename the staged file</source>
        <translation>kann die bereitgelegte Datei nicht umbenennen</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="20"/>
        <location filename="../app/gui/statusprogress.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="38"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../wizards/storagepage.cpp" line="25"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="26"/>
        <source>Choose where the disks are written and in which format.</source>
        <translation>Wählen Sie, wohin und in welchem Format die Festplatten geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="37"/>
        <source>qcow2 (grows as the guest writes, snapshots)</source>
        <translation>qcow2 (wächst beim Schreiben des Gasts, Snapshots)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="38"/>
        <source>raw (fully allocated, fastest)</source>
        <translation>raw (vollständig belegt, am schnellsten)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="44"/>
        <source>Storage pool:</source>
        <translation>Speicherpool:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="45"/>
        <source>Disk folder:</source>
        <translation>Festplattenordner:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="46"/>
        <source>Disk format:</source>
        <translation>Festplattenformat:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="68"/>
        <source>The disks become volumes of a storage pool of %1, or files in an existing folder of that host when you name one.</source>
        <translation>Die Festplatten werden zu Volumes eines Speicherpools von %1 oder, wenn Sie einen angeben, zu Dateien in einem vorhandenen Ordner dieses Hosts.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="71"/>
        <source>The disks are written into the output folder %1, unless you name another folder.</source>
        <translation>Die Festplatten werden in den Ausgabeordner %1 geschrieben, sofern Sie keinen anderen Ordner angeben.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="73"/>
        <source>(optional) an existing folder instead of a pool</source>
        <translation>(optional) ein vorhandener Ordner statt eines Pools</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="89"/>
        <source>%1 (%2, %3 free)</source>
        <translation>%1 (%2, %3 frei)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="92"/>
        <source>%1, inactive</source>
        <translation>%1, inaktiv</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="151"/>
        <source>%1 is not an existing folder.</source>
        <translation>%1 ist kein vorhandener Ordner.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="154"/>
        <source>Asking %1 for its storage pools…</source>
        <translation>Speicherpools von %1 werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="157"/>
        <source>The storage pools could not be listed: %1</source>
        <translation>Die Speicherpools konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="160"/>
        <source>The target has no storage pool.</source>
        <translation>Das Ziel hat keinen Speicherpool.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="163"/>
        <source>The disks need up to %1; the free space there is unknown.</source>
        <translation>Die Festplatten brauchen bis zu %1; der freie Platz dort ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="165"/>
        <source>The disks need up to %1, but only %2 are free.</source>
        <translation>Die Festplatten brauchen bis zu %1, aber nur %2 sind frei.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="170"/>
        <source>qcow2 images grow as the guest writes, so this may be enough for a while.</source>
        <translation>qcow2-Images wachsen beim Schreiben des Gasts, daher kann das eine Weile reichen.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="172"/>
        <source>The disks need up to %1; %2 are free.</source>
        <translation>Die Festplatten brauchen bis zu %1; %2 sind frei.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizards/summarypage.cpp" line="40"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="41"/>
        <source>Check the choices, then deploy. Nothing has been created yet.</source>
        <translation>Prüfen Sie die Auswahl und stellen Sie dann bereit. Bisher wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="43"/>
        <source>&amp;Deploy</source>
        <translation>Be&amp;reitstellen</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="69"/>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="70"/>
        <source>OVF Environment</source>
        <translation>OVF-Umgebung</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="71"/>
        <source>Command Line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="72"/>
        <source>Save &amp;Answer File…</source>
        <translation>&amp;Antwortdatei speichern…</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="108"/>
        <source>The plan cannot be deployed as it stands:</source>
        <translation>Der Plan kann so nicht bereitgestellt werden:</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="114"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="122"/>
        <source>Deployment option</source>
        <translation>Bereitstellungsoption</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="124"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="125"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="126"/>
        <source>%1 accepted</source>
        <translation>%1 akzeptiert</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="127"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="127"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="128"/>
        <source>libvirt at %1</source>
        <translation>libvirt unter %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="130"/>
        <source>Virtual machine %1</source>
        <translation>Virtuelle Maschine %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="132"/>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="133"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="134"/>
        <source>Disk format</source>
        <translation>Festplattenformat</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="135"/>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="135"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="135"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="198"/>
        <location filename="../wizards/summarypage.cpp" line="205"/>
        <source>Save Answer File</source>
        <translation>Antwortdatei speichern</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="206"/>
        <source>Answer files (*.json)</source>
        <translation>Antwortdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <location filename="../model/package/tarreader.cpp" line="89"/>
        <source>libarchive could not be set up</source>
        <translation>libarchive konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="95"/>
        <source>not a tar archive (%1)</source>
        <translation>kein tar-Archiv (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="98"/>
        <source>gzip-compressed OVA: DSP0243 requires a plain tar</source>
        <translation>gzip-komprimiertes OVA: DSP0243 verlangt ein unkomprimiertes tar</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="120"/>
        <source>the archive ends inside this member (truncated)</source>
        <translation>das Archiv endet innerhalb dieses Eintrags (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="122"/>
        <source>the archive ends inside the first member&apos;s header (truncated)</source>
        <translation>das Archiv endet innerhalb des Headers des ersten Eintrags (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="123"/>
        <source>the archive ends inside the header after &apos;%1&apos; (truncated)</source>
        <translation>das Archiv endet innerhalb des Headers nach „%1“ (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="127"/>
        <source>a header after &apos;%1&apos; is too large (%2)</source>
        <translation>ein Header nach „%1“ ist zu groß (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="130"/>
        <source>cannot read the member&apos;s data (%1)</source>
        <translation>die Daten des Eintrags können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="132"/>
        <source>damaged tar header (%1)</source>
        <translation>beschädigter tar-Header (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="133"/>
        <source>damaged tar header after &apos;%1&apos; (%2)</source>
        <translation>beschädigter tar-Header nach „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="168"/>
        <source>sparse files are not supported in a package</source>
        <translation>Sparse-Dateien werden in einem Paket nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="210"/>
        <source>pre-POSIX (v7) tar format: DSP0243 §5.3 requires ustar (POSIX)</source>
        <translation>tar-Format vor POSIX (v7): DSP0243 §5.3 verlangt ustar (POSIX)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="238"/>
        <source>the archive has no end-of-archive marker (truncated)</source>
        <translation>das Archiv hat keine Archivende-Markierung (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="239"/>
        <source>the archive ends after &apos;%1&apos; without the end-of-archive marker (truncated)</source>
        <translation>das Archiv endet nach „%1“ ohne Archivende-Markierung (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="244"/>
        <source>data after the end of the archive</source>
        <translation>Daten nach dem Ende des Archivs</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="251"/>
        <source>cannot check the end of the archive</source>
        <translation>das Ende des Archivs kann nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>TarReaderInput</name>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="22"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="45"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="49"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../wizards/targetpage.cpp" line="28"/>
        <source>Deployment target</source>
        <translation>Bereitstellungsziel</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="29"/>
        <source>Write ready-to-define files into a folder, or define the virtual machines in libvirt.</source>
        <translation>Schreiben Sie sofort definierbare Dateien in einen Ordner oder definieren Sie die virtuellen Maschinen in libvirt.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="31"/>
        <source>&amp;Folder: disks, domain XML and a script that defines them with virsh</source>
        <translation>&amp;Ordner: Festplatten, Domänen-XML und ein Skript, das sie mit virsh definiert</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="33"/>
        <source>&amp;libvirt: define the virtual machines through a libvirt connection</source>
        <translation>&amp;libvirt: die virtuellen Maschinen über eine libvirt-Verbindung definieren</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="42"/>
        <source>A new folder, e.g. %1</source>
        <translation>Ein neuer Ordner, z. B. %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="43"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="51"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="52"/>
        <source>Connection URI:</source>
        <translation>Verbindungs-URI:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="54"/>
        <source>Virtual machine names</source>
        <translation>Namen der virtuellen Maschinen</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="57"/>
        <source>&amp;Power on the virtual machines after deployment</source>
        <translation>Virtuelle Maschinen nach der Bereitstellung &amp;einschalten</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="131"/>
        <source>Choose Where to Create the Output Folder</source>
        <translation>Ort für den Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="144"/>
        <source>Enter the output folder to create.</source>
        <translation>Geben Sie den anzulegenden Ausgabeordner ein.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="147"/>
        <source>%1 exists already: the output folder must be new.</source>
        <translation>%1 existiert bereits: Der Ausgabeordner muss neu sein.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="149"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="151"/>
        <source>Enter the libvirt connection URI.</source>
        <translation>Geben Sie die libvirt-Verbindungs-URI ein.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="157"/>
        <source>&quot;%1&quot; is not a valid virtual machine name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Name für eine virtuelle Maschine: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="159"/>
        <source>The name &quot;%1&quot; is used twice.</source>
        <translation>Der Name „%1“ wird doppelt verwendet.</translation>
    </message>
</context>
<context>
    <name>ValidationRunner</name>
    <message>
        <location filename="../app/gui/validationrunner.cpp" line="135"/>
        <source>refused to read %1: not a relative path inside the package</source>
        <translation>%1 wird nicht gelesen: kein relativer Pfad innerhalb des Pakets</translation>
    </message>
    <message>
        <location filename="../app/gui/validationrunner.cpp" line="140"/>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1 ist größer als 16 MiB</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="24"/>
        <source>Verify the package</source>
        <translation>Paket verifizieren</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="25"/>
        <source>The digests of the manifest and the signature are checked before anything is deployed.</source>
        <translation>Die Prüfsummen des Manifests und die Signatur werden geprüft, bevor etwas bereitgestellt wird.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="31"/>
        <source>&amp;Cancel Verification</source>
        <translation>Verifizierung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="33"/>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="48"/>
        <source>Signer&apos;s certificate</source>
        <translation>Zertifikat des Signierenden</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="58"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="59"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="60"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="61"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="112"/>
        <source>Verifying %1…</source>
        <translation>%1 wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="141"/>
        <source>The verification was cancelled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="161"/>
        <source>%1 (%2) was read completely.</source>
        <translation>%1 (%2) wurde vollständig gelesen.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="173"/>
        <source>Trust: %1</source>
        <translation>Vertrauen: %1</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="184"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="190"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="197"/>
        <source>Deploy &amp;anyway, although the package has no manifest and nothing could be checked</source>
        <translation>&amp;Trotzdem bereitstellen, obwohl das Paket kein Manifest hat und nichts geprüft werden konnte</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="199"/>
        <source>Deploy &amp;anyway, although the origin of the package is not proven</source>
        <translation>&amp;Trotzdem bereitstellen, obwohl die Herkunft des Pakets nicht nachgewiesen ist</translation>
    </message>
</context>
<context>
    <name>XmlSourceView</name>
    <message>
        <location filename="../views/xmlsourceview.cpp" line="46"/>
        <source>[%1 more characters not shown]</source>
        <translation>[%1 weitere Zeichen nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <location filename="../model/package/zipreader.cpp" line="60"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="75"/>
        <source>the ZIP&apos;s central directory cannot be read (truncated or damaged)</source>
        <translation>das zentrale Verzeichnis des ZIP kann nicht gelesen werden (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="95"/>
        <source>%1 (ZIP error %2)</source>
        <translation>%1 (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="105"/>
        <source>a central directory record cannot be read</source>
        <translation>ein Eintrag des zentralen Verzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="148"/>
        <source>encrypted ZIP members are not supported</source>
        <translation>verschlüsselte ZIP-Einträge werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="151"/>
        <source>ZIP compression method %1 is not supported (only stored and deflated)</source>
        <translation>ZIP-Kompressionsmethode %1 wird nicht unterstützt (nur stored und deflated)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="170"/>
        <source>the central directory is damaged (ZIP error %1)</source>
        <translation>das zentrale Verzeichnis ist beschädigt (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="186"/>
        <source>the member cannot be opened</source>
        <translation>der Eintrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="190"/>
        <location filename="../model/package/zipreader.cpp" line="196"/>
        <source>the member&apos;s data is corrupt</source>
        <translation>die Daten des Eintrags sind beschädigt</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="194"/>
        <source>the member&apos;s CRC-32 does not match its data</source>
        <translation>die CRC-32 des Eintrags passt nicht zu seinen Daten</translation>
    </message>
</context>
<context>
    <name>ZipStructure</name>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="111"/>
        <source>cannot read the end of the ZIP</source>
        <translation>das Ende des ZIP kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="120"/>
        <source>the ZIP has no end-of-central-directory record (truncated)</source>
        <translation>das ZIP hat keinen End-of-Central-Directory-Eintrag (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="124"/>
        <source>the ZIP&apos;s comment runs past the end of the file (truncated)</source>
        <translation>der Kommentar des ZIP reicht über das Dateiende hinaus (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="126"/>
        <source>%1 bytes after the end of the ZIP (its end-of-central-directory record)</source>
        <translation>%1 Bytes nach dem Ende des ZIP (seinem End-of-Central-Directory-Eintrag)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="139"/>
        <location filename="../model/package/zipstructure.cpp" line="161"/>
        <source>split (multi-disk) ZIP archives are not supported</source>
        <translation>geteilte ZIP-Archive (mehrere Datenträger) werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="141"/>
        <source>the zip64 end-of-central-directory record lies outside the file</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="144"/>
        <source>the zip64 end-of-central-directory record is missing</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag fehlt</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="147"/>
        <source>the zip64 end-of-central-directory record has a wrong size</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag hat eine falsche Größe</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="149"/>
        <source>%1 bytes between the zip64 end-of-central-directory record and its locator</source>
        <translation>%1 Bytes zwischen dem zip64-End-of-Central-Directory-Eintrag und seinem Locator</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="163"/>
        <source>the ZIP&apos;s central directory lists %1 members; the limit is %2</source>
        <translation>das zentrale Verzeichnis des ZIP führt %1 Einträge auf; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="167"/>
        <source>the ZIP&apos;s central directory is %1 bytes</source>
        <translation>das zentrale Verzeichnis des ZIP ist %1 Bytes groß</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="169"/>
        <source>the central directory overlaps its end record or lies outside the file</source>
        <translation>das zentrale Verzeichnis überlappt seinen Endeintrag oder liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="171"/>
        <source>%1 bytes between the central directory and its end record</source>
        <translation>%1 Bytes zwischen dem zentralen Verzeichnis und seinem Endeintrag</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="178"/>
        <source>cannot read the ZIP&apos;s central directory</source>
        <translation>das zentrale Verzeichnis des ZIP kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="183"/>
        <source>the central directory holds fewer records than its end record says (%1)</source>
        <translation>das zentrale Verzeichnis enthält weniger Einträge, als sein Endeintrag angibt (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="188"/>
        <source>a central directory record runs past the directory&apos;s end</source>
        <translation>ein Eintrag des zentralen Verzeichnisses reicht über das Ende des Verzeichnisses hinaus</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="197"/>
        <source>&apos;%1&apos;: its zip64 extra field is malformed</source>
        <translation>„%1“: sein zip64-Extrafeld ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="203"/>
        <source>%1 bytes in the central directory after its last record</source>
        <translation>%1 Bytes im zentralen Verzeichnis nach seinem letzten Eintrag</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="212"/>
        <source>%1 bytes before &apos;%2&apos; belong to no member</source>
        <translation>%1 Bytes vor „%2“ gehören zu keinem Eintrag</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="216"/>
        <source>&apos;%1&apos; overlaps the member before it</source>
        <translation>„%1“ überlappt den Eintrag davor</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="219"/>
        <source>&apos;%1&apos;: no local header where the central directory points</source>
        <translation>„%1“: kein lokaler Header, wo das zentrale Verzeichnis hinzeigt</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="225"/>
        <source>&apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation>„%1“: sein lokaler Header nennt es „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="228"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the compression method or encryption</source>
        <translation>„%1“: sein lokaler Header und sein Eintrag im zentralen Verzeichnis widersprechen sich bei Kompressionsmethode oder Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="233"/>
        <source>&apos;%1&apos;: its local header is malformed</source>
        <translation>„%1“: sein lokaler Header ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="238"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the CRC-32 or the sizes</source>
        <translation>„%1“: sein lokaler Header und sein Eintrag im zentralen Verzeichnis widersprechen sich bei CRC-32 oder Größen</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="253"/>
        <source>&apos;%1&apos;: its data descriptor and its central directory record disagree</source>
        <translation>„%1“: sein Data Descriptor und sein Eintrag im zentralen Verzeichnis widersprechen sich</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="261"/>
        <source>the last member overlaps the central directory</source>
        <translation>der letzte Eintrag überlappt das zentrale Verzeichnis</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="263"/>
        <source>%1 bytes between the last member and the central directory</source>
        <translation>%1 Bytes zwischen dem letzten Eintrag und dem zentralen Verzeichnis</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="277"/>
        <source>the ZIP comment holds %1 bytes that are not text</source>
        <translation>der ZIP-Kommentar enthält %1 Bytes, die kein Text sind</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="283"/>
        <source>ZIP comment ignored (%1 bytes): &quot;%2&quot;</source>
        <translation>ZIP-Kommentar ignoriert (%1 Bytes): „%2“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Open the bundled sample appliance.</source>
        <translation>Die mitgelieferte Beispiel-Appliance öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open the deploy wizard on the package PKG.</source>
        <translation>Den Bereitstellungsassistenten für das Paket PKG öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>OVF Workbench: author DMTF OVF virtual appliances.</source>
        <translation>OVF Workbench: virtuelle DMTF-OVF-Appliances erstellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>The OVF descriptor or package (OVA, ZIP, OVF folder) to open.</source>
        <translation>Der zu öffnende OVF-Deskriptor oder das Paket (OVA, ZIP, OVF-Ordner).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Only one file can be opened at a time.</source>
        <translation>Es kann nur eine Datei auf einmal geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ovf::CimOsTypes</name>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="151"/>
        <source>%1 – not a CIM operating system type</source>
        <translation>%1 – kein CIM-Betriebssystemtyp</translation>
    </message>
</context>
<context>
    <name>ovf::PropertyType</name>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="68"/>
        <location filename="../model/ovf/propertytype.cpp" line="108"/>
        <location filename="../model/ovf/propertytype.cpp" line="379"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="73"/>
        <source>&apos;%1&apos; is not a valid %2 value: leave out the &apos;+&apos;</source>
        <translation>„%1“ ist kein gültiger %2-Wert: Lassen Sie das &apos;+&apos; weg</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="77"/>
        <source>&apos;%1&apos; is not a valid %2 value: it contains spaces</source>
        <translation>„%1“ ist kein gültiger %2-Wert: Er enthält Leerzeichen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="80"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="89"/>
        <source>&apos;%1&apos; is not a valid %2 value: unsigned values take no sign</source>
        <translation>„%1“ ist kein gültiger %2-Wert: Vorzeichenlose Werte haben kein Vorzeichen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="94"/>
        <source>%1 is below the smallest %2 value, %3</source>
        <translation>%1 liegt unter dem kleinsten %2-Wert, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="98"/>
        <source>%1 is above the largest %2 value, %3</source>
        <translation>%1 liegt über dem größten %2-Wert, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="116"/>
        <source>&apos;%1&apos; is not a real number</source>
        <translation>„%1“ ist keine reelle Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="170"/>
        <source>%1 is outside the real64 range (about ±1.8e308)</source>
        <translation>%1 liegt außerhalb des real64-Bereichs (etwa ±1.8e308)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="177"/>
        <source>%1 is outside the real32 range (about ±3.4e38)</source>
        <translation>%1 liegt außerhalb des real32-Bereichs (etwa ±3.4e38)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="203"/>
        <source>&apos;%1&apos; is not a CIM datetime: use yyyymmddhhmmss.mmmmmmsutc (for example 20240131235959.000000+000) or an interval ddddddddhhmmss.mmmmmm:000</source>
        <translation>„%1“ ist kein CIM-Datum: Verwenden Sie yyyymmddhhmmss.mmmmmmsutc (zum Beispiel 20240131235959.000000+000) oder ein Intervall ddddddddhhmmss.mmmmmm:000</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="227"/>
        <source>&apos;%1&apos; is not a valid CIM datetime: the %2 %3 is out of range</source>
        <translation>„%1“ ist kein gültiges CIM-Datum: %2 %3 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="235"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="238"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="241"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="243"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="245"/>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="262"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="331"/>
        <source>a property type is required</source>
        <translation>ein Eigenschaftstyp ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="334"/>
        <source>the type &apos;%1&apos; has surrounding spaces</source>
        <translation>der Typ „%1“ ist von Leerzeichen umgeben</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="342"/>
        <source>&apos;%1&apos; should be written &apos;%2&apos;</source>
        <translation>„%1“ sollte „%2“ geschrieben werden</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="346"/>
        <source>&apos;%1&apos; is a VMware spelling; read as sint32</source>
        <translation>„%1“ ist eine VMware-Schreibweise; als sint32 gelesen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="351"/>
        <source>&apos;%1&apos; is not a property type: use ovf:type=&quot;string&quot; with ovf:password=&quot;true&quot;</source>
        <translation>„%1“ ist kein Eigenschaftstyp: Verwenden Sie ovf:type=&quot;string&quot; mit ovf:password=&quot;true&quot;</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="356"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: an IP address is a string property</source>
        <translation>„%1“ ist ein VMware-vApp-Typ, kein OVF-Typ: Eine IP-Adresse ist eine string-Eigenschaft</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="362"/>
        <source>use string with ValueMap{...} or MinLen/MaxLen</source>
        <translation>verwenden Sie string mit ValueMap{...} oder MinLen/MaxLen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="363"/>
        <source>use sint32 with MinValue/MaxValue</source>
        <translation>verwenden Sie sint32 mit MinValue/MaxValue</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="364"/>
        <source>use real64 with MinValue/MaxValue</source>
        <translation>verwenden Sie real64 mit MinValue/MaxValue</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="368"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: %2</source>
        <translation>„%1“ ist ein VMware-vApp-Typ, kein OVF-Typ: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="371"/>
        <source>unknown property type &apos;%1&apos;; valid types are: %2</source>
        <translation>unbekannter Eigenschaftstyp „%1“; gültige Typen sind: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="387"/>
        <location filename="../model/ovf/propertytype.cpp" line="405"/>
        <source>%1 is below the minimum, %2</source>
        <translation>%1 liegt unter dem Minimum, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="391"/>
        <location filename="../model/ovf/propertytype.cpp" line="407"/>
        <source>%1 is above the maximum, %2</source>
        <translation>%1 liegt über dem Maximum, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="402"/>
        <source>NaN is outside the allowed range</source>
        <translation>NaN liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="411"/>
        <source>&apos;%1&apos; is not a boolean: use true or false</source>
        <translation>„%1“ ist kein boolescher Wert: Verwenden Sie true oder false</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="417"/>
        <source>at least 1 character is required (%1 given)</source>
        <translation>mindestens 1 Zeichen ist erforderlich (%1 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="418"/>
        <source>at least %1 characters are required (%2 given)</source>
        <translation>mindestens %1 Zeichen sind erforderlich (%2 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="424"/>
        <source>at most 1 character is allowed (%1 given)</source>
        <translation>höchstens 1 Zeichen ist zulässig (%1 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="425"/>
        <source>at most %1 characters are allowed (%2 given)</source>
        <translation>höchstens %1 Zeichen sind zulässig (%2 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="431"/>
        <source>&apos;%1&apos; lies outside the Basic Multilingual Plane, which a char16 cannot hold</source>
        <translation>„%1“ liegt außerhalb der Basic Multilingual Plane, die ein char16 nicht aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="436"/>
        <source>&apos;%1&apos; is not a single character (%2 given)</source>
        <translation>„%1“ ist kein einzelnes Zeichen (%2 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="446"/>
        <source>&apos;%1&apos; is not allowed: it must be one of: %2</source>
        <translation>„%1“ ist nicht zulässig: Es muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="459"/>
        <source>MinLen applies only to string properties, not to %1</source>
        <translation>MinLen gilt nur für string-Eigenschaften, nicht für %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="462"/>
        <source>MaxLen applies only to string properties, not to %1</source>
        <translation>MaxLen gilt nur für string-Eigenschaften, nicht für %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="465"/>
        <source>MinLen(%1) is greater than MaxLen(%2), so no value fits</source>
        <translation>MinLen(%1) ist größer als MaxLen(%2), daher passt kein Wert</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="477"/>
        <source>NaN cannot bound a range</source>
        <translation>NaN kann keinen Bereich begrenzen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="486"/>
        <source>%1 applies only to numeric properties, not to %2</source>
        <translation>%1 gilt nur für numerische Eigenschaften, nicht für %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="490"/>
        <source>%1(%2) is not a valid %3 value: %4</source>
        <translation>%1(%2) ist kein gültiger %3-Wert: %4</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="502"/>
        <source>MinValue(%1) is greater than MaxValue(%2), so no value fits</source>
        <translation>MinValue(%1) ist größer als MaxValue(%2), daher passt kein Wert</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="510"/>
        <source>ValueMap is empty, so no value is allowed</source>
        <translation>ValueMap ist leer, daher ist kein Wert zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="525"/>
        <source>ValueMap range &apos;%1&apos; is not valid for %2: %3</source>
        <translation>ValueMap-Bereich „%1“ ist für %2 ungültig: %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="530"/>
        <source>ValueMap range &apos;%1&apos; is reversed, so it allows nothing</source>
        <translation>ValueMap-Bereich „%1“ ist umgekehrt und lässt daher nichts zu</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="538"/>
        <source>ValueMap entry &apos;%1&apos; is not a valid %2 value: %3</source>
        <translation>ValueMap-Eintrag „%1“ ist kein gültiger %2-Wert: %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="544"/>
        <source>ValueMap entry &apos;%1&apos; can never be chosen: %2</source>
        <translation>ValueMap-Eintrag „%1“ kann nie gewählt werden: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="556"/>
        <source>ValueMap lists &apos;%1&apos; more than once</source>
        <translation>ValueMap führt „%1“ mehrfach auf</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="45"/>
        <source>expected a qualifier after the last &apos;,&apos;</source>
        <translation>nach dem letzten &apos;,&apos; wird ein Qualifizierer erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="47"/>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="93"/>
        <source>expected a qualifier name at position %1, found &apos;%2&apos;</source>
        <translation>Qualifizierername an Position %1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="104"/>
        <source>unterminated %1(...)</source>
        <translation>nicht abgeschlossenes %1(...)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="105"/>
        <source>unterminated %1{...}</source>
        <translation>nicht abgeschlossenes %1{...}</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="117"/>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="125"/>
        <source>%1 needs a non-negative integer in parentheses, e.g. %1(64)</source>
        <translation>%1 braucht eine nicht negative Ganzzahl in Klammern, z. B. %1(64)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="129"/>
        <source>%1 needs a non-negative integer, got &apos;%2&apos;</source>
        <translation>%1 braucht eine nicht negative Ganzzahl, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="138"/>
        <source>%1 needs a value in parentheses, e.g. %1(0)</source>
        <translation>%1 braucht einen Wert in Klammern, z. B. %1(0)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="144"/>
        <source>ValueMap needs a list in braces, e.g. ValueMap{&quot;a&quot;, &quot;b&quot;}</source>
        <translation>ValueMap braucht eine Liste in geschweiften Klammern, z. B. ValueMap{&quot;a&quot;, &quot;b&quot;}</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="184"/>
        <source>expected &apos;,&apos; at position %1 in ValueMap</source>
        <translation>&apos;,&apos; an Position %1 in ValueMap erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="194"/>
        <source>empty ValueMap entry at position %1</source>
        <translation>leerer ValueMap-Eintrag an Position %1</translation>
    </message>
</context>
<context>
    <name>ovf::Units</name>
    <message>
        <location filename="../model/ovf/units.cpp" line="136"/>
        <source>&apos;%1&apos; overflows a 64-bit count</source>
        <translation>„%1“ überschreitet einen 64-Bit-Zähler</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="137"/>
        <source>&apos;%1&apos; overflows a 64-bit %2 count</source>
        <translation>„%1“ überschreitet einen 64-Bit-Zähler für %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="150"/>
        <location filename="../model/ovf/units.cpp" line="178"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Einheit „%1“</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="164"/>
        <source>&apos;%1&apos; is a fraction of a %2; fractional units are not supported</source>
        <translation>„%1“ ist ein Bruchteil von %2; gebrochene Einheiten werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="191"/>
        <source>a unit is required</source>
        <translation>eine Einheit ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="194"/>
        <source>&apos;%1&apos;: negative units are not supported for sizes</source>
        <translation>„%1“: negative Einheiten werden für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="208"/>
        <source>expected a unit or number after &apos;*&apos; in &apos;%1&apos;</source>
        <translation>nach &apos;*&apos; in „%1“ wird eine Einheit oder Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="214"/>
        <source>&apos;%1&apos;: division is not supported for sizes</source>
        <translation>„%1“: Division wird für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="218"/>
        <source>expected &apos;*&apos; before &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;*&apos; vor „%1“ in „%2“ erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="247"/>
        <source>unexpected &apos;%1&apos; at position %2 in &apos;%3&apos;</source>
        <translation>unerwartetes „%1“ an Position %2 in „%3“</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="281"/>
        <source>&apos;%1&apos;: negative exponents are not supported for sizes</source>
        <translation>„%1“: negative Exponenten werden für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="285"/>
        <source>expected a number after &apos;^&apos; in &apos;%1&apos;</source>
        <translation>nach &apos;^&apos; in „%1“ wird eine Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="290"/>
        <source>&apos;%1&apos;: an exponent must be a whole number</source>
        <translation>„%1“: Ein Exponent muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="321"/>
        <source>&apos;%1&apos;: only whole numbers can be raised to a power (&apos;%2^&apos;)</source>
        <translation>„%1“: Nur ganze Zahlen können potenziert werden („%2^“)</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="332"/>
        <location filename="../model/ovf/units.cpp" line="347"/>
        <source>&apos;%1&apos; has a zero factor</source>
        <translation>„%1“ hat einen Faktor null</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="340"/>
        <source>&apos;%1&apos;: the factor %2 is not a whole number</source>
        <translation>„%1“: Der Faktor %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="377"/>
        <source>&apos;%1&apos;: powers of a unit such as &apos;%2^%3&apos; are not supported</source>
        <translation>„%1“: Potenzen einer Einheit wie „%2^%3“ werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="383"/>
        <source>&apos;%1&apos; combines the units %2 and %3; only one unit is supported</source>
        <translation>„%1“ kombiniert die Einheiten %2 und %3; nur eine Einheit wird unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="401"/>
        <source>&apos;%1&apos;: negative factors are not supported for sizes</source>
        <translation>„%1“: negative Faktoren werden für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="424"/>
        <source>%1 × %2 exceeds the largest 64-bit value, %3</source>
        <translation>%1 × %2 übersteigt den größten 64-Bit-Wert, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="434"/>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="436"/>
        <source>&apos;%1&apos; is a placeholder, not a number</source>
        <translation>„%1“ ist ein Platzhalter, keine Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="439"/>
        <source>&apos;%1&apos; has a sign; only the digits 0-9 are allowed</source>
        <translation>„%1“ hat ein Vorzeichen; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="444"/>
        <source>&apos;%1&apos; contains whitespace; only the digits 0-9 are allowed</source>
        <translation>„%1“ enthält Leerraum; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="451"/>
        <source>&apos;%1&apos; is not a whole number; only the digits 0-9 are allowed</source>
        <translation>„%1“ ist keine ganze Zahl; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="456"/>
        <source>&apos;%1&apos; is not a decimal number; only the digits 0-9 are allowed</source>
        <translation>„%1“ ist keine Dezimalzahl; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="468"/>
        <source>&apos;%1&apos; exceeds the largest 64-bit value, %2</source>
        <translation>„%1“ übersteigt den größten 64-Bit-Wert, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="486"/>
        <source>&apos;%1&apos; is not a unit of bytes (its base unit is %2)</source>
        <translation>„%1“ ist keine Byte-Einheit (ihre Basiseinheit ist %2)</translation>
    </message>
</context>
<context>
    <name>ovf::commands::entityrefs</name>
    <message>
        <location filename="../model/commands/entityreferences.cpp" line="74"/>
        <source>An id cannot be empty.</source>
        <translation>Eine ID darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../model/commands/entityreferences.cpp" line="76"/>
        <source>An id cannot contain spaces: references to it are space-separated lists.</source>
        <translation>Eine ID darf keine Leerzeichen enthalten: Verweise darauf sind durch Leerzeichen getrennte Listen.</translation>
    </message>
</context>
<context>
    <name>ovf::items::EnvelopeTreeModel</name>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="159"/>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="168"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="169"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="170"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodeledit.cpp" line="313"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ nach „%2“ verschieben</translation>
    </message>
</context>
<context>
    <name>ovf::items::PropertyTableModel</name>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="140"/>
        <source>The type is not valid: %1</source>
        <translation>Der Typ ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="145"/>
        <source>The qualifiers are not valid: %1</source>
        <translation>Die Qualifizierer sind ungültig: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="149"/>
        <source>The qualifiers do not fit the type: %1</source>
        <translation>Die Qualifizierer passen nicht zum Typ: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="160"/>
        <source>Value for %1: %2</source>
        <translation>Wert für %1: %2</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="217"/>
        <source>Category: the properties below it are shown under this heading</source>
        <translation>Kategorie: Die Eigenschaften darunter werden unter dieser Überschrift angezeigt</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="257"/>
        <source>No default value: the value is asked for at deployment</source>
        <translation>Kein Standardwert: Der Wert wird bei der Bereitstellung abgefragt</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="259"/>
        <source>Full key in the OVF environment: %1</source>
        <translation>Vollständiger Schlüssel in der OVF-Umgebung: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="280"/>
        <source>Rename category %1</source>
        <translation>Kategorie %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="291"/>
        <source>Make %1 user-configurable</source>
        <translation>%1 vom Benutzer konfigurierbar machen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="291"/>
        <source>Make %1 fixed</source>
        <translation>%1 unveränderlich machen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="298"/>
        <source>Mark %1 as a password</source>
        <translation>%1 als Passwort kennzeichnen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="298"/>
        <source>Unmark %1 as a password</source>
        <translation>Kennzeichnung von %1 als Passwort aufheben</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="310"/>
        <source>Rename property %1 to %2</source>
        <translation>Eigenschaft %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="315"/>
        <source>Set type of %1 to %2</source>
        <translation>Typ von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="320"/>
        <source>Set default value of %1</source>
        <translation>Standardwert von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="326"/>
        <source>Set qualifiers of %1</source>
        <translation>Qualifizierer von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="331"/>
        <source>Set label of %1</source>
        <translation>Bezeichnung von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="337"/>
        <source>Set description of %1</source>
        <translation>Beschreibung von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="348"/>
        <source>Values per deployment option (ovf:Value with ovf:configuration)</source>
        <translation>Werte je Bereitstellungsoption (ovf:Value mit ovf:configuration)</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="349"/>
        <source>ovf:userConfigurable: the operator may change the value at deployment</source>
        <translation>ovf:userConfigurable: Der Wert darf bei der Bereitstellung geändert werden</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="350"/>
        <source>ovf:password: the value is hidden while it is entered</source>
        <translation>ovf:password: Der Wert wird bei der Eingabe verborgen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="357"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="358"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="359"/>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="360"/>
        <source>Qualifiers</source>
        <translation>Qualifizierer</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="361"/>
        <source>User set</source>
        <translation>Änderbar</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="365"/>
        <source>Per option</source>
        <translation>Je Option</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="362"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="363"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="364"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="409"/>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="419"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="419"/>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="429"/>
        <source>Remove category %1</source>
        <translation>Kategorie %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="430"/>
        <source>Remove property %1</source>
        <translation>Eigenschaft %1 entfernen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="439"/>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="439"/>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>ovf::package::BlockCopier</name>
    <message>
        <location filename="../model/package/blockcopier.cpp" line="58"/>
        <source>%1: the source ended %2 bytes early</source>
        <translation>%1: die Quelle endete %2 Bytes zu früh</translation>
    </message>
</context>
<context>
    <name>ovf::package::CertificateFile</name>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="72"/>
        <source>The certificate file is %1 bytes long; files larger than 1 MiB are refused</source>
        <translation>Die Zertifikatsdatei ist %1 Bytes lang; Dateien über 1 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="77"/>
        <source>Not a certificate file: it contains NUL bytes (it is not text)</source>
        <translation>Keine Zertifikatsdatei: Sie enthält NUL-Bytes (sie ist kein Text)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="79"/>
        <source>The file starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation>Die Datei beginnt mit einer UTF-8-Bytereihenfolgemarke, die ovftool nicht schreibt</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="103"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation>Zeilen enden mit CRLF (Windows-Zeilenenden); ovftool schreibt LF</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="106"/>
        <source>The certificate file is empty</source>
        <translation>Die Zertifikatsdatei ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="120"/>
        <source>The certificate file contains no certificate after its signature line (DSP0243 §5.2 requires the signer&apos;s X.509 certificate)</source>
        <translation>Die Zertifikatsdatei enthält nach ihrer Signaturzeile kein Zertifikat (DSP0243 §5.2 verlangt das X.509-Zertifikat des Signierenden)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="127"/>
        <source>This is a certificate for another manifest: it signs &quot;%1&quot;, but the package&apos;s manifest is &quot;%2&quot;</source>
        <translation>Dies ist ein Zertifikat für ein anderes Manifest: Es signiert „%1“, das Manifest des Pakets ist aber „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="132"/>
        <source>The signature line names &quot;%1&quot;, which differs in letter case from the manifest &quot;%2&quot;</source>
        <translation>Die Signaturzeile nennt „%1“, das sich in der Groß-/Kleinschreibung vom Manifest „%2“ unterscheidet</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="145"/>
        <source>The certificate file has no signature line: it must start with &quot;SHA256(manifest.mf)= signature&quot;, not with a PEM block</source>
        <translation>Die Zertifikatsdatei hat keine Signaturzeile: Sie muss mit &quot;SHA256(manifest.mf)= signature&quot; beginnen, nicht mit einem PEM-Block</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="151"/>
        <source>Line %1 is not a signature line &quot;SHA256(manifest.mf)= signature&quot;: %2</source>
        <translation>Zeile %1 ist keine Signaturzeile &quot;SHA256(manifest.mf)= signature&quot;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="159"/>
        <source>The signature line uses the digest algorithm &quot;%1&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>Die Signaturzeile verwendet den Prüfsummenalgorithmus „%1“, der nicht unterstützt wird (unterstützt werden SHA1, SHA256 und SHA512)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="165"/>
        <source>The signature line is spaced differently from ovftool&apos;s &quot;SHA256(manifest.mf)= signature&quot;</source>
        <translation>Die Signaturzeile hat andere Abstände als &quot;SHA256(manifest.mf)= signature&quot; von ovftool</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="182"/>
        <source>The signature is wrapped over %1 lines; ovftool writes it on one line</source>
        <translation>Die Signatur ist auf %1 Zeilen umbrochen; ovftool schreibt sie in eine Zeile</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="187"/>
        <source>The signature line has no signature after &quot;=&quot;</source>
        <translation>Die Signaturzeile hat nach &quot;=&quot; keine Signatur</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="190"/>
        <source>The signature is not hexadecimal: %1</source>
        <translation>Die Signatur ist nicht hexadezimal: %1</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="195"/>
        <source>The signature has an odd number of hexadecimal digits (%1): it is truncated or damaged</source>
        <translation>Die Signatur hat eine ungerade Anzahl Hexadezimalziffern (%1): Sie ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="202"/>
        <source>The signature is written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation>Die Signatur ist in hexadezimalen Großbuchstaben geschrieben; ovftool schreibt Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="218"/>
        <source>Line %1 is neither part of the signature nor of a certificate: %2</source>
        <translation>Zeile %1 gehört weder zur Signatur noch zu einem Zertifikat: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="226"/>
        <source>Line %1 starts a PEM block of type &quot;%2&quot;; a certificate file holds only CERTIFICATE blocks</source>
        <translation>Zeile %1 beginnt einen PEM-Block vom Typ „%2“; eine Zertifikatsdatei enthält nur CERTIFICATE-Blöcke</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="240"/>
        <source>The certificate that starts on line %1 has no matching &quot;-----END CERTIFICATE-----&quot; line</source>
        <translation>Dem Zertifikat, das in Zeile %1 beginnt, fehlt die passende Zeile &quot;-----END CERTIFICATE-----&quot;</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="248"/>
        <source>The certificate that starts on line %1 is not valid base64</source>
        <translation>Das Zertifikat, das in Zeile %1 beginnt, ist kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="256"/>
        <source>The certificate that starts on line %1 is not an X.509 certificate: %2</source>
        <translation>Das Zertifikat, das in Zeile %1 beginnt, ist kein X.509-Zertifikat: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="263"/>
        <source>The certificate that starts on line %1 is followed by unexpected data inside its PEM block</source>
        <translation>Auf das Zertifikat, das in Zeile %1 beginnt, folgen unerwartete Daten innerhalb seines PEM-Blocks</translation>
    </message>
</context>
<context>
    <name>ovf::package::Coverage</name>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="59"/>
        <source>The manifest %1 has no digest for the descriptor %2</source>
        <translation>Das Manifest %1 hat keine Prüfsumme für den Deskriptor %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="61"/>
        <source>The manifest %1 has no digest for %2, which the descriptor references</source>
        <translation>Das Manifest %1 hat keine Prüfsumme für %2, auf das der Deskriptor verweist</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="66"/>
        <source>(it lists &quot;%1&quot;, which differs in letter case)</source>
        <translation>(es führt „%1“ auf, das sich in der Groß-/Kleinschreibung unterscheidet)</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="72"/>
        <source>%1:%2: the manifest lists %3, which is neither the descriptor nor a file it references</source>
        <translation>%1:%2: das Manifest führt %3 auf, das weder der Deskriptor noch eine von ihm referenzierte Datei ist</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="79"/>
        <source>(the package has &quot;%1&quot;, which differs in letter case)</source>
        <translation>(das Paket hat „%1“, das sich in der Groß-/Kleinschreibung unterscheidet)</translation>
    </message>
</context>
<context>
    <name>ovf::package::Digest</name>
    <message>
        <location filename="../model/package/digest.cpp" line="85"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="92"/>
        <source>Hashing %1 was cancelled</source>
        <translation>Das Hashen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ovf::package::FolderWriter</name>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="45"/>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="48"/>
        <source>cannot create a temporary folder beside %1: %2</source>
        <translation>kann neben %1 keinen temporären Ordner anlegen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="60"/>
        <source>%1: cannot create its folder</source>
        <translation>%1: kann seinen Ordner nicht anlegen</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="74"/>
        <source>%1: more data than announced</source>
        <translation>%1: mehr Daten als angekündigt</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="99"/>
        <source>%1: %2 bytes short</source>
        <translation>%1: es fehlen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="123"/>
        <source>cannot sync the folder %1 of the new package</source>
        <translation>kann den Ordner %1 des neuen Pakets nicht synchronisieren</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="130"/>
        <source>cannot move the existing %1 aside</source>
        <translation>kann das vorhandene %1 nicht beiseiteschieben</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="135"/>
        <source>cannot move the new package to %1</source>
        <translation>kann das neue Paket nicht nach %1 verschieben</translation>
    </message>
</context>
<context>
    <name>ovf::package::GzipDeflater</name>
    <message>
        <location filename="../model/package/gzipdeflater.cpp" line="33"/>
        <source>gzip compression could not start</source>
        <translation>gzip-Komprimierung konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../model/package/gzipdeflater.cpp" line="49"/>
        <source>gzip compression failed</source>
        <translation>gzip-Komprimierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ovf::package::Manifest</name>
    <message>
        <location filename="../model/package/manifest.cpp" line="72"/>
        <source>The manifest is %1 bytes long; manifests larger than 1 MiB are refused</source>
        <translation>Das Manifest ist %1 Bytes lang; Manifeste über 1 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="77"/>
        <source>Not a manifest: the file contains NUL bytes (it is not text)</source>
        <translation>Kein Manifest: Die Datei enthält NUL-Bytes (sie ist kein Text)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="80"/>
        <source>Not a manifest: the file is not UTF-8 text</source>
        <translation>Kein Manifest: Die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="83"/>
        <source>The manifest starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation>Das Manifest beginnt mit einer UTF-8-Bytereihenfolgemarke, die ovftool nicht schreibt</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="105"/>
        <source>Line %1 contains a carriage return in the middle: %2</source>
        <translation>Zeile %1 enthält mittendrin einen Wagenrücklauf: %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="114"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation>Zeilen enden mit CRLF (Windows-Zeilenenden); ovftool schreibt LF</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="118"/>
        <source>The manifest uses the BSD spelling &quot;SHA1 (name) = digest&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation>Das Manifest verwendet die BSD-Schreibweise &quot;SHA1 (name) = digest&quot;; ovftool schreibt &quot;SHA1(name)= digest&quot;</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="123"/>
        <source>Unusual spacing around &quot;(&quot;, &quot;)&quot; or &quot;=&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation>Ungewöhnliche Abstände um &quot;(&quot;, &quot;)&quot; oder &quot;=&quot;; ovftool schreibt &quot;SHA1(name)= digest&quot;</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="128"/>
        <source>Digests are written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation>Prüfsummen sind in hexadezimalen Großbuchstaben geschrieben; ovftool schreibt Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="131"/>
        <source>The manifest is empty: it lists no file</source>
        <translation>Das Manifest ist leer: Es führt keine Datei auf</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="141"/>
        <source>Line %1 is blank</source>
        <translation>Zeile %1 ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="145"/>
        <source>Line %1 ends with spaces or tabs</source>
        <translation>Zeile %1 endet mit Leerzeichen oder Tabulatoren</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="147"/>
        <source>Line %1 starts with spaces or tabs</source>
        <translation>Zeile %1 beginnt mit Leerzeichen oder Tabulatoren</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="156"/>
        <source>Line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>Zeile %1 hat nicht die Form &quot;SHA256(file)= digest&quot;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="163"/>
        <source>Line %1 uses the digest algorithm &quot;%2&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>Zeile %1 verwendet den Prüfsummenalgorithmus „%2“, der nicht unterstützt wird (unterstützt werden SHA1, SHA256 und SHA512)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="176"/>
        <source>Line %1 has no digest after &quot;=&quot;</source>
        <translation>Zeile %1 hat nach &quot;=&quot; keine Prüfsumme</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="180"/>
        <source>Line %1: the digest &quot;%2&quot; is not hexadecimal</source>
        <translation>Zeile %1: die Prüfsumme „%2“ ist nicht hexadezimal</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="190"/>
        <source>Line %1: a %2 digest has %3 hexadecimal digits, this one has %4</source>
        <translation>Zeile %1: eine %2-Prüfsumme hat %3 Hexadezimalziffern, diese hat %4</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="205"/>
        <source>Line %1 names &quot;%2&quot;, which is not a file in the package: %3</source>
        <translation>Zeile %1 nennt „%2“, das keine Datei im Paket ist: %3</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="213"/>
        <source>The manifest lists itself: line %1 gives a digest for &quot;%2&quot;, which a manifest cannot cover (DSP0243 §5.1)</source>
        <translation>Das Manifest führt sich selbst auf: Zeile %1 gibt eine Prüfsumme für „%2“ an, die ein Manifest nicht abdecken kann (DSP0243 §5.1)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="229"/>
        <source>Line %1 repeats the entry for &quot;%2&quot; of line %3</source>
        <translation>Zeile %1 wiederholt den Eintrag für „%2“ aus Zeile %3</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="235"/>
        <source>Conflicting entries for &quot;%1&quot;: line %2 gives %3 %4, line %5 gives %6 %7</source>
        <translation>Widersprüchliche Einträge für „%1“: Zeile %2 gibt %3 %4 an, Zeile %5 gibt %6 %7 an</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="248"/>
        <source>Lines %1 and %2 name &quot;%3&quot; and &quot;%4&quot;, which differ only by letter case</source>
        <translation>Die Zeilen %1 und %2 nennen „%3“ und „%4“, die sich nur in der Groß-/Kleinschreibung unterscheiden</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="262"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="265"/>
        <source>it contains control characters</source>
        <translation>er enthält Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="268"/>
        <source>it contains a backslash</source>
        <translation>er enthält einen Backslash</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="270"/>
        <source>it is an absolute path</source>
        <translation>er ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="273"/>
        <source>it contains &quot;..&quot;, &quot;.&quot; or an empty path segment</source>
        <translation>er enthält &quot;..&quot;, &quot;.&quot; oder ein leeres Pfadsegment</translation>
    </message>
</context>
<context>
    <name>ovf::package::MemberLocation</name>
    <message>
        <location filename="../model/package/memberlocation.cpp" line="40"/>
        <source>no such member in the package</source>
        <translation>kein solcher Eintrag im Paket</translation>
    </message>
</context>
<context>
    <name>ovf::package::OvaWriter</name>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="64"/>
        <source>%1 needs a pax extended header (over 8 GiB or a long name); some OVA consumers reject pax headers</source>
        <translation>%1 braucht einen pax-Erweiterungsheader (über 8 GiB oder langer Name); manche OVA-Verarbeiter lehnen pax-Header ab</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="77"/>
        <source>%1: more data than the %2 bytes announced</source>
        <translation>%1: mehr Daten als die angekündigten %2 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="104"/>
        <source>%1: %2 bytes short of the %3 announced</source>
        <translation>%1: %2 Bytes weniger als die angekündigten %3</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="116"/>
        <source>%1: not the head member reserved at this place, or not its size</source>
        <translation>%1: nicht der an dieser Stelle reservierte Kopfeintrag oder nicht dessen Größe</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="136"/>
        <source>the package head was not written completely</source>
        <translation>der Kopf des Pakets wurde nicht vollständig geschrieben</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackInput</name>
    <message>
        <location filename="../model/package/packinput.cpp" line="44"/>
        <location filename="../model/package/packinput.cpp" line="290"/>
        <source>%1: is a symbolic link</source>
        <translation>%1: ist ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="46"/>
        <location filename="../model/package/packinput.cpp" line="58"/>
        <location filename="../model/package/packinput.cpp" line="179"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="55"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="60"/>
        <source>%1: the file grew while it was read</source>
        <translation>%1: die Datei ist beim Lesen gewachsen</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="62"/>
        <source>%1: the file shrank while it was read</source>
        <translation>%1: die Datei ist beim Lesen geschrumpft</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="153"/>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="159"/>
        <source>%1: the folder holds no .ovf descriptor</source>
        <translation>%1: der Ordner enthält keinen .ovf-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="160"/>
        <source>%1: the folder holds more than one .ovf descriptor</source>
        <translation>%1: der Ordner enthält mehr als einen .ovf-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="181"/>
        <source>%1: the descriptor is larger than the limit</source>
        <translation>%1: der Deskriptor ist größer als die Grenze</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="226"/>
        <source>%1: the package holds no .ovf descriptor</source>
        <translation>%1: das Paket enthält keinen .ovf-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="228"/>
        <source>%1: the descriptor is not at the top of the package</source>
        <translation>%1: der Deskriptor liegt nicht auf der obersten Ebene des Pakets</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="243"/>
        <source>%1: not an OVF descriptor (an OVF environment document?)</source>
        <translation>%1: kein OVF-Deskriptor (ein OVF-Umgebungsdokument?)</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="257"/>
        <source>File %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="272"/>
        <source>%1: referenced by more than one File</source>
        <translation>%1: von mehr als einem File referenziert</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="300"/>
        <source>%1: referenced by File %2 but not in the package</source>
        <translation>%1: von File %2 referenziert, aber nicht im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="307"/>
        <source>%1: referenced by File %2 but missing</source>
        <translation>%1: von File %2 referenziert, aber fehlt</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="294"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="263"/>
        <source>%1: ovf:compression=&quot;%2&quot; is not gzip or identity (DSP0243 §7.1)</source>
        <translation>%1: ovf:compression=&quot;%2&quot; ist weder gzip noch identity (DSP0243 §7.1)</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="269"/>
        <source>%1: ovf:chunkSize must be a positive number of bytes</source>
        <translation>%1: ovf:chunkSize muss eine positive Anzahl Bytes sein</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="321"/>
        <source>%1: ovf:size is not a number</source>
        <translation>%1: ovf:size ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="405"/>
        <source>%1: no longer in the package</source>
        <translation>%1: nicht mehr im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="407"/>
        <source>%1: changed size since the package was opened</source>
        <translation>%1: Größe hat sich seit dem Öffnen des Pakets geändert</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackageWriter</name>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="64"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="87"/>
        <source>a signature needs a manifest</source>
        <translation>eine Signatur braucht ein Manifest</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="89"/>
        <source>SHA-1 signatures are not written; use SHA-256 or SHA-512</source>
        <translation>SHA-1-Signaturen werden nicht geschrieben; verwenden Sie SHA-256 oder SHA-512</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="91"/>
        <source>the chunk size must be positive</source>
        <translation>die Teilstückgröße muss positiv sein</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="219"/>
        <source>%1: ovf:size said %2 bytes, the file has %3; corrected</source>
        <translation>%1: ovf:size gab %2 Bytes an, die Datei hat %3; korrigiert</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="244"/>
        <source>%1: not listed in the manifest</source>
        <translation>%1: nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="246"/>
        <source>%1: does not match its digest in the manifest</source>
        <translation>%1: stimmt nicht mit seiner Prüfsumme im Manifest überein</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="252"/>
        <source>%1: listed in the manifest but not a file of the package</source>
        <translation>%1: im Manifest aufgeführt, aber keine Datei des Pakets</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="268"/>
        <source>the signature&apos;s length kept changing; cannot place the certificate</source>
        <translation>die Länge der Signatur hat sich ständig geändert; das Zertifikat kann nicht platziert werden</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="117"/>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation>kann neben %1 keine temporäre Datei anlegen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="93"/>
        <source>compressing and decompressing exclude each other</source>
        <translation>Komprimieren und Dekomprimieren schließen einander aus</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="138"/>
        <location filename="../model/package/packagewriter.cpp" line="142"/>
        <location filename="../model/package/packagewriter.cpp" line="164"/>
        <location filename="../model/package/packagewriter.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="318"/>
        <source>%1: too many chunks of %2 bytes</source>
        <translation>%1: zu viele Teilstücke zu %2 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="377"/>
        <source>%1: the source grew while it was packed</source>
        <translation>%1: die Quelle ist beim Packen gewachsen</translation>
    </message>
</context>
<context>
    <name>ovf::package::Signature</name>
    <message>
        <location filename="../model/package/signature.cpp" line="26"/>
        <source>The signer&apos;s certificate has a public key that cannot be read: %1</source>
        <translation>Das Zertifikat des Signierenden hat einen öffentlichen Schlüssel, der nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="32"/>
        <source>The signer&apos;s certificate has a %1 key; OVF signatures are made with RSA (PKCS#1 v1.5) or ECDSA keys</source>
        <translation>Das Zertifikat des Signierenden hat einen %1-Schlüssel; OVF-Signaturen werden mit RSA- (PKCS#1 v1.5) oder ECDSA-Schlüsseln erstellt</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="39"/>
        <source>The signature is %1 bytes long, but the signer&apos;s %2-bit RSA key makes signatures of %3 bytes: the signature is truncated, damaged or made with another key</source>
        <translation>Die Signatur ist %1 Bytes lang, der %2-Bit-RSA-Schlüssel des Signierenden erzeugt aber Signaturen von %3 Bytes: Die Signatur ist abgeschnitten, beschädigt oder mit einem anderen Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="53"/>
        <source>The signature cannot be checked with the signer&apos;s %1 key and %2: %3</source>
        <translation>Die Signatur kann mit dem %1-Schlüssel des Signierenden und %2 nicht geprüft werden: %3</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="65"/>
        <source>The signature does not match the manifest %1: the manifest was changed after it was signed, or the signature was made with another key than the certificate&apos;s</source>
        <translation>Die Signatur passt nicht zum Manifest %1: Das Manifest wurde nach dem Signieren geändert, oder die Signatur wurde mit einem anderen Schlüssel als dem des Zertifikats erstellt</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="70"/>
        <source>The signature is malformed: it is not a valid %1 signature</source>
        <translation>Die Signatur ist fehlerhaft: keine gültige %1-Signatur</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="113"/>
        <source>The certificate file %1 holds a certificate that cannot be decoded</source>
        <translation>Die Zertifikatsdatei %1 enthält ein Zertifikat, das nicht dekodiert werden kann</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="132"/>
        <source>The signature is made with SHA-1, for which collisions can be computed: use SHA-256 or SHA-512</source>
        <translation>Die Signatur wurde mit SHA-1 erstellt, für das Kollisionen berechnet werden können: Verwenden Sie SHA-256 oder SHA-512</translation>
    </message>
</context>
<context>
    <name>ovf::package::SignatureChain</name>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="52"/>
        <source>TLS servers</source>
        <translation>TLS-Server</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="53"/>
        <source>TLS clients</source>
        <translation>TLS-Clients</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="54"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="55"/>
        <source>time stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="56"/>
        <source>OCSP responses</source>
        <translation>OCSP-Antworten</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="97"/>
        <source>The trust anchor file %1 cannot be read: %2</source>
        <translation>Die Vertrauensankerdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="111"/>
        <source>The trust anchor file %1 holds no PEM certificate</source>
        <translation>Die Vertrauensankerdatei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="123"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is self-signed and is not a trusted anchor: anyone can make such a certificate</source>
        <translation>Das Zertifikat des Signierenden „%1“ ist selbstsigniert und kein vertrauenswürdiger Anker: Jeder kann ein solches Zertifikat erstellen</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="129"/>
        <source>The chain ends in the self-signed certificate &quot;%1&quot;, which is not a trusted anchor</source>
        <translation>Die Kette endet im selbstsignierten Zertifikat „%1“, das kein vertrauenswürdiger Anker ist</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="137"/>
        <source>The issuer of &quot;%1&quot; (%2) is unknown: it is neither in the certificate file nor a trusted anchor</source>
        <translation>Der Aussteller von „%1“ (%2) ist unbekannt: Er ist weder in der Zertifikatsdatei noch ein vertrauenswürdiger Anker</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="143"/>
        <source>The certificate &quot;%1&quot; expired on %2</source>
        <translation>Das Zertifikat „%1“ ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="147"/>
        <source>The certificate &quot;%1&quot; is not valid before %2</source>
        <translation>Das Zertifikat „%1“ ist erst ab %2 gültig</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="153"/>
        <location filename="../model/package/signaturechain.cpp" line="275"/>
        <source>The certificate &quot;%1&quot; has a %2-bit %3 key, which is too weak (below %4-bit security)</source>
        <translation>Das Zertifikat „%1“ hat einen %2-Bit-%3-Schlüssel, der zu schwach ist (unter %4 Bit Sicherheit)</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="162"/>
        <location filename="../model/package/signaturechain.cpp" line="267"/>
        <source>The certificate &quot;%1&quot; is signed with %2, which is too weak</source>
        <translation>Das Zertifikat „%1“ ist mit %2 signiert, was zu schwach ist</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="169"/>
        <source>The certificate &quot;%1&quot; is not acceptable: %2</source>
        <translation>Das Zertifikat „%1“ ist nicht annehmbar: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="181"/>
        <source>The certificate &quot;%1&quot; is for %2, not for code signing (its extended key usage lacks codeSigning)</source>
        <translation>Das Zertifikat „%1“ ist für %2 bestimmt, nicht für Codesignierung (seiner erweiterten Schlüsselverwendung fehlt codeSigning)</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="184"/>
        <source>The intermediate certificate &quot;%1&quot; may only issue certificates for %2, not for code signing</source>
        <translation>Das Zwischenzertifikat „%1“ darf nur Zertifikate für %2 ausstellen, nicht für Codesignierung</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="192"/>
        <source>The certificate &quot;%1&quot; does not allow digital signatures (its key usage is %2)</source>
        <translation>Das Zertifikat „%1“ erlaubt keine digitalen Signaturen (seine Schlüsselverwendung ist %2)</translation>
    </message>
</context>
<context>
    <name>ovf::package::Signer</name>
    <message>
        <location filename="../model/package/signer.cpp" line="27"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="30"/>
        <source>%1 is too large for a key or certificate file</source>
        <translation>%1 ist zu groß für eine Schlüssel- oder Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="73"/>
        <source>The private key in %1 is a %2 key; OVF signatures need an RSA or EC key</source>
        <translation>Der private Schlüssel in %1 ist ein %2-Schlüssel; OVF-Signaturen brauchen einen RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="78"/>
        <source>%1 contains no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="94"/>
        <source>The private key does not belong to the certificate (%1)</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="134"/>
        <source>The private key %1 is encrypted: a passphrase is needed</source>
        <translation>Der private Schlüssel %1 ist verschlüsselt: Eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="136"/>
        <source>Wrong passphrase for the private key %1</source>
        <translation>Falsche Passphrase für den privaten Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="138"/>
        <source>%1 does not contain a PEM private key (%2)</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="153"/>
        <source>%1 is not a PKCS#12 file (%2)</source>
        <translation>%1 ist keine PKCS#12-Datei (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="165"/>
        <source>%1 is protected: a passphrase is needed</source>
        <translation>%1 ist geschützt: Eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="166"/>
        <source>Wrong passphrase for %1</source>
        <translation>Falsche Passphrase für %1</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="181"/>
        <source>%1 is encrypted with an algorithm this OpenSSL does not enable (RC2 or 3DES from an old tool); export it again with AES (%2)</source>
        <translation>%1 ist mit einem Algorithmus verschlüsselt, den dieses OpenSSL nicht aktiviert (RC2 oder 3DES aus einem alten Werkzeug); exportieren Sie die Datei erneut mit AES (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="186"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="189"/>
        <source>%1 contains no private key</source>
        <translation>%1 enthält keinen privaten Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="231"/>
        <source>No signing key</source>
        <translation>Kein Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="242"/>
        <location filename="../model/package/signer.cpp" line="249"/>
        <source>Cannot sign with %1: %2</source>
        <translation>Signieren mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="259"/>
        <source>%1 signatures are not made any more: use SHA256 or SHA512</source>
        <translation>%1-Signaturen werden nicht mehr erstellt: Verwenden Sie SHA256 oder SHA512</translation>
    </message>
</context>
<context>
    <name>ovf::package::TarWriter</name>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="94"/>
        <source>a tar member needs a name</source>
        <translation>ein tar-Eintrag braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="96"/>
        <source>%1: a tar member name cannot hold a NUL byte</source>
        <translation>%1: der Name eines tar-Eintrags darf kein NUL-Byte enthalten</translation>
    </message>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="98"/>
        <source>%1: invalid size or time for a tar member</source>
        <translation>%1: ungültige Größe oder Zeit für einen tar-Eintrag</translation>
    </message>
</context>
<context>
    <name>ovf::package::Trust</name>
    <message>
        <location filename="../model/package/trust.cpp" line="29"/>
        <source>The manifest cannot be read: %1</source>
        <translation>Das Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="31"/>
        <source>The manifest was not read</source>
        <translation>Das Manifest wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="48"/>
        <source>%1 was not checked against its %2 digest in the manifest</source>
        <translation>%1 wurde nicht mit seiner %2-Prüfsumme im Manifest verglichen</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="52"/>
        <source>%1 is listed in the manifest but is not in the package</source>
        <translation>%1 ist im Manifest aufgeführt, aber nicht im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="57"/>
        <source>%1 does not match its %2 digest: the manifest says %3, the file has %4</source>
        <translation>%1 stimmt nicht mit seiner %2-Prüfsumme überein: Das Manifest nennt %3, die Datei hat %4</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="69"/>
        <source>The package is not signed</source>
        <translation>Das Paket ist nicht signiert</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="74"/>
        <source>The certificate file is malformed: %1</source>
        <translation>Die Zertifikatsdatei ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="75"/>
        <source>it was not read</source>
        <translation>sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="82"/>
        <source>The certificate file is for another manifest: it signs &quot;%1&quot;, the package&apos;s manifest is &quot;%2&quot;</source>
        <translation>Die Zertifikatsdatei gehört zu einem anderen Manifest: Sie signiert „%1“, das Manifest des Pakets ist „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="90"/>
        <source>The signature was not checked</source>
        <translation>Die Signatur wurde nicht geprüft</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="96"/>
        <source>The signature is not valid</source>
        <translation>Die Signatur ist ungültig</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="103"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is not trusted (%2)</source>
        <translation>Dem Zertifikat des Signierenden „%1“ wird nicht vertraut (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="107"/>
        <source>The signature is made with SHA-1</source>
        <translation>Die Signatur wurde mit SHA-1 erstellt</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="116"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="118"/>
        <source>Intact</source>
        <translation>Unversehrt</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="120"/>
        <source>Unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="122"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="132"/>
        <source>The package has a certificate file but no manifest: a signature must sign a manifest (DSP0243 §5.2)</source>
        <translation>Das Paket hat eine Zertifikatsdatei, aber kein Manifest: Eine Signatur muss ein Manifest signieren (DSP0243 §5.2)</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="136"/>
        <source>The package has no manifest: no file was checked</source>
        <translation>Das Paket hat kein Manifest: Keine Datei wurde geprüft</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="144"/>
        <source>SHA-1 digests, for which collisions can be computed, protect %1</source>
        <translation>SHA-1-Prüfsummen, für die Kollisionen berechnet werden können, schützen %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="159"/>
        <source>Signed by &quot;%1&quot;, whose certificate chains to the trusted anchor &quot;%2&quot; and is valid for code signing</source>
        <translation>Signiert von „%1“, dessen Zertifikat bis zum vertrauenswürdigen Anker „%2“ reicht und für Codesignierung gültig ist</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="162"/>
        <source>Every file the manifest lists (%1) matches its digest, all %2 or stronger, and the manifest covers the descriptor and exactly the files it references</source>
        <translation>Jede im Manifest aufgeführte Datei (%1) stimmt mit ihrer Prüfsumme überein, alle %2 oder stärker, und das Manifest deckt den Deskriptor und genau die von ihm referenzierten Dateien ab</translation>
    </message>
</context>
<context>
    <name>ovf::package::ZipWriter</name>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="31"/>
        <source>ZIP error</source>
        <translation>ZIP-Fehler</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="32"/>
        <location filename="../model/package/zipwriter.cpp" line="38"/>
        <location filename="../model/package/zipwriter.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="44"/>
        <source>the ZIP uses ZIP64 for members of 4 GiB or more; some unzip tools cannot read it</source>
        <translation>das ZIP verwendet ZIP64 für Einträge ab 4 GiB; manche Entpackprogramme können es nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="67"/>
        <source>%1: more data than announced</source>
        <translation>%1: mehr Daten als angekündigt</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="77"/>
        <source>%1: %2 bytes short</source>
        <translation>%1: es fehlen %2 Bytes</translation>
    </message>
</context>
<context>
    <name>ovf::validation::Validator</name>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="30"/>
        <source>The document is an OVF environment, not a descriptor</source>
        <translation>Das Dokument ist eine OVF-Umgebung, kein Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="31"/>
        <source>Every Property of an OVF environment has a key and a value</source>
        <translation>Jede Property einer OVF-Umgebung hat einen Schlüssel und einen Wert</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="32"/>
        <source>The Envelope&apos;s ovf:version matches its namespace (absent: info)</source>
        <translation>Die ovf:version des Envelope passt zu seinem Namensraum (fehlt sie: Hinweis)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="33"/>
        <source>OVF elements are in an OVF namespace, not in no namespace (read anyway)</source>
        <translation>OVF-Elemente liegen in einem OVF-Namensraum, nicht in keinem Namensraum (werden trotzdem gelesen)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="34"/>
        <source>Attributes of OVF elements carry the ovf: prefix (OVF attributes are namespace-qualified)</source>
        <translation>Attribute von OVF-Elementen tragen das Präfix ovf: (OVF-Attribute sind namensraumqualifiziert)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="35"/>
        <source>The Envelope has a References element</source>
        <translation>Das Envelope hat ein References-Element</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="36"/>
        <source>The Envelope holds a VirtualSystem or VirtualSystemCollection</source>
        <translation>Das Envelope enthält ein VirtualSystem oder eine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="39"/>
        <source>File ids are unique in References</source>
        <translation>File-IDs sind in References eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="40"/>
        <source>Disk ids are unique across DiskSection and SharedDiskSection</source>
        <translation>Disk-IDs sind über DiskSection und SharedDiskSection hinweg eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="41"/>
        <source>Network names are unique in the NetworkSection</source>
        <translation>Netzwerknamen sind im NetworkSection eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="42"/>
        <source>Configuration ids are unique in the DeploymentOptionSection</source>
        <translation>Configuration-IDs sind im DeploymentOptionSection eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="43"/>
        <source>VirtualSystem and VirtualSystemCollection ids are unique in the descriptor</source>
        <translation>IDs von VirtualSystem und VirtualSystemCollection sind im Deskriptor eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="44"/>
        <source>Items that share an InstanceID describe one device (same ResourceType; ranges and per-configuration overrides are combined)</source>
        <translation>Items mit derselben InstanceID beschreiben ein Gerät (gleicher ResourceType; Bereiche und konfigurationsabhängige Überschreibungen werden zusammengeführt)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="45"/>
        <source>Property keys are unique in a ProductSection, and environment keys class.key.instance in an entity</source>
        <translation>Eigenschaftsschlüssel sind in einem ProductSection eindeutig, Umgebungsschlüssel class.key.instance in einer Entität</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="46"/>
        <source>Message ids are unique in a Strings bundle</source>
        <translation>Nachrichten-IDs sind in einem Strings-Bündel eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="49"/>
        <source>A Disk&apos;s ovf:fileRef names a File of References</source>
        <translation>Das ovf:fileRef eines Disk nennt ein File aus References</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="50"/>
        <source>A Disk&apos;s ovf:parentRef names another Disk</source>
        <translation>Das ovf:parentRef eines Disk nennt ein anderes Disk</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="51"/>
        <source>An ovf:/disk/ or ovf:/file/ HostResource names a Disk or File of the package (a disk drive without such a reference: warning)</source>
        <translation>Eine HostResource ovf:/disk/ oder ovf:/file/ nennt ein Disk oder File des Pakets (ein Festplattenlaufwerk ohne solchen Verweis: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="52"/>
        <source>HostResource references are spelled ovf:/disk/&lt;id&gt; or ovf:/file/&lt;id&gt;</source>
        <translation>HostResource-Verweise werden ovf:/disk/&lt;id&gt; oder ovf:/file/&lt;id&gt; geschrieben</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="53"/>
        <source>An Item&apos;s Connection names a Network of the NetworkSection (empty: warning)</source>
        <translation>Die Connection eines Item nennt ein Network des NetworkSection (leer: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="54"/>
        <source>An Item&apos;s Parent is the InstanceID of an Item in the same section</source>
        <translation>Der Parent eines Item ist die InstanceID eines Item im selben Abschnitt</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="55"/>
        <source>An Item&apos;s Parent is a controller (IDE, SCSI, FC, iSCSI, IB, SATA/other storage, USB or other)</source>
        <translation>Der Parent eines Item ist ein Controller (IDE, SCSI, FC, iSCSI, IB, SATA/sonstiger Speicher, USB oder sonstiger)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="56"/>
        <source>ovf:configuration names Configurations of the DeploymentOptionSection</source>
        <translation>ovf:configuration nennt Configurations des DeploymentOptionSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="57"/>
        <source>The ovf:fileRef of a Strings bundle or Msg names a File</source>
        <translation>Das ovf:fileRef eines Strings-Bündels oder Msg nennt ein File</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="58"/>
        <source>A StartupSection Item names a child of its collection</source>
        <translation>Ein Item des StartupSection nennt ein Kind seiner Sammlung</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="59"/>
        <source>A ScaleOutSection&apos;s ovf:id names a child of its collection</source>
        <translation>Die ovf:id eines ScaleOutSection nennt ein Kind seiner Sammlung</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="60"/>
        <source>A PlacementSection&apos;s ovf:group names a PlacementGroupSection</source>
        <translation>Die ovf:group eines PlacementSection nennt ein PlacementGroupSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="61"/>
        <source>A product Icon&apos;s ovf:fileRef names a File</source>
        <translation>Das ovf:fileRef eines Produkt-Icon nennt ein File</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="62"/>
        <source>An EnvironmentFilesSection File&apos;s ovf:fileRef names a File</source>
        <translation>Das ovf:fileRef eines File im EnvironmentFilesSection nennt ein File</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="63"/>
        <source>Every File of References is used by the descriptor (vendor markup that names it counts)</source>
        <translation>Jedes File aus References wird vom Deskriptor verwendet (Herstellermarkup, das es nennt, zählt)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="64"/>
        <source>Every Disk is attached by a HostResource or is the parent of one that is</source>
        <translation>Jedes Disk ist über eine HostResource angeschlossen oder ist die übergeordnete Festplatte eines angeschlossenen</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="67"/>
        <source>Sections appear only where OVF allows them (Envelope, VirtualSystem or VirtualSystemCollection)</source>
        <translation>Abschnitte stehen nur dort, wo OVF sie zulässt (Envelope, VirtualSystem oder VirtualSystemCollection)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="68"/>
        <source>Sections allowed once per Envelope or entity appear once</source>
        <translation>Abschnitte, die einmal je Envelope oder Entität zulässig sind, kommen einmal vor</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="69"/>
        <source>ProductSections of one entity differ in ovf:class or ovf:instance</source>
        <translation>ProductSections einer Entität unterscheiden sich in ovf:class oder ovf:instance</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="70"/>
        <source>Every VirtualSystem and VirtualSystemCollection has an ovf:id</source>
        <translation>Jedes VirtualSystem und jede VirtualSystemCollection hat eine ovf:id</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="71"/>
        <source>A VirtualSystemCollection contains at least one entity</source>
        <translation>Eine VirtualSystemCollection enthält mindestens eine Entität</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="72"/>
        <source>A VirtualSystem has a VirtualHardwareSection</source>
        <translation>Ein VirtualSystem hat einen VirtualHardwareSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="73"/>
        <source>Every section, VirtualSystem and VirtualSystemCollection has an Info element</source>
        <translation>Jeder Abschnitt, jedes VirtualSystem und jede VirtualSystemCollection hat ein Info-Element</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="74"/>
        <source>A DeploymentOptionSection has at least one Configuration</source>
        <translation>Ein DeploymentOptionSection hat mindestens eine Configuration</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="75"/>
        <source>At most one Configuration is marked ovf:default=&quot;true&quot;</source>
        <translation>Höchstens eine Configuration ist mit ovf:default=&quot;true&quot; markiert</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="78"/>
        <source>Every Property has an ovf:key</source>
        <translation>Jede Property hat einen ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="79"/>
        <source>ovf:key has no &apos;.&apos; or &apos;:&apos;, ovf:class and ovf:instance no &apos;:&apos;</source>
        <translation>ovf:key enthält kein &apos;.&apos; oder &apos;:&apos;, ovf:class und ovf:instance kein &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="80"/>
        <source>Every Property has an ovf:type</source>
        <translation>Jede Property hat einen ovf:type</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="81"/>
        <source>ovf:type is one of the OVF property types</source>
        <translation>ovf:type ist einer der OVF-Eigenschaftstypen</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="82"/>
        <source>ovf:type is spelled as OVF defines it and exists in the descriptor&apos;s OVF version (tolerated vendor spellings, char16/datetime before 2.0)</source>
        <translation>ovf:type ist so geschrieben, wie OVF ihn definiert, und existiert in der OVF-Version des Deskriptors (tolerierte Herstellerschreibweisen, char16/datetime vor 2.0)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="83"/>
        <source>ovf:qualifiers parse as CIM qualifiers (unknown qualifiers: warning)</source>
        <translation>ovf:qualifiers lassen sich als CIM-Qualifizierer lesen (unbekannte Qualifizierer: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="84"/>
        <source>ovf:qualifiers fit the property&apos;s type</source>
        <translation>ovf:qualifiers passen zum Typ der Eigenschaft</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="85"/>
        <source>Default and per-configuration values are values of the type within the qualifiers (empty fixed non-string value: warning)</source>
        <translation>Standardwerte und konfigurationsabhängige Werte sind Werte des Typs innerhalb der Qualifizierer (leerer fester Nicht-string-Wert: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="86"/>
        <source>${name} references name a property of the same entity or of its parent collection</source>
        <translation>${name}-Verweise nennen eine Eigenschaft derselben Entität oder ihrer übergeordneten Sammlung</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="89"/>
        <source>Disk capacity is a byte count in a byte unit, or a ${property} reference to an existing property</source>
        <translation>Die Festplattenkapazität ist eine Byteanzahl in einer Byte-Einheit oder ein ${property}-Verweis auf eine vorhandene Eigenschaft</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="90"/>
        <source>File ovf:size, ovf:chunkSize and Disk ovf:populatedSize are non-negative integers</source>
        <translation>File ovf:size, ovf:chunkSize und Disk ovf:populatedSize sind nicht negative Ganzzahlen</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="91"/>
        <source>A Disk&apos;s populated size is not above its capacity</source>
        <translation>Die belegte Größe eines Disk liegt nicht über seiner Kapazität</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="92"/>
        <source>File ovf:compression is identity or gzip</source>
        <translation>File ovf:compression ist identity oder gzip</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="93"/>
        <source>Memory and processor Items have parseable AllocationUnits and VirtualQuantity</source>
        <translation>Arbeitsspeicher- und Prozessor-Items haben lesbare AllocationUnits und VirtualQuantity</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="96"/>
        <source>Every Strings bundle names its locale with xml:lang</source>
        <translation>Jedes Strings-Bündel nennt sein Gebietsschema mit xml:lang</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="97"/>
        <source>An element with ovf:msgid has default text</source>
        <translation>Ein Element mit ovf:msgid hat einen Standardtext</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="98"/>
        <source>Every ovf:msgid used has a message in every Strings bundle</source>
        <translation>Jede verwendete ovf:msgid hat eine Nachricht in jedem Strings-Bündel</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="99"/>
        <source>Every message of a bundle is used by the descriptor</source>
        <translation>Jede Nachricht eines Bündels wird vom Deskriptor verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="100"/>
        <source>External Strings bundles can be read (not checked without a resolver: info)</source>
        <translation>Externe Strings-Bündel können gelesen werden (ohne Resolver nicht geprüft: Hinweis)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="103"/>
        <source>No required extension that OVF Workbench does not understand (custom elements without ovf:required that are not sections, or that extend a known element: warning)</source>
        <translation>Keine erforderliche Erweiterung, die OVF Workbench nicht versteht (eigene Elemente ohne ovf:required, die keine Abschnitte sind oder ein bekanntes Element erweitern: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="104"/>
        <source>Optional extensions are ignored</source>
        <translation>Optionale Erweiterungen werden ignoriert</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="105"/>
        <source>The descriptor&apos;s conformance level (1: no extensions, 2: optional ones only, 3: required ones)</source>
        <translation>Die Konformitätsstufe des Deskriptors (1: keine Erweiterungen, 2: nur optionale, 3: erforderliche)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="40"/>
        <source>%1 has ovf:%2 %3: %4</source>
        <translation>%1 hat ovf:%2 %3: %4</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="49"/>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="52"/>
        <source>%1 has ovf:chunkSize 0; chunks cannot be empty</source>
        <translation>%1 hat ovf:chunkSize 0; Teilstücke dürfen nicht leer sein</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="56"/>
        <source>%1 has ovf:compression %2; OVF knows only &apos;identity&apos; and &apos;gzip&apos;</source>
        <translation>%1 hat ovf:compression %2; OVF kennt nur &apos;identity&apos; und &apos;gzip&apos;</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="70"/>
        <source>%1 has no ovf:capacity; the size of the virtual disk is unknown until its image is read</source>
        <translation>%1 hat keine ovf:capacity; die Größe der virtuellen Festplatte ist unbekannt, bis ihr Image gelesen wird</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="81"/>
        <source>%1 has capacity %2, a placeholder for a property %3 that does not exist; replace it with a number of bytes or add the property</source>
        <translation>%1 hat die Kapazität %2, einen Platzhalter für eine nicht vorhandene Eigenschaft %3; ersetzen Sie ihn durch eine Anzahl Bytes oder fügen Sie die Eigenschaft hinzu</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="87"/>
        <source>%1 has ovf:capacityAllocationUnits %2: %3</source>
        <translation>%1 hat ovf:capacityAllocationUnits %2: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="94"/>
        <source>%1 has a capacity that cannot be read: %2</source>
        <translation>%1 hat eine Kapazität, die nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="105"/>
        <location filename="../model/validation/rules_references.cpp" line="53"/>
        <source>Disk %1</source>
        <translation>Disk %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="110"/>
        <source>%1 has ovf:populatedSize %2 bytes, more than its capacity of %3 bytes (%4)</source>
        <translation>%1 hat ovf:populatedSize %2 Bytes, mehr als seine Kapazität von %3 Bytes (%4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="42"/>
        <source>The Envelope has no ovf:version; the namespace %1 says %2</source>
        <translation>Das Envelope hat keine ovf:version; der Namensraum %1 besagt %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="57"/>
        <source>The Envelope says ovf:version %1, but its namespace %2 is %3</source>
        <translation>Das Envelope gibt ovf:version %1 an, sein Namensraum %2 ist aber %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="79"/>
        <source>The Envelope&apos;s children %1 are in no namespace, so strictly they are not OVF elements; OVF Workbench reads them as OVF (the oVirt and OVF 0.9 dialect), other tools may not. Declare the OVF namespace as the default namespace (xmlns=&quot;%2&quot;)</source>
        <translation>Die Kindelemente %1 des Envelope liegen in keinem Namensraum und sind daher streng genommen keine OVF-Elemente; OVF Workbench liest sie als OVF (der Dialekt von oVirt und OVF 0.9), andere Werkzeuge eventuell nicht. Deklarieren Sie den OVF-Namensraum als Standardnamensraum (xmlns=&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="91"/>
        <source>The Envelope has no References element; it is required, even when the package has no files (write &lt;References/&gt;)</source>
        <translation>Das Envelope hat kein References-Element; es ist erforderlich, auch wenn das Paket keine Dateien hat (schreiben Sie &lt;References/&gt;)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="96"/>
        <source>The Envelope has neither a VirtualSystem nor a VirtualSystemCollection, so there is nothing to deploy</source>
        <translation>Das Envelope hat weder ein VirtualSystem noch eine VirtualSystemCollection, es gibt also nichts bereitzustellen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="125"/>
        <location filename="../model/validation/rules_extensions.cpp" line="167"/>
        <location filename="../model/validation/rules_extensions.cpp" line="179"/>
        <source> (%1 times)</source>
        <translation> (%1-mal)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="127"/>
        <source>%1 has an attribute %2 without the ovf: prefix%3; OVF attributes are namespace-qualified, so OVF readers do not see it as ovf:%2</source>
        <translation>%1 hat ein Attribut %2 ohne das Präfix ovf:%3; OVF-Attribute sind namensraumqualifiziert, daher sehen OVF-Leser es nicht als ovf:%2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="136"/>
        <source>This is an OVF environment document (what a platform hands to a deployed guest), not an OVF descriptor; only its properties are checked</source>
        <translation>Dies ist ein OVF-Umgebungsdokument (das, was eine Plattform einem bereitgestellten Gast übergibt), kein OVF-Deskriptor; nur seine Eigenschaften werden geprüft</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="164"/>
        <source>An environment Property has no oe:key</source>
        <translation>Einer Umgebungs-Property fehlt oe:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="167"/>
        <source>Environment property %1 has no oe:value</source>
        <translation>Umgebungseigenschaft %1 hat kein oe:value</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="55"/>
        <source>The Envelope</source>
        <translation>Das Envelope</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="105"/>
        <source>This descriptor requires the extension %1 that OVF Workbench does not support</source>
        <translation>Dieser Deskriptor erfordert die Erweiterung %1, die OVF Workbench nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="157"/>
        <source>%1 contains %2 elements in no namespace that OVF does not define (%3); they are not sections (no Info) and do not say whether they are required; OVF treats them as required, OVF Workbench ignores them</source>
        <translation>%1 enthält %2 Elemente ohne Namensraum, die OVF nicht definiert (%3); sie sind keine Abschnitte (kein Info) und geben nicht an, ob sie erforderlich sind; OVF behandelt sie als erforderlich, OVF Workbench ignoriert sie</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="169"/>
        <source>%1%2 is not an OVF section (it has no Info) and does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation>%1%2 ist kein OVF-Abschnitt (es hat kein Info) und gibt nicht an, ob es erforderlich ist; OVF behandelt es als erforderlich, OVF Workbench ignoriert es</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="172"/>
        <source>%1%2 in %3 does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation>%1%2 in %3 gibt nicht an, ob es erforderlich ist; OVF behandelt es als erforderlich, OVF Workbench ignoriert es</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="181"/>
        <source>The optional extension %1%2 is ignored</source>
        <translation>Die optionale Erweiterung %1%2 wird ignoriert</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="192"/>
        <source>Conformance level 3: the descriptor has extensions that are required (for example %1); platforms that do not understand them must refuse it</source>
        <translation>Konformitätsstufe 3: Der Deskriptor hat erforderliche Erweiterungen (zum Beispiel %1); Plattformen, die sie nicht verstehen, müssen ihn ablehnen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="198"/>
        <source>Conformance level 2: the descriptor has custom extensions (for example %1), all optional</source>
        <translation>Konformitätsstufe 2: Der Deskriptor hat eigene Erweiterungen (zum Beispiel %1), alle optional</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="201"/>
        <source>Conformance level 1: the descriptor uses only what OVF defines, no custom extensions</source>
        <translation>Konformitätsstufe 1: Der Deskriptor verwendet nur, was OVF definiert, keine eigenen Erweiterungen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="70"/>
        <source>%1 (InstanceID %2)</source>
        <translation>%1 (InstanceID %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="71"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="86"/>
        <source>%1 has HostResource %2, which is not a disk or file of the package (ovf:/disk/&lt;id&gt; or ovf:/file/&lt;id&gt;)</source>
        <translation>%1 hat HostResource %2, das keine Festplatte und keine Datei des Pakets ist (ovf:/disk/&lt;id&gt; oder ovf:/file/&lt;id&gt;)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="96"/>
        <source>%1 has HostResource %2; the standard form is %3</source>
        <translation>%1 hat HostResource %2; die Standardform ist %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="102"/>
        <source>%1 refers to disk %2, which is not in the DiskSection</source>
        <translation>%1 verweist auf die Festplatte %2, die nicht im DiskSection steht</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="105"/>
        <source>%1 refers to file %2, which is not in References</source>
        <translation>%1 verweist auf die Datei %2, die nicht in References steht</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="118"/>
        <source>%1 has an empty Connection; it will not be connected to any network</source>
        <translation>%1 hat eine leere Connection; es wird mit keinem Netzwerk verbunden</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="127"/>
        <source>%1 connects to network %2, but the descriptor has no NetworkSection</source>
        <translation>%1 verbindet sich mit dem Netzwerk %2, der Deskriptor hat aber keinen NetworkSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="129"/>
        <source>%1 connects to network %2, which is not in the NetworkSection%3</source>
        <translation>%1 verbindet sich mit dem Netzwerk %2, das nicht im NetworkSection steht%3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="131"/>
        <source> (names are case-sensitive: did you mean %1?)</source>
        <translation> (Groß-/Kleinschreibung zählt bei Namen: meinten Sie %1?)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="144"/>
        <source>%1 has AllocationUnits %2 that cannot be read: %3</source>
        <translation>%1 hat AllocationUnits %2, die nicht gelesen werden können: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="147"/>
        <source>%1 has AllocationUnits %2, which is not a unit of bytes</source>
        <translation>%1 hat AllocationUnits %2, das ist keine Byte-Einheit</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="155"/>
        <source>%1 has VirtualQuantity %2: %3</source>
        <translation>%1 hat VirtualQuantity %2: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="188"/>
        <source>%1 has Parent %2, but no Item of this %3 has that InstanceID</source>
        <translation>%1 hat Parent %2, aber kein Item dieses %3 hat diese InstanceID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="191"/>
        <source>%1 is its own Parent</source>
        <translation>%1 ist sein eigener Parent</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="194"/>
        <source>%1 has Parent %2, whose type is %3, not a controller</source>
        <translation>%1 hat Parent %2, dessen Typ %3 ist, kein Controller</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="49"/>
        <source>File id %1 is used twice in References (first on line %2)</source>
        <translation>File-ID %1 wird in References doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="55"/>
        <source>Disk id %1 is used twice (first on line %2)</source>
        <translation>Disk-ID %1 wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="61"/>
        <source>Network name %1 is used twice (first on line %2)</source>
        <translation>Netzwerkname %1 wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="67"/>
        <source>Configuration id %1 is used twice (first on line %2)</source>
        <translation>Configuration-ID %1 wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="80"/>
        <source>Entity id %1 is used twice (first on line %2); VirtualSystem and VirtualSystemCollection ids must be unique in the whole descriptor</source>
        <translation>Entitäts-ID %1 wird doppelt verwendet (zuerst in Zeile %2); IDs von VirtualSystem und VirtualSystemCollection müssen im ganzen Deskriptor eindeutig sein</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="146"/>
        <source>InstanceID %1 is used by a %2 (line %3) and by this %4 in the same %5; Items with one InstanceID describe one device</source>
        <translation>InstanceID %1 wird von einem %2 (Zeile %3) und von diesem %4 im selben %5 verwendet; Items mit einer InstanceID beschreiben ein Gerät</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="159"/>
        <source>InstanceID %1 is used by two Items for different host resources (%2 on line %3, %4 here) in the same %5; the second replaces the first</source>
        <translation>InstanceID %1 wird von zwei Items für verschiedene Host-Ressourcen verwendet (%2 in Zeile %3, %4 hier) im selben %5; das zweite ersetzt das erste</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="206"/>
        <source>Property key %1 is used twice in this ProductSection (first on line %2)</source>
        <translation>Eigenschaftsschlüssel %1 wird in diesem ProductSection doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="209"/>
        <source>Property key %1 is also defined on line %2 in another ProductSection with the same ovf:class and ovf:instance; both would be %3 in the OVF environment</source>
        <translation>Eigenschaftsschlüssel %1 ist auch in Zeile %2 in einem anderen ProductSection mit gleicher ovf:class und ovf:instance definiert; beide wären %3 in der OVF-Umgebung</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="99"/>
        <source>ProductSection ovf:%1 %2 contains &apos;:&apos;, which OVF does not allow</source>
        <translation>ProductSection ovf:%1 %2 enthält &apos;:&apos;, was OVF nicht zulässt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="111"/>
        <source>The AppUrl</source>
        <translation>Die AppUrl</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="123"/>
        <source>A Property has an empty ovf:key</source>
        <translation>Eine Property hat einen leeren ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="123"/>
        <source>A Property has no ovf:key</source>
        <translation>Eine Property hat keinen ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="126"/>
        <source>Property key %1 contains &apos;%2&apos;; OVF forbids &apos;.&apos; and &apos;:&apos; in keys because the environment key is class.key.instance</source>
        <translation>Eigenschaftsschlüssel %1 enthält &apos;%2&apos;; OVF verbietet &apos;.&apos; und &apos;:&apos; in Schlüsseln, weil der Umgebungsschlüssel class.key.instance lautet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="130"/>
        <source>The Property</source>
        <translation>Die Property</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="130"/>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="134"/>
        <source>%1 has no ovf:type</source>
        <translation>%1 hat keinen ovf:type</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="138"/>
        <source>%1 has an unknown type: %2</source>
        <translation>%1 hat einen unbekannten Typ: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="142"/>
        <location filename="../model/validation/rules_properties.cpp" line="169"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="146"/>
        <source>%1 has type %2, which OVF defines only from version 2.0; this is an %3 descriptor</source>
        <translation>%1 hat den Typ %2, den OVF erst ab Version 2.0 definiert; dies ist ein %3-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="157"/>
        <source>%1 has qualifiers %2 that cannot be read: %3</source>
        <translation>%1 hat Qualifizierer %2, die nicht gelesen werden können: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="163"/>
        <source>%1 has qualifiers that OVF does not define and that are ignored: %2</source>
        <translation>%1 hat Qualifizierer, die OVF nicht definiert und die ignoriert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="191"/>
        <source>default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="192"/>
        <source>value for configuration %1</source>
        <translation>Wert für Konfiguration %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="198"/>
        <source>%1 (%2) has an empty %3 and is not user-configurable, so the guest receives an empty value</source>
        <translation>%1 (%2) hat einen leeren %3 und ist nicht vom Benutzer konfigurierbar, daher erhält der Gast einen leeren Wert</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="211"/>
        <source>The %1 of password %2 is not a valid %3 within its qualifiers (value not shown)</source>
        <translation>Der %1 des Passworts %2 ist kein gültiger %3 innerhalb seiner Qualifizierer (Wert nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="214"/>
        <source>The %1 of %2 is not valid: %3</source>
        <translation>Der %1 von %2 ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="241"/>
        <source>%1 refers to ${%2}, but no property %3 exists in this entity or its parent collection</source>
        <translation>%1 verweist auf ${%2}, aber es gibt keine Eigenschaft %3 in dieser Entität oder ihrer übergeordneten Sammlung</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="40"/>
        <source> (ids are case-sensitive: did you mean %1?)</source>
        <translation> (Groß-/Kleinschreibung zählt bei IDs: meinten Sie %1?)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="47"/>
        <source>%1 refers to file %2, which is not in References%3</source>
        <translation>%1 verweist auf die Datei %2, die nicht in References steht%3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="60"/>
        <source>%1 names itself as its parent disk</source>
        <translation>%1 nennt sich selbst als übergeordnete Festplatte</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="63"/>
        <source>%1 refers to parent disk %2, which is not in the DiskSection</source>
        <translation>%1 verweist auf die übergeordnete Festplatte %2, die nicht im DiskSection steht</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="72"/>
        <source>A Strings bundle</source>
        <translation>Ein Strings-Bündel</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="72"/>
        <source>The %1 Strings bundle</source>
        <translation>Das Strings-Bündel %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="111"/>
        <source>The StartupSection of %1 starts %2, which is not a VirtualSystem or VirtualSystemCollection in that collection</source>
        <translation>Der StartupSection von %1 startet %2, das kein VirtualSystem und keine VirtualSystemCollection in dieser Sammlung ist</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="122"/>
        <source>The ScaleOutSection of %1 scales %2, which is not a VirtualSystem or VirtualSystemCollection in that collection</source>
        <translation>Der ScaleOutSection von %1 skaliert %2, das kein VirtualSystem und keine VirtualSystemCollection in dieser Sammlung ist</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="132"/>
        <source>The PlacementSection of %1 names placement group %2, but no PlacementGroupSection has that id</source>
        <translation>Der PlacementSection von %1 nennt die Platzierungsgruppe %2, aber kein PlacementGroupSection hat diese ID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="140"/>
        <source>The product icon</source>
        <translation>Das Produktsymbol</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="145"/>
        <source>Environment file %1</source>
        <translation>Umgebungsdatei %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="164"/>
        <source>%1 has an empty ovf:configuration; leave the attribute out to apply to every configuration</source>
        <translation>%1 hat ein leeres ovf:configuration; lassen Sie das Attribut weg, damit es für jede Konfiguration gilt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="174"/>
        <source>%1 applies to configuration %2, which is not in the DeploymentOptionSection</source>
        <translation>%1 gilt für die Konfiguration %2, die nicht im DeploymentOptionSection steht</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="176"/>
        <source>%1 applies to configuration %2, but the descriptor has no DeploymentOptionSection</source>
        <translation>%1 gilt für die Konfiguration %2, der Deskriptor hat aber keinen DeploymentOptionSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="189"/>
        <source>File %1 (%2) is in References, but nothing in the descriptor uses it</source>
        <translation>File %1 (%2) steht in References, aber nichts im Deskriptor verwendet es</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="196"/>
        <source>Disk %1 is not attached to any virtual system (no HostResource ovf:/disk/%2)</source>
        <translation>Disk %1 ist an kein virtuelles System angeschlossen (keine HostResource ovf:/disk/%2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="160"/>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="192"/>
        <source>A Strings bundle has an empty xml:lang, so no locale will ever use it</source>
        <translation>Ein Strings-Bündel hat ein leeres xml:lang, daher wird es von keinem Gebietsschema verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="193"/>
        <source>A Strings bundle has no xml:lang, and the Envelope has none to inherit, so no locale will ever use it</source>
        <translation>Ein Strings-Bündel hat kein xml:lang, und das Envelope hat keines zum Erben, daher wird es von keinem Gebietsschema verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="248"/>
        <source>Message %1 refers to file %2, which is not in References</source>
        <translation>Nachricht %1 verweist auf die Datei %2, die nicht in References steht</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="252"/>
        <source>Message id %1 appears twice in the %2 bundle</source>
        <translation>Nachrichten-ID %1 kommt im Bündel %2 doppelt vor</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="270"/>
        <source>The %1 Strings bundle is in the external file %2, which was not checked (no package files at hand)</source>
        <translation>Das Strings-Bündel %1 liegt in der externen Datei %2, die nicht geprüft wurde (keine Paketdateien zur Hand)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="280"/>
        <source>The %1 Strings bundle %2 cannot be read: %3</source>
        <translation>Das Strings-Bündel %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="287"/>
        <source>The %1 Strings bundle %2 is not well-formed XML (%3: %4)</source>
        <translation>Das Strings-Bündel %1 (%2) ist kein wohlgeformtes XML (%3: %4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="295"/>
        <source>The %1 Strings bundle %2 is not a message bundle: its root element is &lt;%3&gt;, not &lt;Strings&gt;</source>
        <translation>Das Strings-Bündel %1 (%2) ist kein Nachrichtenbündel: Sein Wurzelelement ist &lt;%3&gt;, nicht &lt;Strings&gt;</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="315"/>
        <source>Message id %1 appears twice in the %2 bundle (file %3, line %4)</source>
        <translation>Nachrichten-ID %1 kommt im Bündel %2 doppelt vor (Datei %3, Zeile %4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="346"/>
        <source>%1 has ovf:msgid %2 but no default text; users whose locale has no bundle see nothing</source>
        <translation>%1 hat ovf:msgid %2, aber keinen Standardtext; Benutzer, für deren Gebietsschema es kein Bündel gibt, sehen nichts</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="368"/>
        <source>The %1 bundle lacks %2 of the %3 message ids the descriptor uses, for example %4; those users see the default texts</source>
        <translation>Dem Bündel %1 fehlen %2 der %3 Nachrichten-IDs, die der Deskriptor verwendet, zum Beispiel %4; diese Benutzer sehen die Standardtexte</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="379"/>
        <source>%1 has ovf:msgid %2, which the %3 bundle does not contain; those users see the default text</source>
        <translation>%1 hat ovf:msgid %2, die das Bündel %3 nicht enthält; diese Benutzer sehen den Standardtext</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="402"/>
        <source>The %1 bundle has %2 messages that the descriptor never uses, for example %3</source>
        <translation>Das Bündel %1 hat %2 Nachrichten, die der Deskriptor nie verwendet, zum Beispiel %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="410"/>
        <source>The %1 bundle has a message %2 that the descriptor never uses</source>
        <translation>Das Bündel %1 hat eine Nachricht %2, die der Deskriptor nie verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="70"/>
        <location filename="../model/validation/rules_structure.cpp" line="228"/>
        <source>the Envelope</source>
        <translation>das Envelope</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="72"/>
        <source>a VirtualSystem</source>
        <translation>ein VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="74"/>
        <source>a VirtualSystemCollection</source>
        <translation>eine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="75"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="89"/>
        <source>%1 has no Info element; OVF requires one</source>
        <translation>%1 hat kein Info-Element; OVF verlangt eines</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="103"/>
        <source>Section %1 in %2</source>
        <translation>Abschnitt %1 in %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="106"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="116"/>
        <source>%1 is not allowed in %2, so deployments will ignore it; OVF allows it only in %3</source>
        <translation>%1 ist in %2 nicht zulässig, daher ignorieren Bereitstellungen es; OVF erlaubt es nur in %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="119"/>
        <source>%1 is not allowed in %2; OVF allows it only in %3</source>
        <translation>%1 ist in %2 nicht zulässig; OVF erlaubt es nur in %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="126"/>
        <source>%1 has a second %2 (the first is on line %3); OVF allows only one</source>
        <translation>%1 hat einen zweiten %2 (der erste steht in Zeile %3); OVF erlaubt nur einen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="139"/>
        <source>neither has ovf:class nor ovf:instance</source>
        <translation>keiner ovf:class oder ovf:instance hat</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="140"/>
        <source>both have ovf:class %1 and ovf:instance %2</source>
        <translation>beide ovf:class %1 und ovf:instance %2 haben</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="142"/>
        <source>%1 has two ProductSections that %2 (the first is on line %3); give each product its own ovf:class or ovf:instance</source>
        <translation>%1 hat zwei ProductSections, von denen %2 (der erste steht in Zeile %3); geben Sie jedem Produkt eine eigene ovf:class oder ovf:instance</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="166"/>
        <source>%1 has an empty ovf:id; every entity needs a unique id</source>
        <translation>%1 hat eine leere ovf:id; jede Entität braucht eine eindeutige ID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="167"/>
        <source>%1 has no ovf:id; every entity needs a unique id</source>
        <translation>%1 hat keine ovf:id; jede Entität braucht eine eindeutige ID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="181"/>
        <source>%1 contains no VirtualSystem or VirtualSystemCollection</source>
        <translation>%1 enthält kein VirtualSystem und keine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="189"/>
        <source>%1 has no VirtualHardwareSection; a platform cannot know what virtual machine to create</source>
        <translation>%1 hat keinen VirtualHardwareSection; eine Plattform kann nicht wissen, welche virtuelle Maschine sie anlegen soll</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="205"/>
        <source>The DeploymentOptionSection has no Configuration; it needs at least one</source>
        <translation>Der DeploymentOptionSection hat keine Configuration; er braucht mindestens eine</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="217"/>
        <source>Configuration %1 is marked as the default, but so is %2; only one may be</source>
        <translation>Configuration %1 ist als Standard markiert, %2 aber auch; nur eine darf es sein</translation>
    </message>
</context>
</TS>
