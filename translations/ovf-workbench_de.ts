<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddDeploymentOptionCommand</name>
    <message>
        <location filename="../model/commands/adddeploymentoptioncommand.cpp" line="25"/>
        <source>There is already a deployment option &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Bereitstellungsoption „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddeploymentoptioncommand.cpp" line="28"/>
        <source>A deployment option needs a label the deployer reads.</source>
        <translation>Eine Bereitstellungsoption braucht eine Bezeichnung, die der Bereitstellende liest.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddeploymentoptioncommand.cpp" line="41"/>
        <source>Add deployment option &apos;%1&apos;</source>
        <translation>Bereitstellungsoption „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddDeviceCommand</name>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="58"/>
        <source>IDE controller</source>
        <translation>IDE-Controller</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="59"/>
        <source>SCSI controller</source>
        <translation>SCSI-Controller</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="60"/>
        <source>SATA controller</source>
        <translation>SATA-Controller</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="61"/>
        <source>NVMe controller</source>
        <translation>NVMe-Controller</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="62"/>
        <source>USB controller</source>
        <translation>USB-Controller</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="63"/>
        <source>CD drive</source>
        <translation>CD-Laufwerk</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="64"/>
        <source>DVD drive</source>
        <translation>DVD-Laufwerk</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="65"/>
        <source>Network adapter</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="66"/>
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="75"/>
        <source>Devices are added to a VirtualHardwareSection.</source>
        <translation>Geräte werden zu einer VirtualHardwareSection hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="103"/>
        <source>A %1 has bus number 0 to %2, not %3.</source>
        <translation>Ein %1 hat die Busnummer 0 bis %2, nicht %3.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="105"/>
        <source>There is already a %1 with bus number %2.</source>
        <translation>Es gibt bereits einen %1 mit der Busnummer %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="114"/>
        <source>The system already has %1 %2s, the most it can have.</source>
        <translation>Das System hat bereits %1 Geräte vom Typ %2; mehr sind nicht möglich.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="119"/>
        <location filename="../model/commands/adddevicecommand.cpp" line="157"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="131"/>
        <source>There is no File &quot;%1&quot; in References for the drive.</source>
        <translation>Für das Laufwerk gibt es keine Datei „%1“ in References.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="141"/>
        <source>There is no network &quot;%1&quot; in the NetworkSection; add it first.</source>
        <translation>In der NetworkSection gibt es kein Netzwerk „%1“; fügen Sie es zuerst hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="146"/>
        <source>&quot;%1&quot; is not a MAC address (six hex pairs such as 52:54:00:12:34:56).</source>
        <translation>„%1“ ist keine MAC-Adresse (sechs Hex-Paare wie 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="162"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddDiskCommand</name>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="28"/>
        <source>Disks are attached in a VirtualHardwareSection.</source>
        <translation>Festplatten werden in einer VirtualHardwareSection angeschlossen.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="41"/>
        <source>There is already a disk &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Festplatte „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="44"/>
        <source>A disk needs a capacity above 0 bytes.</source>
        <translation>Eine Festplatte braucht eine Kapazität über 0 Bytes.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="46"/>
        <source>The populated size (%1 bytes) is above the capacity (%2 bytes).</source>
        <translation>Die belegte Größe (%1 Bytes) liegt über der Kapazität (%2 Bytes).</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="57"/>
        <source>There is already a File &quot;%1&quot; in References.</source>
        <translation>Es gibt bereits eine Datei „%1“ in References.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="60"/>
        <source>The file name &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Dateiname „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="63"/>
        <source>File &quot;%1&quot; already has the name &quot;%2&quot;.</source>
        <translation>Die Datei „%1“ hat bereits den Namen „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="73"/>
        <source>Add disk &apos;%1&apos;</source>
        <translation>Festplatte „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="114"/>
        <source>Hard disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
</context>
<context>
    <name>AddDiskDialog</name>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="25"/>
        <source>A new &amp;blank disk</source>
        <translation>Eine neue &amp;leere Festplatte</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="26"/>
        <source>Disks made from disk &amp;images</source>
        <translation>Festplatten aus &amp;Abbildern</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="32"/>
        <source>Add Disk to %1</source>
        <translation>Festplatte zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="39"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="40"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="42"/>
        <source>The first controller with a free unit</source>
        <translation>Der erste Controller mit freier Einheit</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="62"/>
        <source>Controller:</source>
        <translation>Controller:</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="82"/>
        <source>This virtual system has no VirtualHardwareSection to attach a disk to.</source>
        <translation>Dieses virtuelle System hat keine VirtualHardwareSection, an die eine Festplatte angeschlossen werden kann.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/adddiskdialog.cpp" line="142"/>
        <source>Add %n disk(s)</source>
        <translation>
            <numerusform>%n Festplatte hinzufügen</numerusform>
            <numerusform>%n Festplatten hinzufügen</numerusform>
        </translation>
    </message>
</context>
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
    <name>AddEulaCommand</name>
    <message>
        <location filename="../model/commands/addeulacommand.cpp" line="17"/>
        <source>A license belongs to a virtual system or collection.</source>
        <translation>Eine Lizenz gehört zu einem virtuellen System oder einer Sammlung.</translation>
    </message>
    <message>
        <location filename="../model/commands/addeulacommand.cpp" line="19"/>
        <source>The license text is empty; a EULA needs text to accept.</source>
        <translation>Der Lizenztext ist leer; ein EULA braucht einen Text zum Annehmen.</translation>
    </message>
    <message>
        <location filename="../model/commands/addeulacommand.cpp" line="30"/>
        <source>Add a license to &apos;%1&apos;</source>
        <translation>Lizenz zu „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddFileCommand</name>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="18"/>
        <source>The file name &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Dateiname „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="26"/>
        <source>ovf:compression is identity or gzip, not &quot;%1&quot; (DSP0243 §7.1).</source>
        <translation>ovf:compression ist identity oder gzip, nicht „%1“ (DSP0243 §7.1).</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="42"/>
        <source>There is already a File &quot;%1&quot; in References.</source>
        <translation>Es gibt bereits eine Datei „%1“ in References.</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="48"/>
        <source>File &quot;%1&quot; already has the name &quot;%2&quot;.</source>
        <translation>Die Datei „%1“ hat bereits den Namen „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="53"/>
        <source>ovf:chunkSize is a number of bytes above 0.</source>
        <translation>ovf:chunkSize ist eine Anzahl Bytes über 0.</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="70"/>
        <source>Add file &apos;%1&apos;</source>
        <translation>Datei „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddNetworkAdapterDialog</name>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="28"/>
        <source>Add Network Adapter to %1</source>
        <translation>Netzwerkadapter zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="36"/>
        <source>Pick a network of the appliance, or type a new name to add one</source>
        <translation>Wählen Sie ein Netzwerk der Appliance oder geben Sie einen neuen Namen ein, um eines hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="41"/>
        <source>assigned at deployment</source>
        <translation>bei der Bereitstellung vergeben</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="49"/>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="50"/>
        <source>Adapter type:</source>
        <translation>Adaptertyp:</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="51"/>
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="61"/>
        <source>This virtual system has no VirtualHardwareSection to add an adapter to.</source>
        <translation>Dieses virtuelle System hat keine VirtualHardwareSection, zu der ein Adapter hinzugefügt werden kann.</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="100"/>
        <source>Add a network adapter on %1</source>
        <translation>Netzwerkadapter an %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddNetworkCommand</name>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="18"/>
        <source>A network needs a name.</source>
        <translation>Ein Netzwerk braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="21"/>
        <source>There is already a network &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Netzwerk „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="25"/>
        <source>The %1 network</source>
        <translation>Das Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="29"/>
        <source>Add network &apos;%1&apos;</source>
        <translation>Netzwerk „%1“ hinzufügen</translation>
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
        <location filename="../model/commands/addsectioncommand.cpp" line="64"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="70"/>
        <location filename="../model/commands/addsectioncommand.cpp" line="72"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="95"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../views/annotationeditor.cpp" line="17"/>
        <source>Edit the annotation&apos;s Info</source>
        <translation>Info der Anmerkung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="40"/>
        <source>Edit the annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="68"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="71"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="73"/>
        <source>A note for the operator who deploys the appliance</source>
        <translation>Ein Hinweis für die Person, die die Appliance bereitstellt</translation>
    </message>
</context>
<context>
    <name>AnswerFile</name>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="52"/>
        <source>%1: unknown key, ignored</source>
        <translation>%1: unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="63"/>
        <source>%1: not a string</source>
        <translation>%1: keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="74"/>
        <location filename="../model/deploy/answerfile.cpp" line="93"/>
        <location filename="../model/deploy/answerfile.cpp" line="209"/>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="78"/>
        <source>%1.%2: not a string</source>
        <translation>%1.%2: keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="115"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="117"/>
        <source>the answer file is not a JSON object</source>
        <translation>die Antwortdatei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="120"/>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format: „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="127"/>
        <source>version: expected a positive integer</source>
        <translation>version: positive Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="123"/>
        <source>version: %1 is newer than the version this program reads (%2)</source>
        <translation>version: %1 ist neuer als die Version, die dieses Programm liest (%2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="98"/>
        <source>%1.%2: expected a whole number from %3 to %4</source>
        <translation>%1.%2: erwartet wird eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="146"/>
        <source>locale: %1</source>
        <translation>locale: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="153"/>
        <source>diskFormat: &apos;%1&apos; is not &quot;qcow2&quot; or &quot;raw&quot;</source>
        <translation>diskFormat: „%1“ ist weder &quot;qcow2&quot; noch &quot;raw&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="157"/>
        <source>powerOn: not a boolean</source>
        <translation>powerOn: kein boolescher Wert</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="161"/>
        <source>allowUnchecked: not a boolean</source>
        <translation>allowUnchecked: kein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="166"/>
        <source>firmware: &apos;%1&apos; is not &quot;auto&quot;, &quot;bios&quot; or &quot;efi&quot;</source>
        <translation>firmware: „%1“ ist nicht „auto“, „bios“ oder „efi“</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="183"/>
        <source>target: not an object</source>
        <translation>target: kein Objekt</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="189"/>
        <source>target.backend: &apos;%1&apos; is not &quot;libvirt&quot; or &quot;folder&quot;</source>
        <translation>target.backend: „%1“ ist weder &quot;libvirt&quot; noch &quot;folder&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="197"/>
        <source>target.domainType: &apos;%1&apos; is not &quot;kvm&quot; or &quot;qemu&quot;</source>
        <translation>target.domainType: „%1“ ist nicht „kvm“ oder „qemu“</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="204"/>
        <source>eulas: not an array</source>
        <translation>eulas: kein Array</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="217"/>
        <source>%1.index: expected a non-negative integer</source>
        <translation>%1.index: nicht negative Ganzzahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="222"/>
        <source>%1.sha256: expected 64 hexadecimal digits</source>
        <translation>%1.sha256: 64 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="229"/>
        <source>%1.acceptedAt: expected an ISO 8601 date and time</source>
        <translation>%1.acceptedAt: Datum und Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="242"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="244"/>
        <source>%1: larger than 16 MiB, not an answer file</source>
        <translation>%1: größer als 16 MiB, keine Antwortdatei</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="329"/>
        <location filename="../model/deploy/answerfile.cpp" line="332"/>
        <location filename="../model/deploy/answerfile.cpp" line="335"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ApplianceDisksPage</name>
    <message>
        <location filename="../wizards/appliancediskspage.cpp" line="11"/>
        <source>Disk images</source>
        <translation>Festplattenabbilder</translation>
    </message>
    <message>
        <location filename="../wizards/appliancediskspage.cpp" line="12"/>
        <source>Each image becomes a disk of the appliance. The images are read, never changed; the package gets a streamOptimized VMDK of each when it is saved.</source>
        <translation>Jedes Abbild wird eine Festplatte der Appliance. Die Abbilder werden gelesen, nie verändert; beim Speichern erhält das Paket von jedem ein streamOptimized-VMDK.</translation>
    </message>
</context>
<context>
    <name>ApplianceNamePage</name>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="16"/>
        <source>&amp;Empty: hardware only, disks added later</source>
        <translation>&amp;Leer: nur Hardware, Festplatten werden später hinzugefügt</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="17"/>
        <source>From one or more &amp;disk images (qcow2, raw, VMDK, VDI, VHD/VHDX)</source>
        <translation>Aus einem oder mehreren &amp;Festplattenabbildern (qcow2, raw, VMDK, VDI, VHD/VHDX)</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="18"/>
        <source>From a &amp;template (QEMU/KVM, vSphere, VirtualBox)</source>
        <translation>Aus einer &amp;Vorlage (QEMU/KVM, vSphere, VirtualBox)</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="21"/>
        <source>Name the appliance and choose where it starts from.</source>
        <translation>Benennen Sie die Appliance und wählen Sie, womit sie beginnt.</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="23"/>
        <source>e.g. Web Frontend</source>
        <translation>z. B. Web-Frontend</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="35"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="40"/>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="48"/>
        <source>Virtual system id: %1</source>
        <translation>ID des virtuellen Systems: %1</translation>
    </message>
</context>
<context>
    <name>ApplianceTemplatePage</name>
    <message>
        <location filename="../wizards/appliancetemplatepage.cpp" line="13"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../wizards/appliancetemplatepage.cpp" line="14"/>
        <source>The hardware the appliance starts with; everything can be changed afterwards.</source>
        <translation>Die Hardware, mit der die Appliance beginnt; alles kann danach geändert werden.</translation>
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
        <location filename="../model/package/archivereader.cpp" line="80"/>
        <source>OVA (tar)</source>
        <translation>OVA (tar)</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="81"/>
        <source>gzip-compressed OVA</source>
        <translation>gzip-komprimiertes OVA</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="82"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="83"/>
        <source>OVF folder</source>
        <translation>OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="132"/>
        <source>&apos;%1&apos;: directory entry ignored</source>
        <translation>„%1“: Verzeichniseintrag ignoriert</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="160"/>
        <source>holds %1 bytes, its header declares %2</source>
        <translation>enthält %1 Bytes, sein Header gibt %2 an</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="168"/>
        <source>holds more data than the %1 bytes its header declares</source>
        <translation>enthält mehr Daten als die %1 Bytes, die sein Header angibt</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="198"/>
        <source>is %1 bytes; the limit is %2</source>
        <translation>ist %1 Bytes groß; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="222"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="226"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="230"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="233"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="250"/>
        <source>a gzip-compressed file that does not hold a tar archive</source>
        <translation>eine gzip-komprimierte Datei, die kein tar-Archiv enthält</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="261"/>
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
    <name>CompatibilityController</name>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="67"/>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="68"/>
        <source>&amp;Compatibility</source>
        <translation>&amp;Kompatibilität</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="69"/>
        <source>Make Compatible &amp;with</source>
        <translation>Kompatibel machen &amp;mit</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="115"/>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="168"/>
        <source>when the package is written: %1</source>
        <translation>beim Schreiben des Pakets: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="170"/>
        <source>not changed: %1</source>
        <translation>nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="171"/>
        <source>Make Compatible with %1</source>
        <translation>Kompatibel machen mit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="173"/>
        <source>Nothing in the document needed a fix for %1.</source>
        <translation>Nichts im Dokument musste für %1 korrigiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/compatibilitycontroller.cpp" line="174"/>
        <source>%n changes for %1, as one edit (Edit &gt; Undo takes them back).</source>
        <translation>
            <numerusform>%n Änderung für %1, als eine Bearbeitung (Bearbeiten &gt; Rückgängig nimmt sie zurück).</numerusform>
            <numerusform>%n Änderungen für %1, als eine Bearbeitung (Bearbeiten &gt; Rückgängig nimmt sie zurück).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="183"/>
        <source>Package fixes (manifest, compression) are applied by ovfctl lint --fix -o OUT.ova.</source>
        <translation>Paketkorrekturen (Manifest, Komprimierung) werden mit ovfctl lint --fix -o OUT.ova angewendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/compatibilitycontroller.cpp" line="189"/>
        <source>Made compatible with %1: %n changes</source>
        <translation>
            <numerusform>Kompatibel gemacht mit %1: %n Änderung</numerusform>
            <numerusform>Kompatibel gemacht mit %1: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompatibilityView</name>
    <message>
        <location filename="../views/compatibilityview.cpp" line="81"/>
        <source>Compatible</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="83"/>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="84"/>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="85"/>
        <source>Parts ignored</source>
        <translation>Teile ignoriert</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="94"/>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="94"/>
        <source>Targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="190"/>
        <source>Make Compatible with</source>
        <translation>Kompatibel machen mit</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="191"/>
        <source>Apply the fixes for one target as one undoable edit</source>
        <translation>Die Korrekturen für ein Ziel als eine rückgängig machbare Bearbeitung anwenden</translation>
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
        <location filename="../views/configurationvaluesdialog.cpp" line="107"/>
        <source>Set per-configuration values of %1</source>
        <translation>Werte je Konfiguration für %1 festlegen</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="122"/>
        <source>Values per deployment option: %1</source>
        <translation>Werte je Bereitstellungsoption: %1</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="123"/>
        <source>A value here replaces the default value (%1) when that deployment option is chosen. Leave it empty to use the default.</source>
        <translation>Ein Wert hier ersetzt den Standardwert (%1), wenn diese Bereitstellungsoption gewählt wird. Leer lassen, um den Standardwert zu verwenden.</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="125"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Deployment option</source>
        <translation>Bereitstellungsoption</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>DeployCleaner</name>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="112"/>
        <source>is not a folder any more; left alone</source>
        <translation>ist kein Ordner mehr; nicht angetastet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="118"/>
        <source>could not be removed completely</source>
        <translation>konnte nicht vollständig entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="126"/>
        <source>is a folder now; left alone</source>
        <translation>ist jetzt ein Ordner; nicht angetastet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="154"/>
        <source>holds volumes now; left alone</source>
        <translation>enthält jetzt Volumes; nicht angetastet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="172"/>
        <source>a domain of this name with another UUID (%1) exists; left alone</source>
        <translation>eine Domäne dieses Namens mit einer anderen UUID (%1) existiert; nicht angetastet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="210"/>
        <source>%1: the deployment is running (its journal is locked); nothing was changed</source>
        <translation>%1: die Bereitstellung läuft (ihr Journal ist gesperrt); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>DeployCleanupOffer</name>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="42"/>
        <source>%1 to %2, started %3</source>
        <translation>%1 nach %2, begonnen %3</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="43"/>
        <source>Deployment of %1 to %2 (started %3):</source>
        <translation>Bereitstellung von %1 nach %2 (begonnen %3):</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="47"/>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="98"/>
        <source>Interrupted Deployments</source>
        <translation>Unterbrochene Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="49"/>
        <source>A deployment did not finish: the program was closed or killed while deploying. What it had created can be removed now; nothing else is touched.</source>
        <translation>Eine Bereitstellung wurde nicht abgeschlossen: Das Programm wurde währenddessen geschlossen oder zwangsweise beendet. Was sie angelegt hatte, kann jetzt entfernt werden; sonst wird nichts angetastet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/deploycleanupoffer.cpp" line="51"/>
        <source>%n deployments did not finish: the program was closed or killed while deploying. What they had created can be removed now; nothing else is touched.</source>
        <translation>
            <numerusform>%n Bereitstellung wurde nicht abgeschlossen: Das Programm wurde währenddessen geschlossen oder zwangsweise beendet. Was sie angelegt hatte, kann jetzt entfernt werden; sonst wird nichts angetastet.</numerusform>
            <numerusform>%n Bereitstellungen wurden nicht abgeschlossen: Das Programm wurde währenddessen geschlossen oder zwangsweise beendet. Was sie angelegt hatten, kann jetzt entfernt werden; sonst wird nichts angetastet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="58"/>
        <source>Remove Leftovers</source>
        <translation>Reste entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="59"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="99"/>
        <source>Removed what the interrupted deployment had left: 1 item.</source>
        <translation>Reste der unterbrochenen Bereitstellung entfernt: 1 Element.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/deploycleanupoffer.cpp" line="100"/>
        <source>Removed what interrupted deployments had left: %n items.</source>
        <translation>
            <numerusform>Reste unterbrochener Bereitstellungen entfernt: %n Element.</numerusform>
            <numerusform>Reste unterbrochener Bereitstellungen entfernt: %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="102"/>
        <source>Some leftovers could not be removed; they are offered again at the next start.</source>
        <translation>Einige Reste konnten nicht entfernt werden; sie werden beim nächsten Start erneut angeboten.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="107"/>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="109"/>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>DeployJournal</name>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="77"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="78"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="79"/>
        <source>volume %1 in pool %2</source>
        <translation>Volume %1 in Pool %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="80"/>
        <source>storage pool %1</source>
        <translation>Speicherpool %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="81"/>
        <source>storage pool %1 and its folder</source>
        <translation>Speicherpool %1 und sein Ordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="82"/>
        <source>domain %1 (UUID %2)</source>
        <translation>Domäne %1 (UUID %2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="83"/>
        <source>running domain %1 (UUID %2)</source>
        <translation>laufende Domäne %1 (UUID %2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="117"/>
        <source>cannot create the deploy journal folder</source>
        <translation>kann den Ordner für die Bereitstellungsjournale nicht anlegen</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="130"/>
        <source>a journal of that name exists already</source>
        <translation>ein Journal dieses Namens existiert bereits</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="134"/>
        <source>cannot create and lock the journal&apos;s lock file: %1</source>
        <translation>kann die Sperrdatei des Journals nicht anlegen und sperren: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="178"/>
        <source>cannot write the deploy journal: %1</source>
        <translation>kann das Bereitstellungsjournal nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="237"/>
        <source>cannot create a folder: %1</source>
        <translation>kann keinen Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="239"/>
        <source>cannot create a folder with a new name</source>
        <translation>kann keinen Ordner mit neuem Namen anlegen</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="251"/>
        <source>not a deploy journal (offset %1: %2)</source>
        <translation>kein Bereitstellungsjournal (Offset %1: %2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="254"/>
        <source>not a deploy journal of this version</source>
        <translation>kein Bereitstellungsjournal dieser Version</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="274"/>
        <source>entry %1 is not valid</source>
        <translation>Eintrag %1 ist ungültig</translation>
    </message>
</context>
<context>
    <name>DeployLauncher</name>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="26"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="27"/>
        <source>“%1” has unsaved changes.</source>
        <translation>„%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="27"/>
        <source>“%1” has not been saved to a file yet.</source>
        <translation>„%1“ wurde noch nicht in eine Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="28"/>
        <source>The deploy wizard deploys the package as it is on disk. Save the changes and deploy the saved package, or deploy the package as it was last saved?</source>
        <translation>Der Bereitstellungsassistent stellt das Paket so bereit, wie es auf der Festplatte liegt. Die Änderungen speichern und das gespeicherte Paket bereitstellen, oder das Paket im zuletzt gespeicherten Zustand bereitstellen?</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="30"/>
        <source>The deploy wizard deploys a package on disk. Save the document first?</source>
        <translation>Der Bereitstellungsassistent stellt ein Paket von der Festplatte bereit. Das Dokument zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="31"/>
        <source>&amp;Save and Deploy</source>
        <translation>&amp;Speichern und bereitstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="32"/>
        <source>Deploy &amp;Last Saved</source>
        <translation>&amp;Zuletzt Gespeichertes bereitstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="95"/>
        <source>A preview of the document being edited: nothing was verified.</source>
        <translation>Eine Vorschau des bearbeiteten Dokuments: Es wurde nichts verifiziert.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="113"/>
        <source>&apos;%1&apos; cannot be read: the document has not been saved yet</source>
        <translation>„%1“ kann nicht gelesen werden: Das Dokument wurde noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DeploySession</name>
    <message>
        <location filename="../wizards/deploysession.cpp" line="182"/>
        <source>License %1 of the package</source>
        <translation>Lizenz %1 des Pakets</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="183"/>
        <source>License %1 of %2</source>
        <translation>Lizenz %1 von %2</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="194"/>
        <source>%1: %2 accepted a different text (its SHA-256 is not that of the package&apos;s text), so it must be accepted again.</source>
        <translation>%1: %2 hat einen anderen Text angenommen (seine SHA-256-Prüfsumme ist nicht die des Paket-Textes), daher muss er erneut angenommen werden.</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="199"/>
        <source>%1: %2 does not accept it, so it must be accepted here.</source>
        <translation>%1: %2 nimmt sie nicht an, daher muss sie hier angenommen werden.</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="203"/>
        <source>%1 accepts license %2 of &quot;%3&quot;, which this package does not have; ignored.</source>
        <translation>%1 nimmt Lizenz %2 von „%3“ an, die dieses Paket nicht hat; ignoriert.</translation>
    </message>
</context>
<context>
    <name>DeployWizard</name>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="31"/>
        <source>Deploy Appliance</source>
        <translation>Appliance bereitstellen</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="50"/>
        <source>&amp;Load Answers…</source>
        <translation>Antworten &amp;laden…</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="53"/>
        <source>Fill in the following pages from an answer file saved by this wizard or by ovfctl deploy.</source>
        <translation>Die folgenden Seiten aus einer Antwortdatei ausfüllen, die dieser Assistent oder ovfctl deploy gespeichert hat.</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="63"/>
        <source>Preview Deployment</source>
        <translation>Vorschau der Bereitstellung</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="69"/>
        <source>Close Preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="105"/>
        <location filename="../wizards/deploywizard.cpp" line="134"/>
        <source>Load Answer File</source>
        <translation>Antwortdatei laden</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="106"/>
        <source>Answer files (*.json);;All files (*)</source>
        <translation>Antwortdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="116"/>
        <source>The answer file was not loaded; nothing was changed.

%1</source>
        <translation>Die Antwortdatei wurde nicht geladen; nichts wurde geändert.

%1</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="126"/>
        <source>Deploy Appliance — answers from %1</source>
        <translation>Appliance bereitstellen – Antworten aus %1</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="128"/>
        <source>The answer file was loaded with warnings:</source>
        <translation>Die Antwortdatei wurde mit Warnungen geladen:</translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="34"/>
        <location filename="../model/deploy/deployer.cpp" line="196"/>
        <source>not removed: %1</source>
        <translation>nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="41"/>
        <source>Verifying the package</source>
        <translation>Paket wird verifiziert</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="42"/>
        <source>Checking the plan</source>
        <translation>Plan wird geprüft</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="43"/>
        <source>Converting disks</source>
        <translation>Festplatten werden konvertiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="44"/>
        <source>Writing the OVF environment</source>
        <translation>OVF-Umgebung wird geschrieben</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="45"/>
        <source>Defining virtual machines</source>
        <translation>Virtuelle Maschinen werden definiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="46"/>
        <source>Starting virtual machines</source>
        <translation>Virtuelle Maschinen werden gestartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="47"/>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="100"/>
        <source>%1: the package has no manifest, so its disks cannot be checked; it is not deployed without an explicit acknowledgement (--allow-unchecked)</source>
        <translation>%1: Das Paket hat kein Manifest, daher können seine Festplatten nicht geprüft werden; ohne ausdrückliche Bestätigung (--allow-unchecked) wird es nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="102"/>
        <source>%1: the manifest does not cover the package completely, so some of it cannot be checked; it is not deployed without an explicit acknowledgement (--allow-unchecked)</source>
        <translation>%1: Das Manifest deckt das Paket nicht vollständig ab, daher kann ein Teil nicht geprüft werden; ohne ausdrückliche Bestätigung (--allow-unchecked) wird es nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="109"/>
        <source>deployed with the operator&apos;s acknowledgement that the package is %1</source>
        <translation>bereitgestellt mit der Bestätigung des Bedieners, dass das Paket %1 ist</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="171"/>
        <source>%1; nothing was created</source>
        <translation>%1; nichts wurde angelegt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="214"/>
        <source>%1: could not be removed completely</source>
        <translation>%1: konnte nicht vollständig entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="389"/>
        <source>%1: its digest was deferred, but it cannot be read in place</source>
        <translation>%1: Die Prüfsumme wurde zurückgestellt, aber die Datei kann nicht an Ort und Stelle gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="395"/>
        <source>%1: does not match its manifest digest; nothing was kept</source>
        <translation>%1: stimmt nicht mit der Prüfsumme im Manifest überein; nichts wurde behalten</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="89"/>
        <source>%1: the package is invalid and is not deployed</source>
        <translation>%1: das Paket ist ungültig und wird nicht bereitgestellt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="127"/>
        <source>the deployment plan has problems</source>
        <translation>der Bereitstellungsplan hat Probleme</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="135"/>
        <source>%1: disk %2 has no file (a blank disk); creating blank disks is not supported yet</source>
        <translation>%1: Festplatte %2 hat keine Datei (leere Festplatte); das Anlegen leerer Festplatten wird noch nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="138"/>
        <source>%1: disk %2: %3</source>
        <translation>%1: Festplatte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="267"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="332"/>
        <source>%1: environment transport &apos;%2&apos; is not offered by this target; the guest gets no OVF environment</source>
        <translation>%1: Umgebungstransport „%2“ wird von diesem Ziel nicht angeboten; der Gast erhält keine OVF-Umgebung</translation>
    </message>
</context>
<context>
    <name>DeployerDomain</name>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="18"/>
        <source>firmware: UEFI (OVMF), as the package asks (%1)%2</source>
        <translation>Firmware: UEFI (OVMF), wie vom Paket verlangt (%1)%2</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="19"/>
        <source>, with secure boot</source>
        <translation>, mit Secure Boot</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="21"/>
        <source>firmware: UEFI (OVMF), as chosen for this deployment</source>
        <translation>Firmware: UEFI (OVMF), wie für diese Bereitstellung gewählt</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="23"/>
        <source>firmware: BIOS as chosen, although the package asks for UEFI (%1)</source>
        <translation>Firmware: BIOS wie gewählt, obwohl das Paket UEFI verlangt (%1)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="25"/>
        <source>secure boot is asked for but needs UEFI; not applied</source>
        <translation>Secure Boot ist verlangt, braucht aber UEFI; nicht angewendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="35"/>
        <source>machine: q35, which secure boot needs</source>
        <translation>Maschine: q35, die Secure Boot braucht</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="36"/>
        <source>machine: q35, for the boot disk on SATA</source>
        <translation>Maschine: q35, für die Boot-Festplatte an SATA</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="67"/>
        <source>IDE drives are attached to SATA: the q35 machine has no IDE</source>
        <translation>IDE-Laufwerke werden an SATA angeschlossen: die q35-Maschine hat kein IDE</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="125"/>
        <source>no free drive slot for the OVF environment CD-ROM</source>
        <translation>kein freier Laufwerksplatz für das CD-ROM mit der OVF-Umgebung</translation>
    </message>
</context>
<context>
    <name>DeploymentOptionsEditor</name>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="115"/>
        <source>Edit the label of deployment option %1</source>
        <translation>Bezeichnung der Bereitstellungsoption %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="121"/>
        <location filename="../views/deploymentoptionseditor.cpp" line="127"/>
        <source>Edit the description of deployment option %1</source>
        <translation>Beschreibung der Bereitstellungsoption %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="211"/>
        <source>No deployment options: the appliance deploys in one way.</source>
        <translation>Keine Bereitstellungsoptionen: Die Appliance wird auf eine einzige Weise bereitgestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="212"/>
        <source>Deployment options: %n. The default one is used when the operator does not choose.</source>
        <translation>
            <numerusform>Bereitstellungsoptionen: %n. Die Standardoption wird verwendet, wenn niemand eine auswählt.</numerusform>
            <numerusform>Bereitstellungsoptionen: %n. Die Standardoption wird verwendet, wenn niemand eine auswählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="242"/>
        <source>ovf:configuration attributes naming it: %n</source>
        <translation>
            <numerusform>ovf:configuration-Attribute, die sie nennen: %n</numerusform>
            <numerusform>ovf:configuration-Attribute, die sie nennen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="245"/>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="247"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="288"/>
        <source>Add deployment option %1</source>
        <translation>Bereitstellungsoption %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="198"/>
        <source>%1 — %2 (default)</source>
        <comment>a deployment option: id, label</comment>
        <translation>%1 — %2 (Standard)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="199"/>
        <source>%1 (default)</source>
        <comment>a deployment option&apos;s id</comment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="304"/>
        <source>Remove deployment option %1</source>
        <translation>Bereitstellungsoption %1 entfernen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="315"/>
        <source>Make %1 the default deployment option</source>
        <translation>%1 zur Standard-Bereitstellungsoption machen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="316"/>
        <source>Make %1 no longer the default</source>
        <translation>%1 nicht mehr als Standard verwenden</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="321"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="322"/>
        <source>Add Option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="323"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="325"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="325"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="325"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="333"/>
        <source>Default option (ovf:default)</source>
        <translation>Standardoption (ovf:default)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="334"/>
        <source>Renaming updates every ovf:configuration reference; it is applied when you leave the field</source>
        <translation>Umbenennen aktualisiert jeden ovf:configuration-Verweis; es wird beim Verlassen des Felds angewendet</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../wizards/detailspage.cpp" line="25"/>
        <source>Appliance details</source>
        <translation>Appliance-Details</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="26"/>
        <source>What the package contains.</source>
        <translation>Was das Paket enthält.</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="50"/>
        <source>The language the package&apos;s texts (product, licenses, properties, options) are shown in; a missing translation falls back to the language alone (de-AT → de), then to the default text</source>
        <translation>Die Sprache, in der die Texte des Pakets (Produkt, Lizenzen, Eigenschaften, Optionen) angezeigt werden; fehlt eine Übersetzung, gilt die Sprache allein (de-AT → de), dann der Standardtext</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="62"/>
        <source>Texts in:</source>
        <translation>Texte in:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="64"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="65"/>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="66"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="67"/>
        <source>Virtual machines:</source>
        <translation>Virtuelle Maschinen:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="68"/>
        <source>Download size:</source>
        <translation>Downloadgröße:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="69"/>
        <source>Size on disk:</source>
        <translation>Speicherbedarf:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="75"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="107"/>
        <source>Default texts (%1)</source>
        <translation>Standardtexte (%1)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="119"/>
        <source>Some translations could not be read: %1</source>
        <translation>Einige Übersetzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="128"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="112"/>
        <location filename="../wizards/detailspage.cpp" line="152"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="172"/>
        <source>up to %1 (one disk)</source>
        <translation>bis zu %1 (eine Festplatte)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="173"/>
        <source>up to %1 (%2 disks)</source>
        <translation>bis zu %1 (%2 Festplatten)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="175"/>
        <source>(disks of unknown capacity: %1)</source>
        <translation>(Festplatten mit unbekannter Kapazität: %1)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="190"/>
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
    <name>DeviceDetailsPanel</name>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="161"/>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="167"/>
        <source>%1 (not in the NetworkSection)</source>
        <translation>%1 (nicht in der NetworkSection)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="184"/>
        <location filename="../views/devicedetailspanel.cpp" line="210"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="193"/>
        <source>(empty drive)</source>
        <translation>(leeres Laufwerk)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="235"/>
        <source>Attach disk %1 to %2</source>
        <translation>Festplatte %1 an %2 anschließen</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="253"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="253"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="253"/>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="254"/>
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="254"/>
        <source>Disk:</source>
        <translation>Festplatte:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="254"/>
        <source>Image:</source>
        <translation>Abbild:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="255"/>
        <source>Controller:</source>
        <translation>Controller:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="255"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="260"/>
        <source>assigned at deployment</source>
        <translation>bei der Bereitstellung vergeben</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="261"/>
        <source>ResourceSubType: the adapter or controller model the platform emulates</source>
        <translation>ResourceSubType: das Adapter- oder Controller-Modell, das die Plattform emuliert</translation>
    </message>
</context>
<context>
    <name>DiskConverter</name>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="74"/>
        <source>not a readable regular file</source>
        <translation>keine lesbare reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="77"/>
        <source>the byte range lies outside the file</source>
        <translation>der Bytebereich liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="150"/>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="161"/>
        <source>the bytes read do not match the verified %1 digest (expected %2, read %3); nothing was kept</source>
        <translation>die gelesenen Bytes stimmen nicht mit der verifizierten %1-Prüfsumme überein (erwartet %2, gelesen %3); nichts wurde behalten</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="184"/>
        <source>the disk filled up during the conversion: %1 bytes were written (from a source of %2 bytes), %3 bytes are free; nothing was kept (%4)</source>
        <translation>der Datenträger ist während der Umwandlung vollgelaufen: %1 Bytes wurden geschrieben (aus einer Quelle von %2 Bytes), %3 Bytes sind frei; nichts wurde behalten (%4)</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="189"/>
        <source>the filesystem is read-only: %1</source>
        <translation>das Dateisystem ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="190"/>
        <source>qemu-img convert failed: %1</source>
        <translation>qemu-img convert fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="196"/>
        <source>the file changed while it was read; nothing was kept</source>
        <translation>die Datei hat sich beim Lesen geändert; nichts wurde behalten</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="199"/>
        <source>cannot rename the converted disk into place</source>
        <translation>die konvertierte Festplatte kann nicht an ihren Platz umbenannt werden</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="211"/>
        <source>no verified package</source>
        <translation>kein verifiziertes Paket</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="213"/>
        <source>the package failed verification</source>
        <translation>das Paket hat die Verifizierung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="220"/>
        <source>no such File in References</source>
        <translation>kein solches File in den References</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="224"/>
        <source>the file did not pass verification</source>
        <translation>die Datei hat die Verifizierung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="234"/>
        <source>no Disk with a known ovf:format references this file</source>
        <translation>kein Disk mit bekanntem ovf:format verweist auf diese Datei</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="248"/>
        <source>the member has no verified digest</source>
        <translation>der Eintrag hat keine verifizierte Prüfsumme</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="258"/>
        <source>its size changed since verification</source>
        <translation>seine Größe hat sich seit der Verifizierung geändert</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="274"/>
        <source>its digest was deferred, but it is not stored in place</source>
        <translation>die Prüfsumme wurde zurückgestellt, aber die Datei liegt nicht an Ort und Stelle</translation>
    </message>
</context>
<context>
    <name>DiskImageList</name>
    <message>
        <location filename="../views/diskimagelist.cpp" line="63"/>
        <source>Choose Disk Images</source>
        <translation>Festplattenabbilder auswählen</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="64"/>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;All files (*)</source>
        <translation>Festplattenabbilder (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="146"/>
        <source>inspecting…</source>
        <translation>wird untersucht…</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="152"/>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="161"/>
        <source>%1 of data</source>
        <translation>%1 Daten</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="167"/>
        <source>Add Images…</source>
        <translation>Abbilder hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="168"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="169"/>
        <source>raw, qcow2, VMDK, VDI, VHD or VHDX images; they are read, never changed, and converted to a streamOptimized VMDK when the package is saved</source>
        <translation>raw-, qcow2-, VMDK-, VDI-, VHD- oder VHDX-Abbilder; sie werden gelesen, nie verändert, und beim Speichern des Pakets in ein streamOptimized-VMDK umgewandelt</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../app/gui/documentcontroller.cpp" line="153"/>
        <source>&apos;%1&apos; cannot be read: the document has not been saved yet</source>
        <translation>„%1“ kann nicht gelesen werden: Das Dokument wurde noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="135"/>
        <source>not a package</source>
        <translation>kein Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="143"/>
        <source>the package is invalid and was not opened:
%1</source>
        <translation>das Paket ist ungültig und wurde nicht geöffnet:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentloader.cpp" line="189"/>
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
        <location filename="../app/gui/documentorigin.cpp" line="54"/>
        <source>OVA</source>
        <translation>OVA</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="55"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="56"/>
        <source>OVF folder</source>
        <translation>OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="63"/>
        <source>OVF descriptor</source>
        <translation>OVF-Deskriptor</translation>
    </message>
</context>
<context>
    <name>DocumentSaver</name>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="134"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="206"/>
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
        <location filename="../app/gui/documentworkspace.cpp" line="272"/>
        <source>Create a new appliance, or open an OVF descriptor or package (or drop one here)</source>
        <translation>Erstellen Sie eine neue Appliance oder öffnen Sie einen OVF-Deskriptor oder ein Paket (oder legen Sie eines hier ab)</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="273"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="274"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="275"/>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="276"/>
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
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="141"/>
        <source>processor item %1: &apos;%2&apos; is not a usable CPU count; using 1</source>
        <translation>Prozessor-Item %1: „%2“ ist keine brauchbare CPU-Anzahl; es wird 1 verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="149"/>
        <source>IDE controller %1: QEMU&apos;s PIIX has two IDE channels; its devices go to the first</source>
        <translation>IDE-Controller %1: PIIX von QEMU hat zwei IDE-Kanäle; seine Geräte kommen an den ersten</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="159"/>
        <source>SCSI controller %1: QEMU has no &apos;%2&apos; controller; using virtio-scsi</source>
        <translation>SCSI-Controller %1: QEMU hat keinen „%2“-Controller; es wird virtio-scsi verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="174"/>
        <source>storage controller %1 (&apos;%2&apos;): attached as a SATA (AHCI) controller</source>
        <translation>Speichercontroller %1 („%2“): als SATA-Controller (AHCI) angeschlossen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="203"/>
        <source>%1: parent controller %2 not found; attached to IDE</source>
        <translation>%1: übergeordneter Controller %2 nicht gefunden; an IDE angeschlossen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="254"/>
        <source>%1: no free unit on its controller; left out</source>
        <translation>%1: keine freie Unit an seinem Controller; ausgelassen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="269"/>
        <source>disk drive %1 names no disk; left out</source>
        <translation>Festplattenlaufwerk %1 nennt keine Festplatte; ausgelassen</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="284"/>
        <source>network adapter %1: QEMU has no &apos;%2&apos;; using e1000</source>
        <translation>Netzwerkadapter %1: QEMU hat kein „%2“; es wird e1000 verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="299"/>
        <source>floppy drive %1 ignored</source>
        <translation>Diskettenlaufwerk %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="302"/>
        <source>sound card %1 ignored</source>
        <translation>Soundkarte %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="305"/>
        <source>parallel port %1 ignored</source>
        <translation>Parallele Schnittstelle %1 ignoriert</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="311"/>
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
    <name>EditXmlCommand</name>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="211"/>
        <source>Processing instructions are not kept in an edited element; remove this one.</source>
        <translation>Verarbeitungsanweisungen bleiben in einem bearbeiteten Element nicht erhalten; entfernen Sie diese.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="248"/>
        <source>There is no element to edit.</source>
        <translation>Es gibt kein Element zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="267"/>
        <source>Only one element can stand here: this is a second one.</source>
        <translation>Hier kann nur ein Element stehen: dies ist ein zweites.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="268"/>
        <source>Only whitespace may come before or after the element.</source>
        <translation>Vor oder nach dem Element darf nur Leerraum stehen.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="272"/>
        <source>The text holds no element.</source>
        <translation>Der Text enthält kein Element.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="274"/>
        <source>The descriptor&apos;s root must stay an Envelope in namespace %1 (found &lt;%2&gt; in %3).</source>
        <translation>Die Wurzel des Deskriptors muss ein Envelope im Namensraum %1 bleiben (gefunden: &lt;%2&gt; in %3).</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="277"/>
        <source>no namespace</source>
        <translation>kein Namensraum</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="280"/>
        <source>The root element keeps its name &lt;%1&gt;; change what is inside it.</source>
        <translation>Das Wurzelelement behält seinen Namen &lt;%1&gt;; ändern Sie, was darin steht.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="283"/>
        <source>The text is what the document holds: nothing to apply.</source>
        <translation>Der Text entspricht dem, was das Dokument enthält: nichts anzuwenden.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="286"/>
        <source>Edit the XML of %1</source>
        <translation>XML von %1 bearbeiten</translation>
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
        <location filename="../model/deploy/effectiveitem.cpp" line="145"/>
        <source>memory quantity %1 has no AllocationUnits</source>
        <translation>Arbeitsspeichermenge %1 hat keine AllocationUnits</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="150"/>
        <source>memory AllocationUnits &apos;%1&apos; is not a byte unit</source>
        <translation>Arbeitsspeicher-AllocationUnits „%1“ ist keine Byte-Einheit</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="174"/>
        <source>memory size overflows</source>
        <translation>die Arbeitsspeichergröße läuft über</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../views/entityeditor.cpp" line="116"/>
        <source>Renaming updates the startup order and scale-out entries that refer to it.</source>
        <translation>Umbenennen aktualisiert die Startreihenfolge- und Scale-out-Einträge, die darauf verweisen.</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="117"/>
        <source>Renaming updates the startup order entries that refer to it.</source>
        <translation>Umbenennen aktualisiert die Startreihenfolge-Einträge, die darauf verweisen.</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="128"/>
        <source>Virtual system collection</source>
        <translation>Sammlung virtueller Systeme</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="128"/>
        <source>Virtual system</source>
        <translation>Virtuelles System</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="129"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="129"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="129"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="136"/>
        <source>ovf:id: unique in the descriptor, no spaces; committed when you leave the field</source>
        <translation>ovf:id: eindeutig im Deskriptor, ohne Leerzeichen; wird übernommen, wenn Sie das Feld verlassen</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="137"/>
        <source>A name for people (optional)</source>
        <translation>Ein Name für Menschen (optional)</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="138"/>
        <source>What this is, in a sentence (required by OVF)</source>
        <translation>Was dies ist, in einem Satz (von OVF verlangt)</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="140"/>
        <source>Startup order (drag rows to reorder)</source>
        <translation>Startreihenfolge (Zeilen ziehen, um sie umzuordnen)</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="141"/>
        <source>Add a Startup Order</source>
        <translation>Startreihenfolge hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="142"/>
        <source>Adds a StartupSection: the order and delays in which the systems power on</source>
        <translation>Fügt eine StartupSection hinzu: Reihenfolge und Verzögerungen, mit denen die Systeme eingeschaltet werden</translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeBuilder</name>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="89"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="90"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="90"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="99"/>
        <source>compressed (%1)</source>
        <translation>komprimiert (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="101"/>
        <source>chunked</source>
        <translation>aufgeteilt</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="135"/>
        <source>Shared disks</source>
        <translation>Gemeinsame Festplatten</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="135"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="141"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="141"/>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="143"/>
        <source>delta of %1</source>
        <translation>Delta von %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="150"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="159"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="164"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="164"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="179"/>
        <source>Virtual hardware</source>
        <translation>Virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="179"/>
        <source>Virtual hardware (%1)</source>
        <translation>Virtuelle Hardware (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="184"/>
        <source>Resource allocation</source>
        <translation>Ressourcenzuteilung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="189"/>
        <source>License agreement</source>
        <translation>Lizenzvereinbarung (EULA)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="192"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="200"/>
        <source>Operating system %1</source>
        <translation>Betriebssystem %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="205"/>
        <source>Startup order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="207"/>
        <source>order %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="209"/>
        <source>start delay %1 s</source>
        <translation>Startverzögerung %1 s</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="211"/>
        <source>stop delay %1 s</source>
        <translation>Stoppverzögerung %1 s</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="217"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="220"/>
        <source>Environment files</source>
        <translation>Umgebungsdateien</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="223"/>
        <source>Boot devices</source>
        <translation>Startgeräte</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="226"/>
        <source>Scale-out %1</source>
        <translation>Skalierung %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="231"/>
        <source>Placement group %1</source>
        <translation>Platzierungsgruppe %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="234"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="237"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="247"/>
        <source>Extension section (required)</source>
        <translation>Erweiterungsabschnitt (erforderlich)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="247"/>
        <source>Extension section</source>
        <translation>Erweiterungsabschnitt</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="257"/>
        <source>%1 %2</source>
        <comment>product name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="261"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="270"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="279"/>
        <source>Property (%1)</source>
        <translation>Eigenschaft (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="287"/>
        <source>1 property</source>
        <translation>1 Eigenschaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="287"/>
        <source>%n properties</source>
        <translation>
            <numerusform>%n Eigenschaft</numerusform>
            <numerusform>%n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="297"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="312"/>
        <source>1 CPU</source>
        <translation>1 CPU</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="312"/>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="316"/>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="322"/>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="327"/>
        <source>%1 bound</source>
        <translation>%1 gebunden</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="330"/>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="338"/>
        <source>external bundle, file %1</source>
        <translation>externes Bündel, Datei %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="339"/>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="339"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="341"/>
        <source>(no language)</source>
        <translation>(keine Sprache)</translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeView</name>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="231"/>
        <source>Add &amp;Virtual System</source>
        <translation>&amp;Virtuelles System hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="232"/>
        <source>Add &amp;Collection</source>
        <translation>Sa&amp;mmlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="233"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="234"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="235"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="236"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="237"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="238"/>
        <source>Remove &amp;Section</source>
        <translation>Abschnitt en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="239"/>
        <source>Add &amp;Section</source>
        <translation>Abschnitt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="240"/>
        <source>Add &amp;Disk…</source>
        <translation>&amp;Festplatte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="241"/>
        <source>Add a disk to the selected virtual system: a new empty disk or a disk image</source>
        <translation>Dem ausgewählten virtuellen System eine Festplatte hinzufügen: eine neue leere Festplatte oder ein Festplattenabbild</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="242"/>
        <source>Add &amp;Network Adapter…</source>
        <translation>&amp;Netzwerkadapter hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="243"/>
        <source>Add a network adapter to the selected virtual system</source>
        <translation>Dem ausgewählten virtuellen System einen Netzwerkadapter hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="244"/>
        <source>Add a virtual system to the selected collection</source>
        <translation>Der ausgewählten Sammlung ein virtuelles System hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="245"/>
        <source>Add a virtual system collection to the selected collection</source>
        <translation>Der ausgewählten Sammlung eine Sammlung virtueller Systeme hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="385"/>
        <source>Select a collection (or a virtual system in one) to add to.</source>
        <translation>Wählen Sie eine Sammlung (oder ein virtuelles System darin), zu der hinzugefügt werden soll.</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="432"/>
        <source>Cut a virtual system or collection first, then select the collection to move it to.</source>
        <translation>Schneiden Sie zuerst ein virtuelles System oder eine Sammlung aus und wählen Sie dann die Zielsammlung.</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="436"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ nach „%2“ verschieben</translation>
    </message>
</context>
<context>
    <name>EulaEditor</name>
    <message>
        <location filename="../views/eulaeditor.cpp" line="26"/>
        <source>Edit the license section&apos;s Info</source>
        <translation>Info des Lizenzabschnitts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="60"/>
        <source>Import License Text</source>
        <translation>Lizenztext importieren</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="61"/>
        <source>Text files (*.txt *.text *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.text *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="74"/>
        <source>Edit the license text</source>
        <translation>Lizenztext bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="90"/>
        <source>Import the license text from %1</source>
        <translation>Lizenztext aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="96"/>
        <source>Imported %1 (%2)</source>
        <translation>%1 importiert (%2)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="125"/>
        <source>the package</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="126"/>
        <source>License agreement of %1</source>
        <translation>Lizenzvereinbarung (EULA) von %1</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="134"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="136"/>
        <source>The license text the operator must accept before deploying</source>
        <translation>Der Lizenztext, der vor der Bereitstellung akzeptiert werden muss</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="137"/>
        <source>Import from File…</source>
        <translation>Aus Datei importieren…</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="138"/>
        <source>Replace the license text by the contents of a text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>Den Lizenztext durch den Inhalt einer Textdatei ersetzen (UTF-8, UTF-16 oder Latin-1)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/gui/exportcontroller.cpp" line="50"/>
        <source>Save As Package</source>
        <translation>Als Paket speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/exportcontroller.cpp" line="81"/>
        <source>another export is still being written</source>
        <translation>ein anderer Export wird noch geschrieben</translation>
    </message>
</context>
<context>
    <name>ExportDestinationPage</name>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="21"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="24"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="25"/>
        <source>Where the package is written. An existing file is replaced only once the new package is complete.</source>
        <translation>Wohin das Paket geschrieben wird. Eine vorhandene Datei wird erst ersetzt, wenn das neue Paket vollständig ist.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="26"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="30"/>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="55"/>
        <source>A new folder is created with the descriptor, the manifest and the files in it.</source>
        <translation>Ein neuer Ordner wird angelegt, der den Deskriptor, das Manifest und die Dateien enthält.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="56"/>
        <source>The file gets the extension %1.</source>
        <translation>Die Datei erhält die Endung %1.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="96"/>
        <source>New OVF Folder</source>
        <translation>Neuer OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="96"/>
        <source>OVF folder (a new folder)</source>
        <translation>OVF-Ordner (ein neuer Ordner)</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="99"/>
        <source>OVA package (*.ova)</source>
        <translation>OVA-Paket (*.ova)</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="99"/>
        <source>ZIP package (*.zip)</source>
        <translation>ZIP-Paket (*.zip)</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="100"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="112"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="118"/>
        <source>The folder “%1” already exists. Replace it with the exported package?</source>
        <translation>Der Ordner „%1“ existiert bereits. Durch das exportierte Paket ersetzen?</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="119"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="120"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>ExportFormatPage</name>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="26"/>
        <source>&amp;OVA: one file (a tar archive), the usual way to ship an appliance</source>
        <translation>&amp;OVA: eine Datei (ein tar-Archiv), der übliche Weg, eine Appliance auszuliefern</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="27"/>
        <source>OVF &amp;folder: the descriptor, manifest and files in a new folder</source>
        <translation>OVF-Or&amp;dner: Deskriptor, Manifest und Dateien in einem neuen Ordner</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="28"/>
        <source>&amp;ZIP: one ZIP archive holding the OVF folder&apos;s files</source>
        <translation>Z&amp;IP: ein ZIP-Archiv mit den Dateien des OVF-Ordners</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="29"/>
        <source>S&amp;plit files into chunks of</source>
        <translation>Dateien in &amp;Teilstücke aufteilen zu je</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="32"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="33"/>
        <source>How the package is written. Every choice here is what “ovfctl pack” does with the same options.</source>
        <translation>Wie das Paket geschrieben wird. Jede Wahl hier entspricht dem, was „ovfctl pack“ mit denselben Optionen tut.</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="49"/>
        <source>SHA-256 (recommended)</source>
        <translation>SHA-256 (empfohlen)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="50"/>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="51"/>
        <source>SHA-1 (only for readers from before OVF 2.0; not trusted as verified)</source>
        <translation>SHA-1 (nur für Leser aus der Zeit vor OVF 2.0; gilt nicht als verifiziert)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="53"/>
        <source>No manifest (nothing can be checked; no signature)</source>
        <translation>Kein Manifest (nichts kann geprüft werden; keine Signatur)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="56"/>
        <source>a size with a unit, such as 4 GiB or 512 MiB</source>
        <translation>eine Größe mit Einheit, etwa 4 GiB oder 512 MiB</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="59"/>
        <source>Keep each file as it is stored now</source>
        <translation>Jede Datei so belassen, wie sie jetzt gespeichert ist</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="60"/>
        <source>Compress every file with gzip (ovf:compression)</source>
        <translation>Jede Datei mit gzip komprimieren (ovf:compression)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="61"/>
        <source>Store every file uncompressed</source>
        <translation>Jede Datei unkomprimiert speichern</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="63"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="68"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="71"/>
        <source>&amp;Manifest digest:</source>
        <translation>&amp;Manifest-Prüfsumme:</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="78"/>
        <source>Chunks:</source>
        <translation>Teilstücke:</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="79"/>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="82"/>
        <source>The disk images to convert become streamOptimized VMDK files, compressed already: they are not gzip-compressed again, and cannot be split into chunks.</source>
        <translation>Die zu konvertierenden Festplattenabbilder werden zu streamOptimized-VMDK-Dateien, die bereits komprimiert sind: Sie werden nicht erneut mit gzip komprimiert und können nicht in Teilstücke aufgeteilt werden.</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="138"/>
        <source>Chunk size: %1</source>
        <translation>Teilstückgröße: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="143"/>
        <source>Chunk size: at least 1 MiB</source>
        <translation>Teilstückgröße: mindestens 1 MiB</translation>
    </message>
</context>
<context>
    <name>ExportProfilePage</name>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="22"/>
        <source>&amp;Make Compatible</source>
        <translation>&amp;Kompatibel machen</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="24"/>
        <source>Target Platform</source>
        <translation>Zielplattform</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="25"/>
        <source>Check the appliance against the platform it is meant for. Findings do not stop the export.</source>
        <translation>Die Appliance gegen die Plattform prüfen, für die sie gedacht ist. Befunde halten den Export nicht auf.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="33"/>
        <source>Any OVF reader (no particular platform)</source>
        <translation>Jeder OVF-Leser (keine bestimmte Plattform)</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="36"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="36"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="36"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="45"/>
        <source>&amp;Target:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="103"/>
        <source>No platform chosen: the package is checked against the OVF standard only.</source>
        <translation>Keine Plattform gewählt: Das Paket wird nur gegen den OVF-Standard geprüft.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="112"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="112"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="115"/>
        <source>%1 (fix: %2)</source>
        <translation>%1 (Korrektur: %2)</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="124"/>
        <source>%1 reads this appliance as it is.</source>
        <translation>%1 liest diese Appliance so, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="126"/>
        <source>%1: %2 refused, %3 degraded.</source>
        <translation>%1: %2 abgelehnt, %3 eingeschränkt.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="149"/>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="150"/>
        <source>Nothing could be fixed automatically.</source>
        <translation>Nichts konnte automatisch korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="151"/>
        <source>Changed (Edit &gt; Undo takes it back):
%1</source>
        <translation>Geändert (Bearbeiten &gt; Rückgängig nimmt es zurück):
%1</translation>
    </message>
</context>
<context>
    <name>ExportRunPage</name>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="22"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="24"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="25"/>
        <source>The package is written, then read back and verified as a deployer would.</source>
        <translation>Das Paket wird geschrieben, dann zurückgelesen und so verifiziert, wie es ein Bereitstellender täte.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="77"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="92"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="105"/>
        <source>Writing %1: %2 of %3</source>
        <translation>%1 wird geschrieben: %2 von %3</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="123"/>
        <source>The package was not written; nothing was left at the destination, and a file that was there is unchanged.</source>
        <translation>Das Paket wurde nicht geschrieben; am Ziel blieb nichts zurück, und eine dort vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="127"/>
        <source>Export stopped</source>
        <translation>Export angehalten</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="129"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="139"/>
        <source>Written. Verifying %1…</source>
        <translation>Geschrieben. %1 wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="154"/>
        <source>The package was written to %1, but its verification was stopped.</source>
        <translation>Das Paket wurde nach %1 geschrieben, aber seine Verifizierung wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="163"/>
        <source>%1 was written (%2) and read back completely.</source>
        <translation>%1 wurde geschrieben (%2) und vollständig zurückgelesen.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="170"/>
        <source>Verification failed: %1</source>
        <translation>Verifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="171"/>
        <source>Verification: %1</source>
        <translation>Verifizierung: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="179"/>
        <source>Signed by %1 (valid until %2)</source>
        <translation>Signiert von %1 (gültig bis %2)</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="183"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ExportSigningPage</name>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="16"/>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="17"/>
        <source>A signature proves who made the package: deployers trust it when they trust your certificate.</source>
        <translation>Eine Signatur belegt, wer das Paket erstellt hat: Wer bereitstellt, vertraut ihr, wenn er Ihrem Zertifikat vertraut.</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="49"/>
        <source>A signature signs the manifest: go back and choose a manifest digest.</source>
        <translation>Eine Signatur signiert das Manifest: Gehen Sie zurück und wählen Sie eine Manifest-Prüfsumme.</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="57"/>
        <source>Loading the key…</source>
        <translation>Schlüssel wird geladen…</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="66"/>
        <source>Signing as %1, issued by %2, valid until %3.</source>
        <translation>Signiert wird als %1, ausgestellt von %2, gültig bis %3.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../wizards/exportwizard.cpp" line="21"/>
        <source>Export Appliance</source>
        <translation>Appliance exportieren</translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="34"/>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="37"/>
        <source>already exists; choose a new folder</source>
        <translation>existiert bereits; wählen Sie einen neuen Ordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="40"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="63"/>
        <source>cannot create the disks folder</source>
        <translation>kann den Festplattenordner nicht anlegen</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="83"/>
        <source>libvirt&apos;s default NAT network</source>
        <translation>Standard-NAT-Netzwerk von libvirt</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="103"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation>%1 Bytes werden benötigt, %2 sind frei</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="112"/>
        <source>the deployment is already committed</source>
        <translation>die Bereitstellung ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="114"/>
        <location filename="../model/deploy/folderbackend.cpp" line="133"/>
        <source>not a usable file name</source>
        <translation>kein verwendbarer Dateiname</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="118"/>
        <source>a disk of that name was already written</source>
        <translation>eine Festplatte dieses Namens wurde bereits geschrieben</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="138"/>
        <source>cannot copy the ISO into the output</source>
        <translation>kann das ISO nicht in die Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="145"/>
        <source>not a usable domain name</source>
        <translation>kein verwendbarer Domänenname</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="147"/>
        <source>defined twice</source>
        <translation>doppelt definiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="159"/>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="202"/>
        <source>cannot move the result into place (does it exist now?)</source>
        <translation>kann das Ergebnis nicht an seinen Platz verschieben (existiert es inzwischen?)</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="216"/>
        <location filename="../model/deploy/folderbackend.cpp" line="219"/>
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
        <location filename="../views/formeditor.cpp" line="41"/>
        <source>This element was removed from the document (undo brings it back)</source>
        <translation>Dieses Element wurde aus dem Dokument entfernt (Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="52"/>
        <location filename="../views/formeditor.cpp" line="190"/>
        <source>Translations…</source>
        <translation>Übersetzungen…</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="76"/>
        <source>Not translatable: no ovf:msgid</source>
        <translation>Nicht übersetzbar: kein ovf:msgid</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="80"/>
        <source>(no language)</source>
        <translation>(keine Sprache)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="92"/>
        <source>Message id %1: no embedded Strings bundle translates it</source>
        <translation>Nachrichten-ID %1: kein eingebettetes Strings-Bündel übersetzt sie</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="93"/>
        <source>Message id %1: translated in %2</source>
        <translation>Nachrichten-ID %1: übersetzt in %2</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="95"/>
        <source>%1 (external bundles, not read here: %2)</source>
        <comment>a translation note, then bundle files</comment>
        <translation>%1 (externe Bündel, hier nicht gelesen: %2)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="192"/>
        <source>Translate this text into the descriptor&apos;s locales in the Strings editor</source>
        <translation>Diesen Text im Strings-Editor in die Gebietsschemas des Deskriptors übersetzen</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../wizards/formatpage.cpp" line="14"/>
        <source>OVF &amp;1.0: read by every OVF tool (VMware, VirtualBox, oVirt, virt-v2v)</source>
        <translation>OVF &amp;1.0: von jedem OVF-Werkzeug gelesen (VMware, VirtualBox, oVirt, virt-v2v)</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="17"/>
        <source>OVF &amp;2.0: the current DMTF standard (fewer tools read it)</source>
        <translation>OVF &amp;2.0: der aktuelle DMTF-Standard (weniger Werkzeuge lesen ihn)</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="20"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="21"/>
        <source>The OVF version of the descriptor; Finish opens the new appliance, not saved yet.</source>
        <translation>Die OVF-Version des Deskriptors; „Abschließen“ öffnet die neue Appliance, noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="53"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="55"/>
        <source>Guest OS: %1</source>
        <translation>Gastbetriebssystem: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizards/formatpage.cpp" line="57"/>
        <source>%n CPU(s), %1 of memory</source>
        <translation>
            <numerusform>%n CPU, %1 Arbeitsspeicher</numerusform>
            <numerusform>%n CPUs, %1 Arbeitsspeicher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="62"/>
        <source>Networks: %1</source>
        <translation>Netzwerke: %1</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="64"/>
        <source>Disk from %1 (%2, %3), pending until the package is saved</source>
        <translation>Festplatte aus %1 (%2, %3), ausstehend bis zum Speichern des Pakets</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="71"/>
        <source>The appliance cannot be made:</source>
        <translation>Die Appliance kann nicht erstellt werden:</translation>
    </message>
</context>
<context>
    <name>GuestOsPage</name>
    <message>
        <location filename="../wizards/guestospage.cpp" line="19"/>
        <source>Guest operating system</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="20"/>
        <source>What the appliance runs, as the CIM operating system type deployment tools read.</source>
        <translation>Was die Appliance ausführt, als CIM-Betriebssystemtyp, den Bereitstellungswerkzeuge lesen.</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="22"/>
        <source>Search: part of a name (e.g. debian) or a number</source>
        <translation>Suche: Teil eines Namens (z. B. debian) oder eine Zahl</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="48"/>
        <source>No choice: the template&apos;s operating system stays.</source>
        <translation>Keine Auswahl: Das Betriebssystem der Vorlage bleibt.</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="49"/>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="86"/>
        <source>zlib could not be initialized</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="115"/>
        <source>data follows the end of the gzip stream</source>
        <translation>nach dem Ende des gzip-Datenstroms folgen Daten</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="120"/>
        <source>the file holds no gzip data</source>
        <translation>die Datei enthält keine gzip-Daten</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="121"/>
        <source>the gzip stream ends early (truncated)</source>
        <translation>der gzip-Datenstrom endet vorzeitig (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="136"/>
        <source>inflates past its declared size of %1 bytes</source>
        <translation>entpackt über die angegebene Größe von %1 Bytes hinaus</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="137"/>
        <source>inflates past %1; refused as a possible gzip bomb</source>
        <translation>entpackt über %1 hinaus; als mögliche gzip-Bombe abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="147"/>
        <source>the gzip stream is corrupt</source>
        <translation>der gzip-Datenstrom ist beschädigt</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="150"/>
        <source>out of memory while inflating</source>
        <translation>Speicher beim Entpacken erschöpft</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="152"/>
        <source>the gzip stream is corrupt (%1)</source>
        <translation>der gzip-Datenstrom ist beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="24"/>
        <source>Add Network</source>
        <translation>Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="24"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="26"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="27"/>
        <source>CPUs, memory, firmware, the disk controller and the networks; all of it can be changed later in the hardware editor.</source>
        <translation>CPUs, Arbeitsspeicher, Firmware, Festplatten-Controller und Netzwerke; alles lässt sich später im Hardware-Editor ändern.</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="36"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="37"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="39"/>
        <source>The template&apos;s (BIOS unless it says otherwise)</source>
        <translation>Die der Vorlage (BIOS, sofern sie nichts anderes angibt)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="40"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="41"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="43"/>
        <source>The template&apos;s first controller</source>
        <translation>Der erste Controller der Vorlage</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="44"/>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="45"/>
        <source>SCSI (LSI Logic)</source>
        <translation>SCSI (LSI Logic)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="46"/>
        <source>SCSI (VMware Paravirtual)</source>
        <translation>SCSI (VMware Paravirtual)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="48"/>
        <source>SCSI (virtio-scsi)</source>
        <translation>SCSI (virtio-scsi)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="50"/>
        <source>SATA (AHCI)</source>
        <translation>SATA (AHCI)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="51"/>
        <source>NVMe</source>
        <translation>NVMe</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="53"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="53"/>
        <source>Adapter type</source>
        <translation>Adaptertyp</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="71"/>
        <source>&amp;CPUs:</source>
        <translation>&amp;CPUs:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="72"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="75"/>
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="76"/>
        <source>&amp;Disk controller:</source>
        <translation>Festplatten-Con&amp;troller:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="78"/>
        <source>Networks (one adapter each):</source>
        <translation>Netzwerke (je ein Adapter):</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="90"/>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="107"/>
        <source>The template&apos;s</source>
        <translation>Der der Vorlage</translation>
    </message>
</context>
<context>
    <name>HrefPolicy</name>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="34"/>
        <source>the href is empty</source>
        <translation>der href ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="37"/>
        <source>the href contains a control character</source>
        <translation>der href enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="39"/>
        <source>the href contains a backslash; paths use &apos;/&apos;</source>
        <translation>der href enthält einen Backslash; Pfade verwenden &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="41"/>
        <source>the href has a query or fragment (&apos;%1&apos;)</source>
        <translation>der href hat eine Query oder ein Fragment („%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="44"/>
        <source>the href is an absolute path; only paths relative to the descriptor are allowed</source>
        <translation>der href ist ein absoluter Pfad; nur Pfade relativ zum Deskriptor sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="48"/>
        <source>the href has a URI scheme or drive (&apos;%1&apos;); only relative paths are allowed</source>
        <translation>der href hat ein URI-Schema oder Laufwerk („%1“); nur relative Pfade sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="67"/>
        <source>the href has a malformed percent-escape</source>
        <translation>der href hat eine fehlerhafte Prozent-Kodierung</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="70"/>
        <source>the href encodes a &apos;/&apos; inside a path segment (&apos;%2F&apos;)</source>
        <translation>der href kodiert ein &apos;/&apos; innerhalb eines Pfadsegments (&apos;%2F&apos;)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="76"/>
        <source>the href does not decode to UTF-8</source>
        <translation>der href ergibt dekodiert kein UTF-8</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="79"/>
        <source>the href has a &apos;..&apos; segment; files must lie inside the package</source>
        <translation>der href hat ein &apos;..&apos;-Segment; Dateien müssen innerhalb des Pakets liegen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="83"/>
        <source>the href has an empty path segment</source>
        <translation>der href hat ein leeres Pfadsegment</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="86"/>
        <source>the href encodes a control character</source>
        <translation>der href kodiert ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="88"/>
        <source>the href encodes a backslash</source>
        <translation>der href kodiert einen Backslash</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="91"/>
        <source>the href encodes a URI scheme or drive (&apos;%1&apos;)</source>
        <translation>der href kodiert ein URI-Schema oder Laufwerk („%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="95"/>
        <source>the href names no file</source>
        <translation>der href nennt keine Datei</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="100"/>
        <source>the href is %1 bytes long; the limit is %2</source>
        <translation>der href ist %1 Bytes lang; die Grenze liegt bei %2</translation>
    </message>
</context>
<context>
    <name>InsertElementCommand</name>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="52"/>
        <source>Nothing to insert.</source>
        <translation>Nichts einzufügen.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="54"/>
        <source>%1 is not part of the document.</source>
        <translation>%1 ist nicht Teil des Dokuments.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="57"/>
        <source>%1 uses a namespace prefix that is not declared at %2.</source>
        <translation>%1 verwendet ein Namensraumpräfix, das bei %2 nicht deklariert ist.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="62"/>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
</context>
<context>
    <name>IsoImageWriter</name>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="68"/>
        <source>%1: &apos;%2&apos; is not a valid file name in the image</source>
        <translation>%1: „%2“ ist kein gültiger Dateiname im Abbild</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="70"/>
        <source>%1: &apos;%2&apos; is in the image twice</source>
        <translation>%1: „%2“ ist doppelt im Abbild</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="76"/>
        <source>%1: cannot create a temporary file: %2</source>
        <translation>%1: kann keine temporäre Datei anlegen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="85"/>
        <source>%1: cannot start the ISO 9660 image: %2</source>
        <translation>%1: kann das ISO-9660-Abbild nicht beginnen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="91"/>
        <location filename="../model/package/isoimagewriter.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="96"/>
        <location filename="../model/package/isoimagewriter.cpp" line="119"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: kann %2 nicht lesen: %3</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="106"/>
        <location filename="../model/package/isoimagewriter.cpp" line="109"/>
        <location filename="../model/package/isoimagewriter.cpp" line="122"/>
        <source>%1: cannot add %2: %3</source>
        <translation>%1: kann %2 nicht hinzufügen: %3</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="120"/>
        <source>file shrank</source>
        <translation>Datei ist geschrumpft</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="127"/>
        <source>%1: cannot finish the ISO 9660 image: %2</source>
        <translation>%1: kann das ISO-9660-Abbild nicht abschließen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="129"/>
        <location filename="../model/package/isoimagewriter.cpp" line="133"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>IsoTransport</name>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="14"/>
        <source>EnvironmentFilesSection: ovf:path &apos;%1&apos; is not a relative path inside the image</source>
        <translation>EnvironmentFilesSection: ovf:path „%1“ ist kein relativer Pfad innerhalb des Abbilds</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="17"/>
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
        <location filename="../model/deploy/libvirtbackend.cpp" line="49"/>
        <source>the storage pool is not active</source>
        <translation>der Speicherpool ist nicht aktiv</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="55"/>
        <source>a remote host needs a storage pool for the disks (a folder here is not a folder there)</source>
        <translation>ein entfernter Host braucht einen Speicherpool für die Festplatten (ein Ordner hier ist kein Ordner dort)</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="60"/>
        <source>choose a storage pool or an existing writable folder for the disks</source>
        <translation>wählen Sie einen Speicherpool oder einen vorhandenen beschreibbaren Ordner für die Festplatten</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="81"/>
        <source>no such storage pool</source>
        <translation>kein solcher Speicherpool</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="131"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation>%1 Bytes werden benötigt, %2 sind frei</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="139"/>
        <source>not a usable volume name</source>
        <translation>kein verwendbarer Volume-Name</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="148"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="176"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="213"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="227"/>
        <source>already exists; it is not replaced</source>
        <translation>existiert bereits; wird nicht ersetzt</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="338"/>
        <source>%1: could not be removed completely</source>
        <translation>%1: konnte nicht vollständig entfernt werden</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="206"/>
        <source>not a usable file name</source>
        <translation>kein verwendbarer Dateiname</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="232"/>
        <source>cannot copy the ISO</source>
        <translation>kann das ISO nicht kopieren</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="240"/>
        <source>not a usable domain name</source>
        <translation>kein verwendbarer Domänenname</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="242"/>
        <source>a domain of that name exists; choose another name</source>
        <translation>eine Domäne dieses Namens existiert; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="332"/>
        <source>%1: could not be removed</source>
        <translation>%1: konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="58"/>
        <source>unknown libvirt error</source>
        <translation>unbekannter libvirt-Fehler</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="237"/>
        <source>domain XML</source>
        <translation>Domänen-XML</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="50"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="51"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="52"/>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="55"/>
        <source>other</source>
        <translation>sonstig</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtvolumes.cpp" line="111"/>
        <source>is in no storage pool of %1: libvirt reads only files of its pools (define a pool for its folder)</source>
        <translation>liegt in keinem Speicherpool von %1: libvirt liest nur Dateien seiner Pools (definieren Sie einen Pool für ihren Ordner)</translation>
    </message>
</context>
<context>
    <name>LicenseTextFile</name>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="16"/>
        <source>The file is larger than %1 MiB: not a license text</source>
        <translation>Die Datei ist größer als %1 MiB: kein Lizenztext</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="23"/>
        <source>The file starts with a %1 byte order mark but is not valid %1</source>
        <translation>Die Datei beginnt mit einer %1-Bytereihenfolgemarke, ist aber kein gültiges %1</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="31"/>
        <source>The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1). Check accented characters.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als ISO-8859-1 (Latin-1) gelesen. Prüfen Sie Sonderzeichen und Umlaute.</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="37"/>
        <source>The file holds the character U+%1 at character %2, which an OVF descriptor cannot contain (is it a binary file?)</source>
        <translation>Die Datei enthält an Zeichen %2 das Zeichen U+%1, das ein OVF-Deskriptor nicht enthalten darf (ist es eine Binärdatei?)</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="49"/>
        <source>%1: larger than %2 MiB, not a license text</source>
        <translation>%1: größer als %2 MiB, kein Lizenztext</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="52"/>
        <location filename="../model/commands/licensetext.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../wizards/licensespage.cpp" line="28"/>
        <source>License agreements</source>
        <translation>Lizenzvereinbarungen (EULA)</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="29"/>
        <source>Read each license agreement and accept it to continue.</source>
        <translation>Lesen Sie jede Lizenzvereinbarung und akzeptieren Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="35"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="37"/>
        <source>&amp;Save as Text…</source>
        <translation>Als &amp;Text speichern…</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="88"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="93"/>
        <source>%1: License %2</source>
        <translation>%1: Lizenz %2</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="100"/>
        <source>I &amp;accept the terms of this license agreement</source>
        <translation>Ich &amp;akzeptiere die Bedingungen dieser Lizenzvereinbarung</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="125"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="127"/>
        <source>Accepted: %1 of %2.</source>
        <translation>Akzeptiert: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="171"/>
        <source>Print License Agreement</source>
        <translation>Lizenzvereinbarung drucken</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="181"/>
        <location filename="../wizards/licensespage.cpp" line="188"/>
        <source>Save License Agreement</source>
        <translation>Lizenzvereinbarung speichern</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="182"/>
        <source>license-%1.txt</source>
        <translation>lizenz-%1.txt</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="182"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="189"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="176"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="177"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="178"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="179"/>
        <source>&amp;New Appliance…</source>
        <translation>&amp;Neue Appliance…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="180"/>
        <source>Create a new appliance: a virtual system with hardware, optionally from disk images or a template</source>
        <translation>Eine neue Appliance erstellen: ein virtuelles System mit Hardware, optional aus Festplattenabbildern oder einer Vorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="182"/>
        <source>New from Virtual Mac&amp;hine…</source>
        <translation>Neu aus virtueller &amp;Maschine…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="183"/>
        <source>Export shut-off libvirt machines, local or on a remote host, as an appliance package</source>
        <translation>Ausgeschaltete libvirt-Maschinen, lokal oder auf einem entfernten Host, als Appliance-Paket exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="186"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="187"/>
        <source>Open an OVF descriptor or package (OVA, ZIP, OVF folder)</source>
        <translation>Einen OVF-Deskriptor oder ein Paket öffnen (OVA, ZIP, OVF-Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="188"/>
        <source>Open Sa&amp;mple Appliance</source>
        <translation>Beis&amp;piel-Appliance öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="189"/>
        <source>Open the sample appliance that comes with OVF Workbench</source>
        <translation>Die mitgelieferte Beispiel-Appliance von OVF Workbench öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="191"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="192"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="193"/>
        <source>Write the appliance as an OVA, OVF folder or ZIP, optionally signed, and verify it</source>
        <translation>Die Appliance als OVA, OVF-Ordner oder ZIP schreiben, optional signiert, und sie verifizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="194"/>
        <source>&amp;Deploy…</source>
        <translation>Be&amp;reitstellen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="195"/>
        <source>Previe&amp;w Deployment in</source>
        <translation>&amp;Vorschau der Bereitstellung in</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="196"/>
        <source>Open the deploy wizard on the document as it is now, with its texts in a language, without deploying: what an operator will see</source>
        <translation>Den Bereitstellungsassistenten mit dem Dokument im jetzigen Stand öffnen, seine Texte in einer Sprache, ohne bereitzustellen: was ein Operator sehen wird</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="198"/>
        <source>Deploy the open appliance to libvirt or a folder (asks to save unsaved changes first)</source>
        <translation>Die geöffnete Appliance in libvirt oder einem Ordner bereitstellen (fragt zuerst nach dem Speichern ungespeicherter Änderungen)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="199"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="201"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="202"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="203"/>
        <source>&amp;XML Source</source>
        <translation>&amp;XML-Quelltext</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="204"/>
        <source>&amp;Translations…</source>
        <translation>&amp;Übersetzungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="205"/>
        <source>Translate the appliance&apos;s texts: the Strings editor with every locale</source>
        <translation>Die Texte der Appliance übersetzen: der Strings-Editor mit jedem Gebietsschema</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="206"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="207"/>
        <source>Short guides to the main tasks: author, deploy, translate, check compatibility</source>
        <translation>Kurze Anleitungen zu den wichtigsten Aufgaben: erstellen, bereitstellen, übersetzen, Kompatibilität prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="208"/>
        <source>&amp;About OVF Workbench</source>
        <translation>&amp;Über OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="209"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="214"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="230"/>
        <source>Default Texts (%1)</source>
        <translation>Standardtexte (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="258"/>
        <source>%1 (%2, not translated)</source>
        <translation>%1 (%2, nicht übersetzt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="169"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="252"/>
        <source>Opening the sample appliance…</source>
        <translation>Die Beispiel-Appliance wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="336"/>
        <source>%1 — %n warning(s): %2</source>
        <comment>the opened message, then the first warning</comment>
        <translation>
            <numerusform>%1 — %n Warnung: %2</numerusform>
            <numerusform>%1 — %n Warnungen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="398"/>
        <source>the package writer set the file sizes (ovf:size) in the References; reopen to see them</source>
        <translation>beim Schreiben des Pakets wurden die Dateigrößen (ovf:size) in den References gesetzt; zum Anzeigen erneut öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="451"/>
        <source>OVF Workbench</source>
        <translation>OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="69"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="126"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="122"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171"/>
        <source>&amp;Undo History</source>
        <translation>&amp;Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="342"/>
        <source>Open OVF Descriptor or Package</source>
        <translation>OVF-Deskriptor oder Paket öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="343"/>
        <source>OVF descriptors and packages (*.ovf *.ova *.zip *.xml);;All files (*)</source>
        <translation>OVF-Deskriptoren und Pakete (*.ovf *.ova *.zip *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="330"/>
        <source>Restored the autosaved changes of %1</source>
        <translation>Die automatisch gesicherten Änderungen von %1 wurden wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="332"/>
        <source>New appliance %1: not saved yet (File &gt; Save As… writes it as a descriptor or a package)</source>
        <translation>Neue Appliance %1: noch nicht gespeichert (Datei &gt; Speichern unter… schreibt sie als Deskriptor oder Paket)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="394"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 gespeichert (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <source>“%1” was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="414"/>
        <source>Nothing was written there and your file is as it was. Save As… can put the document on another disk.</source>
        <translation>Dort wurde nichts geschrieben, und Ihre Datei ist unverändert. Mit „Speichern unter…“ können Sie das Dokument auf einem anderen Datenträger ablegen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="426"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="451"/>
        <source>%1[*] — OVF Workbench</source>
        <translation>%1[*] — OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Problems found in the open descriptor are listed here.</source>
        <translation>Hier stehen die Probleme, die im geöffneten Deskriptor gefunden wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="461"/>
        <source>Checking the descriptor…</source>
        <translation>Der Deskriptor wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="463"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="360"/>
        <source>About OVF Workbench</source>
        <translation>Über OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="361"/>
        <source>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Author, localize, verify and deploy DMTF OVF virtual appliances.&lt;/p&gt;&lt;p&gt;Opens OVF 0.9, 1.x and 2.x descriptors and packages (OVA, ZIP, OVF folders), edits them with undo, checks them against the OVF rules as you type, and saves them back as a descriptor or a package with a fresh manifest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Virtuelle DMTF-OVF-Appliances erstellen, lokalisieren, prüfen und bereitstellen.&lt;/p&gt;&lt;p&gt;Öffnet OVF-0.9-, 1.x- und 2.x-Deskriptoren und Pakete (OVA, ZIP, OVF-Ordner), bearbeitet sie mit Rückgängig, prüft sie während der Eingabe gegen die OVF-Regeln und speichert sie als Deskriptor oder als Paket mit neuem Manifest.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MakeTranslatableDialog</name>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="18"/>
        <source>Make Texts Translatable</source>
        <translation>Texte übersetzbar machen</translation>
    </message>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="20"/>
        <source>These texts have no message ID, so no locale can translate them. Each text you keep checked gets a readable message ID (such as product.vendor) and stays its default text.</source>
        <translation>Diese Texte haben keine Nachrichten-ID, daher kann kein Gebietsschema sie übersetzen. Jeder Text, der angehakt bleibt, erhält eine lesbare Nachrichten-ID (etwa product.vendor) und bleibt als Standardtext erhalten.</translation>
    </message>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="24"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="32"/>
        <source>Make Translatable</source>
        <translation>Übersetzbar machen</translation>
    </message>
</context>
<context>
    <name>MemberPolicy</name>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="35"/>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="44"/>
        <source>the name is %1 bytes long; the limit is %2</source>
        <translation>der Name ist %1 Bytes lang; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="49"/>
        <source>the name contains the control character U+%1</source>
        <translation>der Name enthält das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="54"/>
        <source>the name contains a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="56"/>
        <source>the name is an absolute path</source>
        <translation>der Name ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="58"/>
        <source>the name starts with a drive letter</source>
        <translation>der Name beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="67"/>
        <source>the name has a &apos;..&apos; component</source>
        <translation>der Name hat eine &apos;..&apos;-Komponente</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="72"/>
        <location filename="../model/package/memberpolicy.cpp" line="77"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="72"/>
        <source>the name has an empty path component</source>
        <translation>der Name hat eine leere Pfadkomponente</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="86"/>
        <source>the package has more than %1 members</source>
        <translation>das Paket hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="90"/>
        <source>the member&apos;s headers take %1 bytes; the limit is %2</source>
        <translation>die Header des Eintrags belegen %1 Bytes; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="103"/>
        <source>the descriptor is %1 bytes; the limit is %2</source>
        <translation>der Deskriptor ist %1 Bytes groß; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="117"/>
        <source>the directory entry carries %1 bytes of data</source>
        <translation>der Verzeichniseintrag trägt %1 Bytes Daten</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="122"/>
        <source>symbolic links are not allowed in a package (it points to &apos;%1&apos;)</source>
        <translation>symbolische Links sind in einem Paket nicht zulässig (er zeigt auf „%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="126"/>
        <source>hard links are not allowed in a package (it links to &apos;%1&apos;)</source>
        <translation>Hardlinks sind in einem Paket nicht zulässig (er verweist auf „%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="129"/>
        <source>character devices are not allowed in a package</source>
        <translation>zeichenorientierte Geräte sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="131"/>
        <source>block devices are not allowed in a package</source>
        <translation>blockorientierte Geräte sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="133"/>
        <source>FIFOs (named pipes) are not allowed in a package</source>
        <translation>FIFOs (benannte Pipes) sind in einem Paket nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="137"/>
        <source>only regular files are allowed in a package</source>
        <translation>in einem Paket sind nur reguläre Dateien zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="150"/>
        <source>the name appears twice in the package</source>
        <translation>der Name kommt im Paket doppelt vor</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="154"/>
        <source>the name differs from &apos;%1&apos; only by case or Unicode normalization</source>
        <translation>der Name unterscheidet sich von „%1“ nur in Groß-/Kleinschreibung oder Unicode-Normalisierung</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="160"/>
        <source>the name is also used as a folder (&apos;%1/...&apos;)</source>
        <translation>der Name wird auch als Ordner verwendet („%1/...“)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="164"/>
        <source>the folder has the name of the file &apos;%1&apos;</source>
        <translation>der Ordner hat den Namen der Datei „%1“</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="173"/>
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
        <location filename="../wizards/networkspage.cpp" line="43"/>
        <location filename="../wizards/networkspage.cpp" line="89"/>
        <source>Asking the target for its networks…</source>
        <translation>Die Netzwerke des Ziels werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="91"/>
        <source>The target&apos;s networks could not be listed: %1</source>
        <translation>Die Netzwerke des Ziels konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="93"/>
        <source>The script will attach the machines to these libvirt networks; type any name.</source>
        <translation>Das Skript verbindet die Maschinen mit diesen libvirt-Netzwerken; geben Sie einen beliebigen Namen ein.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="95"/>
        <source>The target has no virtual network (a freshly installed host often has none). The adapters use QEMU&apos;s user-mode networking: the guest reaches outside networks through the host, but nothing outside can reach the guest. Choose &quot;not connected&quot; to leave an adapter unplugged, or define a network on the host (virsh net-define, net-start) and go back.</source>
        <translation>Das Ziel hat kein virtuelles Netzwerk (ein frisch installierter Host hat oft keines). Die Adapter verwenden QEMUs User-Mode-Netzwerk: Der Gast erreicht äußere Netzwerke über den Host, aber von außen ist der Gast nicht erreichbar. Wählen Sie „nicht verbunden“, um einen Adapter abgesteckt zu lassen, oder definieren Sie ein Netzwerk auf dem Host (virsh net-define, net-start) und gehen Sie zurück.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="100"/>
        <source>The target has one network, %1: every network of the appliance is connected to it unless you choose otherwise.</source>
        <translation>Das Ziel hat ein Netzwerk, %1: Jedes Netzwerk der Appliance wird damit verbunden, sofern Sie nichts anderes wählen.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="103"/>
        <source>Networks available: %1.</source>
        <translation>Verfügbare Netzwerke: %1.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="133"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="138"/>
        <source>The adapter is present but its link is down</source>
        <translation>Der Adapter ist vorhanden, aber seine Verbindung ist getrennt</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="140"/>
        <source>QEMU user-mode networking: outgoing connections through the host</source>
        <translation>QEMU-User-Mode-Netzwerk: ausgehende Verbindungen über den Host</translation>
    </message>
</context>
<context>
    <name>NewApplianceWizard</name>
    <message>
        <location filename="../wizards/newappliancewizard.cpp" line="17"/>
        <source>New Appliance</source>
        <translation>Neue Appliance</translation>
    </message>
</context>
<context>
    <name>OperatingSystemEditor</name>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="21"/>
        <source>Edit the operating system&apos;s Info</source>
        <translation>Info des Betriebssystems bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="23"/>
        <source>Edit the operating system version</source>
        <translation>Version des Betriebssystems bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="25"/>
        <source>Edit the operating system description</source>
        <translation>Beschreibung des Betriebssystems bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="83"/>
        <source>“%1” is not a CIM operating system type: type a number or part of a name and pick one from the list</source>
        <translation>„%1“ ist kein CIM-Betriebssystemtyp: Geben Sie eine Zahl oder einen Namensteil ein und wählen Sie einen Eintrag aus der Liste</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="94"/>
        <source>Set the operating system to %1</source>
        <translation>Betriebssystem auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="121"/>
        <source>ovf:id %1 (CIM_OperatingSystem OSType)</source>
        <translation>ovf:id %1 (CIM_OperatingSystem OSType)</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="124"/>
        <source>VMware guest type (vmw:osType): %1</source>
        <translation>VMware-Gasttyp (vmw:osType): %1</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="130"/>
        <source>Guest operating system</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="131"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="132"/>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="133"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="134"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="142"/>
        <source>Type part of a name (e.g. “debian”) or a number to search the CIM operating system list</source>
        <translation>Geben Sie einen Namensteil (z. B. „debian“) oder eine Zahl ein, um die CIM-Betriebssystemliste zu durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="143"/>
        <source>e.g. 12</source>
        <translation>z. B. 12</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="144"/>
        <source>e.g. Debian GNU/Linux 12 (64-bit)</source>
        <translation>z. B. Debian GNU/Linux 12 (64-Bit)</translation>
    </message>
</context>
<context>
    <name>PackageEntriesEditor</name>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="61"/>
        <source>Edit the section&apos;s Info</source>
        <translation>Info des Abschnitts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="129"/>
        <source>Add a virtual system first: a disk is attached to one.</source>
        <translation>Fügen Sie zuerst ein virtuelles System hinzu: eine Festplatte wird an eines angeschlossen.</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="136"/>
        <source>Add a File to the Package</source>
        <translation>Datei zum Paket hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="146"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="160"/>
        <source>Added network %1: double-click its name to rename it.</source>
        <translation>Netzwerk %1 hinzugefügt: Doppelklicken Sie auf seinen Namen, um es umzubenennen.</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="183"/>
        <source>%1 is added to the package when it is saved.</source>
        <translation>%1 wird beim Speichern zum Paket hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="221"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="225"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="226"/>
        <source>Add Disk…</source>
        <translation>Festplatte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="227"/>
        <source>Remove the disk, the drives that attach it and its file</source>
        <translation>Die Festplatte, die Laufwerke, die sie anschließen, und ihre Datei entfernen</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="228"/>
        <source>Double-click a disk id to rename it (drives follow) or a capacity to change it (e.g. 20 GiB)</source>
        <translation>Doppelklicken Sie auf eine Festplatten-ID, um sie umzubenennen (Laufwerke folgen), oder auf eine Kapazität, um sie zu ändern (z. B. 20 GiB)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="232"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="233"/>
        <source>Add Network</source>
        <translation>Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="234"/>
        <source>Remove the network (only when no adapter connects to it)</source>
        <translation>Das Netzwerk entfernen (nur wenn kein Adapter damit verbunden ist)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="235"/>
        <source>Double-click a name to rename the network (adapters follow)</source>
        <translation>Doppelklicken Sie auf einen Namen, um das Netzwerk umzubenennen (Adapter folgen)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="238"/>
        <source>Files (References)</source>
        <translation>Dateien (References)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="239"/>
        <source>Add File…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="240"/>
        <source>Remove the file (only when nothing refers to it)</source>
        <translation>Die Datei entfernen (nur wenn nichts auf sie verweist)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="241"/>
        <source>Double-click a cell to change it; renaming a file id follows every reference</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern; das Umbenennen einer Datei-ID folgt jedem Verweis</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="244"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <location filename="../model/package/packageverifier.cpp" line="118"/>
        <source>the descriptor cannot be read: %1</source>
        <translation>der Deskriptor kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="341"/>
        <source>the package changed while it was being verified (read twice: its manifest uses another algorithm than SHA-256)</source>
        <translation>das Paket hat sich während der Verifizierung geändert (zweimal gelesen: sein Manifest verwendet einen anderen Algorithmus als SHA-256)</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="433"/>
        <source>verification %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="439"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation>das Paket enthält keinen OVF-Deskriptor (*.ovf)</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="169"/>
        <source>referenced by File &apos;%1&apos;, but the package has no such member</source>
        <translation>von File „%1“ referenziert, aber das Paket hat keinen solchen Eintrag</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="178"/>
        <source>holds %1 bytes, its File declares ovf:size=&quot;%2&quot; (DSP0243 §7.1)</source>
        <translation>enthält %1 Bytes, sein File gibt ovf:size=&quot;%2&quot; an (DSP0243 §7.1)</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="192"/>
        <source>&apos;%1&apos; does not match its manifest digest</source>
        <translation>„%1“ stimmt nicht mit seiner Manifest-Prüfsumme überein</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="197"/>
        <source>&apos;%1&apos; is not listed in the manifest</source>
        <translation>„%1“ ist nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="236"/>
        <source>&apos;%1&apos;: not referenced by the descriptor</source>
        <translation>„%1“: nicht vom Deskriptor referenziert</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="278"/>
        <source>the manifest was not read</source>
        <translation>das Manifest wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="317"/>
        <source>not hashed yet, checked when read: %1</source>
        <translation>noch nicht gehasht, wird beim Lesen geprüft: %1</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../model/deploy/plan.cpp" line="33"/>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plan.cpp" line="35"/>
        <source>(user-mode networking)</source>
        <translation>(User-Mode-Netzwerk)</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="141"/>
        <source>the license text differs from the one accepted (digest mismatch)</source>
        <translation>der Lizenztext unterscheidet sich vom akzeptierten (Prüfsummen stimmen nicht überein)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="142"/>
        <source>the license agreement has not been accepted</source>
        <translation>die Lizenzvereinbarung wurde nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="186"/>
        <source>no target network is chosen for this OVF network</source>
        <translation>für dieses OVF-Netzwerk ist kein Zielnetzwerk gewählt</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="191"/>
        <source>the package has no network with this name</source>
        <translation>das Paket hat kein Netzwerk mit diesem Namen</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="210"/>
        <source>&apos;%1&apos; is not a valid VM name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 63; suggestion: &apos;%2&apos;)</source>
        <translation>„%1“ ist kein gültiger VM-Name (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; höchstens 63; Vorschlag: „%2“)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="217"/>
        <source>the VM name &apos;%1&apos; is used twice</source>
        <translation>der VM-Name „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="67"/>
        <location filename="../model/deploy/plancheck.cpp" line="234"/>
        <source>the package has no virtual system with this id</source>
        <translation>das Paket hat kein virtuelles System mit dieser ID</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="41"/>
        <source>%1 CPUs is outside the package&apos;s range of %2 to %3</source>
        <translation>%1 CPUs liegen außerhalb des Bereichs des Pakets von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="42"/>
        <source>%1 CPUs: choose %2 to %3</source>
        <translation>%1 CPUs: wählen Sie %2 bis %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="54"/>
        <source>%1 MiB of memory is outside the package&apos;s range of %2 to %3 MiB</source>
        <translation>%1 MiB Arbeitsspeicher liegen außerhalb des Bereichs des Pakets von %2 bis %3 MiB</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="55"/>
        <source>%1 MiB of memory: choose %2 to %3 MiB</source>
        <translation>%1 MiB Arbeitsspeicher: wählen Sie %2 bis %3 MiB</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="166"/>
        <source>the target has no network &apos;%1&apos; (choose one of its networks, &apos;%2&apos; for not connected or &apos;%3&apos; for user-mode networking)</source>
        <translation>das Ziel hat kein Netzwerk „%1“ (wählen Sie eines seiner Netzwerke, „%2“ für nicht verbunden oder „%3“ für User-Mode-Netzwerk)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="174"/>
        <source>OVF network &apos;%1&apos; is vCloud Director&apos;s placeholder for a disconnected adapter: its adapters are not connected</source>
        <translation>OVF-Netzwerk „%1“ ist der Platzhalter von vCloud Director für einen getrennten Adapter: seine Adapter werden nicht verbunden</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="178"/>
        <source>OVF network &apos;%1&apos; is connected to &apos;%2&apos;, the target&apos;s only network</source>
        <translation>OVF-Netzwerk „%1“ wird mit „%2“ verbunden, dem einzigen Netzwerk des Ziels</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="182"/>
        <source>OVF network &apos;%1&apos; uses QEMU user-mode networking: the target has no active network (outgoing connections work, the guest is not reachable from outside)</source>
        <translation>OVF-Netzwerk „%1“ verwendet QEMU-User-Mode-Netzwerk: das Ziel hat kein aktives Netzwerk (ausgehende Verbindungen funktionieren, der Gast ist von außen nicht erreichbar)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="214"/>
        <source>the target already has a virtual machine named &apos;%1&apos;</source>
        <translation>das Ziel hat bereits eine virtuelle Maschine namens „%1“</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="227"/>
        <source>virtual system &apos;%1&apos; is named &apos;%2&apos;: &apos;%3&apos; is taken</source>
        <translation>virtuelles System „%1“ heißt „%2“: „%3“ ist vergeben</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="240"/>
        <source>the folder backend needs an output folder</source>
        <translation>das Ordner-Backend braucht einen Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="243"/>
        <source>the folder backend writes the disks into the output folder; storage is chosen for libvirt only</source>
        <translation>das Ordner-Backend schreibt die Festplatten in den Ausgabeordner; Speicher wird nur für libvirt gewählt</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="248"/>
        <source>the libvirt connection URI is empty</source>
        <translation>die libvirt-Verbindungs-URI ist leer</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="252"/>
        <source>the target has no storage pool &apos;%1&apos;: it will be created as virt-install does, a directory pool at %2, started and autostarted</source>
        <translation>das Ziel hat keinen Speicherpool „%1“: er wird wie von virt-install angelegt, als Verzeichnis-Pool unter %2, gestartet und automatisch gestartet</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="256"/>
        <source>the target has no storage pool of this name</source>
        <translation>das Ziel hat keinen Speicherpool dieses Namens</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="261"/>
        <source>the folder for the disk files does not exist</source>
        <translation>der Ordner für die Festplattendateien existiert nicht</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="264"/>
        <source>not a valid libvirt storage pool name (or an absolute folder path)</source>
        <translation>kein gültiger Name eines libvirt-Speicherpools (oder absoluter Ordnerpfad)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="107"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="108"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="109"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="110"/>
        <source>&amp;Manifest digest:</source>
        <translation>&amp;Manifest-Prüfsumme:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="111"/>
        <source>The algorithm of the manifest written when a package is saved (DSP0243 §5.1; SHA-256 or better makes a package eligible for Verified)</source>
        <translation>Der Algorithmus des Manifests, das beim Speichern eines Pakets geschrieben wird (DSP0243 §5.1; ab SHA-256 kann ein Paket als „Verifiziert“ gelten)</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="115"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="116"/>
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
        <location filename="../views/productsectioneditor.cpp" line="40"/>
        <source>Edit ovf:%1 of the product</source>
        <translation>ovf:%1 des Produkts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="46"/>
        <source>Edit %1 of the product</source>
        <translation>%1 des Produkts bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="97"/>
        <source>Edit the icon&apos;s mime type</source>
        <translation>MIME-Typ des Symbols bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="130"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="130"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="131"/>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="131"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Full version:</source>
        <translation>Vollständige Version:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Product URL:</source>
        <translation>Produkt-URL:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Vendor URL:</source>
        <translation>Hersteller-URL:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Application URL:</source>
        <translation>Anwendungs-URL:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="143"/>
        <source>e.g. com.example.product (prefixes the property keys)</source>
        <translation>z. B. com.example.product (Präfix der Eigenschaftsschlüssel)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="144"/>
        <source>e.g. 1 (suffixes the property keys)</source>
        <translation>z. B. 1 (Suffix der Eigenschaftsschlüssel)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="147"/>
        <source>https://… (the application once deployed)</source>
        <translation>https://… (die Anwendung nach der Bereitstellung)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="148"/>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="150"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="152"/>
        <source>Mime type:</source>
        <translation>MIME-Typ:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="153"/>
        <source>The ovf:id of the File in References that holds the icon; empty removes the icon</source>
        <translation>Die ovf:id des File in den References, das das Symbol enthält; leer entfernt das Symbol</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="163"/>
        <source>Product section</source>
        <translation>Produktabschnitt</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="163"/>
        <source>Product section: %1</source>
        <translation>Produktabschnitt: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="166"/>
        <source>Property keys in the OVF environment: %1</source>
        <translation>Eigenschaftsschlüssel in der OVF-Umgebung: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="196"/>
        <source>No icon. Choose the File that holds one.</source>
        <translation>Kein Symbol. Wählen Sie das File, das eines enthält.</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="197"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="203"/>
        <source>No File with ovf:id %1 in References</source>
        <translation>Kein File mit ovf:id %1 in den References</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="204"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="209"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="211"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="222"/>
        <source>The file is next to the descriptor but is not an image this program reads: %1</source>
        <translation>Die Datei liegt neben dem Deskriptor, ist aber kein Bild, das dieses Programm lesen kann: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="225"/>
        <source>No preview: the file is not next to the descriptor</source>
        <translation>Keine Vorschau: Die Datei liegt nicht neben dem Deskriptor</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="228"/>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="239"/>
        <source>Add an icon</source>
        <translation>Symbol hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="247"/>
        <source>Remove the icon</source>
        <translation>Symbol entfernen</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="250"/>
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
        <location filename="../wizards/progresspage.cpp" line="90"/>
        <source>Cancelling and removing what was created…</source>
        <translation>Abbruch läuft, Angelegtes wird entfernt…</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="98"/>
        <source>Cancel Deployment</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="99"/>
        <source>Cancel the deployment and remove everything created so far?</source>
        <translation>Die Bereitstellung abbrechen und alles bisher Angelegte entfernen?</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="134"/>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="135"/>
        <source>Cancelled; everything created was removed.</source>
        <translation>Abgebrochen; alles Angelegte wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="136"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <location filename="../views/propertieseditor.cpp" line="239"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/propertieseditor.cpp" line="246"/>
        <source>Properties with invalid values (shown in red): %n</source>
        <translation>
            <numerusform>Eigenschaften mit ungültigen Werten (rot dargestellt): %n</numerusform>
            <numerusform>Eigenschaften mit ungültigen Werten (rot dargestellt): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="282"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="282"/>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="291"/>
        <source>Keys in the OVF environment: %1. Categories group the properties below them.</source>
        <translation>Schlüssel in der OVF-Umgebung: %1. Kategorien gruppieren die Eigenschaften darunter.</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="299"/>
        <source>Add Property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="300"/>
        <source>Add Category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="301"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="302"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="303"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="304"/>
        <source>Qualifiers…</source>
        <translation>Qualifizierer…</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="305"/>
        <source>Per Configuration…</source>
        <translation>Je Konfiguration…</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="306"/>
        <source>Add a property after the current row</source>
        <translation>Eine Eigenschaft nach der aktuellen Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="307"/>
        <source>Add a category heading after the current row</source>
        <translation>Eine Kategorieüberschrift nach der aktuellen Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="308"/>
        <source>Edit MinLen, MaxLen, MinValue, MaxValue and ValueMap of the current property</source>
        <translation>MinLen, MaxLen, MinValue, MaxValue und ValueMap der aktuellen Eigenschaft bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="309"/>
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
        <location filename="../wizards/propertiespage.cpp" line="115"/>
        <source>%1:</source>
        <comment>a property&apos;s label before its field</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="167"/>
        <source>All values are valid.</source>
        <translation>Alle Werte sind gültig.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="167"/>
        <source>1 field still invalid.</source>
        <translation>1 Feld ist noch ungültig.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="167"/>
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
        <location filename="../model/package/rangehasher.cpp" line="49"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="67"/>
        <location filename="../model/package/rangehasher.cpp" line="74"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="79"/>
        <source>the archive ends inside this member (truncated, or cut while it was read)</source>
        <translation>das Archiv endet innerhalb dieses Eintrags (abgeschnitten oder während des Lesens gekürzt)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../app/gui/readonlybanner.cpp" line="28"/>
        <source>Read-only: %1 is Invalid and is shown for inspection only; it cannot be edited, saved or deployed. Why:
%2</source>
        <translation>Schreibgeschützt: %1 ist ungültig und wird nur zur Ansicht gezeigt; es kann nicht bearbeitet, gespeichert oder bereitgestellt werden. Grund:
%2</translation>
    </message>
</context>
<context>
    <name>RebindNamespaceCommand</name>
    <message>
        <location filename="../model/commands/rebindnamespacecommand.cpp" line="30"/>
        <source>The namespace is already %1.</source>
        <translation>Der Namensraum ist bereits %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/rebindnamespacecommand.cpp" line="34"/>
        <source>The namespace %1 is not declared in the document.</source>
        <translation>Der Namensraum %1 ist im Dokument nicht deklariert.</translation>
    </message>
    <message>
        <location filename="../model/commands/rebindnamespacecommand.cpp" line="46"/>
        <source>Change namespace %1 to %2</source>
        <translation>Namensraum %1 in %2 ändern</translation>
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
    <name>RemoveDeviceCommand</name>
    <message>
        <location filename="../model/commands/removedevicecommand.cpp" line="17"/>
        <source>Only Items of a VirtualHardwareSection are removed here.</source>
        <translation>Hier werden nur Items einer VirtualHardwareSection entfernt.</translation>
    </message>
    <message>
        <location filename="../model/commands/removedevicecommand.cpp" line="30"/>
        <source>%1 still has devices attached (%2); remove or move them first.</source>
        <translation>An %1 sind noch Geräte angeschlossen (%2); entfernen oder verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../model/commands/removedevicecommand.cpp" line="36"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveDiskCommand</name>
    <message>
        <location filename="../model/commands/removediskcommand.cpp" line="19"/>
        <source>Only a Disk of the DiskSection is removed here.</source>
        <translation>Hier wird nur eine Disk der DiskSection entfernt.</translation>
    </message>
    <message>
        <location filename="../model/commands/removediskcommand.cpp" line="27"/>
        <source>Disk &quot;%1&quot; is the parent of %2; remove that disk first.</source>
        <translation>Festplatte „%1“ ist die übergeordnete von %2; entfernen Sie zuerst diese Festplatte.</translation>
    </message>
    <message>
        <location filename="../model/commands/removediskcommand.cpp" line="51"/>
        <source>Remove disk &apos;%1&apos;</source>
        <translation>Festplatte „%1“ entfernen</translation>
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
    <name>RemoveFileCommand</name>
    <message>
        <location filename="../model/commands/removefilecommand.cpp" line="16"/>
        <source>Only a File of References is removed here.</source>
        <translation>Hier wird nur eine Datei aus References entfernt.</translation>
    </message>
    <message>
        <location filename="../model/commands/removefilecommand.cpp" line="24"/>
        <source>File &quot;%1&quot; is still used by %2.</source>
        <translation>Datei „%1“ wird noch von %2 verwendet.</translation>
    </message>
    <message>
        <location filename="../model/commands/removefilecommand.cpp" line="26"/>
        <source>Remove file &apos;%1&apos;</source>
        <translation>Datei „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveNetworkCommand</name>
    <message>
        <location filename="../model/commands/removenetworkcommand.cpp" line="19"/>
        <source>Only a Network of the NetworkSection is removed here.</source>
        <translation>Hier wird nur ein Network der NetworkSection entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/removenetworkcommand.cpp" line="23"/>
        <source>%n network adapter(s) still connect to &quot;%1&quot;; connect them elsewhere or remove them first.</source>
        <translation>
            <numerusform>%n Netzwerkadapter ist noch mit „%1“ verbunden; verbinden Sie ihn anderswo oder entfernen Sie ihn zuerst.</numerusform>
            <numerusform>%n Netzwerkadapter sind noch mit „%1“ verbunden; verbinden Sie sie anderswo oder entfernen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/removenetworkcommand.cpp" line="26"/>
        <source>Remove network &apos;%1&apos;</source>
        <translation>Netzwerk „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RemovePropertyCommand</name>
    <message>
        <location filename="../model/commands/removepropertycommand.cpp" line="14"/>
        <source>Only a Property of a ProductSection is removed here.</source>
        <translation>Hier wird nur eine Property einer ProductSection entfernt.</translation>
    </message>
    <message>
        <location filename="../model/commands/removepropertycommand.cpp" line="16"/>
        <source>Remove property &apos;%1&apos;</source>
        <translation>Eigenschaft „%1“ entfernen</translation>
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
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="48"/>
        <source>Only a DeploymentOptionSection Configuration is renamed here.</source>
        <translation>Hier wird nur eine Configuration eines DeploymentOptionSection umbenannt.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="52"/>
        <source>The deployment option is already called &quot;%1&quot;.</source>
        <translation>Die Bereitstellungsoption heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="55"/>
        <source>Another deployment option is already called &quot;%1&quot;.</source>
        <translation>Eine andere Bereitstellungsoption heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="69"/>
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
    <name>RenameReferenceCommand</name>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="20"/>
        <location filename="../model/commands/renamereferencecommand.cpp" line="39"/>
        <source>Only disks, files and networks are renamed here.</source>
        <translation>Hier werden nur Festplatten, Dateien und Netzwerke umbenannt.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="42"/>
        <source>A network name cannot be empty.</source>
        <translation>Ein Netzwerkname darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="46"/>
        <source>%1 is already called &quot;%2&quot;.</source>
        <translation>%1 heißt bereits „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="48"/>
        <source>&quot;%1&quot; is already taken by another %2.</source>
        <translation>„%1“ ist bereits durch ein anderes %2 vergeben.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="52"/>
        <source>Rename %1 &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 „%2“ in „%3“ umbenennen</translation>
    </message>
</context>
<context>
    <name>ReplaceAttributesCommand</name>
    <message>
        <location filename="../model/commands/replaceattributescommand.cpp" line="12"/>
        <source>No element to change.</source>
        <translation>Kein Element zum Ändern.</translation>
    </message>
    <message>
        <location filename="../model/commands/replaceattributescommand.cpp" line="16"/>
        <source>Edit the attributes of %1</source>
        <translation>Attribute von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReplaceNodesCommand</name>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="13"/>
        <source>No element to change.</source>
        <translation>Kein Element zum Ändern.</translation>
    </message>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="15"/>
        <source>%1 has no child nodes %2 to %3.</source>
        <translation>%1 hat keine Kindknoten %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="17"/>
        <source>%1: nothing to replace.</source>
        <translation>%1: nichts zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="34"/>
        <source>Edit the XML of %1</source>
        <translation>XML von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ResignDialog</name>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="17"/>
        <source>Save Signed Package</source>
        <translation>Signiertes Paket speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="18"/>
        <source>“%1” is signed. Its signature covers the old manifest, so saving writes a new manifest: sign it again with your key, or save the package unsigned.</source>
        <translation>„%1“ ist signiert. Die Signatur deckt das alte Manifest ab, daher schreibt das Speichern ein neues Manifest: Signieren Sie es erneut mit Ihrem Schlüssel oder speichern Sie das Paket unsigniert.</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="26"/>
        <source>&amp;Sign and Save</source>
        <translation>&amp;Signieren und speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="27"/>
        <source>Save &amp;Unsigned</source>
        <translation>&amp;Unsigniert speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="53"/>
        <source>Loading the key…</source>
        <translation>Schlüssel wird geladen…</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="41"/>
        <source>OVF descriptor (*.ovf)</source>
        <translation>OVF-Deskriptor (*.ovf)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="42"/>
        <source>OVA package (*.ova)</source>
        <translation>OVA-Paket (*.ova)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="43"/>
        <source>ZIP package (*.zip)</source>
        <translation>ZIP-Paket (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="44"/>
        <source>OVF folder (a new folder)</source>
        <translation>OVF-Ordner (ein neuer Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="50"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>SectionRules</name>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="19"/>
        <source>the Envelope</source>
        <translation>das Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="20"/>
        <source>a VirtualSystem</source>
        <translation>ein VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="21"/>
        <source>a VirtualSystemCollection</source>
        <translation>eine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="64"/>
        <source>Sections can only be added to the Envelope, a VirtualSystem or a VirtualSystemCollection.</source>
        <translation>Abschnitte können nur zum Envelope, zu einem VirtualSystem oder zu einer VirtualSystemCollection hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="68"/>
        <source>%1 is not allowed in %2 (%3).</source>
        <translation>%1 ist in %2 nicht zulässig (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="73"/>
        <source>%1 already has a %2; there may be only one (%3).</source>
        <translation>%1 hat bereits einen %2; es darf nur einen geben (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="78"/>
        <source>A %1 needs content this editor cannot choose for you; add it in the XML.</source>
        <translation>Ein %1 braucht Inhalt, den dieser Editor nicht für Sie wählen kann; fügen Sie ihn im XML hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="96"/>
        <source>Not a section.</source>
        <translation>Kein Abschnitt.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="104"/>
        <source>%1 is the only VirtualHardwareSection of its virtual system, which needs one (DSP0243 VirtualSystem_Type).</source>
        <translation>%1 ist der einzige VirtualHardwareSection seines virtuellen Systems, das einen braucht (DSP0243 VirtualSystem_Type).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="130"/>
        <source>%1 cannot be removed: &quot;%2&quot; is still referenced.</source>
        <translation>%1 kann nicht entfernt werden: „%2“ wird noch referenziert.</translation>
    </message>
</context>
<context>
    <name>SetAttributeCommand</name>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="26"/>
        <location filename="../model/commands/setattributecommand.cpp" line="63"/>
        <source>No element to change.</source>
        <translation>Kein Element zum Ändern.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="28"/>
        <source>%1: namespace declarations are not edited as attributes.</source>
        <translation>%1: Namensraum-Deklarationen werden nicht als Attribute bearbeitet.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="32"/>
        <source>%1: there is no attribute %2 to remove.</source>
        <translation>%1: Es gibt kein Attribut %2 zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="34"/>
        <source>%1: %2 is already &quot;%3&quot;.</source>
        <translation>%1: %2 ist bereits „%3“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="38"/>
        <source>%1: the new value of %2 holds the character U+%3 at character %4, which XML cannot hold.</source>
        <translation>%1: Der neue Wert von %2 enthält an Zeichen %4 das Zeichen U+%3, das XML nicht aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="53"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="54"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>SetDeviceCommand</name>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="20"/>
        <source>Only Items of a VirtualHardwareSection are edited here.</source>
        <translation>Hier werden nur Items einer VirtualHardwareSection bearbeitet.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="37"/>
        <source>Only network adapters connect to a network.</source>
        <translation>Nur Netzwerkadapter werden mit einem Netzwerk verbunden.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="39"/>
        <source>There is no network &quot;%1&quot; in the NetworkSection; add it first.</source>
        <translation>In der NetworkSection gibt es kein Netzwerk „%1“; fügen Sie es zuerst hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="44"/>
        <source>Only network adapters have a MAC address.</source>
        <translation>Nur Netzwerkadapter haben eine MAC-Adresse.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="46"/>
        <source>&quot;%1&quot; is not a MAC address (six hex pairs such as 52:54:00:12:34:56).</source>
        <translation>„%1“ ist keine MAC-Adresse (sechs Hex-Paare wie 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="51"/>
        <source>Only drives sit on a disk controller.</source>
        <translation>Nur Laufwerke hängen an einem Festplatten-Controller.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="56"/>
        <source>There is no disk controller with InstanceID &quot;%1&quot; in this hardware section.</source>
        <translation>In diesem Hardware-Abschnitt gibt es keinen Festplatten-Controller mit der InstanceID „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="66"/>
        <source>Controller %1 has no free address.</source>
        <translation>Controller %1 hat keine freie Adresse.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="69"/>
        <source>Address %1 does not exist on controller %2 (%3).</source>
        <translation>Adresse %1 existiert auf Controller %2 nicht (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="71"/>
        <source>Address %1 of controller %2 is taken by another device.</source>
        <translation>Adresse %1 von Controller %2 ist durch ein anderes Gerät belegt.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="80"/>
        <source>Only CD and DVD drives hold a file.</source>
        <translation>Nur CD- und DVD-Laufwerke enthalten eine Datei.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="82"/>
        <source>There is no File &quot;%1&quot; in References for the drive.</source>
        <translation>Für das Laufwerk gibt es keine Datei „%1“ in References.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="90"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="95"/>
        <source>%1 already has these values.</source>
        <translation>%1 hat bereits diese Werte.</translation>
    </message>
</context>
<context>
    <name>SetElementTextCommand</name>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="22"/>
        <source>No element to change.</source>
        <translation>Kein Element zum Ändern.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="24"/>
        <source>%1 contains elements; only the text of a leaf element can be set.</source>
        <translation>%1 enthält Elemente; nur der Text eines Blattelements kann gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="27"/>
        <source>%1 already reads &quot;%2&quot;.</source>
        <translation>%1 lautet bereits „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="29"/>
        <source>The new text of %1 holds the character U+%2 at character %3, which XML cannot hold.</source>
        <translation>Der neue Text von %1 enthält an Zeichen %3 das Zeichen U+%2, das XML nicht aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="34"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SetEntityTextCommand</name>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="19"/>
        <source>Name and Info are set on a virtual system or collection.</source>
        <translation>Name und Info werden an einem virtuellen System oder einer Sammlung gesetzt.</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="22"/>
        <source>Every virtual system and collection has an Info text (DSP0243 §7.2).</source>
        <translation>Jedes virtuelle System und jede Sammlung hat einen Info-Text (DSP0243 §7.2).</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="28"/>
        <source>Change the Info of &apos;%1&apos;</source>
        <translation>Info von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="28"/>
        <source>Rename &apos;%1&apos; to &quot;%2&quot;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="31"/>
        <source>%1 already reads &quot;%2&quot;.</source>
        <translation>%1 lautet bereits „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="40"/>
        <source>&apos;%1&apos; has no Name to remove.</source>
        <translation>„%1“ hat keinen Namen zum Entfernen.</translation>
    </message>
</context>
<context>
    <name>SetFileAttributeCommand</name>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="18"/>
        <source>Only a File of References is edited here.</source>
        <translation>Hier wird nur eine Datei aus References bearbeitet.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="24"/>
        <source>A File needs its ovf:href.</source>
        <translation>Eine Datei braucht ihr ovf:href.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="29"/>
        <source>File &quot;%1&quot; already has the name &quot;%2&quot;.</source>
        <translation>Die Datei „%1“ hat bereits den Namen „%2“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="40"/>
        <source>ovf:chunkSize is a number of bytes above 0.</source>
        <translation>ovf:chunkSize ist eine Anzahl Bytes über 0.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="53"/>
        <source>Set %1 of file &apos;%2&apos;</source>
        <translation>%1 von Datei „%2“ setzen</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="54"/>
        <source>Remove %1 of file &apos;%2&apos;</source>
        <translation>%1 von Datei „%2“ entfernen</translation>
    </message>
</context>
<context>
    <name>SetFirmwareCommand</name>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="37"/>
        <source>The firmware is set in a VirtualHardwareSection.</source>
        <translation>Die Firmware wird in einer VirtualHardwareSection gesetzt.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="40"/>
        <source>The firmware is already %1.</source>
        <translation>Die Firmware ist bereits %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="43"/>
        <source>Boot with UEFI firmware</source>
        <translation>Mit UEFI-Firmware booten</translation>
    </message>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="43"/>
        <source>Boot with BIOS firmware</source>
        <translation>Mit BIOS-Firmware booten</translation>
    </message>
</context>
<context>
    <name>SetHardwareQuantityCommand</name>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="89"/>
        <source>ovf:bound is min, max or normal, not &quot;%1&quot; (DSP0243 §9.8).</source>
        <translation>ovf:bound ist min, max oder normal, nicht „%1“ (DSP0243 §9.8).</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="99"/>
        <source>There is no deployment option &quot;%1&quot; (add it to the DeploymentOptionSection first).</source>
        <translation>Es gibt keine Bereitstellungsoption „%1“ (fügen Sie sie zuerst der DeploymentOptionSection hinzu).</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="108"/>
        <source>A virtual system has 1 to 4096 virtual CPUs, not %1.</source>
        <translation>Ein virtuelles System hat 1 bis 4096 virtuelle CPUs, nicht %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="110"/>
        <source>%1 CPUs cannot be split into sockets of %2 cores.</source>
        <translation>%1 CPUs lassen sich nicht in Sockel zu %2 Kernen aufteilen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="111"/>
        <source>Set %n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtuelle CPU setzen</numerusform>
            <numerusform>%n virtuelle CPUs setzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="120"/>
        <source>A virtual system needs more than 0 bytes of memory.</source>
        <translation>Ein virtuelles System braucht mehr als 0 Bytes Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="121"/>
        <source>Set memory to %1</source>
        <translation>Arbeitsspeicher auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="130"/>
        <source>CPUs and memory are set in a VirtualHardwareSection.</source>
        <translation>CPUs und Arbeitsspeicher werden in einer VirtualHardwareSection gesetzt.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="134"/>
        <source> for option &apos;%1&apos;</source>
        <translation> für Option „%1“</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="202"/>
        <source>%1 already has that value.</source>
        <translation>%1 hat bereits diesen Wert.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="262"/>
        <source>%1 of memory</source>
        <translation>%1 Arbeitsspeicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="265"/>
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtuelle CPU</numerusform>
            <numerusform>%n virtuelle CPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetProductCommand</name>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="31"/>
        <source>ovf:class and ovf:instance cannot contain &apos;:&apos; (DSP0243 §9.5).</source>
        <translation>ovf:class und ovf:instance dürfen kein „:“ enthalten (DSP0243 §9.5).</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="33"/>
        <source>ovf:class and ovf:instance cannot contain spaces.</source>
        <translation>ovf:class und ovf:instance dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="69"/>
        <source>Product information belongs to a virtual system or collection.</source>
        <translation>Produktinformationen gehören zu einem virtuellen System oder einer Sammlung.</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="85"/>
        <source>Set product information of &apos;%1&apos;</source>
        <translation>Produktinformationen von „%1“ setzen</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="92"/>
        <source>%1 already has that product information.</source>
        <translation>%1 hat bereits diese Produktinformationen.</translation>
    </message>
</context>
<context>
    <name>SetPropertyCommand</name>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="44"/>
        <source>Properties belong to a virtual system or collection.</source>
        <translation>Eigenschaften gehören zu einem virtuellen System oder einer Sammlung.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="49"/>
        <source>A property needs a key.</source>
        <translation>Eine Eigenschaft braucht einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="51"/>
        <source>The key &quot;%1&quot; cannot contain &apos;.&apos;, &apos;:&apos; or spaces (DSP0243 §9.5).</source>
        <translation>Der Schlüssel „%1“ darf kein „.“, „:“ oder Leerzeichen enthalten (DSP0243 §9.5).</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="63"/>
        <location filename="../model/commands/setpropertycommand.cpp" line="70"/>
        <source>Property &quot;%1&quot;: %2</source>
        <translation>Eigenschaft „%1“: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="73"/>
        <source>Property &quot;%1&quot;: the qualifiers cannot be read: %2</source>
        <translation>Eigenschaft „%1“: die Qualifizierer können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="82"/>
        <source>Property &quot;%1&quot;: the %2 is not valid: %3</source>
        <translation>Eigenschaft „%1“: %2 ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="83"/>
        <source>it is not within the qualifiers (value not shown)</source>
        <translation>er liegt nicht innerhalb der Qualifizierer (Wert nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="92"/>
        <source>There is no deployment option &quot;%1&quot;.</source>
        <translation>Es gibt keine Bereitstellungsoption „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="93"/>
        <source>value for option &quot;%1&quot;</source>
        <translation>Wert für Option „%1“</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="94"/>
        <location filename="../model/commands/setpropertycommand.cpp" line="96"/>
        <source>default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="99"/>
        <source>Property &quot;%1&quot; is listed under &quot;%2&quot;; a category is chosen when a property is added.</source>
        <translation>Eigenschaft „%1“ steht unter „%2“; eine Kategorie wird beim Hinzufügen einer Eigenschaft gewählt.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="110"/>
        <source>Change property &apos;%1&apos;</source>
        <translation>Eigenschaft „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="169"/>
        <source>Property &quot;%1&quot; already has these values.</source>
        <translation>Eigenschaft „%1“ hat bereits diese Werte.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="203"/>
        <source>Add property &apos;%1&apos;</source>
        <translation>Eigenschaft „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <location filename="../wizards/signerform.cpp" line="107"/>
        <source>Sign with a &amp;PEM private key and its certificate chain</source>
        <translation>Mit einem &amp;PEM-Privatschlüssel und seiner Zertifikatskette signieren</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="108"/>
        <source>Sign with a PKCS#&amp;12 file (.p12, .pfx)</source>
        <translation>Mit einer PKCS#&amp;12-Datei signieren (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="109"/>
        <source>Private &amp;key:</source>
        <translation>Privater Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="110"/>
        <source>Certificate &amp;chain:</source>
        <translation>Zertifikats&amp;kette:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="111"/>
        <source>PKCS#12 &amp;file:</source>
        <translation>PKCS#12-&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="106"/>
        <source>Do n&amp;ot sign (the package gets a manifest only)</source>
        <translation>&amp;Nicht signieren (das Paket erhält nur ein Manifest)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="112"/>
        <source>Passph&amp;rase:</source>
        <translation>Passph&amp;rase:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="113"/>
        <source>only for an encrypted key; never stored</source>
        <translation>nur für einen verschlüsselten Schlüssel; wird nie gespeichert</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="114"/>
        <source>the signer&apos;s certificate, then its intermediates (may be the key file)</source>
        <translation>das Zertifikat des Signierenden, dann seine Zwischenzertifikate (kann die Schlüsseldatei sein)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="116"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="171"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="172"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="173"/>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Privatschlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="174"/>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
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
        <location filename="../wizards/sourcepage.cpp" line="83"/>
        <source>Choose an Appliance</source>
        <translation>Appliance auswählen</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="84"/>
        <source>OVF packages (*.ova *.ovf *.zip);;All files (*)</source>
        <translation>OVF-Pakete (*.ova *.ovf *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="93"/>
        <source>Choose an OVF Folder</source>
        <translation>OVF-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="109"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="113"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StagingArea</name>
    <message>
        <location filename="../model/package/staging.cpp" line="64"/>
        <source>does not match the digest it had when the package was verified: the package changed</source>
        <translation>stimmt nicht mit der Prüfsumme überein, die es bei der Verifizierung des Pakets hatte: das Paket hat sich geändert</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="84"/>
        <source>is no longer in the package</source>
        <translation>ist nicht mehr im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="105"/>
        <source>the staging parent folder does not exist or is not writable</source>
        <translation>der übergeordnete Ordner für die Bereitlegung existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="111"/>
        <source>cannot create a staging folder: %1</source>
        <translation>kann keinen Bereitlegungsordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="119"/>
        <source>the staging folder is not a private (0700) folder of this user</source>
        <translation>der Bereitlegungsordner ist kein privater Ordner (0700) dieses Benutzers</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="133"/>
        <source>the package did not pass verification; nothing is staged</source>
        <translation>das Paket hat die Verifizierung nicht bestanden; nichts wird bereitgelegt</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="142"/>
        <source>no verified File with this ovf:id</source>
        <translation>kein verifiziertes File mit dieser ovf:id</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="147"/>
        <source>was not hashed when the package was verified</source>
        <translation>wurde bei der Verifizierung des Pakets nicht gehasht</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="161"/>
        <source>cannot create the staged file: %1</source>
        <translation>kann die bereitgelegte Datei nicht anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="181"/>
        <source>the caller&apos;s limit of %1 bytes</source>
        <translation>die Grenze des Aufrufers von %1 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="205"/>
        <source>; it may inflate up to %1 bytes, %2</source>
        <translation>; es kann auf bis zu %1 Bytes anwachsen, %2</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="206"/>
        <source>; it is stored as %1 bytes</source>
        <translation>; es wird als %1 Bytes gespeichert</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="208"/>
        <source>needs at least %1 bytes in the staging folder so far (%2 kept free), only %3 are free%4</source>
        <translation>braucht bisher mindestens %1 Bytes im Bereitstellungsordner (%2 bleiben frei), nur %3 sind frei%4</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="214"/>
        <source>cannot write the staged file: %1</source>
        <translation>kann die bereitgelegte Datei nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="226"/>
        <source>cannot rename the staged file</source>
        <translation>kann die bereitgelegte Datei nicht umbenennen</translation>
    </message>
</context>
<context>
    <name>StartupSectionEditor</name>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="16"/>
        <source>Edit the startup order&apos;s Info</source>
        <translation>Info der Startreihenfolge bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="46"/>
        <source>Startup order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="49"/>
        <source>Info:</source>
        <translation>Info:</translation>
    </message>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="51"/>
        <source>Drag a row to change when that system starts; systems with the same order start together. Double-click a delay or an action to change it.</source>
        <translation>Ziehen Sie eine Zeile, um zu ändern, wann dieses System startet; Systeme mit gleicher Reihenfolge starten zusammen. Doppelklicken Sie auf eine Verzögerung oder Aktion, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="21"/>
        <location filename="../app/gui/statusprogress.cpp" line="51"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../wizards/storagepage.cpp" line="28"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="29"/>
        <source>Choose where the disks are written and in which format.</source>
        <translation>Wählen Sie, wohin und in welchem Format die Festplatten geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="40"/>
        <source>qcow2 (grows as the guest writes, snapshots)</source>
        <translation>qcow2 (wächst beim Schreiben des Gasts, Snapshots)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="41"/>
        <source>raw (fully allocated, fastest)</source>
        <translation>raw (vollständig belegt, am schnellsten)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="47"/>
        <source>Storage pool:</source>
        <translation>Speicherpool:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="48"/>
        <source>Disk folder:</source>
        <translation>Festplattenordner:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="49"/>
        <source>Disk format:</source>
        <translation>Festplattenformat:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="71"/>
        <source>The disks become volumes of a storage pool of %1, or files in an existing folder of that host when you name one.</source>
        <translation>Die Festplatten werden zu Volumes eines Speicherpools von %1 oder, wenn Sie einen angeben, zu Dateien in einem vorhandenen Ordner dieses Hosts.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="74"/>
        <source>The disks are written into the output folder %1, unless you name another folder.</source>
        <translation>Die Festplatten werden in den Ausgabeordner %1 geschrieben, sofern Sie keinen anderen Ordner angeben.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="76"/>
        <source>(optional) an existing folder instead of a pool</source>
        <translation>(optional) ein vorhandener Ordner statt eines Pools</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="92"/>
        <source>%1 (%2, %3 free)</source>
        <translation>%1 (%2, %3 frei)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="95"/>
        <source>%1, inactive</source>
        <translation>%1, inaktiv</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="102"/>
        <source>%1 (to be created: a folder pool at %2, started and autostarted, as virt-install does)</source>
        <translation>%1 (wird angelegt: ein Ordner-Pool unter %2, gestartet und automatisch gestartet, wie bei virt-install)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="169"/>
        <source>%1 is not an existing folder.</source>
        <translation>%1 ist kein vorhandener Ordner.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="172"/>
        <source>Asking %1 for its storage pools…</source>
        <translation>Speicherpools von %1 werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="175"/>
        <source>The storage pools could not be listed: %1</source>
        <translation>Die Speicherpools konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="178"/>
        <source>The target has no storage pool.</source>
        <translation>Das Ziel hat keinen Speicherpool.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="181"/>
        <source>The disks need up to %1; the free space there is unknown.</source>
        <translation>Die Festplatten brauchen bis zu %1; der freie Platz dort ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="183"/>
        <source>The disks need up to %1, but only %2 are free.</source>
        <translation>Die Festplatten brauchen bis zu %1, aber nur %2 sind frei.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="188"/>
        <source>qcow2 images grow as the guest writes, so this may be enough for a while.</source>
        <translation>qcow2-Abbilder wachsen beim Schreiben des Gasts, daher kann das eine Weile reichen.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="190"/>
        <source>The disks need up to %1; %2 are free.</source>
        <translation>Die Festplatten brauchen bis zu %1; %2 sind frei.</translation>
    </message>
</context>
<context>
    <name>StringsEditor</name>
    <message>
        <location filename="../views/stringseditor.cpp" line="213"/>
        <source>Locale:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="214"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="215"/>
        <source>Add a language: an empty Strings section for it</source>
        <translation>Eine Sprache hinzufügen: ein leerer Strings-Abschnitt für sie</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="216"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="217"/>
        <source>Remove the shown locale and every translation in it</source>
        <translation>Das angezeigte Gebietsschema mit allen seinen Übersetzungen entfernen</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="218"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="219"/>
        <source>Import translations from an XLIFF or PO file</source>
        <translation>Übersetzungen aus einer XLIFF- oder PO-Datei importieren</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="220"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="221"/>
        <source>Export the shown locale as XLIFF 1.2, XLIFF 2.0 or PO for a translation tool</source>
        <translation>Das angezeigte Gebietsschema als XLIFF 1.2, XLIFF 2.0 oder PO für ein Übersetzungswerkzeug exportieren</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="222"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="225"/>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="226"/>
        <source>Untranslated</source>
        <translation>Unübersetzt</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="227"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="228"/>
        <source>Needing work</source>
        <translation>Zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="230"/>
        <source>Section:</source>
        <translation>Abschnitt:</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="233"/>
        <source>All sections</source>
        <translation>Alle Abschnitte</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="237"/>
        <source>Search message IDs and texts</source>
        <translation>Nachrichten-IDs und Texte durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="244"/>
        <source>Enter saves the translation and moves to the next message that needs work · Shift+Enter starts a new line · Esc drops the typing</source>
        <translation>Eingabe speichert die Übersetzung und geht zur nächsten zu bearbeitenden Nachricht · Umschalt+Eingabe beginnt eine neue Zeile · Esc verwirft die Eingabe</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="412"/>
        <source>Move into Descriptor</source>
        <translation>Einbetten</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="412"/>
        <source>Move to Bundle…</source>
        <translation>Auslagern…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="413"/>
        <source>Keep the translations in the descriptor instead of a separate file</source>
        <translation>Die Übersetzungen in den Deskriptor einbetten statt in einer eigenen Datei zu halten</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="414"/>
        <source>Keep the translations in a separate bundle file of the package</source>
        <translation>Die Übersetzungen in eine eigene Bündeldatei des Pakets auslagern</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="417"/>
        <source>Make Translatable…</source>
        <translation>Übersetzbar machen…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="418"/>
        <source>Give texts without a message ID one, so that they can be translated (%1 now)</source>
        <translation>Texten ohne Nachrichten-ID eine geben, damit sie übersetzt werden können (derzeit %1)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="428"/>
        <source>Reading the messages…</source>
        <translation>Nachrichten werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringseditor.cpp" line="432"/>
        <source>%n message(s); no translations yet: add a locale to start.</source>
        <translation>
            <numerusform>%n Nachricht; noch keine Übersetzungen: Fügen Sie zum Beginnen ein Gebietsschema hinzu.</numerusform>
            <numerusform>%n Nachrichten; noch keine Übersetzungen: Fügen Sie zum Beginnen ein Gebietsschema hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="440"/>
        <source>%1 (bundle)</source>
        <translation>%1 (Bündel)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="445"/>
        <source>Coverage: %1</source>
        <translation>Abdeckung: %1</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="470"/>
        <source>Default text (%1)</source>
        <translation>Standardtext (%1)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="476"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="485"/>
        <source>Default text (%1) · %2</source>
        <translation>Standardtext (%1) · %2</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="495"/>
        <source>Translation (add a locale first)</source>
        <translation>Übersetzung (zuerst ein Gebietsschema hinzufügen)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="496"/>
        <source>Translation (%1) · %2</source>
        <translation>Übersetzung (%1) · %2</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="96"/>
        <source>The document has no locale yet: add one first.</source>
        <translation>Das Dokument hat noch kein Gebietsschema: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="104"/>
        <source>No element of the descriptor uses the message id &apos;%1&apos;.</source>
        <translation>Kein Element des Deskriptors verwendet die Nachrichten-ID „%1“.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="153"/>
        <source>The %1 translation of %2 was not saved: %3</source>
        <translation>Die %1-Übersetzung von %2 wurde nicht gespeichert: %3</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="219"/>
        <source>External bundles cannot be used here: the document has no package files at hand.</source>
        <translation>Externe Bündel können hier nicht verwendet werden: Für das Dokument liegen keine Paketdateien vor.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="239"/>
        <source>No text chosen.</source>
        <translation>Kein Text ausgewählt.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="257"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringseditoredits.cpp" line="263"/>
        <source>Make %n text(s) translatable</source>
        <translation>
            <numerusform>%n Text übersetzbar machen</numerusform>
            <numerusform>%n Texte übersetzbar machen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="277"/>
        <source>Add Locale</source>
        <translation>Gebietsschema hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="278"/>
        <source>Language tag (BCP 47, for example de-DE, fr, pt-BR):</source>
        <translation>Sprach-Tag (BCP 47, zum Beispiel de-DE, fr, pt-BR):</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="294"/>
        <source>Move to Bundle</source>
        <translation>In ein Bündel auslagern</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="295"/>
        <source>File name of the bundle in the package:</source>
        <translation>Dateiname des Bündels im Paket:</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="325"/>
        <location filename="../views/stringseditoredits.cpp" line="331"/>
        <source>Make Translatable</source>
        <translation>Übersetzbar machen</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="326"/>
        <source>%1 has no message ID, so it cannot be translated yet. Give it a readable message ID (Undo takes it back) and translate it?</source>
        <translation>%1 hat keine Nachrichten-ID und kann daher noch nicht übersetzt werden. Eine lesbare Nachrichten-ID vergeben (Rückgängig nimmt sie zurück) und übersetzen?</translation>
    </message>
</context>
<context>
    <name>StringsExchange</name>
    <message>
        <location filename="../views/stringsexchange.cpp" line="48"/>
        <source>XLIFF 1.2 (*.xlf *.xliff)</source>
        <translation>XLIFF 1.2 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="49"/>
        <source>XLIFF 2.0 (*.xlf *.xliff)</source>
        <translation>XLIFF 2.0 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="50"/>
        <source>gettext PO (*.po)</source>
        <translation>gettext-PO (*.po)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="52"/>
        <source>Export Translations</source>
        <translation>Übersetzungen exportieren</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="66"/>
        <location filename="../views/stringsexchange.cpp" line="104"/>
        <source>Another import or export is still running.</source>
        <translation>Ein anderer Import oder Export läuft noch.</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="78"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="86"/>
        <source>%1 exported to %2 (%3).</source>
        <translation>%1 nach %2 exportiert (%3).</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="95"/>
        <source>Import Translations</source>
        <translation>Übersetzungen importieren</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="96"/>
        <source>Translation files (*.xlf *.xliff *.po);;All files (*)</source>
        <translation>Übersetzungsdateien (*.xlf *.xliff *.po);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="114"/>
        <source>larger than %1: not a translation file</source>
        <translation>größer als %1: keine Übersetzungsdatei</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="129"/>
        <location filename="../views/stringsexchange.cpp" line="145"/>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>StringsSnapshot</name>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="76"/>
        <source>Virtual systems</source>
        <translation>Virtuelle Systeme</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="77"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="78"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="79"/>
        <source>License agreements</source>
        <translation>Lizenzvereinbarungen</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="80"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="81"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="82"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="83"/>
        <source>Virtual hardware</source>
        <translation>Virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="84"/>
        <source>Other sections</source>
        <translation>Andere Abschnitte</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="91"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringssnapshot.cpp" line="92"/>
        <source>%1 · %n stale</source>
        <translation>
            <numerusform>%1 · %n veraltet</numerusform>
            <numerusform>%1 · %n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringssnapshot.cpp" line="118"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StringsTableModel</name>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="73"/>
        <source>The elements with this msgid carry different default texts; the first is shown.</source>
        <translation>Die Elemente mit dieser msgid tragen unterschiedliche Standardtexte; der erste wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="116"/>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="117"/>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="119"/>
        <source>Default text (%1)</source>
        <translation>Standardtext (%1)</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="119"/>
        <source>Default text</source>
        <translation>Standardtext</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="121"/>
        <source>Translation (%1)</source>
        <translation>Übersetzung (%1)</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="122"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizards/summarypage.cpp" line="43"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="44"/>
        <source>Check the choices, then deploy. Nothing has been created yet.</source>
        <translation>Prüfen Sie die Auswahl und stellen Sie dann bereit. Bisher wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="46"/>
        <source>&amp;Deploy</source>
        <translation>Be&amp;reitstellen</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="72"/>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="73"/>
        <source>OVF Environment</source>
        <translation>OVF-Umgebung</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="74"/>
        <source>Command Line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="75"/>
        <source>Save &amp;Answer File…</source>
        <translation>&amp;Antwortdatei speichern…</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="111"/>
        <source>The plan cannot be deployed as it stands:</source>
        <translation>Der Plan kann so nicht bereitgestellt werden:</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="119"/>
        <source>%1, as it is being edited (preview)</source>
        <translation>%1, wie es gerade bearbeitet wird (Vorschau)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="120"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="128"/>
        <source>Deployment option</source>
        <translation>Bereitstellungsoption</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="130"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="131"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="132"/>
        <source>%1 accepted</source>
        <translation>%1 akzeptiert</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="133"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="133"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="134"/>
        <source>libvirt at %1</source>
        <translation>libvirt unter %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="137"/>
        <source>Virtual machine %1</source>
        <translation>Virtuelle Maschine %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="138"/>
        <source>%1, vCPUs: %2, memory: %3</source>
        <translation>%1, vCPUs: %2, Arbeitsspeicher: %3</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="144"/>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="145"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="146"/>
        <source>as the package asks (BIOS unless it asks for UEFI)</source>
        <translation>wie vom Paket verlangt (BIOS, sofern es nicht UEFI verlangt)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="149"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="149"/>
        <source>deploy although the manifest is missing or incomplete (acknowledged)</source>
        <translation>trotz fehlendem oder unvollständigem Manifest bereitstellen (bestätigt)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="150"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="151"/>
        <source>Disk format</source>
        <translation>Festplattenformat</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="152"/>
        <source>Power on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="152"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="152"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="175"/>
        <source>Before deploying: mapped, chosen or dropped</source>
        <translation>Vor der Bereitstellung: zugeordnet, gewählt oder weggelassen</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="176"/>
        <source>Every device of the package has its counterpart.</source>
        <translation>Jedes Gerät des Pakets hat sein Gegenstück.</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="234"/>
        <location filename="../wizards/summarypage.cpp" line="241"/>
        <source>Save Answer File</source>
        <translation>Antwortdatei speichern</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="242"/>
        <source>Answer files (*.json)</source>
        <translation>Antwortdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <location filename="../model/package/tarreader.cpp" line="91"/>
        <source>libarchive could not be set up</source>
        <translation>libarchive konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="97"/>
        <source>not a tar archive (%1)</source>
        <translation>kein tar-Archiv (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="100"/>
        <source>gzip-compressed OVA: DSP0243 requires a plain tar</source>
        <translation>gzip-komprimiertes OVA: DSP0243 verlangt ein unkomprimiertes tar</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="122"/>
        <source>the archive ends inside this member (truncated)</source>
        <translation>das Archiv endet innerhalb dieses Eintrags (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="124"/>
        <source>the archive ends inside the first member&apos;s header (truncated)</source>
        <translation>das Archiv endet innerhalb des Headers des ersten Eintrags (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="125"/>
        <source>the archive ends inside the header after &apos;%1&apos; (truncated)</source>
        <translation>das Archiv endet innerhalb des Headers nach „%1“ (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="129"/>
        <source>a header after &apos;%1&apos; is too large (%2)</source>
        <translation>ein Header nach „%1“ ist zu groß (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="132"/>
        <source>cannot read the member&apos;s data (%1)</source>
        <translation>die Daten des Eintrags können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="134"/>
        <source>damaged tar header (%1)</source>
        <translation>beschädigter tar-Header (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="135"/>
        <source>damaged tar header after &apos;%1&apos; (%2)</source>
        <translation>beschädigter tar-Header nach „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="170"/>
        <source>sparse files are not supported in a package</source>
        <translation>Sparse-Dateien werden in einem Paket nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="212"/>
        <source>pre-POSIX (v7) tar format: DSP0243 §5.3 requires ustar (POSIX)</source>
        <translation>tar-Format vor POSIX (v7): DSP0243 §5.3 verlangt ustar (POSIX)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="240"/>
        <source>the archive has no end-of-archive marker (truncated)</source>
        <translation>das Archiv hat keine Archivende-Markierung (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="241"/>
        <source>the archive ends after &apos;%1&apos; without the end-of-archive marker (truncated)</source>
        <translation>das Archiv endet nach „%1“ ohne Archivende-Markierung (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="246"/>
        <source>data after the end of the archive</source>
        <translation>Daten nach dem Ende des Archivs</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="253"/>
        <source>cannot check the end of the archive</source>
        <translation>das Ende des Archivs kann nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>TarReaderInput</name>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="31"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="38"/>
        <source>%1 bytes (%2 times the compressed OVA, at least %3 bytes)</source>
        <translation>%1 Bytes (das %2-Fache der komprimierten OVA, mindestens %3 Bytes)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="60"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TargetInventory</name>
    <message>
        <location filename="../wizards/targetinventory.cpp" line="19"/>
        <source>the target did not answer within %1 s</source>
        <translation>das Ziel hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../wizards/targetpage.cpp" line="36"/>
        <source>Deployment target</source>
        <translation>Bereitstellungsziel</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="37"/>
        <source>Write ready-to-define files into a folder, or define the virtual machines in libvirt.</source>
        <translation>Schreiben Sie sofort definierbare Dateien in einen Ordner oder definieren Sie die virtuellen Maschinen in libvirt.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="39"/>
        <source>&amp;Folder: disks, domain XML and a script that defines them with virsh</source>
        <translation>&amp;Ordner: Festplatten, Domänen-XML und ein Skript, das sie mit virsh definiert</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="41"/>
        <source>&amp;libvirt: define the virtual machines through a libvirt connection</source>
        <translation>&amp;libvirt: die virtuellen Maschinen über eine libvirt-Verbindung definieren</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="50"/>
        <source>A new folder, e.g. %1</source>
        <translation>Ein neuer Ordner, z. B. %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="76"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="77"/>
        <source>Connection URI:</source>
        <translation>Verbindungs-URI:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="81"/>
        <source>Virtual machines: name, vCPUs, memory</source>
        <translation>Virtuelle Maschinen: Name, vCPUs, Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="86"/>
        <source>As the package asks (BIOS unless it asks for UEFI)</source>
        <translation>Wie vom Paket verlangt (BIOS, sofern es nicht UEFI verlangt)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="87"/>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS (SeaBIOS)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="88"/>
        <source>UEFI (OVMF)</source>
        <translation>UEFI (OVMF)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="51"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="58"/>
        <source>The connections used before, or any libvirt URI: qemu:///system, qemu+ssh://user@host/system, qemu+tcp://host/system, …</source>
        <translation>Die zuvor verwendeten Verbindungen oder eine beliebige libvirt-URI: qemu:///system, qemu+ssh://user@host/system, qemu+tcp://host/system, …</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="89"/>
        <source>F&amp;irmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="90"/>
        <source>&amp;Power on the virtual machines after deployment</source>
        <translation>Virtuelle Maschinen nach der Bereitstellung &amp;einschalten</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="196"/>
        <source>Asking %1 for its storage pools…</source>
        <translation>Speicherpools von %1 werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="203"/>
        <source>The connection did not answer: %1</source>
        <translation>Die Verbindung hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="208"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="212"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="217"/>
        <source>The host has no storage pool yet: a default pool is created when deploying.</source>
        <translation>Der Host hat noch keinen Speicherpool: Bei der Bereitstellung wird ein Standardpool angelegt.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="218"/>
        <source>Storage pools of the host (chosen on the Storage page):</source>
        <translation>Speicherpools des Hosts (Auswahl auf der Seite „Speicher“):</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="243"/>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="244"/>
        <source>The package allows %1 to %2 vCPUs (package value: %3)</source>
        <translation>Das Paket erlaubt %1 bis %2 vCPUs (Paketwert: %3)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="246"/>
        <source>Package value: %1</source>
        <translation>Paketwert: %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="252"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="256"/>
        <source>The package allows %1 to %2 MiB (package value: %3 MiB)</source>
        <translation>Das Paket erlaubt %1 bis %2 MiB (Paketwert: %3 MiB)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="260"/>
        <source>Package value: %1 MiB</source>
        <translation>Paketwert: %1 MiB</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="266"/>
        <source>%1:</source>
        <comment>a virtual machine&apos;s row: its id</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="267"/>
        <source>%1 (%2):</source>
        <comment>a virtual machine&apos;s row: its name and id</comment>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="279"/>
        <source>Choose Where to Create the Output Folder</source>
        <translation>Ort für den Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="292"/>
        <source>Enter the output folder to create.</source>
        <translation>Geben Sie den anzulegenden Ausgabeordner ein.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="295"/>
        <source>%1 exists already: the output folder must be new.</source>
        <translation>%1 existiert bereits: Der Ausgabeordner muss neu sein.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="297"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="299"/>
        <source>Enter the libvirt connection URI.</source>
        <translation>Geben Sie die libvirt-Verbindungs-URI ein.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="305"/>
        <source>&quot;%1&quot; is not a valid virtual machine name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Name für eine virtuelle Maschine: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="307"/>
        <source>The name &quot;%1&quot; is used twice.</source>
        <translation>Der Name „%1“ wird doppelt verwendet.</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="103"/>
        <source>A signed package is Verified when its signer&apos;s certificate chains to one of these certificates (or to the system&apos;s store, when ticked).</source>
        <translation>Ein signiertes Paket gilt als „Verifiziert“, wenn die Zertifikatskette des Signierenden zu einem dieser Zertifikate führt (oder zum Zertifikatsspeicher des Systems, wenn angehakt).</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="105"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="105"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="105"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="106"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="108"/>
        <source>Also trust the certificates of the &amp;system&apos;s store</source>
        <translation>Auch den Zertifikaten des S&amp;ystemspeichers vertrauen</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="128"/>
        <source>Reading certificates…</source>
        <translation>Zertifikate werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="128"/>
        <source>Storing certificates…</source>
        <translation>Zertifikate werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="180"/>
        <source>(self-signed)</source>
        <translation>(selbstsigniert)</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="185"/>
        <source>%1
SHA-256 %2
%3</source>
        <translation>%1
SHA-256 %2
%3</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="193"/>
        <source>Trust a Certificate</source>
        <translation>Einem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="194"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TrustSettings</name>
    <message>
        <location filename="../app/gui/trustsettings.cpp" line="76"/>
        <location filename="../app/gui/trustsettings.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/trustsettings.cpp" line="84"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: kann den Ordner nicht anlegen</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="109"/>
        <source>OVF Workbench User Guide</source>
        <translation>OVF Workbench – Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="110"/>
        <source>Author an appliance</source>
        <translation>Eine Appliance erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="110"/>
        <source>Deploy an OVA</source>
        <translation>Eine OVA bereitstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="110"/>
        <source>Translate a package</source>
        <translation>Ein Paket übersetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="111"/>
        <source>Check compatibility</source>
        <translation>Kompatibilität prüfen</translation>
    </message>
</context>
<context>
    <name>VendorSettings</name>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="48"/>
        <source>VMware settings with no libvirt counterpart, not applied: %1</source>
        <translation>VMware-Einstellungen ohne libvirt-Gegenstück, nicht angewendet: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="56"/>
        <source>%1%2 is understood but not applied: the machine boots its disks in the order of the hardware section</source>
        <translation>%1%2 wird verstanden, aber nicht angewendet: die Maschine bootet ihre Festplatten in der Reihenfolge des Hardware-Abschnitts</translation>
    </message>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="58"/>
        <location filename="../model/deploy/vendorsettings.cpp" line="62"/>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="60"/>
        <source>%1%2 is a VMware section a libvirt target has no counterpart for; not applied</source>
        <translation>%1%2 ist ein VMware-Abschnitt, für den ein libvirt-Ziel kein Gegenstück hat; nicht angewendet</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="26"/>
        <source>Verify the package</source>
        <translation>Paket verifizieren</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="27"/>
        <source>The digests of the manifest and the signature are checked before anything is deployed.</source>
        <translation>Die Prüfsummen des Manifests und die Signatur werden geprüft, bevor etwas bereitgestellt wird.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="33"/>
        <source>&amp;Cancel Verification</source>
        <translation>Verifizierung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="35"/>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="50"/>
        <source>Signer&apos;s certificate</source>
        <translation>Zertifikat des Signierenden</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="60"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="61"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="62"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="63"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="122"/>
        <source>Verifying %1…</source>
        <translation>%1 wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="142"/>
        <location filename="../wizards/verificationpage.cpp" line="158"/>
        <source>The verification was cancelled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="167"/>
        <source>Reading the texts of %1…</source>
        <translation>Die Texte von %1 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="189"/>
        <source>%1 (%2) was read completely.</source>
        <translation>%1 (%2) wurde vollständig gelesen.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="202"/>
        <source>Trust: %1</source>
        <translation>Vertrauen: %1</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="213"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="219"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="226"/>
        <source>Deploy &amp;anyway, although the package has no manifest and nothing could be checked</source>
        <translation>&amp;Trotzdem bereitstellen, obwohl das Paket kein Manifest hat und nichts geprüft werden konnte</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="228"/>
        <source>Deploy &amp;anyway, although the manifest does not cover every file (the files listed above as without a digest are not checked)</source>
        <translation>&amp;Trotzdem bereitstellen, obwohl das Manifest nicht jede Datei abdeckt (die oben als ohne Prüfsumme aufgeführten Dateien werden nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="231"/>
        <source>Deploy &amp;anyway, although the origin of the package is not proven</source>
        <translation>&amp;Trotzdem bereitstellen, obwohl die Herkunft des Pakets nicht nachgewiesen ist</translation>
    </message>
</context>
<context>
    <name>VirtualHardwareEditor</name>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="195"/>
        <source>This section has no System element to hold the system type; add it in the XML view.</source>
        <translation>Dieser Abschnitt hat kein System-Element für den Systemtyp; fügen Sie es in der XML-Ansicht hinzu.</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="201"/>
        <source>Set the system type to %1</source>
        <translation>Systemtyp auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="290"/>
        <source>BIOS (not stated: the platform&apos;s default)</source>
        <translation>BIOS (nicht angegeben: Standard der Plattform)</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="290"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="297"/>
        <source>Virtual hardware</source>
        <translation>Virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="298"/>
        <source>System type:</source>
        <translation>Systemtyp:</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="298"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="305"/>
        <source>VirtualSystemType: the platforms this hardware is made for (e.g. vmx-13 for VMware hardware version 13, qemu-pc for QEMU/KVM); several may be listed with spaces</source>
        <translation>VirtualSystemType: die Plattformen, für die diese Hardware gedacht ist (z. B. vmx-13 für VMware-Hardwareversion 13, qemu-pc für QEMU/KVM); mehrere können durch Leerzeichen getrennt angegeben werden</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="307"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="309"/>
        <source>CPU and memory (double-click a value to change it)</source>
        <translation>CPU und Arbeitsspeicher (Doppelklick auf einen Wert ändert ihn)</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="311"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="312"/>
        <source>Show ranges (ovf:bound minimum and maximum)</source>
        <translation>Bereiche anzeigen (ovf:bound Minimum und Maximum)</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="313"/>
        <source>Add Device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="314"/>
        <source>Add Disk…</source>
        <translation>Festplatte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="315"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="316"/>
        <source>Remove the selected device (all its per-option Items)</source>
        <translation>Das ausgewählte Gerät entfernen (alle seine Items je Option)</translation>
    </message>
</context>
<context>
    <name>VmExportProgressPage</name>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="40"/>
        <source>%1 of %2 of disk read</source>
        <translation>%1 von %2 Festplattendaten gelesen</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="54"/>
        <source>&amp;Cancel Export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="56"/>
        <location filename="../wizards/vmexportprogresspage.cpp" line="95"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="57"/>
        <source>The disks are read through libvirt and written into the package as they are hashed. Cancel removes the partial package.</source>
        <translation>Die Festplatten werden über libvirt gelesen und beim Hashen direkt in das Paket geschrieben. Abbrechen entfernt das unvollständige Paket.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="103"/>
        <source>Exporting %1 into %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="115"/>
        <source>Cancelling and removing the partial package…</source>
        <translation>Abbruch läuft, das unvollständige Paket wird entfernt…</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="123"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="124"/>
        <source>Cancel the export and remove the partial package?</source>
        <translation>Den Export abbrechen und das unvollständige Paket entfernen?</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="140"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="143"/>
        <source>Written: %1 (package members: %2).</source>
        <translation>Geschrieben: %1 (Einträge im Paket: %2).</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="145"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="146"/>
        <source>Finish opens it.</source>
        <translation>„Abschließen“ öffnet es.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="153"/>
        <source>Cancelled; no package was left behind.</source>
        <translation>Abgebrochen; es wurde kein Paket zurückgelassen.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="153"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>VmExportSession</name>
    <message>
        <location filename="../wizards/vmexportsession.cpp" line="29"/>
        <source>the connection did not answer within %1 s</source>
        <translation>die Verbindung hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>VmExportWizard</name>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="26"/>
        <source>New from Virtual Machine</source>
        <translation>Neu aus virtueller Maschine</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="33"/>
        <source>The appliance&apos;s name, from the machine&apos;s title or name.</source>
        <translation>Der Name der Appliance, aus dem Titel oder Namen der Maschine.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="37"/>
        <source>From the machine&apos;s definition. The disk controllers and networks are exported as the machine has them; change them afterwards in the hardware editor.</source>
        <translation>Aus der Definition der Maschine. Festplatten-Controller und Netzwerke werden so exportiert, wie die Maschine sie hat; ändern Sie sie danach im Hardware-Editor.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="40"/>
        <location filename="../wizards/vmexportwizard.cpp" line="104"/>
        <source>As the machine has them</source>
        <translation>Wie in der Maschine</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="105"/>
        <source>As the machine has them: %1</source>
        <translation>Wie in der Maschine: %1</translation>
    </message>
</context>
<context>
    <name>VmOutputPage</name>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="27"/>
        <source>Keep the network adapters&apos; MAC a&amp;ddresses (copies would share them)</source>
        <translation>MAC-Adressen der Netzwerkadapter &amp;beibehalten (Kopien hätten dieselben)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="30"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="31"/>
        <source>Where the appliance is written. Disks become streamOptimized VMDKs written straight into the package; nothing is copied first.</source>
        <translation>Wohin die Appliance geschrieben wird. Festplatten werden zu streamOptimized-VMDKs, die direkt in das Paket geschrieben werden; vorher wird nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="34"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="37"/>
        <source>From the name (.ova, .zip, else an OVF folder)</source>
        <translation>Aus dem Namen (.ova, .zip, sonst ein OVF-Ordner)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="38"/>
        <source>OVA (one tar file)</source>
        <translation>OVA (eine tar-Datei)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="39"/>
        <source>OVF folder</source>
        <translation>OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="40"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="42"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="43"/>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="44"/>
        <source>SHA-1 (old tools only)</source>
        <translation>SHA-1 (nur für alte Werkzeuge)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="45"/>
        <source>No manifest</source>
        <translation>Kein Manifest</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="54"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="60"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="63"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="64"/>
        <source>&amp;Manifest:</source>
        <translation>&amp;Manifest:</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="87"/>
        <source>Machines: %1</source>
        <translation>Maschinen: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="89"/>
        <source>Disk %1 of %2: %3, %4</source>
        <translation>Festplatte %1 von %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="93"/>
        <source>Dropped (no OVF equivalent): %1</source>
        <translation>Ausgelassen (keine Entsprechung in OVF): %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="95"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="124"/>
        <source>Export the Virtual Machine As</source>
        <translation>Virtuelle Maschine exportieren als</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="125"/>
        <source>OVA package (*.ova);;ZIP package (*.zip);;OVF folder (*)</source>
        <translation>OVA-Paket (*.ova);;ZIP-Paket (*.zip);;OVF-Ordner (*)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="134"/>
        <source>Enter where to save the package.</source>
        <translation>Geben Sie an, wo das Paket gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="137"/>
        <source>%1 exists already: choose a new name (an export never overwrites a package).</source>
        <translation>%1 existiert bereits: Wählen Sie einen neuen Namen (ein Export überschreibt nie ein Paket).</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>VmSourcePage</name>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="28"/>
        <source>&amp;List Machines</source>
        <translation>Maschinen &amp;auflisten</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="31"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="32"/>
        <source>Choose a libvirt connection and the shut-off machines that become the appliance. Several machines become a collection started in the order chosen.</source>
        <translation>Wählen Sie eine libvirt-Verbindung und die ausgeschalteten Maschinen, aus denen die Appliance wird. Mehrere Maschinen werden zu einer Sammlung, die in der gewählten Reihenfolge startet.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="38"/>
        <source>qemu:///system, qemu+ssh://user@host/system, …</source>
        <translation>qemu:///system, qemu+ssh://user@host/system, …</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="56"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="70"/>
        <source>Asking %1 for its machines…</source>
        <translation>Maschinen von %1 werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="75"/>
        <source>Reading the definition and disks of %1…</source>
        <translation>Definition und Festplatten von %1 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="91"/>
        <source>Enter a libvirt connection URI.</source>
        <translation>Geben Sie eine libvirt-Verbindungs-URI ein.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="108"/>
        <source>The machines of %1 could not be listed: %2</source>
        <translation>Die Maschinen von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="122"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="127"/>
        <source>%1 has no machines.</source>
        <translation>%1 hat keine Maschinen.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="128"/>
        <location filename="../wizards/vmsourcepage.cpp" line="160"/>
        <source>Choose one or more shut-off machines.</source>
        <translation>Wählen Sie eine oder mehrere ausgeschaltete Maschinen.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="185"/>
        <source>Disks to export: %1</source>
        <translation>Zu exportierende Festplatten: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="187"/>
        <source>Dropped (no OVF equivalent): %1</source>
        <translation>Ausgelassen (keine Entsprechung in OVF): %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="189"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>XmlEditorPane</name>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="55"/>
        <source>Apply or Revert the text first; then the other view shows.</source>
        <translation>Übernehmen oder verwerfen Sie zuerst den Text; dann wird die andere Ansicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="160"/>
        <source>The element this text was loaded from is no longer in the document (undo brings it back); Revert to show the current selection.</source>
        <translation>Das Element, aus dem dieser Text geladen wurde, ist nicht mehr im Dokument (Rückgängig stellt es wieder her); „Verwerfen“ zeigt die aktuelle Auswahl.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="175"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="199"/>
        <source>Applied: one step on the undo stack (Edit &gt; Undo takes it back).</source>
        <translation>Übernommen: ein Schritt im Rückgängig-Verlauf (Bearbeiten &gt; Rückgängig nimmt ihn zurück).</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="218"/>
        <source>Select a node in the tree to see its XML.</source>
        <translation>Wählen Sie einen Knoten im Baum, um sein XML zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="220"/>
        <source>This text is too long to edit here (it was cut).</source>
        <translation>Dieser Text ist zu lang, um ihn hier zu bearbeiten (er wurde gekürzt).</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="222"/>
        <source>The document changed since you began typing: Apply merges your text into the element as it is now, Revert shows the current text.</source>
        <translation>Das Dokument hat sich geändert, seit Sie zu tippen begonnen haben: „Übernehmen“ führt Ihren Text mit dem aktuellen Element zusammen, „Verwerfen“ zeigt den aktuellen Text.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="226"/>
        <source>Modified: Apply (Ctrl+Return) checks the text and makes it one undo step; Revert drops it.</source>
        <translation>Geändert: „Übernehmen“ (Strg+Eingabe) prüft den Text und macht ihn zu einem Rückgängig-Schritt; „Verwerfen“ verwirft ihn.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="229"/>
        <source>Editable: type, then Apply. Untouched parts keep their exact bytes.</source>
        <translation>Bearbeitbar: tippen, dann übernehmen. Unberührte Teile behalten ihre genauen Bytes.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="244"/>
        <source>Selected element</source>
        <translation>Ausgewähltes Element</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="245"/>
        <source>Whole descriptor</source>
        <translation>Gesamter Deskriptor</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="246"/>
        <source>Show and edit the XML of the node selected in the tree, or of the whole Envelope</source>
        <translation>Das XML des im Baum ausgewählten Knotens oder des gesamten Envelope anzeigen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="247"/>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="248"/>
        <source>Apply the text to the document as one undoable edit (Ctrl+Return)</source>
        <translation>Den Text als eine rückgängig machbare Bearbeitung auf das Dokument anwenden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="249"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="250"/>
        <source>Drop the typed changes and show the document&apos;s text</source>
        <translation>Die getippten Änderungen verwerfen und den Text des Dokuments anzeigen</translation>
    </message>
</context>
<context>
    <name>XmlSourceView</name>
    <message>
        <location filename="../views/xmlsourceview.cpp" line="49"/>
        <source>[%1 more characters not shown]</source>
        <translation>[%1 weitere Zeichen nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>XmlTextCheck</name>
    <message>
        <location filename="../model/commands/xmltextcheck.cpp" line="53"/>
        <source>The text of %1 holds the character U+%2 at character %3, which XML cannot hold.</source>
        <translation>Der Text von %1 enthält an Zeichen %3 das Zeichen U+%2, das XML nicht aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../model/commands/xmltextcheck.cpp" line="54"/>
        <source>the new node</source>
        <translation>dem neuen Knoten</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <location filename="../model/package/zipreader.cpp" line="43"/>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="58"/>
        <source>the ZIP&apos;s central directory cannot be read (truncated or damaged)</source>
        <translation>das zentrale Verzeichnis des ZIP kann nicht gelesen werden (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="78"/>
        <source>%1 (ZIP error %2)</source>
        <translation>%1 (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="88"/>
        <source>a central directory record cannot be read</source>
        <translation>ein Eintrag des zentralen Verzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="129"/>
        <source>encrypted ZIP members are not supported</source>
        <translation>verschlüsselte ZIP-Einträge werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="132"/>
        <source>ZIP compression method %1 is not supported (only stored and deflated)</source>
        <translation>ZIP-Kompressionsmethode %1 wird nicht unterstützt (nur stored und deflated)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="151"/>
        <source>the central directory is damaged (ZIP error %1)</source>
        <translation>das zentrale Verzeichnis ist beschädigt (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="167"/>
        <source>the member cannot be opened</source>
        <translation>der Eintrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="171"/>
        <location filename="../model/package/zipreader.cpp" line="177"/>
        <source>the member&apos;s data is corrupt</source>
        <translation>die Daten des Eintrags sind beschädigt</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="175"/>
        <source>the member&apos;s CRC-32 does not match its data</source>
        <translation>die CRC-32 des Eintrags passt nicht zu seinen Daten</translation>
    </message>
</context>
<context>
    <name>ZipStructure</name>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="101"/>
        <source>cannot read the end of the ZIP</source>
        <translation>das Ende des ZIP kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="110"/>
        <source>the ZIP has no end-of-central-directory record (truncated)</source>
        <translation>das ZIP hat keinen End-of-Central-Directory-Eintrag (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="114"/>
        <source>the ZIP&apos;s comment runs past the end of the file (truncated)</source>
        <translation>der Kommentar des ZIP reicht über das Dateiende hinaus (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="116"/>
        <source>%1 bytes after the end of the ZIP (its end-of-central-directory record)</source>
        <translation>%1 Bytes nach dem Ende des ZIP (seinem End-of-Central-Directory-Eintrag)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="129"/>
        <location filename="../model/package/zipstructure.cpp" line="151"/>
        <source>split (multi-disk) ZIP archives are not supported</source>
        <translation>geteilte ZIP-Archive (mehrere Datenträger) werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="131"/>
        <source>the zip64 end-of-central-directory record lies outside the file</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="134"/>
        <source>the zip64 end-of-central-directory record is missing</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag fehlt</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="137"/>
        <source>the zip64 end-of-central-directory record has a wrong size</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag hat eine falsche Größe</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="139"/>
        <source>%1 bytes between the zip64 end-of-central-directory record and its locator</source>
        <translation>%1 Bytes zwischen dem zip64-End-of-Central-Directory-Eintrag und seinem Locator</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="153"/>
        <source>the ZIP&apos;s central directory lists %1 members; the limit is %2</source>
        <translation>das zentrale Verzeichnis des ZIP führt %1 Einträge auf; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="157"/>
        <source>the ZIP&apos;s central directory is %1 bytes</source>
        <translation>das zentrale Verzeichnis des ZIP ist %1 Bytes groß</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="159"/>
        <source>the central directory overlaps its end record or lies outside the file</source>
        <translation>das zentrale Verzeichnis überlappt seinen Endeintrag oder liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="161"/>
        <source>%1 bytes between the central directory and its end record</source>
        <translation>%1 Bytes zwischen dem zentralen Verzeichnis und seinem Endeintrag</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="168"/>
        <source>cannot read the ZIP&apos;s central directory</source>
        <translation>das zentrale Verzeichnis des ZIP kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="173"/>
        <source>the central directory holds fewer records than its end record says (%1)</source>
        <translation>das zentrale Verzeichnis enthält weniger Einträge, als sein Endeintrag angibt (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="178"/>
        <source>a central directory record runs past the directory&apos;s end</source>
        <translation>ein Eintrag des zentralen Verzeichnisses reicht über das Ende des Verzeichnisses hinaus</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="187"/>
        <source>&apos;%1&apos;: its zip64 extra field is malformed</source>
        <translation>„%1“: sein zip64-Extrafeld ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="193"/>
        <source>%1 bytes in the central directory after its last record</source>
        <translation>%1 Bytes im zentralen Verzeichnis nach seinem letzten Eintrag</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="202"/>
        <source>%1 bytes before &apos;%2&apos; belong to no member</source>
        <translation>%1 Bytes vor „%2“ gehören zu keinem Eintrag</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="206"/>
        <source>&apos;%1&apos; overlaps the member before it</source>
        <translation>„%1“ überlappt den Eintrag davor</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="209"/>
        <source>&apos;%1&apos;: no local header where the central directory points</source>
        <translation>„%1“: kein lokaler Header, wo das zentrale Verzeichnis hinzeigt</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="215"/>
        <source>&apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation>„%1“: sein lokaler Header nennt es „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="218"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the compression method or encryption</source>
        <translation>„%1“: sein lokaler Header und sein Eintrag im zentralen Verzeichnis widersprechen sich bei Kompressionsmethode oder Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="223"/>
        <source>&apos;%1&apos;: its local header is malformed</source>
        <translation>„%1“: sein lokaler Header ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="228"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the CRC-32 or the sizes</source>
        <translation>„%1“: sein lokaler Header und sein Eintrag im zentralen Verzeichnis widersprechen sich bei CRC-32 oder Größen</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="243"/>
        <source>&apos;%1&apos;: its data descriptor and its central directory record disagree</source>
        <translation>„%1“: sein Data Descriptor und sein Eintrag im zentralen Verzeichnis widersprechen sich</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="251"/>
        <source>the last member overlaps the central directory</source>
        <translation>der letzte Eintrag überlappt das zentrale Verzeichnis</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="253"/>
        <source>%1 bytes between the last member and the central directory</source>
        <translation>%1 Bytes zwischen dem letzten Eintrag und dem zentralen Verzeichnis</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="267"/>
        <source>the ZIP comment holds %1 bytes that are not text</source>
        <translation>der ZIP-Kommentar enthält %1 Bytes, die kein Text sind</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="273"/>
        <source>ZIP comment ignored (%1 bytes): &quot;%2&quot;</source>
        <translation>ZIP-Kommentar ignoriert (%1 Bytes): „%2“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Open the bundled sample appliance.</source>
        <translation>Die mitgelieferte Beispiel-Appliance öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Open the deploy wizard on the package PKG.</source>
        <translation>Den Bereitstellungsassistenten für das Paket PKG öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>With --deploy: fill the wizard in from the answer file FILE.</source>
        <translation>Mit --deploy: den Assistenten aus der Antwortdatei DATEI ausfüllen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>OVF Workbench: author DMTF OVF virtual appliances.</source>
        <translation>OVF Workbench: virtuelle DMTF-OVF-Appliances erstellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>The OVF descriptor or package (OVA, ZIP, OVF folder) to open.</source>
        <translation>Der zu öffnende OVF-Deskriptor oder das Paket (OVA, ZIP, OVF-Ordner).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>Only one file can be opened at a time.</source>
        <translation>Es kann nur eine Datei auf einmal geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>--answers needs --deploy PKG.</source>
        <translation>--answers braucht --deploy PAKET.</translation>
    </message>
</context>
<context>
    <name>ovf::CimOsTypes</name>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="158"/>
        <source>%1 is not a CIM operating system type (0 to %2).</source>
        <translation>%1 ist kein CIM-Betriebssystemtyp (0 bis %2).</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="162"/>
        <source>No operating system given.</source>
        <translation>Kein Betriebssystem angegeben.</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="174"/>
        <source>No CIM operating system type is called &quot;%1&quot;.</source>
        <translation>Kein CIM-Betriebssystemtyp heißt „%1“.</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="178"/>
        <source>&quot;%1&quot; could mean %2.</source>
        <translation>„%1“ könnte %2 bedeuten.</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="189"/>
        <source>%1 – not a CIM operating system type</source>
        <translation>%1 – kein CIM-Betriebssystemtyp</translation>
    </message>
</context>
<context>
    <name>ovf::Job</name>
    <message>
        <location filename="../model/ovf/job.cpp" line="7"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ovf::LanguageTag</name>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="40"/>
        <source>the language tag is empty</source>
        <translation>das Sprach-Tag ist leer</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="50"/>
        <source>&apos;%1&apos; uses &apos;_&apos; between subtags; BCP 47 uses &apos;-&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>„%1“ verwendet „_“ zwischen Subtags; BCP 47 verwendet „-“ (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="53"/>
        <source>&apos;%1&apos; contains &apos;%2&apos;; a language tag has only letters, digits and &apos;-&apos;</source>
        <translation>„%1“ enthält „%2“; ein Sprach-Tag besteht nur aus Buchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="58"/>
        <source>&apos;%1&apos; has an empty subtag</source>
        <translation>„%1“ hat ein leeres Subtag</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="60"/>
        <source>&apos;%1&apos;: subtag &apos;%2&apos; is longer than 8 characters</source>
        <translation>„%1“: Subtag „%2“ ist länger als 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="64"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not %3</source>
        <translation>„%1“: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="69"/>
        <source>&apos;%1&apos;: a private-use tag needs a subtag after &apos;x&apos;</source>
        <translation>„%1“: ein Private-Use-Tag braucht ein Subtag nach „x“</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="75"/>
        <source>a language subtag (2 to 8 letters)</source>
        <translation>ein Sprach-Subtag (2 bis 8 Buchstaben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="98"/>
        <source>&apos;%1&apos; repeats the variant &apos;%2&apos;</source>
        <translation>„%1“ wiederholt die Variante „%2“</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="107"/>
        <source>&apos;%1&apos; repeats the extension &apos;%2&apos;</source>
        <translation>„%1“ wiederholt die Erweiterung „%2“</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="116"/>
        <source>&apos;%1&apos;: the extension &apos;%2&apos; has no subtags</source>
        <translation>„%1“: die Erweiterung „%2“ hat keine Subtags</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="121"/>
        <source>&apos;%1&apos;: a private-use part needs a subtag after &apos;x&apos;</source>
        <translation>„%1“: ein Private-Use-Teil braucht ein Subtag nach „x“</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="125"/>
        <source>a script, region, variant or extension subtag in this position</source>
        <translation>ein Schrift-, Regions-, Varianten- oder Erweiterungs-Subtag an dieser Stelle</translation>
    </message>
</context>
<context>
    <name>ovf::PropertyType</name>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="59"/>
        <location filename="../model/ovf/propertytype.cpp" line="99"/>
        <location filename="../model/ovf/propertytype.cpp" line="370"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="64"/>
        <source>&apos;%1&apos; is not a valid %2 value: leave out the &apos;+&apos;</source>
        <translation>„%1“ ist kein gültiger %2-Wert: Lassen Sie das &apos;+&apos; weg</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="68"/>
        <source>&apos;%1&apos; is not a valid %2 value: it contains spaces</source>
        <translation>„%1“ ist kein gültiger %2-Wert: Er enthält Leerzeichen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="71"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="80"/>
        <source>&apos;%1&apos; is not a valid %2 value: unsigned values take no sign</source>
        <translation>„%1“ ist kein gültiger %2-Wert: Vorzeichenlose Werte haben kein Vorzeichen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="85"/>
        <source>%1 is below the smallest %2 value, %3</source>
        <translation>%1 liegt unter dem kleinsten %2-Wert, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="89"/>
        <source>%1 is above the largest %2 value, %3</source>
        <translation>%1 liegt über dem größten %2-Wert, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="107"/>
        <source>&apos;%1&apos; is not a real number</source>
        <translation>„%1“ ist keine reelle Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="161"/>
        <source>%1 is outside the real64 range (about ±1.8e308)</source>
        <translation>%1 liegt außerhalb des real64-Bereichs (etwa ±1.8e308)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="168"/>
        <source>%1 is outside the real32 range (about ±3.4e38)</source>
        <translation>%1 liegt außerhalb des real32-Bereichs (etwa ±3.4e38)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="194"/>
        <source>&apos;%1&apos; is not a CIM datetime: use yyyymmddhhmmss.mmmmmmsutc (for example 20240131235959.000000+000) or an interval ddddddddhhmmss.mmmmmm:000</source>
        <translation>„%1“ ist kein CIM-Datum: Verwenden Sie yyyymmddhhmmss.mmmmmmsutc (zum Beispiel 20240131235959.000000+000) oder ein Intervall ddddddddhhmmss.mmmmmm:000</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="218"/>
        <source>&apos;%1&apos; is not a valid CIM datetime: the %2 %3 is out of range</source>
        <translation>„%1“ ist kein gültiges CIM-Datum: %2 %3 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="226"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="229"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="232"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="234"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="236"/>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="253"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="322"/>
        <source>a property type is required</source>
        <translation>ein Eigenschaftstyp ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="325"/>
        <source>the type &apos;%1&apos; has surrounding spaces</source>
        <translation>der Typ „%1“ ist von Leerzeichen umgeben</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="333"/>
        <source>&apos;%1&apos; should be written &apos;%2&apos;</source>
        <translation>„%1“ sollte „%2“ geschrieben werden</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="337"/>
        <source>&apos;%1&apos; is a VMware spelling; read as sint32</source>
        <translation>„%1“ ist eine VMware-Schreibweise; als sint32 gelesen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="342"/>
        <source>&apos;%1&apos; is not a property type: use ovf:type=&quot;string&quot; with ovf:password=&quot;true&quot;</source>
        <translation>„%1“ ist kein Eigenschaftstyp: Verwenden Sie ovf:type=&quot;string&quot; mit ovf:password=&quot;true&quot;</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="347"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: an IP address is a string property</source>
        <translation>„%1“ ist ein VMware-vApp-Typ, kein OVF-Typ: Eine IP-Adresse ist eine string-Eigenschaft</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="353"/>
        <source>use string with ValueMap{...} or MinLen/MaxLen</source>
        <translation>verwenden Sie string mit ValueMap{...} oder MinLen/MaxLen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="354"/>
        <source>use sint32 with MinValue/MaxValue</source>
        <translation>verwenden Sie sint32 mit MinValue/MaxValue</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="355"/>
        <source>use real64 with MinValue/MaxValue</source>
        <translation>verwenden Sie real64 mit MinValue/MaxValue</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="359"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: %2</source>
        <translation>„%1“ ist ein VMware-vApp-Typ, kein OVF-Typ: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="362"/>
        <source>unknown property type &apos;%1&apos;; valid types are: %2</source>
        <translation>unbekannter Eigenschaftstyp „%1“; gültige Typen sind: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="378"/>
        <location filename="../model/ovf/propertytype.cpp" line="396"/>
        <source>%1 is below the minimum, %2</source>
        <translation>%1 liegt unter dem Minimum, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="382"/>
        <location filename="../model/ovf/propertytype.cpp" line="398"/>
        <source>%1 is above the maximum, %2</source>
        <translation>%1 liegt über dem Maximum, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="393"/>
        <source>NaN is outside the allowed range</source>
        <translation>NaN liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="402"/>
        <source>&apos;%1&apos; is not a boolean: use true or false</source>
        <translation>„%1“ ist kein boolescher Wert: Verwenden Sie true oder false</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="408"/>
        <source>at least 1 character is required (%1 given)</source>
        <translation>mindestens 1 Zeichen ist erforderlich (%1 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="409"/>
        <source>at least %1 characters are required (%2 given)</source>
        <translation>mindestens %1 Zeichen sind erforderlich (%2 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="415"/>
        <source>at most 1 character is allowed (%1 given)</source>
        <translation>höchstens 1 Zeichen ist zulässig (%1 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="416"/>
        <source>at most %1 characters are allowed (%2 given)</source>
        <translation>höchstens %1 Zeichen sind zulässig (%2 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="422"/>
        <source>&apos;%1&apos; lies outside the Basic Multilingual Plane, which a char16 cannot hold</source>
        <translation>„%1“ liegt außerhalb der Basic Multilingual Plane, die ein char16 nicht aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="427"/>
        <source>&apos;%1&apos; is not a single character (%2 given)</source>
        <translation>„%1“ ist kein einzelnes Zeichen (%2 angegeben)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="437"/>
        <source>&apos;%1&apos; is not allowed: it must be one of: %2</source>
        <translation>„%1“ ist nicht zulässig: Es muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="450"/>
        <source>MinLen applies only to string properties, not to %1</source>
        <translation>MinLen gilt nur für string-Eigenschaften, nicht für %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="453"/>
        <source>MaxLen applies only to string properties, not to %1</source>
        <translation>MaxLen gilt nur für string-Eigenschaften, nicht für %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="456"/>
        <source>MinLen(%1) is greater than MaxLen(%2), so no value fits</source>
        <translation>MinLen(%1) ist größer als MaxLen(%2), daher passt kein Wert</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="468"/>
        <source>NaN cannot bound a range</source>
        <translation>NaN kann keinen Bereich begrenzen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="477"/>
        <source>%1 applies only to numeric properties, not to %2</source>
        <translation>%1 gilt nur für numerische Eigenschaften, nicht für %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="481"/>
        <source>%1(%2) is not a valid %3 value: %4</source>
        <translation>%1(%2) ist kein gültiger %3-Wert: %4</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="493"/>
        <source>MinValue(%1) is greater than MaxValue(%2), so no value fits</source>
        <translation>MinValue(%1) ist größer als MaxValue(%2), daher passt kein Wert</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="501"/>
        <source>ValueMap is empty, so no value is allowed</source>
        <translation>ValueMap ist leer, daher ist kein Wert zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="516"/>
        <source>ValueMap range &apos;%1&apos; is not valid for %2: %3</source>
        <translation>ValueMap-Bereich „%1“ ist für %2 ungültig: %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="521"/>
        <source>ValueMap range &apos;%1&apos; is reversed, so it allows nothing</source>
        <translation>ValueMap-Bereich „%1“ ist umgekehrt und lässt daher nichts zu</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="529"/>
        <source>ValueMap entry &apos;%1&apos; is not a valid %2 value: %3</source>
        <translation>ValueMap-Eintrag „%1“ ist kein gültiger %2-Wert: %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="535"/>
        <source>ValueMap entry &apos;%1&apos; can never be chosen: %2</source>
        <translation>ValueMap-Eintrag „%1“ kann nie gewählt werden: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="547"/>
        <source>ValueMap lists &apos;%1&apos; more than once</source>
        <translation>ValueMap führt „%1“ mehrfach auf</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="565"/>
        <source>the value is empty and the property is not user-configurable, so the guest receives an empty value</source>
        <translation>der Wert ist leer und die Eigenschaft ist nicht vom Benutzer konfigurierbar, daher erhält der Gast einen leeren Wert</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="570"/>
        <source>the value is empty and the property is not user-configurable, but %1</source>
        <translation>der Wert ist leer und die Eigenschaft ist nicht vom Benutzer konfigurierbar, aber %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="41"/>
        <source>expected a qualifier after the last &apos;,&apos;</source>
        <translation>nach dem letzten &apos;,&apos; wird ein Qualifizierer erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="43"/>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="89"/>
        <source>expected a qualifier name at position %1, found &apos;%2&apos;</source>
        <translation>Qualifizierername an Position %1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="100"/>
        <source>unterminated %1(...)</source>
        <translation>nicht abgeschlossenes %1(...)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="101"/>
        <source>unterminated %1{...}</source>
        <translation>nicht abgeschlossenes %1{...}</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="113"/>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="121"/>
        <source>%1 needs a non-negative integer in parentheses, e.g. %1(64)</source>
        <translation>%1 braucht eine nicht negative Ganzzahl in Klammern, z. B. %1(64)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="125"/>
        <source>%1 needs a non-negative integer, got &apos;%2&apos;</source>
        <translation>%1 braucht eine nicht negative Ganzzahl, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="134"/>
        <source>%1 needs a value in parentheses, e.g. %1(0)</source>
        <translation>%1 braucht einen Wert in Klammern, z. B. %1(0)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="140"/>
        <source>ValueMap needs a list in braces, e.g. ValueMap{&quot;a&quot;, &quot;b&quot;}</source>
        <translation>ValueMap braucht eine Liste in geschweiften Klammern, z. B. ValueMap{&quot;a&quot;, &quot;b&quot;}</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="180"/>
        <source>expected &apos;,&apos; at position %1 in ValueMap</source>
        <translation>&apos;,&apos; an Position %1 in ValueMap erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="190"/>
        <source>empty ValueMap entry at position %1</source>
        <translation>leerer ValueMap-Eintrag an Position %1</translation>
    </message>
</context>
<context>
    <name>ovf::Units</name>
    <message>
        <location filename="../model/ovf/units.cpp" line="133"/>
        <source>&apos;%1&apos; overflows a 64-bit count</source>
        <translation>„%1“ überschreitet einen 64-Bit-Zähler</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="134"/>
        <source>&apos;%1&apos; overflows a 64-bit %2 count</source>
        <translation>„%1“ überschreitet einen 64-Bit-Zähler für %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="147"/>
        <location filename="../model/ovf/units.cpp" line="175"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Einheit „%1“</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="161"/>
        <source>&apos;%1&apos; is a fraction of a %2; fractional units are not supported</source>
        <translation>„%1“ ist ein Bruchteil von %2; gebrochene Einheiten werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="188"/>
        <source>a unit is required</source>
        <translation>eine Einheit ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="191"/>
        <source>&apos;%1&apos;: negative units are not supported for sizes</source>
        <translation>„%1“: negative Einheiten werden für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="205"/>
        <source>expected a unit or number after &apos;*&apos; in &apos;%1&apos;</source>
        <translation>nach &apos;*&apos; in „%1“ wird eine Einheit oder Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="211"/>
        <source>&apos;%1&apos;: division is not supported for sizes</source>
        <translation>„%1“: Division wird für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="215"/>
        <source>expected &apos;*&apos; before &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;*&apos; vor „%1“ in „%2“ erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="244"/>
        <source>unexpected &apos;%1&apos; at position %2 in &apos;%3&apos;</source>
        <translation>unerwartetes „%1“ an Position %2 in „%3“</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="278"/>
        <source>&apos;%1&apos;: negative exponents are not supported for sizes</source>
        <translation>„%1“: negative Exponenten werden für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="282"/>
        <source>expected a number after &apos;^&apos; in &apos;%1&apos;</source>
        <translation>nach &apos;^&apos; in „%1“ wird eine Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="287"/>
        <source>&apos;%1&apos;: an exponent must be a whole number</source>
        <translation>„%1“: Ein Exponent muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="318"/>
        <source>&apos;%1&apos;: only whole numbers can be raised to a power (&apos;%2^&apos;)</source>
        <translation>„%1“: Nur ganze Zahlen können potenziert werden („%2^“)</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="329"/>
        <location filename="../model/ovf/units.cpp" line="344"/>
        <source>&apos;%1&apos; has a zero factor</source>
        <translation>„%1“ hat einen Faktor null</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="337"/>
        <source>&apos;%1&apos;: the factor %2 is not a whole number</source>
        <translation>„%1“: Der Faktor %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="374"/>
        <source>&apos;%1&apos;: powers of a unit such as &apos;%2^%3&apos; are not supported</source>
        <translation>„%1“: Potenzen einer Einheit wie „%2^%3“ werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="380"/>
        <source>&apos;%1&apos; combines the units %2 and %3; only one unit is supported</source>
        <translation>„%1“ kombiniert die Einheiten %2 und %3; nur eine Einheit wird unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="398"/>
        <source>&apos;%1&apos;: negative factors are not supported for sizes</source>
        <translation>„%1“: negative Faktoren werden für Größen nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="421"/>
        <source>%1 × %2 exceeds the largest 64-bit value, %3</source>
        <translation>%1 × %2 übersteigt den größten 64-Bit-Wert, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="431"/>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="433"/>
        <source>&apos;%1&apos; is a placeholder, not a number</source>
        <translation>„%1“ ist ein Platzhalter, keine Zahl</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="436"/>
        <source>&apos;%1&apos; has a sign; only the digits 0-9 are allowed</source>
        <translation>„%1“ hat ein Vorzeichen; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="441"/>
        <source>&apos;%1&apos; contains whitespace; only the digits 0-9 are allowed</source>
        <translation>„%1“ enthält Leerraum; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="448"/>
        <source>&apos;%1&apos; is not a whole number; only the digits 0-9 are allowed</source>
        <translation>„%1“ ist keine ganze Zahl; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="453"/>
        <source>&apos;%1&apos; is not a decimal number; only the digits 0-9 are allowed</source>
        <translation>„%1“ ist keine Dezimalzahl; nur die Ziffern 0-9 sind zulässig</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="465"/>
        <source>&apos;%1&apos; exceeds the largest 64-bit value, %2</source>
        <translation>„%1“ übersteigt den größten 64-Bit-Wert, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="483"/>
        <source>&apos;%1&apos; is not a unit of bytes (its base unit is %2)</source>
        <translation>„%1“ ist keine Byte-Einheit (ihre Basiseinheit ist %2)</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="498"/>
        <source>&apos;%1&apos; is not a size: it starts with a number, e.g. 512MiB or 2GiB</source>
        <translation>„%1“ ist keine Größe: sie beginnt mit einer Zahl, z. B. 512MiB oder 2GiB</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="501"/>
        <source>&apos;%1&apos; has no unit: write it as e.g. %1MiB or %1GiB</source>
        <translation>„%1“ hat keine Einheit: schreiben Sie es z. B. als %1MiB oder %1GiB</translation>
    </message>
</context>
<context>
    <name>ovf::authoring::ApplianceBuilder</name>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="98"/>
        <source>The appliance needs a name.</source>
        <translation>Die Appliance braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="100"/>
        <source>OVF version %1 is not one this program writes (1.0 or 2.0).</source>
        <translation>OVF-Version %1 wird von diesem Programm nicht geschrieben (1.0 oder 2.0).</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="111"/>
        <source>The network &quot;%1&quot; is given twice.</source>
        <translation>Das Netzwerk „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="147"/>
        <source>A virtual system needs at least one CPU.</source>
        <translation>Ein virtuelles System braucht mindestens eine CPU.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="153"/>
        <source>%1 of memory is too little for a virtual system (at least 1 MiB).</source>
        <translation>%1 Arbeitsspeicher ist zu wenig für ein virtuelles System (mindestens 1 MiB).</translation>
    </message>
</context>
<context>
    <name>ovf::authoring::ApplianceTemplate</name>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="12"/>
        <source>Generic QEMU/KVM</source>
        <translation>Generisch QEMU/KVM</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="13"/>
        <source>An IDE controller every guest boots from and a virtio network adapter; deploys to libvirt as is.</source>
        <translation>Ein IDE-Controller, von dem jeder Gast bootet, und ein virtio-Netzwerkadapter; lässt sich unverändert in libvirt bereitstellen.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="14"/>
        <source>vSphere-compatible</source>
        <translation>vSphere-kompatibel</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="15"/>
        <source>Paravirtual SCSI, an IDE controller for CD/DVD drives and VMXNET3, hardware version 13.</source>
        <translation>Paravirtuelles SCSI, ein IDE-Controller für CD/DVD-Laufwerke und VMXNET3, Hardwareversion 13.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="16"/>
        <source>VirtualBox-compatible</source>
        <translation>VirtualBox-kompatibel</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="17"/>
        <source>A SATA (AHCI) controller, an IDE controller for CD/DVD drives and an E1000 adapter.</source>
        <translation>Ein SATA-Controller (AHCI), ein IDE-Controller für CD/DVD-Laufwerke und ein E1000-Adapter.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="30"/>
        <source>The template %1 is missing from this build.</source>
        <translation>Die Vorlage %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="33"/>
        <source>There is no template &quot;%1&quot; (%2).</source>
        <translation>Es gibt keine Vorlage „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>ovf::authoring::DiskImporter</name>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="19"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="52"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="54"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="65"/>
        <source>%1: unknown disk format &apos;%2&apos; (raw, qcow2, vmdk, vdi, vhd or vhdx)</source>
        <translation>%1: unbekanntes Festplattenformat „%2“ (raw, qcow2, vmdk, vdi, vhd oder vhdx)</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="70"/>
        <source>%1: the file is a %2 image, not %3</source>
        <translation>%1: Die Datei ist ein %2-Abbild, kein %3</translation>
    </message>
</context>
<context>
    <name>ovf::commands::FormEdits</name>
    <message>
        <location filename="../model/commands/formedits.cpp" line="142"/>
        <source>The document&apos;s root element does not move.</source>
        <translation>Das Wurzelelement des Dokuments wird nicht verschoben.</translation>
    </message>
    <message>
        <location filename="../model/commands/formedits.cpp" line="146"/>
        <source>%1 is already the first in %2.</source>
        <translation>%1 ist bereits das erste in %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/formedits.cpp" line="147"/>
        <source>%1 is already the last in %2.</source>
        <translation>%1 ist bereits das letzte in %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/formedits.cpp" line="202"/>
        <source>No deployment option to change.</source>
        <translation>Keine Bereitstellungsoption zum Ändern.</translation>
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
    <name>ovf::commands::hwitems</name>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="114"/>
        <source>There is no disk controller with InstanceID &quot;%1&quot; in this hardware section.</source>
        <translation>In diesem Hardware-Abschnitt gibt es keinen Festplatten-Controller mit der InstanceID „%1“.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="120"/>
        <source>Address %1 does not exist on controller %2 (%3).</source>
        <translation>Adresse %1 existiert auf Controller %2 nicht (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="123"/>
        <source>Address %1 of controller %2 is taken by another device.</source>
        <translation>Adresse %1 von Controller %2 ist durch ein anderes Gerät belegt.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="129"/>
        <source>Controller %1 (%2) has no free address; add another controller.</source>
        <translation>Controller %1 (%2) hat keine freie Adresse; fügen Sie einen weiteren Controller hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="145"/>
        <source>The hardware section has no disk controller; add one first.</source>
        <translation>Der Hardware-Abschnitt hat keinen Festplatten-Controller; fügen Sie zuerst einen hinzu.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="150"/>
        <source>Every disk controller is full; add another controller.</source>
        <translation>Jeder Festplatten-Controller ist voll; fügen Sie einen weiteren Controller hinzu.</translation>
    </message>
</context>
<context>
    <name>ovf::compat::Fixer</name>
    <message>
        <location filename="../model/compat/fixer.cpp" line="28"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="52"/>
        <source>%1 %2= -&gt; ovf:%2</source>
        <translation>%1 %2= -&gt; ovf:%2</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="58"/>
        <source>%1 (%2 elements)</source>
        <translation>%1 (%2 Elemente)</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="72"/>
        <source>%1: VirtualSystem id %2 -&gt; %3</source>
        <translation>%1: VirtualSystem-ID %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="94"/>
        <source>%1: %2 InstanceID %3 -&gt; %4</source>
        <translation>%1: %2 InstanceID %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="104"/>
        <source>%1: ResourceSubType %2 removed</source>
        <translation>%1: ResourceSubType %2 entfernt</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="107"/>
        <source>%1: ResourceSubType %2 -&gt; %3</source>
        <translation>%1: ResourceSubType %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="122"/>
        <source>%1: ResourceSubType %2 added</source>
        <translation>%1: ResourceSubType %2 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="133"/>
        <source>Memory in MB</source>
        <translation>Arbeitsspeicher in MB</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="138"/>
        <source>%1: memory %2 -&gt; %3 byte * 2^20</source>
        <translation>%1: Arbeitsspeicher %2 -&gt; %3 byte * 2^20</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="151"/>
        <source>%1: vmw:Config firmware=&quot;%2&quot; added</source>
        <translation>%1: vmw:Config firmware=&quot;%2&quot; hinzugefügt</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="167"/>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1: %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="176"/>
        <source>%1: ExtraConfig %2 removed</source>
        <translation>%1: ExtraConfig %2 entfernt</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="179"/>
        <source>%1: %2 marked ovf:required=&quot;false&quot;</source>
        <translation>%1: %2 als ovf:required=&quot;false&quot; markiert</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="183"/>
        <source>%1: ovf:href &apos;%2&apos; -&gt; &apos;%3&apos;</source>
        <translation>%1: ovf:href „%2“ -&gt; „%3“</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="186"/>
        <source>%1: ovf:size %2 added to %3</source>
        <translation>%1: ovf:size %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="250"/>
        <source>Make compatible with %1</source>
        <translation>Kompatibel machen mit %1</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="235"/>
        <source>manifest written with %1</source>
        <translation>Manifest mit %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/fixer.cpp" line="238"/>
        <source>gzip files stored uncompressed (%n files)</source>
        <translation>
            <numerusform>gzip-Dateien unkomprimiert gespeichert (%n Datei)</numerusform>
            <numerusform>gzip-Dateien unkomprimiert gespeichert (%n Dateien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/fixer.cpp" line="241"/>
        <source>chunked files joined (%n files)</source>
        <translation>
            <numerusform>aufgeteilte Dateien zusammengefügt (%n Datei)</numerusform>
            <numerusform>aufgeteilte Dateien zusammengefügt (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="99"/>
        <source>namespace %1 -&gt; %2 (OVF 1)</source>
        <translation>Namensraum %1 -&gt; %2 (OVF 1)</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="104"/>
        <source>ovf:version %1 -&gt; 1.0</source>
        <translation>ovf:version %1 -&gt; 1.0</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="117"/>
        <source>Rewrite %1 as Item</source>
        <translation>%1 als Item neu schreiben</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="124"/>
        <source>line %1: %2 (%3) -&gt; RASD Item</source>
        <translation>Zeile %1: %2 (%3) -&gt; RASD-Item</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="125"/>
        <source>line %1: %2 (%3) -&gt; RASD Item, without %4 (not in RASD)</source>
        <translation>Zeile %1: %2 (%3) -&gt; RASD-Item, ohne %4 (nicht in RASD)</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="141"/>
        <source>%1: the VirtualSystem uses prefixes declared on its collection; not moved</source>
        <translation>%1: Das VirtualSystem verwendet Präfixe, die in seiner Sammlung deklariert sind; nicht verschoben</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="152"/>
        <source>Replace collection by its VirtualSystem</source>
        <translation>Sammlung durch ihr VirtualSystem ersetzen</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="158"/>
        <source>%1: VirtualSystemCollection %2 replaced by its VirtualSystem %3</source>
        <translation>%1: VirtualSystemCollection %2 durch ihr VirtualSystem %3 ersetzt</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="160"/>
        <source>%1: VirtualSystemCollection %2 replaced by its VirtualSystem %3 (dropped with it: %4)</source>
        <translation>%1: VirtualSystemCollection %2 durch ihr VirtualSystem %3 ersetzt (mit ihr entfernt: %4)</translation>
    </message>
</context>
<context>
    <name>ovf::compat::Linter</name>
    <message>
        <location filename="../model/compat/linter.cpp" line="23"/>
        <source>The envelope&apos;s OVF generation is one the platform reads</source>
        <translation>Die OVF-Generation des Envelope wird von der Plattform gelesen</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="24"/>
        <source>OVF 2 StorageItem and EthernetPortItem are read by the platform</source>
        <translation>OVF-2-StorageItem und -EthernetPortItem werden von der Plattform gelesen</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="25"/>
        <source>Sections that exist only in OVF 2 are understood by an OVF 1 platform</source>
        <translation>Abschnitte, die es nur in OVF 2 gibt, versteht eine OVF-1-Plattform</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="26"/>
        <source>A VirtualSystemCollection can be imported</source>
        <translation>Eine VirtualSystemCollection kann importiert werden</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="27"/>
        <source>vCloud Director: a collection and its only VirtualSystem share one ovf:id</source>
        <translation>vCloud Director: eine Sammlung und ihr einziges VirtualSystem teilen sich eine ovf:id</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="28"/>
        <source>OVF attributes carry the ovf: prefix (href=, id= are not read)</source>
        <translation>OVF-Attribute tragen das Präfix ovf: (href=, id= werden nicht gelesen)</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="29"/>
        <source>VMware sections marked ovf:required are understood by the platform</source>
        <translation>Als ovf:required markierte VMware-Abschnitte versteht die Plattform</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="30"/>
        <source>No template placeholder (@@X@@, {{ x }}, ${X} without such a property) is left</source>
        <translation>Kein Vorlagen-Platzhalter (@@X@@, {{ x }}, ${X} ohne solche Eigenschaft) ist übrig</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="31"/>
        <source>The VM name fits the platform&apos;s naming rules</source>
        <translation>Der VM-Name entspricht den Namensregeln der Plattform</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="32"/>
        <source>The descriptor is within the platform&apos;s size limit</source>
        <translation>Der Deskriptor liegt innerhalb der Größengrenze der Plattform</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="33"/>
        <source>ProductSection properties are offered by the platform</source>
        <translation>ProductSection-Eigenschaften werden von der Plattform angeboten</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="34"/>
        <source>EULAs are shown for acceptance by the platform</source>
        <translation>EULAs werden von der Plattform zur Annahme angezeigt</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="35"/>
        <source>Deployment options are offered by the platform</source>
        <translation>Bereitstellungsoptionen werden von der Plattform angeboten</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="36"/>
        <source>Localized Strings are used by the platform</source>
        <translation>Lokalisierte Strings werden von der Plattform verwendet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="37"/>
        <source>StartupSection order and delays are applied by the platform</source>
        <translation>Reihenfolge und Verzögerungen der StartupSection werden von der Plattform angewendet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="38"/>
        <source>vmw:Config and vmw:ExtraConfig are applied by the platform</source>
        <translation>vmw:Config und vmw:ExtraConfig werden von der Plattform angewendet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="39"/>
        <source>The VirtualSystemType is a family the platform accepts</source>
        <translation>Der VirtualSystemType ist eine Familie, die die Plattform annimmt</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="40"/>
        <source>Storage controller ResourceSubTypes are models the platform offers</source>
        <translation>ResourceSubTypes der Speicher-Controller sind Modelle, die die Plattform anbietet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="41"/>
        <source>Network adapter ResourceSubTypes are models the platform offers</source>
        <translation>ResourceSubTypes der Netzwerkadapter sind Modelle, die die Plattform anbietet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="42"/>
        <source>Every Item&apos;s ResourceType is a device the platform maps</source>
        <translation>Der ResourceType jedes Items ist ein Gerät, das die Plattform abbildet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="43"/>
        <source>Disk HostResources are written ovf:/disk/ID</source>
        <translation>Festplatten-HostResources werden als ovf:/disk/ID geschrieben</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="44"/>
        <source>InstanceIDs are unique in a VirtualHardwareSection</source>
        <translation>InstanceIDs sind in einer VirtualHardwareSection eindeutig</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="45"/>
        <source>Memory is given in MB where the platform assumes MB</source>
        <translation>Arbeitsspeicher wird in MB angegeben, wo die Plattform MB annimmt</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="46"/>
        <source>A UEFI firmware request is one the platform reads</source>
        <translation>Eine UEFI-Firmware-Anforderung ist eine, die die Plattform liest</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="47"/>
        <source>vmw:ExtraConfig keys are ones the platform applies</source>
        <translation>vmw:ExtraConfig-Schlüssel sind solche, die die Plattform anwendet</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="48"/>
        <source>The manifest&apos;s digest algorithm is one the platform verifies</source>
        <translation>Der Prüfsummenalgorithmus des Manifests ist einer, den die Plattform prüft</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="49"/>
        <source>gzip-compressed files (ovf:compression) are read by the platform</source>
        <translation>gzip-komprimierte Dateien (ovf:compression) werden von der Plattform gelesen</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="50"/>
        <source>Chunked files (ovf:chunkSize) are read by the platform</source>
        <translation>Aufgeteilte Dateien (ovf:chunkSize) werden von der Plattform gelesen</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="51"/>
        <source>File hrefs have no unencoded spaces</source>
        <translation>Datei-hrefs enthalten keine unkodierten Leerzeichen</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="52"/>
        <source>File hrefs use only characters the platform accepts</source>
        <translation>Datei-hrefs verwenden nur Zeichen, die die Plattform annimmt</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="53"/>
        <source>Every File has an ovf:size</source>
        <translation>Jede Datei hat eine ovf:size</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="54"/>
        <source>OVA members over 8 GiB are read by the platform</source>
        <translation>OVA-Einträge über 8 GiB werden von der Plattform gelesen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="67"/>
        <source>%1 does not read %2 envelopes</source>
        <translation>%1 liest keine %2-Envelopes</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="68"/>
        <source>rewrite as OVF 1.0 (namespaces, ovf:version, StorageItem and EthernetPortItem as RASD Items)</source>
        <translation>als OVF 1.0 neu schreiben (Namensräume, ovf:version, StorageItem und EthernetPortItem als RASD-Items)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="87"/>
        <source>%1 does not read OVF 2 %2 elements: %3 (InstanceID %4) %5</source>
        <translation>%1 liest keine OVF-2-%2-Elemente: %3 (InstanceID %4) %5</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="89"/>
        <location filename="../model/compat/lintrules_hardware.cpp" line="184"/>
        <source>makes the import fail</source>
        <translation>lässt den Import fehlschlagen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="89"/>
        <source>is left out of the VM</source>
        <translation>wird in der VM weggelassen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="90"/>
        <source>rewrite as an OVF 1.0 RASD Item</source>
        <translation>als OVF-1.0-RASD-Item neu schreiben</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_envelope.cpp" line="103"/>
        <source>%1 imports single virtual machines, not a VirtualSystemCollection (%2 holds %n entities)</source>
        <translation>
            <numerusform>%1 importiert einzelne virtuelle Maschinen, keine VirtualSystemCollection (%2 enthält %n Entität)</numerusform>
            <numerusform>%1 importiert einzelne virtuelle Maschinen, keine VirtualSystemCollection (%2 enthält %n Entitäten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="106"/>
        <source>replace the collection by its only VirtualSystem (collection-level sections are dropped)</source>
        <translation>die Sammlung durch ihr einziges VirtualSystem ersetzen (Abschnitte auf Sammlungsebene entfallen)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="119"/>
        <source>VirtualSystem %1 has the id of its collection (vCloud Director&apos;s single-VM vApp); on %2 references to it (start order, OVF environment) are ambiguous</source>
        <translation>VirtualSystem %1 hat die ID seiner Sammlung (Single-VM-vApp von vCloud Director); auf %2 sind Verweise darauf (Startreihenfolge, OVF-Umgebung) mehrdeutig</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="122"/>
        <source>rename the VirtualSystem to %1</source>
        <translation>das VirtualSystem in %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="148"/>
        <source>%1 reads only ovf:%2; the unqualified %2= of %3 is not read%4</source>
        <translation>%1 liest nur ovf:%2; das unqualifizierte %2= von %3 wird nicht gelesen%4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="150"/>
        <source> (%1 elements)</source>
        <translation> (%1 Elemente)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="151"/>
        <source>write it as ovf:%1</source>
        <translation>als ovf:%1 schreiben</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="166"/>
        <source>%1 is marked required, but %2 does not apply VMware&apos;s %1 (OVF says a platform must refuse a required extension it does not understand; %2 ignores it)</source>
        <translation>%1 ist als erforderlich markiert, aber %2 wendet VMwares %1 nicht an (laut OVF muss eine Plattform eine erforderliche Erweiterung ablehnen, die sie nicht versteht; %2 ignoriert sie)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="169"/>
        <source>mark it ovf:required=&quot;false&quot;</source>
        <translation>als ovf:required=&quot;false&quot; markieren</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="187"/>
        <source>Template placeholder %1 left in %2, where a number is required: no platform can import this</source>
        <translation>Vorlagen-Platzhalter %1 in %2 übrig, wo eine Zahl verlangt ist: keine Plattform kann dies importieren</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="190"/>
        <source>Template placeholder %1 left in %2: it reaches the VM as written</source>
        <translation>Vorlagen-Platzhalter %1 in %2 übrig: er erreicht die VM so, wie er geschrieben ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_envelope.cpp" line="222"/>
        <source>%1 does not read ProductSection properties: %n properties of %2 are neither offered nor passed to the guest</source>
        <translation>
            <numerusform>%1 liest keine ProductSection-Eigenschaften: %n Eigenschaft von %2 wird weder angeboten noch an den Gast übergeben</numerusform>
            <numerusform>%1 liest keine ProductSection-Eigenschaften: %n Eigenschaften von %2 werden weder angeboten noch an den Gast übergeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="231"/>
        <source>%1 does not show EULAs: the license of %2 is not presented for acceptance</source>
        <translation>%1 zeigt keine EULAs: die Lizenz von %2 wird nicht zur Annahme vorgelegt</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="235"/>
        <source>%1 does not apply StartupSection order and delays</source>
        <translation>%1 wendet Reihenfolge und Verzögerungen der StartupSection nicht an</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="241"/>
        <source>%1 does not offer deployment options: the default configuration is deployed</source>
        <translation>%1 bietet keine Bereitstellungsoptionen an: die Standardkonfiguration wird bereitgestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_envelope.cpp" line="245"/>
        <source>%1 shows only the default texts; %n Strings bundles are not used</source>
        <translation>
            <numerusform>%1 zeigt nur die Standardtexte; %n Strings-Bündel wird nicht verwendet</numerusform>
            <numerusform>%1 zeigt nur die Standardtexte; %n Strings-Bündel werden nicht verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="269"/>
        <source>%1 names the VM %2, not %3 (characters it does not allow are removed)</source>
        <translation>%1 benennt die VM %2, nicht %3 (Zeichen, die es nicht erlaubt, werden entfernt)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="270"/>
        <source>with a generated name</source>
        <translation>mit einem erzeugten Namen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="274"/>
        <source>%1 allows VM names of at most %2 characters; &apos;%3&apos; has %4</source>
        <translation>%1 erlaubt VM-Namen mit höchstens %2 Zeichen; „%3“ hat %4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="290"/>
        <source>%1 reads descriptors of at most %2 bytes; this one has %3</source>
        <translation>%1 liest Deskriptoren mit höchstens %2 Bytes; dieser hat %3</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="317"/>
        <source>%1 is OVF 2 only; %2 reads OVF 1 and leaves it out</source>
        <translation>%1 gibt es nur in OVF 2; %2 liest OVF 1 und lässt es weg</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="90"/>
        <source>%1 does not accept the hardware family &apos;%2&apos;%3</source>
        <translation>%1 nimmt die Hardwarefamilie „%2“ nicht an%3</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="92"/>
        <source> (&quot;Unsupported hardware family&quot;)</source>
        <translation> („Unsupported hardware family“)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="94"/>
        <source>set VirtualSystemType to %1</source>
        <translation>VirtualSystemType auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="109"/>
        <source>the adapter becomes an e1000</source>
        <translation>der Adapter wird ein e1000</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="111"/>
        <source>the controller becomes virtio-scsi</source>
        <translation>der Controller wird virtio-scsi</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="113"/>
        <source>the NVMe controller becomes SATA</source>
        <translation>der NVMe-Controller wird SATA</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="116"/>
        <source>%1 has no &apos;%2&apos; %3: %4</source>
        <translation>%1 hat kein „%2“ %3: %4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="134"/>
        <source>remove the ResourceSubType</source>
        <translation>den ResourceSubType entfernen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="135"/>
        <source>set ResourceSubType to %1</source>
        <translation>ResourceSubType auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="136"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="139"/>
        <source>no subtype</source>
        <translation>kein Subtyp</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="142"/>
        <source>%1 has no %2 of this kind (&apos;%3&apos;)</source>
        <translation>%1 hat kein %2 dieser Art („%3“)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="143"/>
        <source>%1 does not offer %2 model &apos;%3&apos; (it offers %4)</source>
        <translation>%1 bietet das %2-Modell „%3“ nicht an (es bietet %4)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="163"/>
        <source>%1 has no device for ResourceType %2 (%3): &quot;No support for the virtual hardware device type&quot;</source>
        <translation>%1 hat kein Gerät für ResourceType %2 (%3): „No support for the virtual hardware device type“</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="168"/>
        <source>%1 leaves out %2 (ResourceType %3)</source>
        <translation>%1 lässt %2 weg (ResourceType %3)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="182"/>
        <source>%1 resolves only %2; the disk written &apos;%3&apos; %4</source>
        <translation>%1 löst nur %2 auf; die als „%3“ geschriebene Festplatte %4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="185"/>
        <source>is skipped</source>
        <translation>wird übersprungen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="186"/>
        <location filename="../model/compat/lintrules_package.cpp" line="132"/>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="193"/>
        <source>%1 reads memory as MB whatever its AllocationUnits: %2 %3 would become %2 MB</source>
        <translation>%1 liest Arbeitsspeicher unabhängig von AllocationUnits als MB: %2 %3 würden %2 MB</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="195"/>
        <source>write %1 MB (AllocationUnits byte * 2^20)</source>
        <translation>%1 MB schreiben (AllocationUnits byte * 2^20)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="236"/>
        <source>The VM asks for UEFI firmware (%1), which %2 does not read: it is created with BIOS and a UEFI-only guest will not boot</source>
        <translation>Die VM verlangt UEFI-Firmware (%1), die %2 nicht liest: sie wird mit BIOS erstellt, und ein reiner UEFI-Gast bootet nicht</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="239"/>
        <source>add vmw:Config firmware=&quot;efi&quot;</source>
        <translation>vmw:Config firmware=&quot;efi&quot; hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="265"/>
        <source>%1 does not apply ExtraConfig key &apos;%2&apos; (OVF Tool drops keys outside its allow-list unless --allowExtraConfig is given)</source>
        <translation>%1 wendet den ExtraConfig-Schlüssel „%2“ nicht an (OVF Tool verwirft Schlüssel außerhalb seiner Erlaubnisliste, sofern nicht --allowExtraConfig angegeben ist)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="268"/>
        <source>remove ExtraConfig &apos;%1&apos;</source>
        <translation>ExtraConfig „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_hardware.cpp" line="279"/>
        <source>%1 does not apply VMware&apos;s vmw:Config / vmw:ExtraConfig settings (%n here)</source>
        <translation>
            <numerusform>%1 wendet VMwares vmw:Config-/vmw:ExtraConfig-Einstellungen nicht an (%n hier)</numerusform>
            <numerusform>%1 wendet VMwares vmw:Config-/vmw:ExtraConfig-Einstellungen nicht an (%n hier)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="292"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="293"/>
        <source>give %1 an unused InstanceID</source>
        <translation>%1 eine unbenutzte InstanceID geben</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="95"/>
        <source>%1 verifies %2 manifests; this manifest uses %3 (&quot;The following manifest file entry is invalid&quot;)</source>
        <translation>%1 prüft %2-Manifeste; dieses Manifest verwendet %3 („The following manifest file entry is invalid“)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="98"/>
        <source>%1 verifies %2 manifests; the %3 entries of this manifest are skipped unchecked</source>
        <translation>%1 prüft %2-Manifeste; die %3-Einträge dieses Manifests werden ungeprüft übersprungen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="100"/>
        <source>write the manifest with %1 when the package is written</source>
        <translation>das Manifest beim Schreiben des Pakets mit %1 schreiben</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="110"/>
        <source>%1 does not read gzip-compressed files (ovf:compression): %2</source>
        <translation>%1 liest keine gzip-komprimierten Dateien (ovf:compression): %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="111"/>
        <source>store it uncompressed when the package is written</source>
        <translation>beim Schreiben des Pakets unkomprimiert speichern</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="114"/>
        <source>%1 does not read chunked files (ovf:chunkSize): %2</source>
        <translation>%1 liest keine aufgeteilten Dateien (ovf:chunkSize): %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="115"/>
        <source>join the chunks when the package is written</source>
        <translation>die Teilstücke beim Schreiben des Pakets zusammenfügen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="122"/>
        <source>%1 accepts only plain file names of letters, digits and _ . + = - as hrefs; &apos;%2&apos; is refused (&quot;referenced path ... is invalid&quot;)</source>
        <translation>%1 nimmt als hrefs nur einfache Dateinamen aus Buchstaben, Ziffern und _ . + = - an; „%2“ wird abgelehnt („referenced path ... is invalid“)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="129"/>
        <source>ovf:href &apos;%1&apos; has an unencoded space; an href is a URI reference (DSP0243 §7.1, RFC 3986) and %2 reads it as one</source>
        <translation>ovf:href „%1“ enthält ein unkodiertes Leerzeichen; ein href ist eine URI-Referenz (DSP0243 §7.1, RFC 3986), und %2 liest es als solche</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="135"/>
        <source>%1 takes ovf:href &apos;%2&apos; literally as a file name: its percent-escapes are not decoded and the file is not found</source>
        <translation>%1 nimmt ovf:href „%2“ wörtlich als Dateinamen: seine Prozent-Escapes werden nicht dekodiert, und die Datei wird nicht gefunden</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="141"/>
        <source>File %1 has no ovf:size; %2 cannot show the download size or check space before deploying</source>
        <translation>Datei %1 hat keine ovf:size; %2 kann vor der Bereitstellung weder die Downloadgröße anzeigen noch den Platz prüfen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="144"/>
        <source>set ovf:size to %1</source>
        <translation>ovf:size auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="155"/>
        <source>OVA member %1 is %2 bytes, over the 8 GiB a ustar header can hold; %3 reads only ustar sizes</source>
        <translation>OVA-Eintrag %1 hat %2 Bytes, mehr als die 8 GiB, die ein ustar-Header fassen kann; %3 liest nur ustar-Größen</translation>
    </message>
</context>
<context>
    <name>ovf::deploy::PlanProblem</name>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="21"/>
        <source>Deployment option %1: %2</source>
        <translation>Bereitstellungsoption %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="22"/>
        <source>License %1: %2</source>
        <translation>Lizenz %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="23"/>
        <source>Property %1: %2</source>
        <translation>Eigenschaft %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="24"/>
        <source>Network %1: %2</source>
        <translation>Netzwerk %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="25"/>
        <source>Virtual machine %1: %2</source>
        <translation>Virtuelle Maschine %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="26"/>
        <source>Storage %1: %2</source>
        <translation>Speicher %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="27"/>
        <source>Target (%1): %2</source>
        <translation>Ziel (%1): %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="28"/>
        <source>Virtual system %1: %2</source>
        <translation>Virtuelles System %1: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="29"/>
        <source>Answer file, %1: %2</source>
        <translation>Antwortdatei, %1: %2</translation>
    </message>
</context>
<context>
    <name>ovf::items::EnvelopeTreeModel</name>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="160"/>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="169"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="170"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="171"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodeledit.cpp" line="315"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ nach „%2“ verschieben</translation>
    </message>
</context>
<context>
    <name>ovf::items::HardwareDeviceModel</name>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="67"/>
        <source>(no network)</source>
        <translation>(kein Netzwerk)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="74"/>
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="76"/>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="82"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="89"/>
        <source>bus %1</source>
        <translation>Bus %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="94"/>
        <source>controller %1</source>
        <translation>Controller %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="95"/>
        <source>%1, unit %2</source>
        <translation>%1, Einheit %2</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="117"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="119"/>
        <source>bound %1</source>
        <translation>gebunden: %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="121"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="133"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="134"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="135"/>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="136"/>
        <source>Controller / address</source>
        <translation>Controller / Adresse</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="137"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>ovf::items::HardwareQuantityModel</name>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="65"/>
        <source>All options (base)</source>
        <translation>Alle Optionen (Basis)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="68"/>
        <source>Option: %1</source>
        <translation>Option: %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="81"/>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="82"/>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="164"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="165"/>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="170"/>
        <source>This option uses the base value; edit the cell to give it its own.</source>
        <translation>Diese Option verwendet den Basiswert; bearbeiten Sie die Zelle, um ihr einen eigenen zu geben.</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="172"/>
        <source>vmw:CoresPerSocket: how the CPUs are grouped into sockets (must divide the CPU count)</source>
        <translation>vmw:CoresPerSocket: wie die CPUs zu Sockeln gruppiert werden (muss die CPU-Anzahl teilen)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="183"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="184"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="185"/>
        <source>Cores per socket</source>
        <translation>Kerne pro Sockel</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="186"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="221"/>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>ovf::items::PackageEntriesModel</name>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="102"/>
        <source>ovf:capacity %1, ovf:capacityAllocationUnits %2</source>
        <translation>ovf:capacity %1, ovf:capacityAllocationUnits %2</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="113"/>
        <source>(blank: created at deployment)</source>
        <translation>(leer: bei der Bereitstellung erstellt)</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="146"/>
        <source>(when saved)</source>
        <translation>(beim Speichern)</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="153"/>
        <source>In the package</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="155"/>
        <source>Pending: %1 becomes %2 (a streamOptimized VMDK) when the package is saved</source>
        <translation>Ausstehend: %1 wird beim Speichern des Pakets zu %2 (ein streamOptimized-VMDK)</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="157"/>
        <source>pending: %1</source>
        <translation>ausstehend: %1</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Populated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Drives</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="175"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="175"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="175"/>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Href</source>
        <translation>Href</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Chunk size</source>
        <translation>Teilstückgröße</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="180"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="207"/>
        <source>A disk needs a capacity above 0.</source>
        <translation>Eine Festplatte braucht eine Kapazität über 0.</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="214"/>
        <source>Set the capacity of %1 to %2</source>
        <translation>Kapazität von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="252"/>
        <source>Edit the description of network %1</source>
        <translation>Beschreibung von Netzwerk %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ovf::items::PropertyTableModel</name>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="133"/>
        <source>The type is not valid: %1</source>
        <translation>Der Typ ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="138"/>
        <source>The qualifiers are not valid: %1</source>
        <translation>Die Qualifizierer sind ungültig: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="142"/>
        <source>The qualifiers do not fit the type: %1</source>
        <translation>Die Qualifizierer passen nicht zum Typ: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="154"/>
        <source>Value for %1: %2</source>
        <translation>Wert für %1: %2</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="211"/>
        <source>Category: the properties below it are shown under this heading</source>
        <translation>Kategorie: Die Eigenschaften darunter werden unter dieser Überschrift angezeigt</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="251"/>
        <source>No default value: the value is asked for at deployment</source>
        <translation>Kein Standardwert: Der Wert wird bei der Bereitstellung abgefragt</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="253"/>
        <source>Full key in the OVF environment: %1</source>
        <translation>Vollständiger Schlüssel in der OVF-Umgebung: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="274"/>
        <source>Rename category %1</source>
        <translation>Kategorie %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="284"/>
        <source>Make %1 user-configurable</source>
        <translation>%1 vom Benutzer konfigurierbar machen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="284"/>
        <source>Make %1 fixed</source>
        <translation>%1 unveränderlich machen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="290"/>
        <source>Mark %1 as a password</source>
        <translation>%1 als Passwort kennzeichnen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="290"/>
        <source>Unmark %1 as a password</source>
        <translation>Kennzeichnung von %1 als Passwort aufheben</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="301"/>
        <source>Rename property %1 to %2</source>
        <translation>Eigenschaft %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="305"/>
        <source>Set type of %1 to %2</source>
        <translation>Typ von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="309"/>
        <source>Set default value of %1</source>
        <translation>Standardwert von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="314"/>
        <source>Set qualifiers of %1</source>
        <translation>Qualifizierer von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="318"/>
        <source>Set label of %1</source>
        <translation>Bezeichnung von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="323"/>
        <source>Set description of %1</source>
        <translation>Beschreibung von %1 setzen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="333"/>
        <source>Values per deployment option (ovf:Value with ovf:configuration)</source>
        <translation>Werte je Bereitstellungsoption (ovf:Value mit ovf:configuration)</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="334"/>
        <source>ovf:userConfigurable: the operator may change the value at deployment</source>
        <translation>ovf:userConfigurable: Der Wert darf bei der Bereitstellung geändert werden</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="335"/>
        <source>ovf:password: the value is hidden while it is entered</source>
        <translation>ovf:password: Der Wert wird bei der Eingabe verborgen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="342"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="343"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="344"/>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="345"/>
        <source>Qualifiers</source>
        <translation>Qualifizierer</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="346"/>
        <source>User set</source>
        <translation>Änderbar</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="347"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="348"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="349"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="350"/>
        <source>Per option</source>
        <translation>Je Option</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="401"/>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="415"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="415"/>
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
    <name>ovf::items::StartupTableModel</name>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="128"/>
        <source>%1 (not in this collection)</source>
        <translation>%1 (nicht in dieser Sammlung)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="130"/>
        <source>powerOn (default)</source>
        <translation>powerOn (Standard)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="132"/>
        <source>powerOff (default)</source>
        <translation>powerOff (Standard)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="134"/>
        <source>0 (default)</source>
        <translation>0 (Standard)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="140"/>
        <source>%1 has no entry in the startup order: it starts after the ordered systems. Edit a cell to give it one.</source>
        <translation>%1 hat keinen Eintrag in der Startreihenfolge: es startet nach den geordneten Systemen. Bearbeiten Sie eine Zelle, um ihm einen zu geben.</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="144"/>
        <source>Systems with a lower order start first; equal orders start together. Drag rows to change it.</source>
        <translation>Systeme mit niedrigerer Reihenfolge starten zuerst; gleiche starten zusammen. Ziehen Sie Zeilen, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="146"/>
        <source>Seconds to wait after powering this system on before the next group starts</source>
        <translation>Sekunden, die nach dem Einschalten dieses Systems gewartet wird, bevor die nächste Gruppe startet</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="148"/>
        <source>Seconds to wait after stopping this system before the next one stops</source>
        <translation>Sekunden, die nach dem Anhalten dieses Systems gewartet wird, bevor das nächste anhält</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="162"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="163"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="164"/>
        <source>Start delay (s)</source>
        <translation>Startverzögerung (s)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="165"/>
        <source>Wait for guest</source>
        <translation>Auf Gast warten</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="166"/>
        <source>Start action</source>
        <translation>Startaktion</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="167"/>
        <source>Stop delay (s)</source>
        <translation>Stoppverzögerung (s)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="168"/>
        <source>Stop action</source>
        <translation>Stoppaktion</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="201"/>
        <source>Add %1 to the startup order</source>
        <translation>%1 zur Startreihenfolge hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="229"/>
        <source>Change the %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="274"/>
        <source>Change the startup order (%1)</source>
        <translation>Startreihenfolge ändern (%1)</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::AddLocaleCommand</name>
    <message>
        <location filename="../model/l10n/addlocalecommand.cpp" line="20"/>
        <source>Cannot add the locale: %1.</source>
        <translation>Das Gebietsschema kann nicht hinzugefügt werden: %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/addlocalecommand.cpp" line="22"/>
        <source>The descriptor has the locale %1 already.</source>
        <translation>Der Deskriptor hat das Gebietsschema %1 bereits.</translation>
    </message>
    <message>
        <location filename="../model/l10n/addlocalecommand.cpp" line="40"/>
        <source>Add locale %1</source>
        <translation>Gebietsschema %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::AppendMessagesCommand</name>
    <message>
        <location filename="../model/l10n/appendmessagescommand.cpp" line="31"/>
        <source>The Strings section is not part of a document.</source>
        <translation>Der Strings-Abschnitt gehört zu keinem Dokument.</translation>
    </message>
    <message>
        <location filename="../model/l10n/appendmessagescommand.cpp" line="33"/>
        <source>No messages to add.</source>
        <translation>Keine Nachrichten zum Hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/l10n/appendmessagescommand.cpp" line="66"/>
        <source>Add %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht hinzufügen</numerusform>
            <numerusform>%n Nachrichten hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovf::l10n::BundleAttachCommand</name>
    <message>
        <location filename="../model/l10n/bundleattachcommand.cpp" line="21"/>
        <source>No bundle store to hold &apos;%1&apos;.</source>
        <translation>Kein Bündelspeicher für „%1“ vorhanden.</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundleattachcommand.cpp" line="23"/>
        <source>A bundle &apos;%1&apos; exists already.</source>
        <translation>Ein Bündel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundleattachcommand.cpp" line="36"/>
        <source>The bundle &apos;%1&apos; is not loaded.</source>
        <translation>Das Bündel „%1“ ist nicht geladen.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::BundleStore</name>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="38"/>
        <source>no package files are at hand to read &apos;%1&apos; from</source>
        <translation>es liegen keine Paketdateien vor, aus denen „%1“ gelesen werden könnte</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="45"/>
        <source>&apos;%1&apos; is not well-formed XML (%2: %3)</source>
        <translation>„%1“ ist kein wohlgeformtes XML (%2: %3)</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="48"/>
        <source>&apos;%1&apos; is not a Strings document: its root element is &lt;%2&gt;</source>
        <translation>„%1“ ist kein Strings-Dokument: sein Wurzelelement ist &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="57"/>
        <source>&apos;%1&apos; was removed</source>
        <translation>„%1“ wurde entfernt</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::Catalogue</name>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="116"/>
        <source>no File in References has the id &apos;%1&apos;</source>
        <translation>keine Datei in References hat die ID „%1“</translation>
    </message>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="118"/>
        <source>the bundle &apos;%1&apos; was not read (no package files at hand)</source>
        <translation>das Bündel „%1“ wurde nicht gelesen (keine Paketdateien vorhanden)</translation>
    </message>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="194"/>
        <source>The descriptor has no Strings section for %1; add the locale first.</source>
        <translation>Der Deskriptor hat keinen Strings-Abschnitt für %1; fügen Sie zuerst das Gebietsschema hinzu.</translation>
    </message>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="196"/>
        <source>The %1 messages are in the external bundle &apos;%2&apos;, which cannot be read: %3</source>
        <translation>Die %1-Nachrichten stehen im externen Bündel „%2“, das nicht gelesen werden kann: %3</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::ClearSectionCommand</name>
    <message>
        <location filename="../model/l10n/clearsectioncommand.cpp" line="11"/>
        <source>The Strings section is empty already.</source>
        <translation>Der Strings-Abschnitt ist bereits leer.</translation>
    </message>
    <message>
        <location filename="../model/l10n/clearsectioncommand.cpp" line="14"/>
        <source>Remove the messages of a Strings section</source>
        <translation>Die Nachrichten eines Strings-Abschnitts entfernen</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::ImportReport</name>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="39"/>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 not final, %6 untranslated, %7 skipped</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 nicht endgültig, %6 unübersetzt, %7 übersprungen</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::ImportTranslationsCommand</name>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="76"/>
        <source>%1 names no target language; say which locale to import into.</source>
        <translation>%1 nennt keine Zielsprache; geben Sie an, in welches Gebietsschema importiert werden soll.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="79"/>
        <source>%1 is a translation into %2, not %3.</source>
        <translation>%1 ist eine Übersetzung für %2, nicht für %3.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="81"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="98"/>
        <source>unknown message id &apos;%1&apos;: no element of the descriptor uses it</source>
        <translation>unbekannte Nachrichten-ID „%1“: kein Element des Deskriptors verwendet sie</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="103"/>
        <source>message id &apos;%1&apos; appears again; the first one counts</source>
        <translation>Nachrichten-ID „%1“ kommt erneut vor; die erste zählt</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="113"/>
        <source>the source text of &apos;%1&apos; is not the default text any more; its translation was not imported</source>
        <translation>der Quelltext von „%1“ ist nicht mehr der Standardtext; seine Übersetzung wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="131"/>
        <source>%1 has nothing new for %2.</source>
        <translation>%1 enthält nichts Neues für %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/l10n/importtranslationscommand.cpp" line="134"/>
        <source>Import %n %1 translation(s) from %2</source>
        <translation>
            <numerusform>%n %1-Übersetzung aus %2 importieren</numerusform>
            <numerusform>%n %1-Übersetzungen aus %2 importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="158"/>
        <source>External bundles cannot be written here (no bundle store).</source>
        <translation>Externe Bündel können hier nicht geschrieben werden (kein Bündelspeicher).</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="160"/>
        <source>The bundle file name &apos;%1&apos; is refused: %2</source>
        <translation>Der Bündel-Dateiname „%1“ wird abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="163"/>
        <source>The File &apos;%1&apos; has the href &apos;%2&apos; already.</source>
        <translation>Die Datei „%1“ hat bereits den href „%2“.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="166"/>
        <source>The descriptor has no References section to name the bundle file in.</source>
        <translation>Der Deskriptor hat keinen References-Abschnitt, in dem die Bündeldatei genannt werden könnte.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MakeTranslatableCommand</name>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="18"/>
        <source>No element to make translatable.</source>
        <translation>Kein Element, das übersetzbar gemacht werden kann.</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="20"/>
        <source>%1 is not a text that OVF lets translate (DSP0243 §10: Msg_Type elements only).</source>
        <translation>%1 ist kein Text, den OVF übersetzen lässt (DSP0243 §10: nur Msg_Type-Elemente).</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="23"/>
        <source>%1 is translatable already (ovf:msgid &apos;%2&apos;).</source>
        <translation>%1 ist bereits übersetzbar (ovf:msgid „%2“).</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="26"/>
        <source>%1 has no text to translate.</source>
        <translation>%1 hat keinen Text zum Übersetzen.</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="35"/>
        <source>The message id &apos;%1&apos; is in use already.</source>
        <translation>Die Nachrichten-ID „%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="40"/>
        <source>Make %1 translatable as %2</source>
        <translation>%1 übersetzbar machen als %2</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MessageStatus</name>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="28"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="30"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="32"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="34"/>
        <source>identical to the default text</source>
        <translation>gleich dem Standardtext</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="36"/>
        <source>translated</source>
        <translation>übersetzt</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MessageUsage</name>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="81"/>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="86"/>
        <source>Property %1 · %2</source>
        <translation>Eigenschaft %1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="88"/>
        <source>EULA %1%2</source>
        <translation>EULA %1%2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="90"/>
        <source>Product%1 · Category %2</source>
        <translation>Produkt%1 · Kategorie %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="90"/>
        <source>Product%1 · %2</source>
        <translation>Produkt%1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="92"/>
        <source>Deployment option %1 · %2</source>
        <translation>Bereitstellungsoption %1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="94"/>
        <source>Network %1 · %2</source>
        <translation>Netzwerk %1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="96"/>
        <source>Annotation%1</source>
        <translation>Anmerkung%1</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="98"/>
        <source>Operating system%1 · %2</source>
        <translation>Betriebssystem%1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="101"/>
        <source>Hardware item %1%2 · %3</source>
        <translation>Hardware-Element %1%2 · %3</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="104"/>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="104"/>
        <source>Virtual system</source>
        <translation>Virtuelles System</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="104"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="107"/>
        <source>%1 section%2 · %3</source>
        <translation>Abschnitt %1%2 · %3</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="108"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MoveLocaleCommand</name>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="59"/>
        <source>The descriptor has no locale %1.</source>
        <translation>Der Deskriptor hat kein Gebietsschema %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="62"/>
        <source>%1 has %2 Strings sections; only a locale with one can be moved.</source>
        <translation>%1 hat %2 Strings-Abschnitte; nur ein Gebietsschema mit einem Abschnitt kann verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="66"/>
        <source>External bundles cannot be edited here (no bundle store).</source>
        <translation>Externe Bündel können hier nicht bearbeitet werden (kein Bündelspeicher).</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="76"/>
        <source>The %1 messages are in the bundle &apos;%2&apos; already.</source>
        <translation>Die %1-Nachrichten stehen bereits im Bündel „%2“.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="78"/>
        <source>The bundle file name &apos;%1&apos; is refused: %2</source>
        <translation>Der Bündel-Dateiname „%1“ wird abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="81"/>
        <source>The descriptor has no References section to name the bundle file in.</source>
        <translation>Der Deskriptor hat keinen References-Abschnitt, in dem die Bündeldatei genannt werden könnte.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="84"/>
        <source>The File &apos;%1&apos; has the href &apos;%2&apos; already.</source>
        <translation>Die Datei „%1“ hat bereits den href „%2“.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="87"/>
        <source>A bundle &apos;%1&apos; exists already.</source>
        <translation>Ein Bündel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="88"/>
        <source>Move %1 to the bundle file %2</source>
        <translation>%1 in die Bündeldatei %2 verschieben</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="138"/>
        <source>The %1 messages are in the descriptor already.</source>
        <translation>Die %1-Nachrichten stehen bereits im Deskriptor.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="140"/>
        <source>The bundle &apos;%1&apos; cannot be read: %2</source>
        <translation>Das Bündel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="141"/>
        <source>Move %1 into the descriptor</source>
        <translation>%1 in den Deskriptor verschieben</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MsgidRules</name>
    <message>
        <location filename="../model/l10n/msgidrules.cpp" line="10"/>
        <source>A message id cannot be empty.</source>
        <translation>Eine Nachrichten-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../model/l10n/msgidrules.cpp" line="13"/>
        <source>The message id &apos;%1&apos; contains whitespace or a control character.</source>
        <translation>Die Nachrichten-ID „%1“ enthält Leerraum oder ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::RemoveLocaleCommand</name>
    <message>
        <location filename="../model/l10n/removelocalecommand.cpp" line="17"/>
        <source>The descriptor has no locale %1.</source>
        <translation>Der Deskriptor hat kein Gebietsschema %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/removelocalecommand.cpp" line="19"/>
        <source>Remove locale %1</source>
        <translation>Gebietsschema %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::RenameMsgidCommand</name>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="18"/>
        <source>The message id is &apos;%1&apos; already.</source>
        <translation>Die Nachrichten-ID ist bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="20"/>
        <source>The message id &apos;%1&apos; is in use already.</source>
        <translation>Die Nachrichten-ID „%1“ wird bereits verwendet.</translation>
    </message>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="26"/>
        <source>Nothing uses or defines the message id &apos;%1&apos;.</source>
        <translation>Nichts verwendet oder definiert die Nachrichten-ID „%1“.</translation>
    </message>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="28"/>
        <source>Rename message %1 to %2</source>
        <translation>Nachricht %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::SetTranslationCommand</name>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="28"/>
        <source>No element of the descriptor uses the message id &apos;%1&apos;.</source>
        <translation>Kein Element des Deskriptors verwendet die Nachrichten-ID „%1“.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="31"/>
        <source>The descriptor has no Strings section for %1; add the locale first.</source>
        <translation>Der Deskriptor hat keinen Strings-Abschnitt für %1; fügen Sie zuerst das Gebietsschema hinzu.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="39"/>
        <source>&apos;%1&apos; has no %2 translation to clear.</source>
        <translation>„%1“ hat keine %2-Übersetzung zum Löschen.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="40"/>
        <source>Clear the %1 translation of %2</source>
        <translation>%1-Übersetzung von %2 löschen</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="49"/>
        <source>Translate %1 into %2</source>
        <translation>%1 in %2 übersetzen</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="53"/>
        <source>%1 contains elements; its text cannot be set.</source>
        <translation>%1 enthält Elemente; sein Text kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="55"/>
        <source>The %1 translation of &apos;%2&apos; already reads &quot;%3&quot;.</source>
        <translation>Die %1-Übersetzung von „%2“ lautet bereits „%3“.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::TranslationExport</name>
    <message numerus="yes">
        <location filename="../model/l10n/translationexport.cpp" line="24"/>
        <source> (and %n more place(s))</source>
        <translation>
            <numerusform> (und %n weitere Stelle)</numerusform>
            <numerusform> (und %n weitere Stellen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovf::l10n::TranslationFile</name>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="179"/>
        <source>an entry without msgid</source>
        <translation>ein Eintrag ohne msgid</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="181"/>
        <source>an entry without msgstr</source>
        <translation>ein Eintrag ohne msgstr</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="229"/>
        <source>a string of this entry holds the character U+%1 (character %2), which XML cannot hold</source>
        <translation>eine Zeichenkette dieses Eintrags enthält das Zeichen U+%1 (Zeichen %2), das XML nicht aufnehmen kann</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="184"/>
        <source>a second header entry</source>
        <translation>ein zweiter Kopfeintrag</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="205"/>
        <source>the file is in %1; only UTF-8 PO files are read (msgconv --to-code=UTF-8 converts it)</source>
        <translation>die Datei ist in %1 kodiert; nur UTF-8-PO-Dateien werden gelesen (msgconv --to-code=UTF-8 wandelt sie um)</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="257"/>
        <source>the line is not UTF-8</source>
        <translation>die Zeile ist nicht UTF-8</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="300"/>
        <source>expected a quoted string</source>
        <translation>erwartet wurde eine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="305"/>
        <source>an unescaped &apos;&quot;&apos; inside a string</source>
        <translation>ein nicht maskiertes „&quot;“ innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="311"/>
        <source>a string ends with a lone backslash</source>
        <translation>eine Zeichenkette endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="323"/>
        <source>an unknown escape &apos;\%1&apos;</source>
        <translation>ein unbekanntes Escape „\%1“</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="328"/>
        <source>a string continues no msgctxt, msgid or msgstr</source>
        <translation>eine Zeichenkette setzt kein msgctxt, msgid oder msgstr fort</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="346"/>
        <source>msgstr without msgid</source>
        <translation>msgstr ohne msgid</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="348"/>
        <source>a second msgstr in one entry</source>
        <translation>ein zweites msgstr in einem Eintrag</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="351"/>
        <source>plural forms (%1) are not used by OVF messages</source>
        <translation>Pluralformen (%1) werden von OVF-Nachrichten nicht verwendet</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="353"/>
        <source>unknown keyword &apos;%1&apos;</source>
        <translation>unbekanntes Schlüsselwort „%1“</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="166"/>
        <source>XLIFF version %1 is not read (1.0 to 1.2, 2.0 and 2.1 are)</source>
        <translation>XLIFF-Version %1 wird nicht gelesen (1.0 bis 1.2, 2.0 und 2.1 schon)</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="175"/>
        <source>the XLIFF document has no &lt;file&gt;</source>
        <translation>das XLIFF-Dokument hat kein &lt;file&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="195"/>
        <source>unit &apos;%1&apos; has no &lt;segment&gt;</source>
        <translation>Unit „%1“ hat kein &lt;segment&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="200"/>
        <source>a segment of unit &apos;%1&apos; has no &lt;source&gt;</source>
        <translation>ein Segment von Unit „%1“ hat kein &lt;source&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="234"/>
        <source>trans-unit &apos;%1&apos; has no &lt;source&gt;</source>
        <translation>trans-unit „%1“ hat kein &lt;source&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="249"/>
        <source>a unit without id</source>
        <translation>eine Unit ohne ID</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="58"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="64"/>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="68"/>
        <source>not an XLIFF document: the root element is &lt;%1&gt;</source>
        <translation>kein XLIFF-Dokument: das Wurzelelement ist &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="74"/>
        <source>neither XLIFF nor a gettext PO file</source>
        <translation>weder XLIFF noch eine gettext-PO-Datei</translation>
    </message>
</context>
<context>
    <name>ovf::package::AnchorFile</name>
    <message>
        <location filename="../model/package/anchorfile.cpp" line="13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/anchorfile.cpp" line="15"/>
        <source>%1: larger than %2 bytes; not a certificate file</source>
        <translation>%1: größer als %2 Bytes; keine Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../model/package/anchorfile.cpp" line="27"/>
        <source>%1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”)</source>
        <translation>%1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“)</translation>
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
        <location filename="../model/package/certificatefile.cpp" line="73"/>
        <source>The certificate file is %1 bytes long; files larger than 1 MiB are refused</source>
        <translation>Die Zertifikatsdatei ist %1 Bytes lang; Dateien über 1 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="78"/>
        <source>Not a certificate file: it contains NUL bytes (it is not text)</source>
        <translation>Keine Zertifikatsdatei: Sie enthält NUL-Bytes (sie ist kein Text)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="80"/>
        <source>The file starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation>Die Datei beginnt mit einer UTF-8-Bytereihenfolgemarke, die ovftool nicht schreibt</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="104"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation>Zeilen enden mit CRLF (Windows-Zeilenenden); ovftool schreibt LF</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="107"/>
        <source>The certificate file is empty</source>
        <translation>Die Zertifikatsdatei ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="121"/>
        <source>The certificate file contains no certificate after its signature line (DSP0243 §5.2 requires the signer&apos;s X.509 certificate)</source>
        <translation>Die Zertifikatsdatei enthält nach ihrer Signaturzeile kein Zertifikat (DSP0243 §5.2 verlangt das X.509-Zertifikat des Signierenden)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="128"/>
        <source>This is a certificate for another manifest: it signs &quot;%1&quot;, but the package&apos;s manifest is &quot;%2&quot;</source>
        <translation>Dies ist ein Zertifikat für ein anderes Manifest: Es signiert „%1“, das Manifest des Pakets ist aber „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="133"/>
        <source>The signature line names &quot;%1&quot;, which differs in letter case from the manifest &quot;%2&quot;</source>
        <translation>Die Signaturzeile nennt „%1“, das sich in der Groß-/Kleinschreibung vom Manifest „%2“ unterscheidet</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="146"/>
        <source>The certificate file has no signature line: it must start with &quot;SHA256(manifest.mf)= signature&quot;, not with a PEM block</source>
        <translation>Die Zertifikatsdatei hat keine Signaturzeile: Sie muss mit &quot;SHA256(manifest.mf)= signature&quot; beginnen, nicht mit einem PEM-Block</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="152"/>
        <source>Line %1 is not a signature line &quot;SHA256(manifest.mf)= signature&quot;: %2</source>
        <translation>Zeile %1 ist keine Signaturzeile &quot;SHA256(manifest.mf)= signature&quot;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="160"/>
        <source>The signature line uses the digest algorithm &quot;%1&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>Die Signaturzeile verwendet den Prüfsummenalgorithmus „%1“, der nicht unterstützt wird (unterstützt werden SHA1, SHA256 und SHA512)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="166"/>
        <source>The signature line is spaced differently from ovftool&apos;s &quot;SHA256(manifest.mf)= signature&quot;</source>
        <translation>Die Signaturzeile hat andere Abstände als &quot;SHA256(manifest.mf)= signature&quot; von ovftool</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="183"/>
        <source>The signature is wrapped over %1 lines; ovftool writes it on one line</source>
        <translation>Die Signatur ist auf %1 Zeilen umbrochen; ovftool schreibt sie in eine Zeile</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="188"/>
        <source>The signature line has no signature after &quot;=&quot;</source>
        <translation>Die Signaturzeile hat nach &quot;=&quot; keine Signatur</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="191"/>
        <source>The signature is not hexadecimal: %1</source>
        <translation>Die Signatur ist nicht hexadezimal: %1</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="196"/>
        <source>The signature has an odd number of hexadecimal digits (%1): it is truncated or damaged</source>
        <translation>Die Signatur hat eine ungerade Anzahl Hexadezimalziffern (%1): Sie ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="203"/>
        <source>The signature is written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation>Die Signatur ist in hexadezimalen Großbuchstaben geschrieben; ovftool schreibt Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="219"/>
        <source>Line %1 is neither part of the signature nor of a certificate: %2</source>
        <translation>Zeile %1 gehört weder zur Signatur noch zu einem Zertifikat: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="227"/>
        <source>Line %1 starts a PEM block of type &quot;%2&quot;; a certificate file holds only CERTIFICATE blocks</source>
        <translation>Zeile %1 beginnt einen PEM-Block vom Typ „%2“; eine Zertifikatsdatei enthält nur CERTIFICATE-Blöcke</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="241"/>
        <source>The certificate that starts on line %1 has no matching &quot;-----END CERTIFICATE-----&quot; line</source>
        <translation>Dem Zertifikat, das in Zeile %1 beginnt, fehlt die passende Zeile &quot;-----END CERTIFICATE-----&quot;</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="249"/>
        <source>The certificate that starts on line %1 is not valid base64</source>
        <translation>Das Zertifikat, das in Zeile %1 beginnt, ist kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="257"/>
        <source>The certificate that starts on line %1 is not an X.509 certificate: %2</source>
        <translation>Das Zertifikat, das in Zeile %1 beginnt, ist kein X.509-Zertifikat: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="264"/>
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
        <location filename="../model/package/manifestcoverage.cpp" line="69"/>
        <source>(line %1 is blank padding, which OVF Tool 4.0 wrote in place of the descriptor&apos;s digest)</source>
        <translation>(Zeile %1 ist leere Auffüllung, die OVF Tool 4.0 anstelle der Prüfsumme des Deskriptors geschrieben hat)</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="77"/>
        <source>%1:%2: the manifest lists %3, which is neither the descriptor nor a file it references</source>
        <translation>%1:%2: das Manifest führt %3 auf, das weder der Deskriptor noch eine von ihm referenzierte Datei ist</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="84"/>
        <source>(the package has &quot;%1&quot;, which differs in letter case)</source>
        <translation>(das Paket hat „%1“, das sich in der Groß-/Kleinschreibung unterscheidet)</translation>
    </message>
</context>
<context>
    <name>ovf::package::DescriptorFile</name>
    <message>
        <location filename="../model/package/descriptorfile.cpp" line="25"/>
        <source>cannot create its folder</source>
        <translation>kann seinen Ordner nicht anlegen</translation>
    </message>
</context>
<context>
    <name>ovf::package::DestinationCheck</name>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="23"/>
        <source>its folder %1 cannot be used: %2</source>
        <translation>sein Ordner %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="26"/>
        <source>the filesystem holding %1 is read-only; nothing was written</source>
        <translation>das Dateisystem mit %1 ist schreibgeschützt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="29"/>
        <source>cannot write into %1: %2; nothing was written</source>
        <translation>kann nicht in %1 schreiben: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="49"/>
        <source>the disk is full: %1 bytes are needed, only %2 are free; nothing was written</source>
        <translation>der Datenträger ist voll: %1 Bytes werden benötigt, nur %2 sind frei; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="59"/>
        <source>the disk filled up during the write: %1 more bytes were needed, only %2 were free; what was written was removed</source>
        <translation>der Datenträger ist beim Schreiben vollgelaufen: %1 weitere Bytes wurden gebraucht, nur %2 waren frei; das Geschriebene wurde entfernt</translation>
    </message>
</context>
<context>
    <name>ovf::package::Digest</name>
    <message>
        <location filename="../model/package/digest.cpp" line="86"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="93"/>
        <source>Hashing %1: %2</source>
        <translation>%1 wird gehasht: %2</translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="97"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ovf::package::DiskImageInspector</name>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="55"/>
        <source>qemu-img %1 did not finish</source>
        <translation>qemu-img %1 wurde nicht beendet</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="59"/>
        <source>qemu-img cannot read it as %1: %2</source>
        <translation>qemu-img kann es nicht als %1 lesen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="123"/>
        <source>disk format &apos;%1&apos; is not supported (%2)</source>
        <translation>das Festplattenformat „%1“ wird nicht unterstützt (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="131"/>
        <source>qemu-img info gave no JSON</source>
        <translation>qemu-img info lieferte kein JSON</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="133"/>
        <source>the image has a backing file (&apos;%1&apos;); only self-contained disks are accepted (flatten it first)</source>
        <translation>das Abbild hat eine Basisdatei („%1“); nur eigenständige Festplatten werden angenommen (zuerst zusammenführen)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="137"/>
        <source>the image keeps its data in an external file (&apos;%1&apos;)</source>
        <translation>das Abbild speichert seine Daten in einer externen Datei („%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="141"/>
        <source>qemu-img read it as &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>qemu-img hat es als „%1“ gelesen, nicht als „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="149"/>
        <source>the VMDK&apos;s extent &apos;%1&apos; is not a file beside it</source>
        <translation>der Extent „%1“ des VMDK ist keine Datei daneben</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="153"/>
        <source>VMDK create type &apos;%1&apos; is not allowed (streamOptimized or monolithicSparse only)</source>
        <translation>VMDK-Erstellungstyp „%1“ ist nicht zulässig (nur streamOptimized oder monolithicSparse)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="156"/>
        <source>the VMDK has %1 extents; one is allowed</source>
        <translation>die VMDK hat %1 Extents; einer ist zulässig</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="159"/>
        <source>the VMDK&apos;s extent points outside the image (&apos;%1&apos;)</source>
        <translation>der Extent der VMDK zeigt außerhalb des Abbilds („%1“)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="164"/>
        <source>qemu-img reports no virtual size</source>
        <translation>qemu-img meldet keine virtuelle Größe</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="167"/>
        <source>its virtual size %1 bytes exceeds the disk&apos;s declared capacity of %2 bytes</source>
        <translation>ihre virtuelle Größe von %1 Bytes übersteigt die angegebene Kapazität der Festplatte von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="198"/>
        <source>qemu-img map gave no JSON list: %1</source>
        <translation>qemu-img map lieferte keine JSON-Liste: %1</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="206"/>
        <source>qemu-img map gave an extent without start or length</source>
        <translation>qemu-img map lieferte einen Extent ohne Anfang oder Länge</translation>
    </message>
</context>
<context>
    <name>ovf::package::DiskImageReader</name>
    <message>
        <location filename="../model/package/diskimagereader.cpp" line="18"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/diskimagereader.cpp" line="18"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location filename="../model/package/diskimagereader.cpp" line="40"/>
        <source>the image changed while it was opened (%1 bytes, not %2)</source>
        <translation>das Abbild hat sich beim Öffnen verändert (%1 Bytes, nicht %2)</translation>
    </message>
</context>
<context>
    <name>ovf::package::FolderWriter</name>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="142"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="149"/>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="154"/>
        <source>cannot create a temporary folder beside %1: %2</source>
        <translation>kann neben %1 keinen temporären Ordner anlegen: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="161"/>
        <source>cannot create a lock file beside %1</source>
        <translation>kann keine Sperrdatei neben %1 anlegen</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="190"/>
        <source>%1: cannot create its folder</source>
        <translation>%1: kann seinen Ordner nicht anlegen</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="204"/>
        <source>%1: more data than announced</source>
        <translation>%1: mehr Daten als angekündigt</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="215"/>
        <source>%1: %2 bytes short</source>
        <translation>%1: es fehlen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="239"/>
        <source>cannot sync the folder %1 of the new package</source>
        <translation>kann den Ordner %1 des neuen Pakets nicht synchronisieren</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="253"/>
        <source>cannot move the new package to %1: %2</source>
        <translation>kann das neue Paket nicht nach %1 verschieben: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="260"/>
        <source>cannot move the existing %1 aside</source>
        <translation>kann das vorhandene %1 nicht beiseiteschieben</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="265"/>
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
    <name>ovf::package::HrefReader</name>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="44"/>
        <source>there are no package files to read it from</source>
        <translation>es gibt keine Paketdateien, aus denen sie gelesen werden könnte</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="71"/>
        <source>it is a symbolic link; only regular files inside the package are read</source>
        <translation>sie ist ein symbolischer Link; nur reguläre Dateien innerhalb des Pakets werden gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="73"/>
        <source>there is no such file next to the descriptor</source>
        <translation>neben dem Deskriptor gibt es keine solche Datei</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="76"/>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="78"/>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="93"/>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="97"/>
        <source>it is larger than %1 bytes</source>
        <translation>sie ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="108"/>
        <source>there is no folder to look for it in</source>
        <translation>es gibt keinen Ordner, in dem sie gesucht werden könnte</translation>
    </message>
</context>
<context>
    <name>ovf::package::InflationLimit</name>
    <message>
        <location filename="../model/package/inflationlimit.cpp" line="17"/>
        <source>the limit of %1 bytes for a file no Disk of known capacity references</source>
        <translation>die Grenze von %1 Bytes für eine Datei, auf die keine Disk mit bekannter Kapazität verweist</translation>
    </message>
    <message>
        <location filename="../model/package/inflationlimit.cpp" line="43"/>
        <source>the capacity of Disk %1 (%2 bytes) plus the allowance for image metadata (%3 bytes in all)</source>
        <translation>die Kapazität von Disk %1 (%2 Bytes) plus Zuschlag für Abbild-Metadaten (%3 Bytes insgesamt)</translation>
    </message>
</context>
<context>
    <name>ovf::package::Manifest</name>
    <message>
        <location filename="../model/package/manifest.cpp" line="73"/>
        <source>The manifest is %1 bytes long; manifests larger than 1 MiB are refused</source>
        <translation>Das Manifest ist %1 Bytes lang; Manifeste über 1 MiB werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="78"/>
        <source>Not a manifest: the file contains NUL bytes (it is not text)</source>
        <translation>Kein Manifest: Die Datei enthält NUL-Bytes (sie ist kein Text)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="81"/>
        <source>Not a manifest: the file is not UTF-8 text</source>
        <translation>Kein Manifest: Die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="84"/>
        <source>The manifest starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation>Das Manifest beginnt mit einer UTF-8-Bytereihenfolgemarke, die ovftool nicht schreibt</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="106"/>
        <source>Line %1 contains a carriage return in the middle: %2</source>
        <translation>Zeile %1 enthält mittendrin einen Wagenrücklauf: %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="115"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation>Zeilen enden mit CRLF (Windows-Zeilenenden); ovftool schreibt LF</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="119"/>
        <source>The manifest uses the BSD spelling &quot;SHA1 (name) = digest&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation>Das Manifest verwendet die BSD-Schreibweise &quot;SHA1 (name) = digest&quot;; ovftool schreibt &quot;SHA1(name)= digest&quot;</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="124"/>
        <source>Unusual spacing around &quot;(&quot;, &quot;)&quot; or &quot;=&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation>Ungewöhnliche Abstände um &quot;(&quot;, &quot;)&quot; oder &quot;=&quot;; ovftool schreibt &quot;SHA1(name)= digest&quot;</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="129"/>
        <source>Digests are written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation>Prüfsummen sind in hexadezimalen Großbuchstaben geschrieben; ovftool schreibt Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="136"/>
        <source>The manifest is blank padding: it lists no file (OVF Tool 4.0 wrote such manifests)</source>
        <translation>Das Manifest ist leere Auffüllung: es führt keine Datei auf (OVF Tool 4.0 hat solche Manifeste geschrieben)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="137"/>
        <source>The manifest is empty: it lists no file</source>
        <translation>Das Manifest ist leer: Es führt keine Datei auf</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="148"/>
        <source>Line %1 is blank</source>
        <translation>Zeile %1 ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="153"/>
        <source>Line %1 ends with spaces or tabs</source>
        <translation>Zeile %1 endet mit Leerzeichen oder Tabulatoren</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="155"/>
        <source>Line %1 starts with spaces or tabs</source>
        <translation>Zeile %1 beginnt mit Leerzeichen oder Tabulatoren</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="164"/>
        <source>Line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>Zeile %1 hat nicht die Form &quot;SHA256(file)= digest&quot;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="171"/>
        <source>Line %1 uses the digest algorithm &quot;%2&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>Zeile %1 verwendet den Prüfsummenalgorithmus „%2“, der nicht unterstützt wird (unterstützt werden SHA1, SHA256 und SHA512)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="184"/>
        <source>Line %1 has no digest after &quot;=&quot;</source>
        <translation>Zeile %1 hat nach &quot;=&quot; keine Prüfsumme</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="188"/>
        <source>Line %1: the digest &quot;%2&quot; is not hexadecimal</source>
        <translation>Zeile %1: die Prüfsumme „%2“ ist nicht hexadezimal</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="198"/>
        <source>Line %1: a %2 digest has %3 hexadecimal digits, this one has %4</source>
        <translation>Zeile %1: eine %2-Prüfsumme hat %3 Hexadezimalziffern, diese hat %4</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="213"/>
        <source>Line %1 names &quot;%2&quot;, which is not a file in the package: %3</source>
        <translation>Zeile %1 nennt „%2“, das keine Datei im Paket ist: %3</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="221"/>
        <source>The manifest lists itself: line %1 gives a digest for &quot;%2&quot;, which a manifest cannot cover (DSP0243 §5.1)</source>
        <translation>Das Manifest führt sich selbst auf: Zeile %1 gibt eine Prüfsumme für „%2“ an, die ein Manifest nicht abdecken kann (DSP0243 §5.1)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="237"/>
        <source>Line %1 repeats the entry for &quot;%2&quot; of line %3</source>
        <translation>Zeile %1 wiederholt den Eintrag für „%2“ aus Zeile %3</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="243"/>
        <source>Conflicting entries for &quot;%1&quot;: line %2 gives %3 %4, line %5 gives %6 %7</source>
        <translation>Widersprüchliche Einträge für „%1“: Zeile %2 gibt %3 %4 an, Zeile %5 gibt %6 %7 an</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="256"/>
        <source>Lines %1 and %2 name &quot;%3&quot; and &quot;%4&quot;, which differ only by letter case</source>
        <translation>Die Zeilen %1 und %2 nennen „%3“ und „%4“, die sich nur in der Groß-/Kleinschreibung unterscheiden</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="270"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="273"/>
        <source>it contains control characters</source>
        <translation>er enthält Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="276"/>
        <source>it contains a backslash</source>
        <translation>er enthält einen Backslash</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="278"/>
        <source>it is an absolute path</source>
        <translation>er ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="281"/>
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
    <name>ovf::package::NbdClient</name>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="55"/>
        <source>%1: NBD: %2</source>
        <translation>%1: NBD: %2</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="85"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="98"/>
        <source>the socket path is too long</source>
        <translation>der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="124"/>
        <source>not a newstyle NBD server</source>
        <translation>kein NBD-Server im Newstyle-Protokoll</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="127"/>
        <source>the server does not speak fixed newstyle negotiation</source>
        <translation>der Server beherrscht keine Fixed-Newstyle-Aushandlung</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="151"/>
        <source>malformed option reply</source>
        <translation>fehlerhafte Options-Antwort</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="156"/>
        <source>the server refused the export (error %1) %2</source>
        <translation>der Server hat den Export abgelehnt (Fehler %1) %2</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="164"/>
        <source>the server did not say the export&apos;s size</source>
        <translation>der Server hat die Größe des Exports nicht genannt</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="186"/>
        <source>malformed reply</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="188"/>
        <source>reading %1 bytes at %2 failed (error %3)</source>
        <translation>Lesen von %1 Bytes bei %2 fehlgeschlagen (Fehler %3)</translation>
    </message>
</context>
<context>
    <name>ovf::package::NbdImageSource</name>
    <message>
        <location filename="../model/package/nbdimagesource.cpp" line="90"/>
        <source>qemu-nbd could not export it: %1</source>
        <translation>qemu-nbd konnte es nicht exportieren: %1</translation>
    </message>
    <message>
        <location filename="../model/package/nbdimagesource.cpp" line="100"/>
        <source>qemu-nbd did not open its socket</source>
        <translation>qemu-nbd hat seinen Socket nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../model/package/nbdimagesource.cpp" line="108"/>
        <source>qemu-img map covers %1 bytes, qemu-nbd exports %2</source>
        <translation>qemu-img map deckt %1 Bytes ab, qemu-nbd exportiert %2</translation>
    </message>
</context>
<context>
    <name>ovf::package::OvaWriter</name>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="60"/>
        <source>%1 needs a pax extended header (over 8 GiB or a long name); some OVA consumers reject pax headers</source>
        <translation>%1 braucht einen pax-Erweiterungsheader (über 8 GiB oder langer Name); manche OVA-Verarbeiter lehnen pax-Header ab</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="90"/>
        <source>%1: more data than the %2 bytes announced</source>
        <translation>%1: mehr Daten als die angekündigten %2 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="108"/>
        <source>%1: its tar header changed length</source>
        <translation>%1: Sein tar-Header hat die Länge geändert</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="110"/>
        <source>%1 has a pax extended header (it could exceed 8 GiB); some OVA consumers reject pax headers</source>
        <translation>%1 hat einen pax-Erweiterungsheader (könnte 8 GiB überschreiten); manche OVA-Verarbeiter lehnen pax-Header ab</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="122"/>
        <source>%1: %2 bytes short of the %3 announced</source>
        <translation>%1: %2 Bytes weniger als die angekündigten %3</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="134"/>
        <source>%1: not the head member reserved at this place, or not its size</source>
        <translation>%1: nicht der an dieser Stelle reservierte Kopfeintrag oder nicht dessen Größe</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="154"/>
        <source>the package head was not written completely</source>
        <translation>der Kopf des Pakets wurde nicht vollständig geschrieben</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackInput</name>
    <message>
        <location filename="../model/package/packinput.cpp" line="65"/>
        <location filename="../model/package/packinput.cpp" line="335"/>
        <source>%1: is a symbolic link</source>
        <translation>%1: ist ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="67"/>
        <location filename="../model/package/packinput.cpp" line="79"/>
        <location filename="../model/package/packinput.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="81"/>
        <source>%1: the file grew while it was read</source>
        <translation>%1: die Datei ist beim Lesen gewachsen</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="83"/>
        <source>%1: the file shrank while it was read</source>
        <translation>%1: die Datei ist beim Lesen geschrumpft</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="174"/>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="180"/>
        <source>%1: the folder holds no .ovf descriptor</source>
        <translation>%1: der Ordner enthält keinen .ovf-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="181"/>
        <source>%1: the folder holds more than one .ovf descriptor</source>
        <translation>%1: der Ordner enthält mehr als einen .ovf-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="202"/>
        <source>%1: the descriptor is larger than the limit</source>
        <translation>%1: der Deskriptor ist größer als die Grenze</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="247"/>
        <source>%1: the package holds no .ovf descriptor</source>
        <translation>%1: das Paket enthält keinen .ovf-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="249"/>
        <source>%1: the descriptor is not at the top of the package</source>
        <translation>%1: der Deskriptor liegt nicht auf der obersten Ebene des Pakets</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="267"/>
        <source>%1: not an OVF descriptor (an OVF environment document?)</source>
        <translation>%1: kein OVF-Deskriptor (ein OVF-Umgebungsdokument?)</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="281"/>
        <source>File %1: %2</source>
        <translation>Datei %1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="285"/>
        <source>File %1: names a disk image on this machine (ovfw:source); a package from an archive may not</source>
        <translation>Datei %1: benennt ein Festplattenabbild auf diesem Rechner (ovfw:source); ein Paket aus einem Archiv darf das nicht</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="288"/>
        <source>File %1: ovfw:source needs a path and ovfw:sourceFormat a format</source>
        <translation>Datei %1: ovfw:source braucht einen Pfad und ovfw:sourceFormat ein Format</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="290"/>
        <source>File %1: a disk image to convert cannot be compressed or chunked in the descriptor</source>
        <translation>Datei %1: ein umzuwandelndes Festplattenabbild kann im Deskriptor nicht komprimiert oder aufgeteilt sein</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="294"/>
        <source>File %1: ovfw:source must be an absolute path</source>
        <translation>Datei %1: ovfw:source muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="298"/>
        <location filename="../model/package/packinput.cpp" line="317"/>
        <source>%1: referenced by more than one File</source>
        <translation>%1: von mehr als einem File referenziert</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="308"/>
        <source>%1: ovf:compression=&quot;%2&quot; is not gzip or identity (DSP0243 §7.1)</source>
        <translation>%1: ovf:compression=&quot;%2&quot; ist weder gzip noch identity (DSP0243 §7.1)</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="314"/>
        <source>%1: ovf:chunkSize must be a positive number of bytes</source>
        <translation>%1: ovf:chunkSize muss eine positive Anzahl Bytes sein</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="339"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="344"/>
        <source>%1: File %2 is chunked or compressed; its new bytes cannot be stored so</source>
        <translation>%1: Datei %2 ist aufgeteilt oder komprimiert; ihre neuen Bytes können so nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="353"/>
        <source>%1: referenced by File %2 but not in the package</source>
        <translation>%1: von File %2 referenziert, aber nicht im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="360"/>
        <source>%1: referenced by File %2 but missing</source>
        <translation>%1: von File %2 referenziert, aber fehlt</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="374"/>
        <source>%1: ovf:size is not a number</source>
        <translation>%1: ovf:size ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="470"/>
        <source>%1: no longer in the package</source>
        <translation>%1: nicht mehr im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="472"/>
        <source>%1: changed size since the package was opened</source>
        <translation>%1: Größe hat sich seit dem Öffnen des Pakets geändert</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="480"/>
        <source>%1: a disk image still to be converted (%2)</source>
        <translation>%1: ein noch umzuwandelndes Festplattenabbild (%2)</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackageWriteError</name>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="74"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="78"/>
        <source>the filesystem is read-only; nothing was written</source>
        <translation>das Dateisystem ist schreibgeschützt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="84"/>
        <source>the disk is full: %1 bytes are needed, only %2 are free</source>
        <translation>der Datenträger ist voll: %1 Bytes werden gebraucht, nur %2 sind frei</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="86"/>
        <source>the disk is full: only %1 bytes are free</source>
        <translation>der Datenträger ist voll: nur %1 Bytes sind frei</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="88"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="91"/>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="91"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="94"/>
        <source>cannot sign the manifest: %1</source>
        <translation>kann das Manifest nicht signieren: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="97"/>
        <source>cannot convert the disk image: %1</source>
        <translation>kann das Festplattenabbild nicht umwandeln: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="109"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackageWriter</name>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="96"/>
        <source>a signature needs a manifest</source>
        <translation>eine Signatur braucht ein Manifest</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="98"/>
        <source>SHA-1 signatures are not written; use SHA-256 or SHA-512</source>
        <translation>SHA-1-Signaturen werden nicht geschrieben; verwenden Sie SHA-256 oder SHA-512</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="100"/>
        <source>the chunk size must be positive</source>
        <translation>die Teilstückgröße muss positiv sein</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="102"/>
        <source>compressing and decompressing exclude each other</source>
        <translation>Komprimieren und Dekomprimieren schließen einander aus</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="196"/>
        <source>not listed in the manifest</source>
        <translation>nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="198"/>
        <source>does not match its digest in the manifest</source>
        <translation>stimmt nicht mit seiner Prüfsumme im Manifest überein</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="204"/>
        <source>listed in the manifest but not a file of the package</source>
        <translation>im Manifest aufgeführt, aber keine Datei des Pakets</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="362"/>
        <source>too many chunks of %1 bytes</source>
        <translation>zu viele Teilstücke zu %1 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="430"/>
        <source>the source grew while it was packed</source>
        <translation>die Quelle ist beim Packen gewachsen</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="452"/>
        <source>its bytes changed since the package was verified (%1 %2, now %3)</source>
        <translation>seine Bytes haben sich seit der Verifizierung des Pakets geändert (%1 %2, jetzt %3)</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="61"/>
        <source>the package needs %1 bytes on the destination&apos;s filesystem (%2 kept free), only %3 are free</source>
        <translation>das Paket braucht %1 Bytes im Dateisystem des Ziels (%2 bleiben frei), nur %3 sind frei</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="63"/>
        <source>inflating it needs at least %1 bytes on the destination&apos;s filesystem so far (the spool and its copy in the package, %2 kept free; it may inflate up to %3), only %4 are free</source>
        <translation>das Entpacken braucht bisher mindestens %1 Bytes im Dateisystem des Ziels (der Zwischenspeicher und seine Kopie im Paket, %2 bleiben frei; es kann auf bis zu %3 anwachsen), nur %4 sind frei</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="95"/>
        <source>cannot create a temporary file beside it: %1</source>
        <translation>kann daneben keine temporäre Datei anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="137"/>
        <source>%1 bytes, %2</source>
        <translation>%1 Bytes, %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="162"/>
        <source>%1: ovf:size said %2 bytes, the file has %3; corrected</source>
        <translation>%1: ovf:size gab %2 Bytes an, die Datei hat %3; korrigiert</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="239"/>
        <source>the signature&apos;s length kept changing; cannot place the certificate</source>
        <translation>die Länge der Signatur hat sich ständig geändert; das Zertifikat kann nicht platziert werden</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="295"/>
        <source>the disk image is missing</source>
        <translation>das Festplattenabbild fehlt</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="303"/>
        <source>a package signed as it is has no disk images to convert; pack it first</source>
        <translation>ein unverändert signiertes Paket hat keine Festplattenabbilder zum Umwandeln; packen Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="306"/>
        <source>disk images converted while packing cannot be chunked; pack first, then chunk</source>
        <translation>beim Packen umgewandelte Festplattenabbilder können nicht aufgeteilt werden; zuerst packen, dann aufteilen</translation>
    </message>
</context>
<context>
    <name>ovf::package::PendingDisks</name>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="70"/>
        <location filename="../model/package/pendingdisks.cpp" line="79"/>
        <location filename="../model/package/pendingdisks.cpp" line="173"/>
        <location filename="../model/package/pendingdisks.cpp" line="180"/>
        <source>File %1 (%2): %3</source>
        <translation>Datei %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="72"/>
        <source>File %1 (%2): %3 bytes do not fit the Disk&apos;s capacity of %4 bytes</source>
        <translation>Datei %1 (%2): %3 Bytes passen nicht in die Kapazität der Disk von %4 Bytes</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="103"/>
        <source>%1: streamOptimized VMDK of %2 (%3)</source>
        <translation>%1: streamOptimized-VMDK von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="152"/>
        <source>%1: the descriptor outgrew the room kept for it</source>
        <translation>%1: der Deskriptor ist über den für ihn reservierten Platz hinausgewachsen</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="157"/>
        <source>%1: a %2 descriptor cannot be padded; save it as UTF-8 to convert disks into an OVA</source>
        <translation>%1: ein %2-Deskriptor kann nicht aufgefüllt werden; speichern Sie ihn als UTF-8, um Festplatten in eine OVA umzuwandeln</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="176"/>
        <location filename="../model/package/pendingdisks.cpp" line="182"/>
        <source>%1: the image changed since it was inspected</source>
        <translation>%1: das Abbild hat sich seit der Untersuchung verändert</translation>
    </message>
</context>
<context>
    <name>ovf::package::RawImageSource</name>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="17"/>
        <source>%1: is a symbolic link</source>
        <translation>%1: ist ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="19"/>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="22"/>
        <location filename="../model/package/rawimagesource.cpp" line="35"/>
        <location filename="../model/package/rawimagesource.cpp" line="80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="38"/>
        <source>%1: not a block device with a size</source>
        <translation>%1: kein Blockgerät mit einer Größe</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="83"/>
        <source>%1: the file shrank while it was read</source>
        <translation>%1: die Datei ist beim Lesen geschrumpft</translation>
    </message>
</context>
<context>
    <name>ovf::package::SequentialImageSource</name>
    <message>
        <location filename="../model/package/sequentialimagesource.cpp" line="29"/>
        <source>%1: the stream ended at byte %2 of %3</source>
        <translation>%1: der Datenstrom endete bei Byte %2 von %3</translation>
    </message>
    <message>
        <location filename="../model/package/sequentialimagesource.cpp" line="40"/>
        <source>%1: a stream cannot be read backwards</source>
        <translation>%1: ein Datenstrom kann nicht rückwärts gelesen werden</translation>
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
        <location filename="../model/package/signaturechain.cpp" line="54"/>
        <source>TLS servers</source>
        <translation>TLS-Server</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="55"/>
        <source>TLS clients</source>
        <translation>TLS-Clients</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="56"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="57"/>
        <source>time stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="58"/>
        <source>OCSP responses</source>
        <translation>OCSP-Antworten</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="99"/>
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
        <location filename="../model/package/signer.cpp" line="61"/>
        <source>The private key in %1 is a %2 key; OVF signatures need an RSA or EC key</source>
        <translation>Der private Schlüssel in %1 ist ein %2-Schlüssel; OVF-Signaturen brauchen einen RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="66"/>
        <source>%1 contains no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="82"/>
        <source>The private key does not belong to the certificate (%1)</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="122"/>
        <source>The private key %1 is encrypted: a passphrase is needed</source>
        <translation>Der private Schlüssel %1 ist verschlüsselt: Eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="124"/>
        <source>Wrong passphrase for the private key %1</source>
        <translation>Falsche Passphrase für den privaten Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="126"/>
        <source>%1 does not contain a PEM private key (%2)</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="141"/>
        <source>%1 is not a PKCS#12 file (%2)</source>
        <translation>%1 ist keine PKCS#12-Datei (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="153"/>
        <source>%1 is protected: a passphrase is needed</source>
        <translation>%1 ist geschützt: Eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="154"/>
        <source>Wrong passphrase for %1</source>
        <translation>Falsche Passphrase für %1</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="169"/>
        <source>%1 is encrypted with an algorithm this OpenSSL does not enable (RC2 or 3DES from an old tool); export it again with AES (%2)</source>
        <translation>%1 ist mit einem Algorithmus verschlüsselt, den dieses OpenSSL nicht aktiviert (RC2 oder 3DES aus einem alten Werkzeug); exportieren Sie die Datei erneut mit AES (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="174"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="177"/>
        <source>%1 contains no private key</source>
        <translation>%1 enthält keinen privaten Schlüssel</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="219"/>
        <source>No signing key</source>
        <translation>Kein Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="230"/>
        <location filename="../model/package/signer.cpp" line="237"/>
        <source>Cannot sign with %1: %2</source>
        <translation>Signieren mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="247"/>
        <source>%1 signatures are not made any more: use SHA256 or SHA512</source>
        <translation>%1-Signaturen werden nicht mehr erstellt: Verwenden Sie SHA256 oder SHA512</translation>
    </message>
</context>
<context>
    <name>ovf::package::StreamOptimizedWriter</name>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="73"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="86"/>
        <source>&apos;%1&apos;: not a usable VMDK extent name (empty, a quote or a control character)</source>
        <translation>„%1“: kein verwendbarer VMDK-Extent-Name (leer, ein Anführungszeichen oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="89"/>
        <source>%1: the image has no size</source>
        <translation>%1: das Abbild hat keine Größe</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="96"/>
        <source>%1: the image&apos;s extent map has a gap or overlap at byte %2</source>
        <translation>%1: die Extent-Tabelle des Abbilds hat bei Byte %2 eine Lücke oder Überlappung</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="117"/>
        <source>%1: the VMDK descriptor is too long</source>
        <translation>%1: der VMDK-Deskriptor ist zu lang</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="166"/>
        <source>%1: the VMDK would exceed 2 TiB of sectors</source>
        <translation>%1: das VMDK würde 2 TiB an Sektoren überschreiten</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="245"/>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="248"/>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="254"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <location filename="../model/package/trust.cpp" line="30"/>
        <source>The manifest cannot be read: %1</source>
        <translation>Das Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="32"/>
        <source>The manifest was not read</source>
        <translation>Das Manifest wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="51"/>
        <source>%1 was not checked against its %2 digest in the manifest</source>
        <translation>%1 wurde nicht mit seiner %2-Prüfsumme im Manifest verglichen</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="55"/>
        <source>%1 is listed in the manifest but is not in the package</source>
        <translation>%1 ist im Manifest aufgeführt, aber nicht im Paket</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="60"/>
        <source>%1 does not match its %2 digest: the manifest says %3, the file has %4</source>
        <translation>%1 stimmt nicht mit seiner %2-Prüfsumme überein: Das Manifest nennt %3, die Datei hat %4</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="72"/>
        <source>The package is not signed</source>
        <translation>Das Paket ist nicht signiert</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="77"/>
        <source>The certificate file is malformed: %1</source>
        <translation>Die Zertifikatsdatei ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="78"/>
        <source>it was not read</source>
        <translation>sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="85"/>
        <source>The certificate file is for another manifest: it signs &quot;%1&quot;, the package&apos;s manifest is &quot;%2&quot;</source>
        <translation>Die Zertifikatsdatei gehört zu einem anderen Manifest: Sie signiert „%1“, das Manifest des Pakets ist „%2“</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="93"/>
        <source>The signature was not checked</source>
        <translation>Die Signatur wurde nicht geprüft</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="99"/>
        <source>The signature is not valid</source>
        <translation>Die Signatur ist ungültig</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="106"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is not trusted (%2)</source>
        <translation>Dem Zertifikat des Signierenden „%1“ wird nicht vertraut (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="110"/>
        <source>The signature is made with SHA-1</source>
        <translation>Die Signatur wurde mit SHA-1 erstellt</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="124"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="126"/>
        <source>Intact</source>
        <translation>Unversehrt</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="128"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="130"/>
        <source>Unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="132"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="142"/>
        <source>The package has a certificate file but no manifest: a signature must sign a manifest (DSP0243 §5.2)</source>
        <translation>Das Paket hat eine Zertifikatsdatei, aber kein Manifest: Eine Signatur muss ein Manifest signieren (DSP0243 §5.2)</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="146"/>
        <source>The package has no manifest: no file was checked</source>
        <translation>Das Paket hat kein Manifest: Keine Datei wurde geprüft</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="154"/>
        <source>SHA-1 digests, for which collisions can be computed, protect %1</source>
        <translation>SHA-1-Prüfsummen, für die Kollisionen berechnet werden können, schützen %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="171"/>
        <source>Signed by &quot;%1&quot;, whose certificate chains to the trusted anchor &quot;%2&quot; and is valid for code signing</source>
        <translation>Signiert von „%1“, dessen Zertifikat bis zum vertrauenswürdigen Anker „%2“ reicht und für Codesignierung gültig ist</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="174"/>
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
        <location filename="../model/package/zipwriter.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="44"/>
        <source>the ZIP uses ZIP64 for members of 4 GiB or more; some unzip tools cannot read it</source>
        <translation>das ZIP verwendet ZIP64 für Einträge ab 4 GiB; manche Entpackprogramme können es nicht lesen</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="82"/>
        <source>%1: more data than announced</source>
        <translation>%1: mehr Daten als angekündigt</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="92"/>
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
        <source>VirtualSystem and VirtualSystemCollection ids are unique in the descriptor (vCloud Director&apos;s collection sharing its only system&apos;s id: warning)</source>
        <translation>VirtualSystem- und VirtualSystemCollection-IDs sind im Deskriptor eindeutig (eine Sammlung von vCloud Director, die die ID ihres einzigen Systems teilt: Warnung)</translation>
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
        <source>A virtual system&apos;s VirtualHardwareSection has a Processor Item (ResourceType 3)</source>
        <translation>Die VirtualHardwareSection eines virtuellen Systems hat ein Processor-Item (ResourceType 3)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="79"/>
        <source>A virtual system&apos;s VirtualHardwareSection has a Memory Item (ResourceType 4)</source>
        <translation>Die VirtualHardwareSection eines virtuellen Systems hat ein Memory-Item (ResourceType 4)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="80"/>
        <source>A disk drive names the controller it is attached to (Parent)</source>
        <translation>Ein Festplattenlaufwerk nennt den Controller, an dem es angeschlossen ist (Parent)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="81"/>
        <source>No two devices sit at one address (Parent and AddressOnParent) in the same deployment option (on an IDE controller: warning)</source>
        <translation>Keine zwei Geräte sitzen in derselben Bereitstellungsoption an einer Adresse (Parent und AddressOnParent) (an einem IDE-Controller: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="82"/>
        <source>A network adapter names the network it connects to (Connection)</source>
        <translation>Ein Netzwerkadapter nennt das Netzwerk, mit dem er verbunden ist (Connection)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="83"/>
        <source>An EulaSection has license text</source>
        <translation>Eine EulaSection hat einen Lizenztext</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="86"/>
        <source>Every Property has an ovf:key</source>
        <translation>Jede Property hat einen ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="87"/>
        <source>ovf:key has no &apos;.&apos; or &apos;:&apos;, ovf:class and ovf:instance no &apos;:&apos;</source>
        <translation>ovf:key enthält kein &apos;.&apos; oder &apos;:&apos;, ovf:class und ovf:instance kein &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="88"/>
        <source>Every Property has an ovf:type</source>
        <translation>Jede Property hat einen ovf:type</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="89"/>
        <source>ovf:type is one of the OVF property types</source>
        <translation>ovf:type ist einer der OVF-Eigenschaftstypen</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="90"/>
        <source>ovf:type is spelled as OVF defines it and exists in the descriptor&apos;s OVF version (tolerated vendor spellings, char16/datetime before 2.0)</source>
        <translation>ovf:type ist so geschrieben, wie OVF ihn definiert, und existiert in der OVF-Version des Deskriptors (tolerierte Herstellerschreibweisen, char16/datetime vor 2.0)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="91"/>
        <source>ovf:qualifiers parse as CIM qualifiers (unknown qualifiers: warning)</source>
        <translation>ovf:qualifiers lassen sich als CIM-Qualifizierer lesen (unbekannte Qualifizierer: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="92"/>
        <source>ovf:qualifiers fit the property&apos;s type</source>
        <translation>ovf:qualifiers passen zum Typ der Eigenschaft</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="93"/>
        <source>Default and per-configuration values are values of the type within the qualifiers (empty fixed non-string value: warning)</source>
        <translation>Standardwerte und konfigurationsabhängige Werte sind Werte des Typs innerhalb der Qualifizierer (leerer fester Nicht-string-Wert: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="94"/>
        <source>${name} references name a property of the same entity or of its parent collection</source>
        <translation>${name}-Verweise nennen eine Eigenschaft derselben Entität oder ihrer übergeordneten Sammlung</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="97"/>
        <source>Disk capacity is a byte count in a byte unit, or a ${property} reference to an existing property</source>
        <translation>Die Festplattenkapazität ist eine Byteanzahl in einer Byte-Einheit oder ein ${property}-Verweis auf eine vorhandene Eigenschaft</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="98"/>
        <source>File ovf:size, ovf:chunkSize and Disk ovf:populatedSize are non-negative integers</source>
        <translation>File ovf:size, ovf:chunkSize und Disk ovf:populatedSize sind nicht negative Ganzzahlen</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="99"/>
        <source>A Disk&apos;s populated size is not above its capacity</source>
        <translation>Die belegte Größe eines Disk liegt nicht über seiner Kapazität</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="100"/>
        <source>File ovf:compression is identity or gzip</source>
        <translation>File ovf:compression ist identity oder gzip</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="101"/>
        <source>Memory and processor Items have parseable AllocationUnits and VirtualQuantity</source>
        <translation>Arbeitsspeicher- und Prozessor-Items haben lesbare AllocationUnits und VirtualQuantity</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="104"/>
        <source>Every Strings bundle names its locale with xml:lang</source>
        <translation>Jedes Strings-Bündel nennt sein Gebietsschema mit xml:lang</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="105"/>
        <source>An element with ovf:msgid has default text</source>
        <translation>Ein Element mit ovf:msgid hat einen Standardtext</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="106"/>
        <source>Every ovf:msgid used has a message in every Strings bundle</source>
        <translation>Jede verwendete ovf:msgid hat eine Nachricht in jedem Strings-Bündel</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="107"/>
        <source>Every message of a bundle is used by the descriptor</source>
        <translation>Jede Nachricht eines Bündels wird vom Deskriptor verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="108"/>
        <source>xml:lang values are BCP 47 language tags (de-DE, not de_DE)</source>
        <translation>xml:lang-Werte sind BCP-47-Sprach-Tags (de-DE, nicht de_DE)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="109"/>
        <source>One Strings section per locale (tags compare case-insensitively)</source>
        <translation>Ein Strings-Abschnitt je Gebietsschema (Tags werden ohne Beachtung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="110"/>
        <source>Translations were made from the current default text (OVF Workbench&apos;s ovfw:sourceHash)</source>
        <translation>Übersetzungen wurden aus dem aktuellen Standardtext erstellt (ovfw:sourceHash von OVF Workbench)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="111"/>
        <source>External Strings bundles can be read (not checked without a resolver: info)</source>
        <translation>Externe Strings-Bündel können gelesen werden (ohne Resolver nicht geprüft: Hinweis)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="114"/>
        <source>No required extension that OVF Workbench does not understand (custom elements without ovf:required that are not sections, or that extend a known element, and VMware&apos;s own sections: warning)</source>
        <translation>Keine erforderliche Erweiterung, die OVF Workbench nicht versteht (eigene Elemente ohne ovf:required, die keine Abschnitte sind oder ein bekanntes Element erweitern, sowie VMwares eigene Abschnitte: Warnung)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="115"/>
        <source>Optional extensions are ignored</source>
        <translation>Optionale Erweiterungen werden ignoriert</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="116"/>
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
        <translation>%1 hat keine ovf:capacity; die Größe der virtuellen Festplatte ist unbekannt, bis ihr Abbild gelesen wird</translation>
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
        <location filename="../model/validation/rules_extensions.cpp" line="180"/>
        <location filename="../model/validation/rules_extensions.cpp" line="192"/>
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
        <location filename="../model/validation/rules_extensions.cpp" line="58"/>
        <source>The Envelope</source>
        <translation>Das Envelope</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="110"/>
        <source>This descriptor requires VMware&apos;s extension %1: VMware platforms apply it, OVF Workbench and other platforms do not (compatibility finding vmw-required-section)</source>
        <translation>Dieser Deskriptor verlangt VMwares Erweiterung %1: VMware-Plattformen wenden sie an, OVF Workbench und andere Plattformen nicht (Kompatibilitätsbefund vmw-required-section)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="118"/>
        <source>This descriptor requires the extension %1 that OVF Workbench does not support</source>
        <translation>Dieser Deskriptor erfordert die Erweiterung %1, die OVF Workbench nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="170"/>
        <source>%1 contains %2 elements in no namespace that OVF does not define (%3); they are not sections (no Info) and do not say whether they are required; OVF treats them as required, OVF Workbench ignores them</source>
        <translation>%1 enthält %2 Elemente ohne Namensraum, die OVF nicht definiert (%3); sie sind keine Abschnitte (kein Info) und geben nicht an, ob sie erforderlich sind; OVF behandelt sie als erforderlich, OVF Workbench ignoriert sie</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="182"/>
        <source>%1%2 is not an OVF section (it has no Info) and does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation>%1%2 ist kein OVF-Abschnitt (es hat kein Info) und gibt nicht an, ob es erforderlich ist; OVF behandelt es als erforderlich, OVF Workbench ignoriert es</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="185"/>
        <source>%1%2 in %3 does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation>%1%2 in %3 gibt nicht an, ob es erforderlich ist; OVF behandelt es als erforderlich, OVF Workbench ignoriert es</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="194"/>
        <source>The optional extension %1%2 is ignored</source>
        <translation>Die optionale Erweiterung %1%2 wird ignoriert</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="205"/>
        <source>Conformance level 3: the descriptor has extensions that are required (for example %1); platforms that do not understand them must refuse it</source>
        <translation>Konformitätsstufe 3: Der Deskriptor hat erforderliche Erweiterungen (zum Beispiel %1); Plattformen, die sie nicht verstehen, müssen ihn ablehnen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="211"/>
        <source>Conformance level 2: the descriptor has custom extensions (for example %1), all optional</source>
        <translation>Konformitätsstufe 2: Der Deskriptor hat eigene Erweiterungen (zum Beispiel %1), alle optional</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="214"/>
        <source>Conformance level 1: the descriptor uses only what OVF defines, no custom extensions</source>
        <translation>Konformitätsstufe 1: Der Deskriptor verwendet nur, was OVF definiert, keine eigenen Erweiterungen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="36"/>
        <location filename="../model/validation/rules_hardware.cpp" line="70"/>
        <source>%1 (InstanceID %2)</source>
        <translation>%1 (InstanceID %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="37"/>
        <location filename="../model/validation/rules_hardware.cpp" line="71"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="66"/>
        <source>Virtual system %1 has no Processor Item (ResourceType 3): a deployment has to guess its CPUs</source>
        <translation>Virtuelles System %1 hat kein Processor-Item (ResourceType 3): eine Bereitstellung muss seine CPUs raten</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="70"/>
        <source>Virtual system %1 has no Memory Item (ResourceType 4): a deployment has to guess its memory</source>
        <translation>Virtuelles System %1 hat kein Memory-Item (ResourceType 4): eine Bereitstellung muss seinen Arbeitsspeicher raten</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="76"/>
        <source>%1 names no controller (Parent): where it is attached is up to the platform</source>
        <translation>%1 nennt keinen Controller (Parent): wo es angeschlossen wird, entscheidet die Plattform</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="81"/>
        <source>%1 has no Connection: it is not connected to any network of the NetworkSection</source>
        <translation>%1 hat keine Connection: es ist mit keinem Netzwerk der NetworkSection verbunden</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="118"/>
        <source>%1 and %2 are both at address %3 of controller %4</source>
        <translation>%1 und %2 sitzen beide an Adresse %3 von Controller %4</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="133"/>
        <source>The EulaSection has no license text: the deployer is asked to accept nothing</source>
        <translation>Die EulaSection hat keinen Lizenztext: der Bereitstellende soll nichts annehmen</translation>
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
        <location filename="../model/validation/rules_ids.cpp" line="50"/>
        <source>File id %1 is used twice in References (first on line %2)</source>
        <translation>File-ID %1 wird in References doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="56"/>
        <source>Disk id %1 is used twice (first on line %2)</source>
        <translation>Disk-ID %1 wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="62"/>
        <source>Network name %1 is used twice (first on line %2)</source>
        <translation>Netzwerkname %1 wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="68"/>
        <source>Configuration id %1 is used twice (first on line %2)</source>
        <translation>Configuration-ID %1 wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="85"/>
        <source>VirtualSystem %1 has the id of the collection that holds it, as vCloud Director writes single-VM vApps; ids should be unique (DSP0243 §7.2), and references to %1 are ambiguous (compatibility finding vcd-shared-entity-id)</source>
        <translation>VirtualSystem %1 hat die ID der Sammlung, die es enthält, wie vCloud Director Single-VM-vApps schreibt; IDs sollten eindeutig sein (DSP0243 §7.2), und Verweise auf %1 sind mehrdeutig (Kompatibilitätsbefund vcd-shared-entity-id)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="93"/>
        <source>Entity id %1 is used twice (first on line %2); VirtualSystem and VirtualSystemCollection ids must be unique in the whole descriptor</source>
        <translation>Entitäts-ID %1 wird doppelt verwendet (zuerst in Zeile %2); IDs von VirtualSystem und VirtualSystemCollection müssen im ganzen Deskriptor eindeutig sein</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="159"/>
        <source>InstanceID %1 is used by a %2 (line %3) and by this %4 in the same %5; Items with one InstanceID describe one device</source>
        <translation>InstanceID %1 wird von einem %2 (Zeile %3) und von diesem %4 im selben %5 verwendet; Items mit einer InstanceID beschreiben ein Gerät</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="172"/>
        <source>InstanceID %1 is used by two Items for different host resources (%2 on line %3, %4 here) in the same %5; the second replaces the first</source>
        <translation>InstanceID %1 wird von zwei Items für verschiedene Host-Ressourcen verwendet (%2 in Zeile %3, %4 hier) im selben %5; das zweite ersetzt das erste</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="219"/>
        <source>Property key %1 is used twice in this ProductSection (first on line %2)</source>
        <translation>Eigenschaftsschlüssel %1 wird in diesem ProductSection doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="222"/>
        <source>Property key %1 is also defined on line %2 in another ProductSection with the same ovf:class and ovf:instance; both would be %3 in the OVF environment</source>
        <translation>Eigenschaftsschlüssel %1 ist auch in Zeile %2 in einem anderen ProductSection mit gleicher ovf:class und ovf:instance definiert; beide wären %3 in der OVF-Umgebung</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="100"/>
        <source>ProductSection ovf:%1 %2 contains &apos;:&apos;, which OVF does not allow</source>
        <translation>ProductSection ovf:%1 %2 enthält &apos;:&apos;, was OVF nicht zulässt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="112"/>
        <source>The AppUrl</source>
        <translation>Die AppUrl</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="124"/>
        <source>A Property has an empty ovf:key</source>
        <translation>Eine Property hat einen leeren ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="124"/>
        <source>A Property has no ovf:key</source>
        <translation>Eine Property hat keinen ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="127"/>
        <source>Property key %1 contains &apos;%2&apos;; OVF forbids &apos;.&apos; and &apos;:&apos; in keys because the environment key is class.key.instance</source>
        <translation>Eigenschaftsschlüssel %1 enthält &apos;%2&apos;; OVF verbietet &apos;.&apos; und &apos;:&apos; in Schlüsseln, weil der Umgebungsschlüssel class.key.instance lautet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="131"/>
        <source>The Property</source>
        <translation>Die Property</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="131"/>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="135"/>
        <source>%1 has no ovf:type</source>
        <translation>%1 hat keinen ovf:type</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="139"/>
        <source>%1 has an unknown type: %2</source>
        <translation>%1 hat einen unbekannten Typ: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="143"/>
        <location filename="../model/validation/rules_properties.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="147"/>
        <source>%1 has type %2, which OVF defines only from version 2.0; this is an %3 descriptor</source>
        <translation>%1 hat den Typ %2, den OVF erst ab Version 2.0 definiert; dies ist ein %3-Deskriptor</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="158"/>
        <source>%1 has qualifiers %2 that cannot be read: %3</source>
        <translation>%1 hat Qualifizierer %2, die nicht gelesen werden können: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="164"/>
        <source>%1 has qualifiers that OVF does not define and that are ignored: %2</source>
        <translation>%1 hat Qualifizierer, die OVF nicht definiert und die ignoriert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="192"/>
        <source>default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="193"/>
        <source>value for configuration %1</source>
        <translation>Wert für Konfiguration %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="200"/>
        <source>%1 (%2): the %3 is empty and it is not user-configurable, so the guest receives an empty value</source>
        <translation>%1 (%2): %3 ist leer und nicht vom Benutzer konfigurierbar, daher erhält der Gast einen leeren Wert</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="208"/>
        <source>The %1 of password %2 is not a valid %3 within its qualifiers (value not shown)</source>
        <translation>Der %1 des Passworts %2 ist kein gültiger %3 innerhalb seiner Qualifizierer (Wert nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="211"/>
        <source>The %1 of %2 is not valid: %3</source>
        <translation>Der %1 von %2 ist ungültig: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="238"/>
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
        <location filename="../model/validation/rules_strings.cpp" line="174"/>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="198"/>
        <source>The Envelope&apos;s xml:lang (the language of the default texts) is not a language tag: %1</source>
        <translation>xml:lang des Envelope (die Sprache der Standardtexte) ist kein Sprach-Tag: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="213"/>
        <source>A Strings bundle has an empty xml:lang, so no locale will ever use it</source>
        <translation>Ein Strings-Bündel hat ein leeres xml:lang, daher wird es von keinem Gebietsschema verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="214"/>
        <source>A Strings bundle has no xml:lang, and the Envelope has none to inherit, so no locale will ever use it</source>
        <translation>Ein Strings-Bündel hat kein xml:lang, und das Envelope hat keines zum Erben, daher wird es von keinem Gebietsschema verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="220"/>
        <source>The Strings bundle&apos;s xml:lang is not a language tag: %1</source>
        <translation>xml:lang des Strings-Bündels ist kein Sprach-Tag: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="228"/>
        <source>A second Strings section for %1 (the first is at line %2); consumers may read either</source>
        <translation>Ein zweiter Strings-Abschnitt für %1 (der erste steht in Zeile %2); Verarbeiter lesen womöglich einen beliebigen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="285"/>
        <source>Message %1 refers to file %2, which is not in References</source>
        <translation>Nachricht %1 verweist auf die Datei %2, die nicht in References steht</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="289"/>
        <source>Message id %1 appears twice in the %2 bundle</source>
        <translation>Nachrichten-ID %1 kommt im Bündel %2 doppelt vor</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="309"/>
        <source>The %1 Strings bundle is in the external file %2, which was not checked (no package files at hand)</source>
        <translation>Das Strings-Bündel %1 liegt in der externen Datei %2, die nicht geprüft wurde (keine Paketdateien zur Hand)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="319"/>
        <source>The %1 Strings bundle %2 cannot be read: %3</source>
        <translation>Das Strings-Bündel %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="326"/>
        <source>The %1 Strings bundle %2 is not well-formed XML (%3: %4)</source>
        <translation>Das Strings-Bündel %1 (%2) ist kein wohlgeformtes XML (%3: %4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="334"/>
        <source>The %1 Strings bundle %2 is not a message bundle: its root element is &lt;%3&gt;, not &lt;Strings&gt;</source>
        <translation>Das Strings-Bündel %1 (%2) ist kein Nachrichtenbündel: Sein Wurzelelement ist &lt;%3&gt;, nicht &lt;Strings&gt;</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="354"/>
        <source>Message id %1 appears twice in the %2 bundle (file %3, line %4)</source>
        <translation>Nachrichten-ID %1 kommt im Bündel %2 doppelt vor (Datei %3, Zeile %4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="394"/>
        <source>%1 translations of the %2 bundle were made from a default text that has changed since, for example %3</source>
        <translation>%1 Übersetzungen des Bündels %2 wurden aus einem inzwischen geänderten Standardtext erstellt, zum Beispiel %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="403"/>
        <source>The %1 translation of %2 (bundle line %3) was made from a default text that has changed since</source>
        <translation>Die %1-Übersetzung von %2 (Bündelzeile %3) wurde aus einem inzwischen geänderten Standardtext erstellt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="407"/>
        <source>The %1 translation of %2 was made from a default text that has changed since</source>
        <translation>Die %1-Übersetzung von %2 wurde aus einem inzwischen geänderten Standardtext erstellt</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="437"/>
        <source>%1 has ovf:msgid %2 but no default text; users whose locale has no bundle see nothing</source>
        <translation>%1 hat ovf:msgid %2, aber keinen Standardtext; Benutzer, für deren Gebietsschema es kein Bündel gibt, sehen nichts</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="459"/>
        <source>The %1 bundle lacks %2 of the %3 message ids the descriptor uses, for example %4; those users see the default texts</source>
        <translation>Dem Bündel %1 fehlen %2 der %3 Nachrichten-IDs, die der Deskriptor verwendet, zum Beispiel %4; diese Benutzer sehen die Standardtexte</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="470"/>
        <source>%1 has ovf:msgid %2, which the %3 bundle does not contain; those users see the default text</source>
        <translation>%1 hat ovf:msgid %2, die das Bündel %3 nicht enthält; diese Benutzer sehen den Standardtext</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="493"/>
        <source>The %1 bundle has %2 messages that the descriptor never uses, for example %3</source>
        <translation>Das Bündel %1 hat %2 Nachrichten, die der Deskriptor nie verwendet, zum Beispiel %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="501"/>
        <source>The %1 bundle has a message %2 that the descriptor never uses</source>
        <translation>Das Bündel %1 hat eine Nachricht %2, die der Deskriptor nie verwendet</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="35"/>
        <location filename="../model/validation/rules_structure.cpp" line="194"/>
        <source>the Envelope</source>
        <translation>das Envelope</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="37"/>
        <source>a VirtualSystem</source>
        <translation>ein VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="39"/>
        <source>a VirtualSystemCollection</source>
        <translation>eine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="40"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="54"/>
        <source>%1 has no Info element; OVF requires one</source>
        <translation>%1 hat kein Info-Element; OVF verlangt eines</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="69"/>
        <source>Section %1 in %2</source>
        <translation>Abschnitt %1 in %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="72"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="82"/>
        <source>%1 is not allowed in %2, so deployments will ignore it; OVF allows it only in %3</source>
        <translation>%1 ist in %2 nicht zulässig, daher ignorieren Bereitstellungen es; OVF erlaubt es nur in %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="85"/>
        <source>%1 is not allowed in %2; OVF allows it only in %3</source>
        <translation>%1 ist in %2 nicht zulässig; OVF erlaubt es nur in %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="92"/>
        <source>%1 has a second %2 (the first is on line %3); OVF allows only one</source>
        <translation>%1 hat einen zweiten %2 (der erste steht in Zeile %3); OVF erlaubt nur einen</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="105"/>
        <source>neither has ovf:class nor ovf:instance</source>
        <translation>keiner ovf:class oder ovf:instance hat</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="106"/>
        <source>both have ovf:class %1 and ovf:instance %2</source>
        <translation>beide ovf:class %1 und ovf:instance %2 haben</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="108"/>
        <source>%1 has two ProductSections that %2 (the first is on line %3); give each product its own ovf:class or ovf:instance</source>
        <translation>%1 hat zwei ProductSections, von denen %2 (der erste steht in Zeile %3); geben Sie jedem Produkt eine eigene ovf:class oder ovf:instance</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="132"/>
        <source>%1 has an empty ovf:id; every entity needs a unique id</source>
        <translation>%1 hat eine leere ovf:id; jede Entität braucht eine eindeutige ID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="133"/>
        <source>%1 has no ovf:id; every entity needs a unique id</source>
        <translation>%1 hat keine ovf:id; jede Entität braucht eine eindeutige ID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="147"/>
        <source>%1 contains no VirtualSystem or VirtualSystemCollection</source>
        <translation>%1 enthält kein VirtualSystem und keine VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="155"/>
        <source>%1 has no VirtualHardwareSection; a platform cannot know what virtual machine to create</source>
        <translation>%1 hat keinen VirtualHardwareSection; eine Plattform kann nicht wissen, welche virtuelle Maschine sie anlegen soll</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="171"/>
        <source>The DeploymentOptionSection has no Configuration; it needs at least one</source>
        <translation>Der DeploymentOptionSection hat keine Configuration; er braucht mindestens eine</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="183"/>
        <source>Configuration %1 is marked as the default, but so is %2; only one may be</source>
        <translation>Configuration %1 ist als Standard markiert, %2 aber auch; nur eine darf es sein</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::DomainReader</name>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="91"/>
        <source>%1 drive %2 (OVF carries disks and CD/DVD drives only)</source>
        <translation>%1-Laufwerk %2 (OVF kennt nur Festplatten und CD/DVD-Laufwerke)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="96"/>
        <source>disk %1 of type &apos;%2&apos; (only file, block and volume disks can be read)</source>
        <translation>Festplatte %1 vom Typ „%2“ (nur Festplatten vom Typ file, block und volume können gelesen werden)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="204"/>
        <source>domain XML, line %1, column %2: %3</source>
        <translation>Domänen-XML, Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="211"/>
        <source>a DOCTYPE is not accepted</source>
        <translation>ein DOCTYPE wird nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="218"/>
        <source>the root element is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;domain&gt;</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="237"/>
        <source>&lt;memory&gt; is not a size libvirt writes</source>
        <translation>&lt;memory&gt; ist keine Größe, wie libvirt sie schreibt</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="243"/>
        <source>&lt;vcpu&gt; is not a positive number</source>
        <translation>&lt;vcpu&gt; ist keine positive Zahl</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="310"/>
        <source>input (tablet)</source>
        <translation>Eingabegerät (Tablet)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="325"/>
        <source>domain XML: no &lt;name&gt;</source>
        <translation>Domänen-XML: kein &lt;name&gt;</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="327"/>
        <source>domain XML of %1: no &lt;memory&gt;</source>
        <translation>Domänen-XML von %1: kein &lt;memory&gt;</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::ExportDescriptor</name>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="92"/>
        <source>Product information</source>
        <translation>Produktinformationen</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="134"/>
        <source>The virtual disks</source>
        <translation>Die virtuellen Festplatten</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="160"/>
        <source>The networks the machines are connected to</source>
        <translation>Die Netzwerke, mit denen die Maschinen verbunden sind</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="165"/>
        <source>The libvirt network or bridge %1</source>
        <translation>Das libvirt-Netzwerk bzw. die Bridge %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="176"/>
        <source>Virtual machines exported together</source>
        <translation>Gemeinsam exportierte virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="181"/>
        <source>Start order of the virtual machines</source>
        <translation>Startreihenfolge der virtuellen Maschinen</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="207"/>
        <source>The virtual machine %1, exported from libvirt</source>
        <translation>Die virtuelle Maschine %1, aus libvirt exportiert</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="211"/>
        <source>A description of the virtual machine</source>
        <translation>Eine Beschreibung der virtuellen Maschine</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="220"/>
        <source>The guest operating system</source>
        <translation>Das Gastbetriebssystem</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="235"/>
        <source>Virtual hardware requirements</source>
        <translation>Anforderungen an die virtuelle Hardware</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="250"/>
        <source>Number of virtual CPUs</source>
        <translation>Anzahl virtueller CPUs</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/vmexport/exportdescriptor.cpp" line="251"/>
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n virtuelle CPU</numerusform>
            <numerusform>%n virtuelle CPUs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="263"/>
        <source>Memory size</source>
        <translation>Arbeitsspeichergröße</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="264"/>
        <source>%1 MiB of memory</source>
        <translation>%1 MiB Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="269"/>
        <source>%1: memory rounded up to whole MiB</source>
        <translation>%1: Arbeitsspeicher auf ganze MiB aufgerundet</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="301"/>
        <source>IDE controller</source>
        <translation>IDE-Controller</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="302"/>
        <source>IDE channel %1</source>
        <translation>IDE-Kanal %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="320"/>
        <source>%1: SCSI controller model &apos;%2&apos; described as lsilogic</source>
        <translation>%1: SCSI-Controller-Modell „%2“ als lsilogic beschrieben</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="321"/>
        <source>SCSI controller %1</source>
        <translation>SCSI-Controller %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="325"/>
        <source>SATA controller %1</source>
        <translation>SATA-Controller %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="329"/>
        <source>NVMe controller %1</source>
        <translation>NVMe-Controller %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="335"/>
        <source>virtio block devices</source>
        <translation>virtio-Blockgeräte</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="352"/>
        <source>%1: %2 on bus &apos;%3&apos; left out (OVF has no such controller)</source>
        <translation>%1: %2 an Bus „%3“ ausgelassen (OVF kennt keinen solchen Controller)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="365"/>
        <source>CD/DVD drive %1</source>
        <translation>CD/DVD-Laufwerk %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="375"/>
        <source>Hard disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="388"/>
        <source>%1: network adapter model &apos;%2&apos; has no OVF name; written as E1000</source>
        <translation>%1: Netzwerkadaptermodell „%2“ hat keinen OVF-Namen; als E1000 geschrieben</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="393"/>
        <source>Network adapter %1</source>
        <translation>Netzwerkadapter %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="401"/>
        <source>Serial port %1</source>
        <translation>Serielle Schnittstelle %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="412"/>
        <source>%1: UEFI variables (NVRAM) are not carried; the guest starts with the firmware&apos;s defaults</source>
        <translation>%1: UEFI-Variablen (NVRAM) werden nicht übernommen; der Gast startet mit den Standardwerten der Firmware</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::ExportPlanner</name>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="37"/>
        <source>a %1 volume cannot be read through libvirt (qcow2 and raw can)</source>
        <translation>ein %1-Volume kann nicht über libvirt gelesen werden (qcow2 und raw schon)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="39"/>
        <source>the volume has a backing file (%1); a backing chain on a remote host cannot be read through libvirt: flatten it there first (virsh blockpull, or qemu-img convert into a new volume)</source>
        <translation>das Volume hat eine Basisdatei (%1); eine Basiskette auf einem entfernten Host kann nicht über libvirt gelesen werden: führen Sie sie dort zuerst zusammen (virsh blockpull oder qemu-img convert in ein neues Volume)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="56"/>
        <source>%1 is %2: shut it down first (virsh -c %3 shutdown %1, then wait until &apos;virsh -c %3 domstate %1&apos; says shut off) and export again; the disks of a running machine change while they are read</source>
        <translation>%1 ist im Zustand „%2“: Fahren Sie die Maschine zuerst herunter (virsh -c %3 shutdown %1, dann warten, bis „virsh -c %3 domstate %1“ shut off meldet) und exportieren Sie erneut; die Festplatten einer laufenden Maschine ändern sich, während sie gelesen werden</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="64"/>
        <source>no domain to export</source>
        <translation>keine Domäne zu exportieren</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="80"/>
        <source>%1: no such domain on %2</source>
        <translation>%1: keine solche Domäne auf %2</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="93"/>
        <source>%1: chosen twice</source>
        <translation>%1: doppelt gewählt</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="105"/>
        <source>%1: disk %2 has no source; left out</source>
        <translation>%1: Festplatte %2 hat keine Quelle; ausgelassen</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="142"/>
        <source>%1/%2: %3 does not exist on this machine</source>
        <translation>%1/%2: %3 existiert auf diesem Rechner nicht</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::LibvirtDiskOpener</name>
    <message>
        <location filename="../model/vmexport/libvirtdiskopener.cpp" line="78"/>
        <location filename="../model/vmexport/libvirtdiskopener.cpp" line="86"/>
        <source>%1: not a disk of this export</source>
        <translation>%1: keine Festplatte dieses Exports</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::LibvirtVolumeSource</name>
    <message>
        <location filename="../model/vmexport/libvirtvolumesource.cpp" line="59"/>
        <source>%1/%2: the download ended at byte %3 of %4</source>
        <translation>%1/%2: der Download endete bei Byte %3 von %4</translation>
    </message>
    <message>
        <location filename="../model/vmexport/libvirtvolumesource.cpp" line="72"/>
        <source>%1/%2: read of %3 bytes at %4 is outside the volume</source>
        <translation>%1/%2: Lesen von %3 Bytes bei %4 liegt außerhalb des Volumes</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::MachineExporter</name>
    <message>
        <location filename="../model/vmexport/machineexporter.cpp" line="28"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::NbdVolumeServer</name>
    <message>
        <location filename="../model/vmexport/nbdvolumeserver.cpp" line="99"/>
        <source>cannot create a private folder: %1</source>
        <translation>kann keinen privaten Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/nbdvolumeserver.cpp" line="106"/>
        <source>%1: the socket path is too long</source>
        <translation>%1: der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <location filename="../model/vmexport/nbdvolumeserver.cpp" line="111"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ovf::xml::AttributeChanges</name>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="39"/>
        <source>a document has no root element</source>
        <translation>ein Dokument hat kein Wurzelelement</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="47"/>
        <source>%1: the element became %2</source>
        <translation>%1: das Element wurde zu %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="49"/>
        <location filename="../model/ovf/attributechanges.cpp" line="58"/>
        <source>%1: its children changed</source>
        <translation>%1: seine Kindelemente haben sich geändert</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="62"/>
        <source>%1: its text changed</source>
        <translation>%1: sein Text hat sich geändert</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="76"/>
        <source>an element the change is about is missing</source>
        <translation>ein Element, um das es bei der Änderung geht, fehlt</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="78"/>
        <source>%1: its attributes are not the ones the change starts from</source>
        <translation>%1: seine Attribute sind nicht die, von denen die Änderung ausgeht</translation>
    </message>
</context>
</TS>
